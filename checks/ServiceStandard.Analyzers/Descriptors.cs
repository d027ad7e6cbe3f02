using Microsoft.CodeAnalysis;

namespace ServiceStandard.Analyzers;

/// <summary>
/// Every rule's descriptor, declared once. Custom tags name the service-standard evidence tags a
/// finding counts towards (<c>security</c>, <c>privacy</c>, <c>reliability</c>, <c>operability</c>);
/// the standard links criteria to findings by these tags, never by rule id.
/// </summary>
public static class Descriptors
{
    /// <summary>Where each rule's page lives: <c>docs/rules/SS0001.md</c> in the repository.</summary>
    public const string HelpLinkBase = "docs/rules/";

    public const string SecurityCategory = "Security";
    public const string PrivacyCategory = "Privacy";
    public const string ReliabilityCategory = "Reliability";

    public const string SecurityTag = "security";
    public const string PrivacyTag = "privacy";
    public const string ReliabilityTag = "reliability";
    public const string OperabilityTag = "operability";

    public static readonly DiagnosticDescriptor HardcodedSecret = Rule(
        "SS0001",
        "Hard-coded secret",
        "Hard-coded {0} in {1}: keep secrets in configuration or a secret store",
        SecurityCategory,
        Critical,
        "A password, API key, token, private key or connection string with credentials is written in the source, so everyone who can read the code can use it.",
        SecurityTag);

    public static readonly DiagnosticDescriptor SqlInjection = Rule(
        "SS0002",
        "SQL built from strings",
        "SQL built by {0} reaches {1}: pass values as parameters",
        SecurityCategory,
        Critical,
        "SQL text assembled by concatenation, interpolation or string.Format is run as a command, so a value can change the statement (SQL injection).",
        SecurityTag);

    public static readonly DiagnosticDescriptor CertificateValidationDisabled = Rule(
        "SS0003",
        "TLS certificate validation disabled",
        "{0} accepts any server certificate, so the connection can be intercepted",
        SecurityCategory,
        Critical,
        "A certificate validation callback that always returns true, or DangerousAcceptAnyServerCertificateValidator, turns off TLS server authentication.",
        SecurityTag);

    public static readonly DiagnosticDescriptor WeakCryptography = Rule(
        "SS0004",
        "Weak cryptography",
        "{0}",
        SecurityCategory,
        Serious,
        "MD5 and SHA-1 used for security, DES, 3DES and RC2, ECB mode and RSA keys shorter than 2048 bits no longer protect data.",
        SecurityTag);

    public static readonly DiagnosticDescriptor WeakHashToReview = Rule(
        "SS0025",
        "MD5 or SHA-1 hash to review",
        "{0}",
        SecurityCategory,
        Moderate,
        "MD5 and SHA-1 are broken: collisions can be made and short inputs reversed (CWE-328). The code does not say whether this hash protects anything (a password, a token, a signature, integrity against tampering); a person checks what is hashed and where the digest goes.",
        SecurityTag,
        NeedsReviewTag);

    public static readonly DiagnosticDescriptor InsecureRandom = Rule(
        "SS0005",
        "Predictable random value used for a secret",
        "System.Random makes the {0} '{1}' predictable: use RandomNumberGenerator",
        SecurityCategory,
        Serious,
        "System.Random is not cryptographically secure: tokens, passwords, keys and identifiers made with it can be predicted.",
        SecurityTag);

    public static readonly DiagnosticDescriptor InsecureCookie = Rule(
        "SS0006",
        "Cookie without Secure, HttpOnly or SameSite",
        "Cookie {0}",
        SecurityCategory,
        Moderate,
        "A cookie without Secure can travel over plain HTTP, one without HttpOnly can be read by scripts, and one without SameSite is sent with cross-site requests.",
        SecurityTag,
        PrivacyTag);

    public static readonly DiagnosticDescriptor CorsAnyOriginWithCredentials = Rule(
        "SS0007",
        "CORS allows any origin with credentials",
        "CORS policy allows {0} with credentials: list the trusted origins",
        SecurityCategory,
        Serious,
        "A CORS policy that accepts every origin and also allows credentials lets any website make authenticated requests as the user and read the answers.",
        SecurityTag);

    public static readonly DiagnosticDescriptor MissingAntiforgery = Rule(
        "SS0008",
        "State-changing action without antiforgery validation",
        "The {0} action '{1}' does not validate an antiforgery token and no global antiforgery filter is registered",
        SecurityCategory,
        Serious,
        "A POST, PUT, PATCH or DELETE action of an MVC controller that does not validate an antiforgery token can be triggered by another site (CSRF).",
        SecurityTag,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AntiforgeryDisabled = Rule(
        "SS0009",
        "Antiforgery validation switched off",
        "{0} switches off antiforgery validation for {1}",
        SecurityCategory,
        Serious,
        "[IgnoreAntiforgeryToken] or DisableAntiforgery() on a handler that changes state lets another site submit it (CSRF).",
        SecurityTag);

    public static readonly DiagnosticDescriptor OpenRedirect = Rule(
        "SS0010",
        "Open redirect",
        "{0} redirects to a URL taken from the request ({1}): use LocalRedirect or check Url.IsLocalUrl",
        SecurityCategory,
        Serious,
        "Redirecting to a URL from the request without checking that it is local lets attackers send users to another site that looks like the service.",
        SecurityTag);

    public static readonly DiagnosticDescriptor PersonalDataInLogs = Rule(
        "SS0011",
        "Personal data written to logs",
        "{0} writes {1} to the logs",
        PrivacyCategory,
        Serious,
        "Logs are kept, copied and read by many people: names, email addresses, phone numbers, national identity numbers, passports, dates of birth, addresses, card numbers, passwords and other secrets (connection strings, API keys, tokens) must not be written to them.",
        PrivacyTag);

    public static readonly DiagnosticDescriptor DetailedErrors = Rule(
        "SS0012",
        "Detailed errors outside Development",
        "{0} shows error details to users outside the Development environment",
        SecurityCategory,
        Serious,
        "The developer exception page and detailed errors show stack traces, queries and configuration to anyone; use them only when the environment is Development.",
        SecurityTag,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MissingHttpsEnforcement = Rule(
        "SS0013",
        "HTTPS not enforced",
        "The web application built here {0}",
        SecurityCategory,
        Moderate,
        "Without HTTPS redirection and HSTS, users can reach the service over plain HTTP, where traffic can be read and changed.",
        SecurityTag,
        NeedsReviewTag,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MissingHealthCheck = Rule(
        "SS0014",
        "No health-check endpoint",
        "The web application built here {0}",
        ReliabilityCategory,
        Moderate,
        "Without a health-check endpoint (MapHealthChecks) outside Development, the platform cannot tell when an instance is broken, restart it or take it out of service.",
        OperabilityTag,
        ReliabilityTag,
        NeedsReviewTag,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MissingExceptionHandler = Rule(
        "SS0015",
        "No global exception handler",
        "The web application built here has no global exception handler",
        ReliabilityCategory,
        Moderate,
        "Without UseExceptionHandler (or middleware that catches exceptions), an error gives users a blank error response and nothing consistent is logged.",
        ReliabilityTag,
        OperabilityTag,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor LogForging = Rule(
        "SS0016",
        "Request data in a log message template",
        "{0} writes request data ({1}) into its message template: pass it as an argument of a constant template",
        SecurityCategory,
        Moderate,
        "Request data concatenated or interpolated into a log message can carry line breaks that forge log entries and braces that become placeholders (CWE-117); structured arguments are kept apart from the text.",
        SecurityTag,
        OperabilityTag);

    public static readonly DiagnosticDescriptor ExceptionDetailsInResponse = Rule(
        "SS0017",
        "Exception details sent in a response",
        "{0} sends {1} to the user: log it and send a general message",
        SecurityCategory,
        Serious,
        "A stack trace, an exception's ToString(), its inner exception or a framework exception's message sent in a response tells attackers about the code, its queries, paths and hosts (CWE-209).",
        SecurityTag);

    public static readonly DiagnosticDescriptor ExceptionMessageInResponse = Rule(
        "SS0018",
        "The service's own exception message sent in a response",
        "{0} sends {1} to the user: check that the message is written for users and carries no internal detail",
        SecurityCategory,
        Moderate,
        "The message of an exception the service declares itself, or of a validation exception, sent in a response is usually written for users; a person checks that it never carries internal detail (CWE-209).",
        SecurityTag,
        NeedsReviewTag);

    public static readonly DiagnosticDescriptor PathTraversal = Rule(
        "SS0019",
        "File path built from request data",
        "{0} opens a path built from request data ({1}): keep only Path.GetFileName of it, or check the full path stays in its folder",
        SecurityCategory,
        Critical,
        "A file path built from request data can climb out of its folder with '..' or name an absolute path, so users can read, overwrite or delete any file the service can (path traversal, CWE-22).",
        SecurityTag);

    public static readonly DiagnosticDescriptor UnsafeDeserialization = Rule(
        "SS0020",
        "Unsafe deserialization",
        "{0} {1}: deserialize into known types (System.Text.Json, or a serialization binder that lists them)",
        SecurityCategory,
        Critical,
        "BinaryFormatter, SoapFormatter, NetDataContractSerializer, LosFormatter, ObjectStateFormatter, Json.NET's TypeNameHandling other than None, and JavaScriptSerializer with a SimpleTypeResolver create the types the data names, so crafted data runs code on the server (CWE-502).",
        SecurityTag);

    public static readonly DiagnosticDescriptor CrossSiteScripting = Rule(
        "SS0021",
        "Request data written into a page without encoding",
        "{0} writes request data ({1}) into the page without HTML encoding: let Razor encode it",
        SecurityCategory,
        Critical,
        "Html.Raw, HtmlString and MarkupString skip HTML encoding; with text from the request in them, a link can make the page run another site's script as the user (cross-site scripting, CWE-79).",
        SecurityTag);

    public static readonly DiagnosticDescriptor RawHtml = Rule(
        "SS0022",
        "Value written into a page without encoding",
        "{0} writes '{1}' into the page without HTML encoding: check it can only hold HTML the service wrote",
        SecurityCategory,
        Moderate,
        "Html.Raw, HtmlString and MarkupString skip HTML encoding; a value that is not built from constants, encoders or resources (from a database, a CMS, another service) can carry script someone else wrote (CWE-79).",
        SecurityTag,
        NeedsReviewTag);

    public static readonly DiagnosticDescriptor ServerSideRequestForgery = Rule(
        "SS0023",
        "Outgoing request to a URL from the request",
        "{0} calls a URL whose host comes from the request ({1}): fix the host, or check it against a list",
        SecurityCategory,
        Critical,
        "When the request chooses where the service sends its own requests, users can reach internal services, cloud metadata endpoints and other sites with the service's network position and credentials (server-side request forgery, CWE-918).",
        SecurityTag);

    public static readonly DiagnosticDescriptor XmlExternalEntities = Rule(
        "SS0024",
        "XML external entities resolved",
        "{0} is given {1}, so a document's external entities are fetched: leave XmlResolver null and DTDs prohibited",
        SecurityCategory,
        Serious,
        "An XML reader that parses DTDs with a resolver fetches the external entities a document declares, so an uploaded document can read the server's files or make it call internal addresses (XXE, CWE-611).",
        SecurityTag);

    /// <summary>
    /// How much a rule's findings weigh in a ServiceStandard report (the analyzers report warnings to a
    /// build): a custom tag <c>ServiceStandard.Severity=critical</c>, and <see cref="NeedsReviewTag"/> among
    /// the tags of rules whose findings a person confirms. The severity travels with the descriptor, so a rule
    /// cannot be added without one.
    /// </summary>
    public const string SeverityTagPrefix = "ServiceStandard.Severity=";

    /// <summary>The custom tag of rules whose findings are for a person to confirm rather than violations.</summary>
    public const string NeedsReviewTag = "ServiceStandard.NeedsReview";

    private const string Critical = SeverityTagPrefix + "critical";
    private const string Serious = SeverityTagPrefix + "serious";
    private const string Moderate = SeverityTagPrefix + "moderate";

    private static DiagnosticDescriptor Rule(string id, string title, string message, string category, string severity, string description, params string[] tags) =>
        new(
            id,
            title,
            message,
            category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: [severity, .. tags]);
}
