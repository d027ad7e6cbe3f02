namespace SampleService.CodeDefects;

/// <summary>Password-reset tokens for a staff sign-in that was never built. Never called.</summary>
internal static class ResetTokens
{
    // PLANTED DEFECT SS0005 (expected-findings.yml): a reset token from System.Random is predictable.
    internal static string CreateResetToken() => Random.Shared.NextInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
