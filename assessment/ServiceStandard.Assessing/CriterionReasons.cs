using ServiceStandard.Kernel.Messages;

namespace ServiceStandard.Assessing;

/// <summary>Why a criterion has its automated outcome, in the run's language (<c>criterion-reasons.yml</c>).</summary>
public static class CriterionReasons
{
    private static readonly Lazy<MessageFile> Shipped =
        new(() => MessageFile.LoadEmbedded(typeof(CriterionReasons).Assembly, "assessment/criterion-reasons.yml", "the criterion reasons"));

    public static MessageFile Messages => Shipped.Value;
}
