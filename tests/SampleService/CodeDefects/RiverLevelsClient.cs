namespace SampleService.CodeDefects;

/// <summary>A client for a river-levels feed the service does not call.</summary>
internal static class RiverLevelsClient
{
    internal static HttpClient Create() => new(new HttpClientHandler
    {
        // PLANTED DEFECT SS0003 (expected-findings.yml): every server certificate is accepted.
        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,
    });
}
