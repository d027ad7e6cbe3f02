using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class PathTraversalAnalyzerTests
{
    [Fact]
    public Task Paths_built_from_request_data_reaching_the_file_system_are_reported() =>
        Verify<PathTraversalAnalyzer>.AnalyzerAsync("""
            using System.IO;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            public sealed class DocumentsController : Controller
            {
                private const string Root = "/srv/documents";

                public IActionResult Download(string name) => PhysicalFile({|SS0019:Path.Combine(Root, name)|}, "application/pdf");

                public IActionResult Read([FromQuery] string folder, [FromQuery] string file)
                {
                    var path = Path.Join(Root, folder, file);
                    return Content(System.IO.File.ReadAllText({|SS0019:path|}));
                }

                public IActionResult Remove(string name)
                {
                    System.IO.File.Delete({|SS0019:Root + "/" + name|});
                    using var stream = new FileStream({|SS0019:$"{Root}/{name}.tmp"|}, FileMode.Create);
                    var files = Directory.GetFiles({|SS0019:Path.GetFullPath(Path.Combine(Root, name))|});
                    return Ok(files);
                }
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app) =>
                    app.MapGet("/exports/{name}", (string name) => Results.File(System.IO.File.OpenRead({|SS0019:Path.Combine("/srv/exports", name)|})));
            }
            """);

    [Fact]
    public Task File_names_only_contained_paths_and_trusted_paths_are_not_reported() =>
        Verify<PathTraversalAnalyzer>.AnalyzerAsync("""
            using System;
            using System.IO;
            using Microsoft.AspNetCore.Mvc;

            public sealed class DocumentsController : Controller
            {
                private const string Root = "/srv/documents";

                public IActionResult Download(string name) => PhysicalFile(Path.Combine(Root, Path.GetFileName(name)), "application/pdf");

                public IActionResult Read(string name)
                {
                    var full = Path.GetFullPath(Path.Combine(Root, name));
                    if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    {
                        return NotFound();
                    }

                    return Content(System.IO.File.ReadAllText(full));
                }

                public IActionResult Check(string name)
                {
                    if (name.Contains("..") || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                    {
                        return BadRequest();
                    }

                    return Content(System.IO.File.ReadAllText(Path.Combine(Root, name)));
                }

                public IActionResult Receipt(Guid id, int year) => PhysicalFile(Path.Combine(Root, year.ToString(), id + ".pdf"), "application/pdf");

                public IActionResult Exists(string name) => Ok(System.IO.File.Exists(Path.Combine(Root, name)));

                public IActionResult Template() => Content(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "template.html")));
            }
            """);

    [Fact]
    public Task A_classic_request_value_in_a_path_is_reported_and_an_environment_variable_only_with_the_local_threat_model() =>
        Verify<PathTraversalAnalyzer>.AnalyzerAsync([
            """
            using System;
            using System.IO;
            using System.Web;

            public sealed class Files
            {
                public void Bad(HttpRequest req)
                {
                    var data = req.Cookies[0].Value;
                    using var reader = new StreamReader({|SS0019:"C:\\uploads\\" + data|});
                }

                public void Local()
                {
                    var data = Environment.GetEnvironmentVariable("ADD");
                    using var reader = new StreamReader("C:\\uploads\\" + data);
                }
            }
            """,
            ClassicAspNet.SystemWeb,
        ]);

    [Fact]
    public Task An_environment_variable_in_a_path_is_reported_when_the_local_threat_model_is_on() =>
        Verify<PathTraversalAnalyzer>.AnalyzerAsync(
            [
                """
                using System;
                using System.IO;

                public sealed class Files
                {
                    public void Local()
                    {
                        var data = Environment.GetEnvironmentVariable("ADD");
                        using var reader = new StreamReader({|SS0019:"/uploads/" + data|});
                    }
                }
                """,
            ],
            test => test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ClassicAspNet.AllThreatModels)));
}
