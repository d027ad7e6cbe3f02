namespace SampleService.CodeDefects;

/// <summary>Settings for a mail relay the service no longer uses. Never read.</summary>
internal static class LegacyMailSettings
{
    internal const string Host = "smtp.example.gov";

    // PLANTED DEFECT SS0001 (expected-findings.yml): a password written in the source.
    internal const string SmtpPassword = "Xk9#mQ2$vL7pR4wZ";
}
