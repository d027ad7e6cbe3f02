using System.Globalization;
using System.Text;

namespace ServiceStandard.Bench.Code;

/// <summary>
/// Writes a seeded, ASP.NET Core-shaped service of a given number of files: a web project with
/// Program.cs, models, services, repositories, MVC controllers, middleware and Razor Pages
/// (.cshtml with a page model each), about 60–140 lines a C# file. Roughly one file in forty
/// carries a defect a rule finds, so the analyzers report as they would on a real service.
/// The same seed and size always give the same tree.
/// </summary>
public static class SyntheticService
{
    private static readonly string[] Nouns =
    [
        "Permit", "Licence", "Applicant", "Payment", "Appointment", "Grant", "Claim", "Inspection", "Vehicle", "Property",
        "Benefit", "Complaint", "Document", "Notice", "Renewal", "Registration", "Visit", "Account", "Address", "Case",
    ];

    public static void Write(string root, int files, int seed)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var random = new Random(seed);
        File.WriteAllText(Path.Combine(root, "Service.csproj"), """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup></Project>""");
        File.WriteAllText(Path.Combine(root, "Program.cs"), Program());
        var written = 1;
        for (var i = 0; written < files; i++)
        {
            var noun = Nouns[i % Nouns.Length] + (i / Nouns.Length).ToString(CultureInfo.InvariantCulture);
            var defect = random.Next(40) == 0;
            var kind = random.Next(100);
            // Services, repositories, controllers and page models use the noun's model type, so it is
            // written with them: a tree with compile errors would make the code checks bind files again
            // to explain what they could not check, which is not the cost being measured.
            var usesModel = kind < 80 || kind >= 85;
            if (usesModel)
            {
                Write(root, $"Models/{noun}.cs", Model(noun, random));
                written++;
            }

            if (kind < 35 || written >= files)
            {
                continue;
            }

            if (kind < 55)
            {
                Write(root, $"Services/{noun}Service.cs", Service(noun, random, defect));
                written++;
            }
            else if (kind < 67)
            {
                Write(root, $"Data/{noun}Repository.cs", Repository(noun, random, defect));
                written++;
            }
            else if (kind < 80)
            {
                Write(root, $"Controllers/{noun}Controller.cs", Controller(noun, random, defect));
                written++;
            }
            else if (kind < 85)
            {
                Write(root, $"Middleware/{noun}Middleware.cs", Middleware(noun, defect));
                written++;
            }
            else if (written + 2 <= files)
            {
                Write(root, $"Pages/{noun}/Index.cshtml", Page(noun));
                Write(root, $"Pages/{noun}/Index.cshtml.cs", PageModel(noun, random, defect));
                written += 2;
            }
        }
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string Program() => """
        using Microsoft.AspNetCore.Builder;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRazorPages();
        builder.Services.AddControllersWithViews(options => options.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute()));
        builder.Services.AddHealthChecks();
        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseHttpsRedirection();
        app.UseStaticFiles();
        app.UseRouting();
        app.MapRazorPages();
        app.MapControllers();
        app.MapHealthChecks("/health");
        app.Run();
        """;

    private static string Model(string noun, Random random)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System.ComponentModel.DataAnnotations;");
        builder.AppendLine();
        builder.AppendLine("namespace Service.Models;");
        builder.AppendLine();
        builder.AppendLine($"/// <summary>A {noun} as the service stores it.</summary>");
        builder.AppendLine($"public sealed class {noun}");
        builder.AppendLine("{");
        var properties = 8 + random.Next(12);
        for (var p = 0; p < properties; p++)
        {
            var (type, name) = (p % 5) switch
            {
                0 => ("int", $"Count{p}"),
                1 => ("string?", $"Name{p}"),
                2 => ("DateTimeOffset", $"Changed{p}"),
                3 => ("decimal", $"Amount{p}"),
                _ => ("bool", $"Flag{p}"),
            };
            if (type == "string?")
            {
                builder.AppendLine("    [StringLength(200)]");
            }

            builder.AppendLine($"    public {type} {name} {{ get; set; }}");
            builder.AppendLine();
        }

        builder.AppendLine("    public Guid Id { get; set; } = Guid.NewGuid();");
        builder.AppendLine();
        builder.AppendLine("    public bool IsComplete() =>");
        builder.AppendLine("        !string.IsNullOrWhiteSpace(Name1) && Count0 >= 0 && Amount3 >= 0m;");
        builder.AppendLine();
        builder.AppendLine("    public override string ToString() => $\"" + noun + " {Id} ({Name1})\";");
        builder.AppendLine("}");
        return builder.ToString();
    }

    private static string Service(string noun, Random random, bool defect)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using Microsoft.Extensions.Logging;");
        builder.AppendLine("using Service.Models;");
        builder.AppendLine();
        builder.AppendLine("namespace Service.Services;");
        builder.AppendLine();
        builder.AppendLine($"public interface I{noun}Service");
        builder.AppendLine("{");
        builder.AppendLine($"    Task<IReadOnlyList<{noun}>> ListAsync(int page, CancellationToken cancellationToken);");
        builder.AppendLine($"    Task<{noun}?> FindAsync(Guid id, CancellationToken cancellationToken);");
        builder.AppendLine("}");
        builder.AppendLine();
        builder.AppendLine($"public sealed class {noun}Service(ILogger<{noun}Service> logger) : I{noun}Service");
        builder.AppendLine("{");
        builder.AppendLine($"    private readonly List<{noun}> _items = [];");
        builder.AppendLine();
        builder.AppendLine($"    public Task<IReadOnlyList<{noun}>> ListAsync(int page, CancellationToken cancellationToken)");
        builder.AppendLine("    {");
        builder.AppendLine("        ArgumentOutOfRangeException.ThrowIfNegative(page);");
        builder.AppendLine("        var result = _items");
        builder.AppendLine("            .Where(i => i.IsComplete())");
        builder.AppendLine("            .OrderByDescending(i => i.Changed2)");
        builder.AppendLine("            .Skip(page * 20)");
        builder.AppendLine("            .Take(20)");
        builder.AppendLine("            .ToList();");
        builder.AppendLine("        logger.LogInformation(\"Listed {Count} items on page {Page}\", result.Count, page);");
        builder.AppendLine($"        return Task.FromResult<IReadOnlyList<{noun}>>(result);");
        builder.AppendLine("    }");
        builder.AppendLine();
        builder.AppendLine($"    public async Task<{noun}?> FindAsync(Guid id, CancellationToken cancellationToken)");
        builder.AppendLine("    {");
        builder.AppendLine("        await Task.Yield();");
        builder.AppendLine("        var found = _items.FirstOrDefault(i => i.Id == id);");
        builder.AppendLine("        if (found is null)");
        builder.AppendLine("        {");
        builder.AppendLine("            logger.LogWarning(\"No item {Id}\", id);");
        builder.AppendLine("        }");
        builder.AppendLine();
        builder.AppendLine("        return found;");
        builder.AppendLine("    }");
        var helpers = 3 + random.Next(6);
        for (var h = 0; h < helpers; h++)
        {
            builder.AppendLine();
            builder.AppendLine($"    public decimal Total{h}(IEnumerable<{noun}> items) =>");
            builder.AppendLine($"        items.Where(i => i.Count0 > {h}).Sum(i => i.Amount3 * {h + 1}m);");
            builder.AppendLine();
            builder.AppendLine($"    public string Describe{h}({noun} item)");
            builder.AppendLine("    {");
            builder.AppendLine("        ArgumentNullException.ThrowIfNull(item);");
            builder.AppendLine("        var text = new System.Text.StringBuilder();");
            builder.AppendLine($"        text.Append(item.Name1).Append(\" / \").Append(item.Count0 + {h});");
            builder.AppendLine("        return text.ToString();");
            builder.AppendLine("    }");
        }

        if (defect)
        {
            builder.AppendLine();
            builder.AppendLine("    public void Notify(string email) => logger.LogInformation(\"Sent to {Email}\", email);");
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    private static string Repository(string noun, Random random, bool defect)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using System.Data.Common;");
        builder.AppendLine("using Service.Models;");
        builder.AppendLine();
        builder.AppendLine("namespace Service.Data;");
        builder.AppendLine();
        builder.AppendLine($"public sealed class {noun}Repository(DbConnection connection)");
        builder.AppendLine("{");
        var queries = 3 + random.Next(5);
        for (var q = 0; q < queries; q++)
        {
            builder.AppendLine($"    public async Task<int> Count{q}Async(string name, CancellationToken cancellationToken)");
            builder.AppendLine("    {");
            builder.AppendLine("        await using var command = connection.CreateCommand();");
            builder.AppendLine($"        command.CommandText = \"SELECT COUNT(*) FROM {noun.ToLowerInvariant()} WHERE name{q} = @name\";");
            builder.AppendLine("        var parameter = command.CreateParameter();");
            builder.AppendLine("        parameter.ParameterName = \"@name\";");
            builder.AppendLine("        parameter.Value = name;");
            builder.AppendLine("        command.Parameters.Add(parameter);");
            builder.AppendLine("        var result = await command.ExecuteScalarAsync(cancellationToken);");
            builder.AppendLine("        return Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);");
            builder.AppendLine("    }");
            builder.AppendLine();
        }

        if (defect)
        {
            builder.AppendLine("    public DbCommand ByName(string name)");
            builder.AppendLine("    {");
            builder.AppendLine("        var command = connection.CreateCommand();");
            builder.AppendLine($"        command.CommandText = \"SELECT * FROM {noun.ToLowerInvariant()} WHERE name = '\" + name + \"'\";");
            builder.AppendLine("        return command;");
            builder.AppendLine("    }");
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    private static string Controller(string noun, Random random, bool defect)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using Microsoft.AspNetCore.Mvc;");
        builder.AppendLine("using Service.Models;");
        builder.AppendLine();
        builder.AppendLine("namespace Service.Controllers;");
        builder.AppendLine();
        builder.AppendLine($"public sealed class {noun}Controller(ILogger<{noun}Controller> logger) : Controller");
        builder.AppendLine("{");
        builder.AppendLine("    [HttpGet]");
        builder.AppendLine("    public IActionResult Index(int page = 0)");
        builder.AppendLine("    {");
        builder.AppendLine("        logger.LogDebug(\"Index page {Page}\", page);");
        builder.AppendLine("        return View();");
        builder.AppendLine("    }");
        var actions = 2 + random.Next(4);
        for (var a = 0; a < actions; a++)
        {
            builder.AppendLine();
            builder.AppendLine("    [HttpPost]");
            builder.AppendLine($"    public IActionResult Save{a}({noun} model)");
            builder.AppendLine("    {");
            builder.AppendLine("        if (!ModelState.IsValid)");
            builder.AppendLine("        {");
            builder.AppendLine("            return View(model);");
            builder.AppendLine("        }");
            builder.AppendLine();
            builder.AppendLine($"        return RedirectToAction(nameof(Index), new {{ page = {a} }});");
            builder.AppendLine("    }");
            builder.AppendLine();
            builder.AppendLine($"    public IActionResult Back{a}(string step) => Redirect(\"/{noun.ToLowerInvariant()}/\" + step);");
        }

        if (defect)
        {
            builder.AppendLine();
            builder.AppendLine("    public IActionResult Return(string returnUrl) => Redirect(returnUrl);");
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    private static string Middleware(string noun, bool defect) => $$"""
        namespace Service.Middleware;

        public sealed class {{noun}}Middleware(RequestDelegate next)
        {
            public async Task InvokeAsync(HttpContext context)
            {
                ArgumentNullException.ThrowIfNull(context);
                context.Response.Headers["X-{{noun}}"] = "1";
                {{(defect ? "context.Response.Cookies.Append(\"seen\", \"1\");" : "context.Response.Cookies.Append(\"seen\", \"1\", new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict });")}}
                await next(context);
            }
        }
        """;

    private static string Page(string noun) => $$"""
        @page
        @model Service.Pages.{{noun}}.IndexModel
        @{
            ViewData["Title"] = "{{noun}}";
            var count = Model.Items.Count;
        }
        <h1>{{noun}}</h1>
        <p>There are @count items.</p>
        <ul>
        @foreach (var item in Model.Items)
        {
            <li>@item</li>
        }
        </ul>
        <form method="post"><button type="submit">Save</button></form>
        """;

    private static string PageModel(string noun, Random random, bool defect)
    {
        var builder = new StringBuilder();
        builder.AppendLine("using Microsoft.AspNetCore.Mvc;");
        builder.AppendLine("using Microsoft.AspNetCore.Mvc.RazorPages;");
        builder.AppendLine();
        builder.AppendLine($"namespace Service.Pages.{noun};");
        builder.AppendLine();
        builder.AppendLine("public sealed class IndexModel : PageModel");
        builder.AppendLine("{");
        builder.AppendLine("    public List<string> Items { get; } = [];");
        builder.AppendLine();
        builder.AppendLine("    [BindProperty]");
        builder.AppendLine("    public string? Name { get; set; }");
        builder.AppendLine();
        builder.AppendLine("    public void OnGet()");
        builder.AppendLine("    {");
        var items = 2 + random.Next(6);
        for (var i = 0; i < items; i++)
        {
            builder.AppendLine($"        Items.Add(\"{noun} item {i}\");");
        }

        builder.AppendLine("    }");
        builder.AppendLine();
        builder.AppendLine("    public IActionResult OnPost()");
        builder.AppendLine("    {");
        builder.AppendLine("        if (string.IsNullOrWhiteSpace(Name))");
        builder.AppendLine("        {");
        builder.AppendLine("            ModelState.AddModelError(nameof(Name), \"Enter a name\");");
        builder.AppendLine("            return Page();");
        builder.AppendLine("        }");
        builder.AppendLine();
        builder.AppendLine(defect ? "        return Redirect(Name);" : "        return RedirectToPage(\"Index\");");
        builder.AppendLine("    }");
        builder.AppendLine("}");
        return builder.ToString();
    }
}
