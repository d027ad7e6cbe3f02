using System.Globalization;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "The codebase SHOULD include a machine-readable metadata description, for example in a publiccode.yml
/// file" (Make the codebase findable): a publiccode.yml (or .yaml) at the root, valid against the
/// publiccode.yml standard 0.4 (<see cref="PubliccodeYmlValidator"/>), each problem at its file, line and column.
/// </summary>
public static class PubliccodeYmlRule
{
    public const string RuleId = "publiccode-yml";

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        var file = RepositoryDocuments.AtRoot(snapshot, p => Path.GetFileName(p).ToUpperInvariant() is "PUBLICCODE.YML" or "PUBLICCODE.YAML");
        if (file is null)
        {
            found.Add(RuleId, "missing", FindingKind.Violation, ".");
            return;
        }

        foreach (var problem in PubliccodeYmlValidator.Validate(file.Text, file.RelativePath))
        {
            found.AddAt(RuleId, problem.MessageKey, FindingKind.Violation, file.RelativePath, problem.Line, problem.Column,
                string.Create(CultureInfo.InvariantCulture, $"{problem.MessageKey}:{problem.Key}:{problem.Line}"),
                [("path", file.RelativePath), ("line", problem.Line), ("column", problem.Column), .. problem.Arguments]);
        }
    }
}
