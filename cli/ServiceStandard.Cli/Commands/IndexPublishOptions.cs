using System.CommandLine;
using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Publishing;
using ServiceStandard.Standard;

namespace ServiceStandard.Cli.Commands;

/// <summary>The <c>--period</c> and <c>--method</c> options of the commands that publish the index (<c>index serve</c>, <c>index build</c>).</summary>
public sealed class IndexPublishOptions
{
    public IndexPublishOptions(GlobalOptions global, bool periodRequired)
    {
        Period = new Option<string?>("--period") { Description = global.Labels.IndexPeriodOptionDescription, HelpName = "2026|2026-Q2", Required = periodRequired };
        Method = new Option<string?>("--method") { Description = global.Labels.IndexMethodOptionDescription, HelpName = "index-method.yml" };
    }

    public Option<string?> Period { get; }

    public Option<string?> Method { get; }

    public void AddTo(Command command)
    {
        command.Add(Period);
        command.Add(Method);
    }

    /// <summary>The period asked for (null when none was), or false after reporting a bad one.</summary>
    public bool TryPeriod(CommandSession session, ParseResult parseResult, out IndexPeriod? period)
    {
        var text = parseResult.GetValue(Period);
        period = text is null ? null : IndexPeriod.Parse(text);
        if (text is not null && period is null)
        {
            session.Reporter.Error(session.Labels.IndexBadPeriod(Kernel.Text.UntrustedText.OneLine(text)));
            return false;
        }

        return true;
    }

    /// <summary>The shipped standards' criterion titles in each of their languages, for the site's pages (the index may not read the standards itself).</summary>
    public static CriterionTitles ShippedCriterionTitles()
    {
        var titles = new Dictionary<(string, string, string), string>();
        foreach (var id in ShippedStandards.Ids)
        {
            var standard = ShippedStandards.Load(id).Value!;
            foreach (var criterion in standard.Criteria)
            {
                foreach (var (language, title) in criterion.Title.Values)
                {
                    titles[(standard.Id, criterion.Id, language)] = title;
                }
            }
        }

        return new CriterionTitles(titles);
    }

    /// <summary>The method file named, else the shipped one; null after reporting every problem of the file (file:line:column).</summary>
    public IndexMethod? LoadMethod(CommandSession session, ParseResult parseResult)
    {
        var path = parseResult.GetValue(Method);
        if (path is null)
        {
            return IndexMethodFile.Shipped();
        }

        var result = IndexMethodFile.Load(path);
        foreach (var diagnostic in result.Diagnostics)
        {
            session.Reporter.Diagnostic(diagnostic);
        }

        return result.Succeeded ? result.Value : null;
    }
}
