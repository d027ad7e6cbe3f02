using System.Diagnostics;
using AngleSharp.Html.Parser;
using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

// Design-system check cost on the benchmark corpus: the fastest of several rounds of each step, in ms.
var corpus = args.Length > 0 ? args[0] : Path.Combine("bench", "corpus");
var rounds = args.Length > 1 ? int.Parse(args[1]) : 10;
var files = Directory.EnumerateFiles(corpus, "*.html").Order(StringComparer.Ordinal).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine($"no .html files in {corpus}");
    return 2;
}

var loaded = DesignSystemPack.Load(Path.Combine("designsystem", "contracts", "govuk-frontend"));
if (!loaded.Succeeded)
{
    Console.Error.WriteLine(string.Join('\n', loaded.Diagnostics));
    return 2;
}

var pack = loaded.Value!;
var pages = files.Select(f => new PageSnapshot
{
    RequestedUrl = "http://127.0.0.1/" + Path.GetFileName(f),
    FinalUrl = "http://127.0.0.1/" + Path.GetFileName(f),
    Origin = PageOrigin.Listed,
    Html = File.ReadAllText(f),
    Design = new DesignProbe([], [], []),
}).ToList();
var context = new CheckContext { ServiceLanguages = ["en"], ServicePhase = "beta" };
var parser = new HtmlParser();

double Parse()
{
    var clock = Stopwatch.StartNew();
    foreach (var page in pages)
    {
        parser.ParseDocument(page.Html);
    }

    return clock.Elapsed.TotalMilliseconds;
}

var documents = pages.Select(p => parser.ParseDocument(p.Html)).ToList();
var findings = 0;
double Checks(int take)
{
    var analyses = new PageAnalyses(pack);
    var checks = DesignSystemChecks.Create(analyses).Take(take).ToList();
    var clock = Stopwatch.StartNew();
    var count = 0;
    for (var i = 0; i < pages.Count; i++)
    {
        analyses.For(pages[i], documents[i]);
    }

    foreach (var check in checks)
    {
        count += check.Scope == CheckScope.Site
            ? check.Run(new WebEvidence(pages), context).Count()
            : pages.Sum(p => check.Run(new WebEvidence([p]), context).Count());
    }

    findings = count;
    return clock.Elapsed.TotalMilliseconds;
}

double Fastest(Func<double> step)
{
    for (var i = 0; i < 3; i++)
    {
        step();
    }

    return Enumerable.Range(0, rounds).Min(_ => step());
}

var parse = Fastest(Parse);
var contract = Fastest(() => Checks(1));
var contractFindings = findings;
var family = Fastest(() => Checks(3));
Console.WriteLine($"pages: {pages.Count}, pack: {pack.Id} ({pack.Library.Components.Count} components), rounds: {rounds} (fastest)");
Console.WriteLine($"AngleSharp parse:                 {parse,8:F1} ms");
Console.WriteLine($"contract check (index+contracts): {contract,8:F1} ms  ({contract / parse:F2}x parse; budget 1.5x)  findings: {contractFindings}");
Console.WriteLine($"design-system family (3 checks):  {family,8:F1} ms  ({family / parse:F2}x parse)  findings: {findings}");
return 0;
