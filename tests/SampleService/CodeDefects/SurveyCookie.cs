namespace SampleService.CodeDefects;

/// <summary>Remembers that a user answered the feedback survey. Never called.</summary>
internal static class SurveyCookie
{
    internal static void Remember(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        // PLANTED DEFECT SS0006 (expected-findings.yml): a cookie with no Secure, HttpOnly or SameSite.
        response.Cookies.Append("survey-answered", "yes");
    }
}
