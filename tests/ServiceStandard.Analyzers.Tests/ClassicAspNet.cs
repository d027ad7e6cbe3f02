namespace ServiceStandard.Analyzers.Tests;

/// <summary>
/// Stand-ins for classic ASP.NET (System.Web) and NLog, with the shapes the rules bind by name and
/// namespace: the test compilations reference .NET's packs, which have neither.
/// </summary>
internal static class ClassicAspNet
{
    public const string SystemWeb = """
        namespace System.Web
        {
            public class HttpRequest
            {
                public System.Collections.Specialized.NameValueCollection QueryString => null!;
                public System.Collections.Specialized.NameValueCollection Params => null!;
                public System.Collections.Specialized.NameValueCollection Form => null!;
                public HttpCookieCollection Cookies => null!;
                public string RawUrl => "";
                public System.Uri Url => null!;
                public string FilePath => "";
                public bool IsSecureConnection => true;
            }

            public class HttpResponse
            {
                public void Redirect(string url) { }
                public void Write(string s) { }
                public System.IO.TextWriter Output => null!;
                public HttpCookieCollection Cookies => null!;
            }

            public class HttpCookie
            {
                public HttpCookie(string name, string value) { }
                public string Value { get; set; } = "";
                public bool Secure { get; set; }
                public bool HttpOnly { get; set; }
            }

            public sealed class HttpCookieCollection
            {
                public HttpCookie this[int index] => null!;
                public HttpCookie Get(string name) => null!;
                public void Add(HttpCookie cookie) { }
            }

            public static class HttpUtility
            {
                public static string HtmlEncode(string s) => s;
            }
        }

        namespace NLog
        {
            public sealed class LogLevel
            {
                public static readonly LogLevel Warn = new LogLevel();
            }

            public class Logger
            {
                public void Log(LogLevel level, System.Exception exception, string message, params object[] args) { }
                public void Info(string message) { }
            }
        }
        """;

    /// <summary>A global analyzer config turning on every threat model, as <c>source.threatModels: [remote, local, stored]</c> does.</summary>
    public const string AllThreatModels = "is_global = true\nservicestandard.threat_models = remote,local,stored\n";
}
