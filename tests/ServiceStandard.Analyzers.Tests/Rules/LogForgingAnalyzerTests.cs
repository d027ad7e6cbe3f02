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

                public void Startup(string environmentName) =>
                    logger.LogInformation("Starting in " + Describe(environmentName));

                private static string Describe(string name) => name;
            }
            """,
            Serilog,
        ]);
}
