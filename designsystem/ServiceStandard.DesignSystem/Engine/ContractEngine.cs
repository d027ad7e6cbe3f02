using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Contracts;
using ServiceStandard.DesignSystem.Contracts.Assertions;

namespace ServiceStandard.DesignSystem.Engine;

/// <summary>
/// Checks documents against a set of component contracts. Per document it builds one
/// <see cref="DocumentIndex"/> (a single walk), finds each component's instances from the class
/// index, and answers every rule with index lookups inside the instance's range: the cost grows
/// with the page's size plus its instances, never with instances times page size. The engine holds
/// no per-document state, so one instance can check many documents, on many threads.
/// </summary>
public sealed class ContractEngine
{
    private readonly IReadOnlyList<ContractRule> _pageRules;

    public ContractEngine(IEnumerable<Contract> contracts)
    {
        Contracts = [.. contracts];
        var duplicate = Contracts.GroupBy(c => c.ComponentId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two contracts for the component '{duplicate.Key}'", nameof(contracts));
        }

        _pageRules = [.. Contracts.SelectMany(c => c.Rules).Where(r => r.IsPageRule)];
        Plan = PlanFor(Contracts);
    }

    public IReadOnlyList<Contract> Contracts { get; }

    /// <summary>What the document index holds for these contracts.</summary>
    public IndexPlan Plan { get; }

    /// <summary>Parses <paramref name="html"/> with AngleSharp and checks it.</summary>
    public ContractEvaluation Evaluate(string html) => Evaluate(new HtmlParser().ParseDocument(html));

    /// <summary>Checks a parsed document (parse once, share it with other checks).</summary>
    public ContractEvaluation Evaluate(IDocument document) => Evaluate(CreateIndex(document));

    /// <summary>Indexes a document for this engine's contracts (what <see cref="Evaluate(IDocument)"/> does first).</summary>
    public DocumentIndex CreateIndex(IDocument document) => DocumentIndex.Build(document, Plan);

    public ContractEvaluation Evaluate(DocumentIndex index)
    {
        var violations = new List<ContractViolation>();
        var instances = new Dictionary<string, int>(StringComparer.Ordinal);

        // Every instance of every component, in document order: checking neighbours together keeps
        // the elements a rule reads close to those the previous rule read.
        var work = new List<(int Position, int Contract)>();
        for (var c = 0; c < Contracts.Count; c++)
        {
            var before = work.Count;
            foreach (var position in Selection.InDocument(Contracts[c].Root, index))
            {
                work.Add((position, c));
            }

            instances[Contracts[c].ComponentId] = work.Count - before;
        }

        work.Sort();
        var evaluations = Contracts
            .Select(c => c.Rules.Where(r => !r.IsPageRule).Select(r => new RuleEvaluation(index, r, violations)).ToArray())
            .ToArray();
        foreach (var (position, contract) in work)
        {
            foreach (var evaluation in evaluations[contract])
            {
                Check(evaluation, index, position);
            }
        }

        foreach (var rule in _pageRules)
        {
            ((PageAssertion)rule.Assertion).Check(new RuleEvaluation(index, rule, violations));
        }

        return new ContractEvaluation(violations, instances);
    }

    private static void Check(RuleEvaluation evaluation, DocumentIndex index, int instance)
    {
        var rule = evaluation.Rule;
        if (rule.When is not null && !rule.When.Holds(index, instance))
        {
            return;
        }

        evaluation.Instance = instance;
        var assertion = (TargetAssertion)rule.Assertion;
        if (rule.On is null)
        {
            assertion.Check(evaluation, instance);
            return;
        }

        foreach (var target in Selection.Within(rule.On, index, instance))
        {
            assertion.Check(evaluation, target);
        }
    }

    private static IndexPlan PlanFor(IReadOnlyList<Contract> contracts)
    {
        var rules = contracts.SelectMany(c => c.Rules).ToList();
        var selectors = contracts.Select(c => c.Root)
            .Concat(rules.Select(r => r.On).OfType<CompiledSelector>())
            .Concat(rules.SelectMany(r => r.When?.Selectors ?? []))
            .Concat(rules.SelectMany(r => r.Assertion.Selectors))
            .ToList();
        var keys = selectors.SelectMany(s => s.Keys).ToList();
        var classes = keys.Where(k => k.Kind == SelectorKeyKind.Class).Select(k => k.Value)
            .Concat(rules.SelectMany(r => r.Assertion.IndexedClasses))
            .ToHashSet(StringComparer.Ordinal);
        var tags = keys.Where(k => k.Kind == SelectorKeyKind.Tag).Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
        var attributes = rules.SelectMany(r => r.Assertion.ReverseReferenceAttributes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new IndexPlan(classes, tags, attributes);
    }
}
