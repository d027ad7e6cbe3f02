namespace SampleService.CodeDefects;

/// <summary>A CORS policy for a partner integration that was never switched on. Never called.</summary>
internal static class PartnerCors
{
    internal static IServiceCollection AddPartnerCors(IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy("partners", policy => policy
            .SetIsOriginAllowed(origin => true)
            // PLANTED DEFECT SS0007 (expected-findings.yml): every origin, with credentials.
            .AllowCredentials()));
}
