using ServiceStandard.Kernel.Messages;

namespace ServiceStandard.Gathering.Web;

/// <summary>Why a page, a journey step or the browser could not be assessed, in the run's language (<c>web-errors.yml</c>).</summary>
public static class WebErrors
{
    private static readonly Lazy<MessageFile> Shipped =
        new(() => MessageFile.LoadEmbedded(typeof(WebErrors).Assembly, "web/web-errors.yml", "the web error messages"));

    public static MessageFile Messages => Shipped.Value;
}
