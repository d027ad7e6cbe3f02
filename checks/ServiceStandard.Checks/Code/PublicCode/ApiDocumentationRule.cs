using System.Text.RegularExpressions;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "All functionality MUST be described in a clear language" (Document the code), for an HTTP API:
/// where the C# serves one (an <c>[ApiController]</c>, or a minimal API's <c>MapGet</c>/<c>MapPost</c>/…)
/// the repository should describe it: an OpenAPI or Swagger file, an OpenAPI generator among the projects'
/// packages (Microsoft.AspNetCore.OpenApi, Swashbuckle, NSwag), or publiccode.yml's <c>apiDocumentation</c>.
/// Whether prose elsewhere describes it is a reader's call, so an API with none of these is for an
/// assessor, at the first endpoint found. Code a machine cannot read for endpoints gives no finding.
/// </summary>
public static partial class ApiDocumentationRule
{
    public const string RuleId = "api-documentation";

    private static readonly string[] Generators =
        ["Microsoft.AspNetCore.OpenApi", "Swashbuckle.AspNetCore", "NSwag.AspNetCore", "NSwag.MSBuild", "Scalar.AspNetCore"];

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        var endpoint = snapshot.Sources
            .Where(s => s.Kind == SourceFileKind.CSharp && !s.IsTest)
            .Select(s => (File: s, Match: Endpoint().Match(s.Text)))
            .FirstOrDefault(s => s.Match.Success);
        if (endpoint.File is null || IsDocumented(snapshot))
        {
            return;
        }

        var at = endpoint.Match.Groups["endpoint"];
        var (line, column) = OpenLicenceRule.LineAndColumn(endpoint.File.Text, at.Index);
        found.AddAt(RuleId, "undocumented", FindingKind.NeedsReview, endpoint.File.RelativePath, line, column, "endpoint",
            ("path", endpoint.File.RelativePath), ("line", line), ("endpoint", at.Value.TrimStart('.').TrimEnd('(')));
    }

    private static bool IsDocumented(SourceSnapshot snapshot) =>
        snapshot.AllFiles.Any(p => OpenApiFile().IsMatch(Path.GetFileName(p))) ||
        snapshot.Projects.Concat(snapshot.BuildFiles).Any(p => Generators.Any(g => p.Text.Contains($"\"{g}\"", StringComparison.OrdinalIgnoreCase))) ||
        RepositoryDocuments.AtRoot(snapshot, p => Path.GetFileNameWithoutExtension(p).Equals("publiccode", StringComparison.OrdinalIgnoreCase)) is { } publiccode &&
            publiccode.Text.Contains("apiDocumentation:", StringComparison.Ordinal);

    /// <summary>An endpoint on a line of code (a line that opens with a comment is not one).</summary>
    [GeneratedRegex(@"^(?![ \t]*(//|\*|/\*))[^\n]*?(?<endpoint>\[ApiController\]|\.Map(Get|Post|Put|Patch|Delete|Methods)\()", RegexOptions.Multiline, 1000)]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"^(.*[.-])?(openapi|swagger)([.-].*)?\.(json|ya?ml)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex OpenApiFile();
}
