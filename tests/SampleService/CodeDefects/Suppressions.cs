using System.Diagnostics.CodeAnalysis;

// The sample service listens on 127.0.0.1 over plain HTTP only (see Infrastructure/ListenAddresses.cs):
// there is no HTTPS to redirect to, and a Secure cookie would never be sent back. A real service
// would do both; here the findings are suppressed, so the code checks list them as suppressed.
[assembly: SuppressMessage("Security", "SS0013", Scope = "member", Target = "~M:Program.<Main>$(System.String[])",
    Justification = "The sample serves plain HTTP on 127.0.0.1 only.")]
[assembly: SuppressMessage("Security", "SS0006", Scope = "member", Target = "~M:SampleService.Infrastructure.LanguageMiddleware.InvokeAsync(Microsoft.AspNetCore.Http.HttpContext)",
    Justification = "The sample serves plain HTTP on 127.0.0.1 only, so a Secure cookie would never come back.")]
