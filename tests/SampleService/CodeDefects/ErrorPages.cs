namespace SampleService.CodeDefects;

/// <summary>An error-page set-up from a prototype. Never called.</summary>
internal static class ErrorPages
{
    internal static void ShowDetails(WebApplication app) =>
        // PLANTED DEFECT SS0012 (expected-findings.yml): the developer exception page in every environment.
        app.UseDeveloperExceptionPage();
}
