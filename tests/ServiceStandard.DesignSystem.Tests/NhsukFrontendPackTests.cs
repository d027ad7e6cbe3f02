namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// The NHS.UK frontend contract pack (designsystem/contracts/nhsuk-frontend) against NHS.UK frontend's
/// own fixtures (checked in under Fixtures/nhsuk-frontend, MIT, with its licence): the same tests and
/// targets as GOV.UK Frontend's, from the pack's data alone.
/// </summary>
public class NhsukFrontendPackTests(Xunit.Abstractions.ITestOutputHelper output) : PackFixtureTests<NhsukFrontendPackTests>(output), IExternalPack
{
    public static string Id => "nhsuk-frontend";

    static TheoryData<string, string> IExternalPack.Editions => new() { { "v10", "10.6.1" } };
}
