using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>One page parsed, indexed and checked against the pack's contracts, once, for every design-system check.</summary>
public sealed record PageAnalysis(IDocument Document, DocumentIndex Index, ContractEvaluation Evaluation)
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

    public PageAnalysis For(PageSnapshot page) => _pages.GetValue(page, p => Analyse(new HtmlParser().ParseDocument(p.Html)));

    /// <summary>Uses <paramref name="document"/>, already parsed from the page's HTML by another reader, instead of parsing it again.</summary>
    public PageAnalysis For(PageSnapshot page, AngleSharp.Dom.IDocument document) => _pages.GetValue(page, _ => Analyse(document));

    private PageAnalysis Analyse(AngleSharp.Dom.IDocument document)
    {
        var index = Pack.Engine.CreateIndex(document);
        return new PageAnalysis(document, index, Pack.Engine.Evaluate(index));
    }
}
