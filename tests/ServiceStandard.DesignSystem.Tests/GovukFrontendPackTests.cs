namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// The GOV.UK Frontend contract pack (designsystem/contracts/govuk-frontend, one edition per major
/// version) against GOV.UK Frontend's own fixtures of the version each edition is written from
/// (checked in under Fixtures/govuk-frontend, MIT, with its licence).
/// </summary>
public class GovukFrontendPackTests(Xunit.Abstractions.ITestOutputHelper output) : PackFixtureTests<GovukFrontendPackTests>(output), IExternalPack
{
    public static string Id => "govuk-frontend";

    static TheoryData<string, string> IExternalPack.Editions => new() { { "v5", "5.14.0" }, { "v6", "6.6.0" } };
}
