using System.Text.Json;
using ServiceStandard.Model.Findings;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Assessing;

/// <summary>
/// An earlier run's findings, read from its assessment.json: only what a comparison needs, so a
/// baseline written by an older version of the tool still reads.
/// </summary>
/// <param name="Known">Every fingerprint of the baseline, suppressed findings included.</param>
public sealed record Baseline(string File, DateTimeOffset? StartedAt, IReadOnlyList<Finding> Findings, IReadOnlySet<string> Known)
{
    /// <summary>Reads a baseline; a missing, unreadable or malformed file is a located error.</summary>
    public static LoadResult<Baseline> Load(string path)
    {
        string text;
        try
        {
            text = ServiceStandard.Kernel.Files.InputFile.ReadText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<Baseline>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"the baseline cannot be read: {ex.Message}")]);
        }

        return Parse(text, path);
    }

    public static LoadResult<Baseline> Parse(string json, string fileName)
    {
        SourceLocation At(int line = 1, int column = 1) => new(fileName, line, column);
        try
        {
            using (var document = JsonDocument.Parse(json))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("findings", out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    return LoadResult<Baseline>.Failed([Diagnostic.Error(At(), "the baseline is not an assessment.json: it has no 'findings' list")]);
                }
            }

            // Read as a whole (not element by element) so a problem is reported at its line in the file.
            var file = JsonSerializer.Deserialize<BaselineFile>(json, AssessmentJson.Options)!;
            var findings = file.Findings.Where(f => f is not null).ToList();
            var known = new HashSet<string>(findings.Select(f => f.Fingerprint), StringComparer.Ordinal);
            known.UnionWith((file.Suppressed ?? []).Select(s => s.Finding?.Fingerprint).OfType<string>());
            return new LoadResult<Baseline>(new Baseline(Path.GetFileName(fileName), file.Run?.StartedAt, findings, known), []);
        }
        catch (Exception ex) when (JsonReadFailure.From(ex) is { } failure)
        {
            var message = failure.JsonPath is { Length: > 1 } jsonPath
                ? $"the baseline's finding at {jsonPath} cannot be read: {failure.Message}"
                : $"the baseline is not valid JSON: {failure.Message}";
            return LoadResult<Baseline>.Failed([Diagnostic.Error(At(failure.Line, failure.Column), message)]);
        }
    }

    /// <summary>
    /// Marks each finding new or unchanged by fingerprint and lists the baseline's findings that were
    /// not found again (fixed, or no longer in scope). Suppressed findings are compared too.
    /// </summary>
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<SuppressedFinding> Suppressed, BaselineComparison Comparison) Compare(
        IReadOnlyList<Finding> findings,
        IReadOnlyList<SuppressedFinding> suppressed,
        bool newOnly)
    {
        Finding Mark(Finding f) => f with { Baseline = Known.Contains(f.Fingerprint) ? BaselineState.Unchanged : BaselineState.New };

        var marked = findings.Select(Mark).ToList();
        var markedSuppressed = suppressed.Select(s => s with { Finding = Mark(s.Finding) }).ToList();
        var now = new HashSet<string>(findings.Select(f => f.Fingerprint).Concat(suppressed.Select(s => s.Finding.Fingerprint)), StringComparer.Ordinal);
        var fixedFindings = Findings.Where(f => !now.Contains(f.Fingerprint)).Select(f => f with { Baseline = null }).ToList();
        var comparison = new BaselineComparison(
            File,
            StartedAt,
            newOnly,
            marked.Count(f => f.Baseline == BaselineState.New),
            marked.Count(f => f.Baseline == BaselineState.Unchanged),
            fixedFindings);
        return (marked, markedSuppressed, comparison);
    }

    private sealed record BaselineFile(List<Finding> Findings, List<BaselineSuppressed>? Suppressed, BaselineRun? Run);

    private sealed record BaselineSuppressed(Finding? Finding);

    private sealed record BaselineRun(DateTimeOffset? StartedAt);
}
