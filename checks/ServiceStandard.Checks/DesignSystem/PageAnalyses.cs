using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>One page parsed, indexed and checked against the contracts of the pack's edition for the version it declares, once, for every design-system check.</summary>
public sealed record PageAnalysis(IDocument Document, DocumentIndex Index, ContractEvaluation Evaluation, PackEdition Edition, PackUsage Usage)
{
    public int InstancesOf(string componentId) => Evaluation.Instances.GetValueOrDefault(componentId);

    public int TotalInstances => Evaluation.Instances.Values.Sum();
}

/// <summary>
/// Parses each page's HTML once and shares the result between the design-system checks of one
/// run (the contract, version and adoption checks all read the same document). Entries live as
/// long as their snapshot.
/// </summary>
public sealed class PageAnalyses(DesignSystemPack pack)
{
    private readonly ConditionalWeakTable<PageSnapshot, PageAnalysis> _pages = [];

    public DesignSystemPack Pack { get; } = pack;

    private readonly string[] _blocks = [.. pack.Libraries.SelectMany(l => l.Components).Select(c => c.Contract.Block).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Whether a class belongs to one of the pack's components, in any edition: its block
    /// (<c>govuk-button</c>), a modifier (<c>govuk-button--start</c>) or an element (<c>govuk-tabs__tab</c>).
    /// </summary>
    public bool IsComponentClass(string cls) => _blocks.Any(b =>
        cls.StartsWith(b, StringComparison.Ordinal) && (cls.Length == b.Length || cls.AsSpan(b.Length).StartsWith("--") || cls.AsSpan(b.Length).StartsWith("__")));

    public PageAnalysis For(PageSnapshot page) => _pages.GetValue(page, p => Analyse(p, new HtmlParser().ParseDocument(p.Html)));

    /// <summary>Uses <paramref name="document"/>, already parsed from the page's HTML by another reader, instead of parsing it again.</summary>
    public PageAnalysis For(PageSnapshot page, AngleSharp.Dom.IDocument document) => _pages.GetValue(page, p => Analyse(p, document));

    private PageAnalysis Analyse(PageSnapshot page, AngleSharp.Dom.IDocument document)
    {
        // The version the page declares picks the contracts: GOV.UK Frontend 5.x markup is not held to 6.x's.
        var usage = PackUsage.Of(Pack, document, page);
        var edition = Pack.EditionFor(usage.Version);
        var index = edition.Engine.CreateIndex(document);
        return new PageAnalysis(document, index, edition.Engine.Evaluate(index), edition, usage);
    }
}
