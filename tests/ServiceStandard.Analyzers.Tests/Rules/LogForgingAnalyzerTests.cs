using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class LogForgingAnalyzerTests
{
    // Serilog is a package; the gatherer binds it by name, so a stand-in with its shape does here.
    private const string Serilog = """
        namespace Serilog
        {
            public static class Log
            {
                public static void Information(string messageTemplate, params object?[]? propertyValues) { }
            }
        }
        """;

    [Fact]
    public Task Request_data_built_into_a_message_template_is_reported() =>
        Verify<LogForgingAnalyzer>.AnalyzerAsync([
            """
            using System.Diagnostics;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Logging;

            public sealed class PermitsController(ILogger<PermitsController> logger) : Controller
            {
                public IActionResult Find(string reference)
                {
                    logger.LogInformation({|SS0016:"Looking up permit " + reference|});
                    logger.LogWarning({|SS0016:$"No permit {reference}"|});
                    return View();
                }

                public IActionResult Search()
                {
                    var term = Request.Query["q"].ToString().Trim();
                    var message = string.Format("Search for {0}", term);
                    logger.LogInformation({|SS0016:message|});
                    using (logger.BeginScope({|SS0016:"Search " + term|}, 1))
                    {
                        Serilog.Log.Information({|SS0016:$"Searched {term}"|});
                    }

                    Trace.TraceWarning({|SS0016:"Odd search " + term|});
                    return View();
                }

                public IActionResult Echo([FromHeader(Name = "User-Agent")] string agent)
                {
                    logger.Log(LogLevel.Information, {|SS0016:agent|});
                    return View();
                }
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app, ILogger logger) =>
                    app.MapPost("/feedback", (string comment) => logger.LogInformation({|SS0016:"Feedback: " + comment|}));
            }
            """,
            Serilog,
        ]);

    [Fact]
    public Task Structured_arguments_neutralised_and_trusted_values_are_not_reported() =>
        Verify<LogForgingAnalyzer>.AnalyzerAsync([
            """
            using System;
            using System.Text.RegularExpressions;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Logging;

            public sealed class PermitsController(ILogger<PermitsController> logger) : Controller
            {
                private readonly string _region = "north";

                public IActionResult Find(string reference, int year, Guid id)
                {
                    logger.LogInformation("Looking up permit {Reference}", reference);
                    logger.LogInformation("Looking up permit {Reference} of {Year}", reference, year);
                    Serilog.Log.Information("Looked up {Reference}", reference);
                    logger.LogInformation($"Permits of {year} for {id}");
                    logger.LogInformation("Region " + _region);
                    logger.LogInformation("Looking up " + reference.Replace("\r", "").Replace("\n", ""));
                    var clean = Regex.Replace(reference, @"[\r\n]", " ");
                    logger.LogInformation($"Looking up {clean}");
                    logger.LogInformation("Looking up " + reference.Replace(Environment.NewLine, " "));
                    Console.WriteLine("Looking up " + reference);
                    return View();
                }

                // A helper's returned value is followed with its parameter bound to this call's argument: a constant here.
                [NonAction]
                public void Startup() =>
                    logger.LogInformation("Starting in " + Describe("Production"));

                private static string Describe(string name) => name;
            }
            """,
            Serilog,
        ]);

    [Fact]
    public Task Classic_request_data_in_an_nlog_message_is_reported_and_a_constant_or_the_exception_alone_is_not() =>
        Verify<LogForgingAnalyzer>.AnalyzerAsync([
            """
            using System;
            using System.Web;

            public sealed class Lookup
            {
                private static readonly NLog.Logger Logger = new NLog.Logger();

                public void Bad(HttpRequest req)
                {
                    var data = "";
                    if (req.QueryString["id"] != null)
                    {
                        data = req.QueryString["id"];
                    }

                    Logger.Log(NLog.LogLevel.Warn, new Exception(), {|SS0016:"Failed to parse value = " + data|});
                    Logger.Info({|SS0016:"Cookie " + req.Cookies[0].Value|});
                    Logger.Info({|SS0016:"Name " + req.Params.Get("name")|});
                }

                public void GoodG2B()
                {
                    var data = "foo";
                    Logger.Log(NLog.LogLevel.Warn, new Exception(), "Failed to parse value = " + data);
                }

                public void GoodB2G(HttpRequest req, Exception failure)
                {
                    var data = req.QueryString["id"];
                    Logger.Log(NLog.LogLevel.Warn, failure, "Failed to parse value. Exception: " + failure, data);
                    Logger.Info("Value " + data.Replace("\n", ""));
                }
            }
            """,
            ClassicAspNet.SystemWeb,
        ]);

    [Fact]
    public Task Request_data_is_followed_through_parameters_returns_fields_and_collections_to_a_log_in_another_method() =>
        Verify<LogForgingAnalyzer>.AnalyzerAsync([
            """
            using System.Collections.Generic;
            using System.Web;

            public sealed class Lookup
            {
                private static readonly NLog.Logger Logger = new NLog.Logger();
                private string? _bad;
                private string? _good;

                public void Bad(HttpRequest req)
                {
                    BadSink(req.QueryString["id"]);
                    Sinks.BadSink(req.Form["name"]);
                    var list = new List<string>();
                    list.Add(req.QueryString["id"]);
                    Sinks.BadListSink(list);
                    _bad = req.QueryString["id"];
                    BadFieldSink();
                    Logger.Info({|SS0016:"Source " + BadSource(req)|});
                }

                public void Good()
                {
                    GoodSink("foo");
                    Sinks.GoodSink("foo");
                    var list = new List<string> { "foo" };
                    list.Add("bar");
                    Sinks.GoodListSink(list);
                    _good = "foo";
                    GoodFieldSink();
                    Logger.Info("Source " + GoodSource());
                    Logger.Info("Echo " + Echo("foo"));
                }

                public void Echoed(HttpRequest req) => Logger.Info({|SS0016:"Echo " + Echo(req.QueryString["id"])|});

                private static string Echo(string value) => value;

                private static string BadSource(HttpRequest req) => req.QueryString["id"];

                private static string GoodSource() => "foo";

                private static void BadSink(string data) => Logger.Info({|SS0016:"Value " + data|});

                private static void GoodSink(string data) => Logger.Info("Value " + data);

                private void BadFieldSink() => Logger.Info({|SS0016:"Field " + _bad|});

                private void GoodFieldSink() => Logger.Info("Field " + _good);
            }

            internal static class Sinks
            {
                private static readonly NLog.Logger Logger = new NLog.Logger();

                public static void BadSink(string data) => Logger.Info({|SS0016:"Value " + data|});

                public static void GoodSink(string data) => Logger.Info("Value " + data);

                public static void BadListSink(List<string> list) => Logger.Info({|SS0016:"Item " + list[0]|});

                public static void GoodListSink(List<string> list) => Logger.Info("Item " + list[0]);
            }
            """,
            ClassicAspNet.SystemWeb,
        ]);

    [Fact]
    public Task A_call_through_an_abstract_base_reaches_only_the_override_the_receiver_was_built_as() =>
        Verify<LogForgingAnalyzer>.AnalyzerAsync([
            """
            using System.Web;

            public abstract class Base
            {
                protected static readonly NLog.Logger Logger = new NLog.Logger();

                public abstract void Action(string data);
            }

            public sealed class BadAction : Base
            {
                public override void Action(string data) => Logger.Info({|SS0016:"Value " + data|});
            }

            public sealed class GoodAction : Base
            {
                public override void Action(string data) => Logger.Info("Value " + data);
            }

            public sealed class Caller
            {
                public void Bad(HttpRequest req)
                {
                    Base action = new BadAction();
                    action.Action(req.QueryString["id"]);
                }

                public void Good()
                {
                    Base action = new GoodAction();
                    action.Action("foo");
                }
            }
            """,
            ClassicAspNet.SystemWeb,
        ]);

    [Fact]
    public Task Data_read_from_a_socket_or_another_service_is_remote_and_reported_by_default() =>
        Verify<LogForgingAnalyzer>.AnalyzerAsync([
            """
            using System.IO;
            using System.Net;
            using System.Net.Sockets;

            public sealed class Feed
            {
                private static readonly NLog.Logger Logger = new NLog.Logger();

                public void FromSocket()
                {
                    using var connection = new TcpClient("host.example.org", 39544);
                    using var reader = new StreamReader(connection.GetStream());
                    var data = reader.ReadLine();
                    Logger.Info({|SS0016:"Read " + data|});
                }

                public void FromService()
                {
                    using var client = new WebClient();
                    Logger.Info({|SS0016:"Read " + client.DownloadString("http://www.example.org/")|});
                    using var reader = new StreamReader(client.OpenRead("http://www.example.org/"));
                    Logger.Info({|SS0016:"Read " + reader.ReadLine()|});
                }

                public void FromFileAndEnvironment()
                {
                    // Local data: not a source unless source.threatModels names local.
                    using var reader = new StreamReader("data.txt");
                    Logger.Info("Read " + reader.ReadLine());
                    Logger.Info("Read " + System.Environment.GetEnvironmentVariable("ADD"));
                }
            }
            """,
            ClassicAspNet.SystemWeb,
        ]);

    [Fact]
    public Task Local_and_stored_data_are_reported_when_the_threat_models_name_them() =>
        Verify<LogForgingAnalyzer>.AnalyzerAsync(
            [
                """
                using System;
                using System.Data.Common;
                using System.IO;

                public sealed class Feed
                {
                    private static readonly NLog.Logger Logger = new NLog.Logger();

                    public static void Main(string[] args) => Logger.Info({|SS0016:"Argument " + args[0]|});

                    public void Local()
                    {
                        using var reader = new StreamReader("data.txt");
                        Logger.Info({|SS0016:"Read " + reader.ReadLine()|});
                        Logger.Info({|SS0016:"Read " + Environment.GetEnvironmentVariable("ADD")|});
                        Logger.Info({|SS0016:"Read " + Console.ReadLine()|});
                        Logger.Info("Read " + "constant");
                    }

                    public void Stored(DbDataReader reader) => Logger.Info({|SS0016:"Name " + reader.GetString(1)|});
                }
                """,
                ClassicAspNet.SystemWeb,
            ],
            test => test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ClassicAspNet.AllThreatModels)));
}
