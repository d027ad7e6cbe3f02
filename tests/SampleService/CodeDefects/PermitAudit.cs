namespace SampleService.CodeDefects;

/// <summary>An audit log of issued permits. Never called.</summary>
internal sealed class PermitAudit(ILogger<PermitAudit> logger)
{
    internal void Issued(string reference, string email) =>
        // PLANTED DEFECT SS0011 (expected-findings.yml): the applicant's email address goes into the logs.
        logger.LogInformation("Permit {Reference} issued to {Email}", reference, email);
}
