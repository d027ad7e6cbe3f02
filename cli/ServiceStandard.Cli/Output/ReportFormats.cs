using ServiceStandard.Configuration;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Reports;

namespace ServiceStandard.Cli.Output;

/// <summary>The renderers a run writes: the formats asked for (or the defaults), checked against the renderers' registry.</summary>
internal static class ReportFormats
{
    public static LoadResult<IReadOnlyList<IReportRenderer>> Resolve(IReadOnlyList<FormatChoice> choices)
    {
        if (choices.Count == 0)
        {
            return new LoadResult<IReadOnlyList<IReportRenderer>>([.. ReportRenderers.Defaults.Select(name => ReportRenderers.Find(name)!)], []);
        }

        var renderers = new List<IReportRenderer>();
        var errors = new List<Diagnostic>();
        var names = string.Join(", ", ReportRenderers.Names);
        foreach (var choice in choices)
        {
            if (ReportRenderers.Find(choice.Name) is { } renderer)
            {
                renderers.Add(renderer);
            }
            else
            {
                errors.Add(Diagnostic.Error(
                    choice.Location,
                    choice.Location == ConfigDefaults.CommandLine
                        ? $"--format '{choice.Name}' is not one of: {names}"
                        : $"'{choice.Name}' in output.formats is not a report format; use one of: {names}"));
            }
        }

        return errors.Count > 0
            ? LoadResult<IReadOnlyList<IReportRenderer>>.Failed(errors)
            : new LoadResult<IReadOnlyList<IReportRenderer>>(renderers, []);
    }

    /// <summary>The formats and what each is for, for help text: "json (assessment.json, …), html (…)".</summary>
    public static string Described(string language) =>
        string.Join("; ", ReportRenderers.All.Select(r => $"{r.Name}: {r.Description.Get(language)}"));
}
