using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Contracts;
using ServiceStandard.DesignSystem.Contracts.Assertions;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// An external contract pack (designsystem/contracts/&lt;pack&gt;, one edition per major version, written by
/// its generate-contracts.py) against the design system's own fixtures of the version each edition is
/// written from, both as published and as the design system's JavaScript leaves them: every fixture
/// passes, and every rule fails on some fixture mutated to break it. The classes the mutations look
/// for come with the fixtures. (Static per closed type: one pack's engines and fixtures.)
/// </summary>
/// <typeparam name="TPack">The test class of one pack, which names it and its editions.</typeparam>
public abstract class PackFixtureTests<TPack>(Xunit.Abstractions.ITestOutputHelper output)
    where TPack : IExternalPack
{
    /// <summary>The pack's editions: (folder, the version of its fixtures).</summary>
    public static TheoryData<string, string> Editions => TPack.Editions;

    private static readonly string pack = TPack.Id;

    private static readonly Dictionary<string, ContractEngine> Engines = [];

    private sealed record Fixture(string Component, string Name, string Html, string Js);

    /// <param name="ErrorGroup">The class of a form group in its error state.</param>
    /// <param name="ErrorMessage">The class of an error message.</param>
    /// <param name="Groups">The classes of the components a fieldset's legend asks the question of.</param>
    private sealed record FixtureSet(List<Fixture> Fixtures, Dictionary<(string Component, string Name), string> Discouraged, string ErrorGroup, string ErrorMessage, string Groups);

    private static readonly Dictionary<string, FixtureSet> FixtureSets = [];

    private static ContractEngine EngineOf(string edition)
    {
        lock (Engines)
        {
            if (!Engines.TryGetValue(edition, out var engine))
            {
                var result = ComponentLibrary.Load(RepositoryPaths.Combine("designsystem", "contracts", pack, edition));
                engine = result.Succeeded ? result.Value!.CreateEngine() : throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
                Engines[edition] = engine;
            }

            return engine;
        }
    }

    private static FixtureSet FixturesOf(string version)
    {
        lock (FixtureSets)
        {
            if (!FixtureSets.TryGetValue(version, out var set))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("tests", "ServiceStandard.DesignSystem.Tests", "Fixtures", pack, version + ".json")));
                var classes = json.RootElement.GetProperty("classes");
                set = new FixtureSet(
                    [.. json.RootElement.GetProperty("fixtures").EnumerateArray().Select(f => new Fixture(f.GetProperty("component").GetString()!, f.GetProperty("name").GetString()!, f.GetProperty("html").GetString()!, f.GetProperty("js").GetString()!))],
                    json.RootElement.GetProperty("discouraged").EnumerateArray().ToDictionary(d => (d.GetProperty("component").GetString()!, d.GetProperty("name").GetString()!), d => d.GetProperty("rule").GetString()!),
                    classes.GetProperty("errorGroup").GetString()!,
                    classes.GetProperty("errorMessage").GetString()!,
                    string.Join(", ", classes.GetProperty("groups").EnumerateArray().Select(g => "." + g.GetString())));
                FixtureSets[version] = set;
            }

            return set;
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_edition_covers_at_least_25_components_and_ships_the_licence(string edition, string version)
    {
        var library = ComponentLibrary.Load(RepositoryPaths.Combine("designsystem", "contracts", pack, edition)).Value!;
        Assert.True(library.Components.Count >= 25, $"{library.Components.Count} components");
        Assert.True(File.Exists(RepositoryPaths.Combine("designsystem", "contracts", pack, "LICENSE")));
        Assert.True(File.Exists(RepositoryPaths.Combine("tests", "ServiceStandard.DesignSystem.Tests", "Fixtures", pack, "LICENSE")));
        Assert.True(FixturesOf(version).Fixtures.Count > 200, $"{FixturesOf(version).Fixtures.Count} fixtures");
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_non_hidden_fixture_passes_with_no_violation_as_published_and_after_the_design_systems_javascript(string edition, string version)
    {
        var set = FixturesOf(version);
        var failures = set.Fixtures.Where(f => !set.Discouraged.ContainsKey((f.Component, f.Name)))
            .SelectMany(f => new[] { ("html", f.Html), ("js", f.Js) }.SelectMany(v => EngineOf(edition).Evaluate(v.Item2).Violations.Select(x => $"{f.Component} / {f.Name} ({v.Item1}): {x}")))
            .Distinct()
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} violations:\n" + string.Join('\n', failures));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void A_fixture_of_an_option_the_guidance_advises_against_trips_its_rule(string edition, string version)
    {
        var set = FixturesOf(version);
        foreach (var ((component, name), rule) in set.Discouraged)
        {
            var fixture = set.Fixtures.Single(f => f.Component == component && f.Name == name);
            Assert.Equal([rule], EngineOf(edition).Evaluate(fixture.Js).Violations.Select(v => v.RuleId).Distinct());
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_rule_fails_on_a_fixture_mutated_to_break_it(string edition, string version)
    {
        var parser = new HtmlParser();
        var set = FixturesOf(version);
        var documents = set.Fixtures.Where(f => !set.Discouraged.ContainsKey((f.Component, f.Name))).SelectMany(f => new[] { f.Js, f.Html }).ToList();
        var engine = EngineOf(edition);
        var unbroken = new List<string>();
        foreach (var contract in engine.Contracts)
        {
            foreach (var rule in contract.Rules)
            {
                if (!documents.Any(html => BreaksRule(parser, engine, html, contract, rule)))
                {
                    unbroken.Add(rule.QualifiedId);
                }
            }
        }

        Assert.True(unbroken.Count == 0, "No mutated fixture fails these rules:\n" + string.Join('\n', unbroken));
    }

    /// <summary>
    /// The mutations of issue 17, one per fixture where it applies, as published and after the design
    /// system's JavaScript: the share the edition catches (any violation; clean fixtures have none) is printed
    /// for BENCHMARKS.md and must be at least 95 % for each kind.
    /// </summary>
    [Theory]
    [MemberData(nameof(Editions))]
    public void Issue_17_mutations_are_caught(string edition, string version)
    {
        var set = FixturesOf(version);
        var kinds = new (string Kind, Func<IDocument, bool> Mutate)[]
        {
            ("label for removed", d => d.QuerySelector("label[for]") is { } label && Do(() => label.RemoveAttribute("for"))),
            ("dangling aria-describedby", d => d.QuerySelector("[aria-describedby]") is { } field && Do(() => field.SetAttribute("aria-describedby", field.GetAttribute("aria-describedby") + "-gone"))),
            ("radio/checkbox without name", d => d.QuerySelector("input[type=radio][name], input[type=checkbox][name]") is { } input && Do(() => input.RemoveAttribute("name"))),
            ("error state without error message", d => d.QuerySelector("." + set.ErrorGroup) is { } group && group.QuerySelectorAll("." + set.ErrorMessage).ToList() is { Count: > 0 } messages && Do(() => messages.ForEach(m => m.Remove()))),
            ("error message without error state", d => d.QuerySelector("." + set.ErrorGroup) is { } group && group.QuerySelector("." + set.ErrorMessage) is not null && Do(() => group.ClassList.Remove(set.ErrorGroup))),
            ("group without fieldset legend", d => d.QuerySelector("fieldset > legend") is { } legend && legend.ParentElement!.QuerySelector(set.Groups) is not null && Do(() => legend.Remove())),
        };
        var parser = new HtmlParser();
        var engine = EngineOf(edition);
        foreach (var (kind, mutate) in kinds)
        {
            foreach (var variant in new[] { "html", "js" })
            {
                int applied = 0, caught = 0;
                foreach (var fixture in set.Fixtures.Where(f => !set.Discouraged.ContainsKey((f.Component, f.Name))))
                {
                    var document = parser.ParseDocument(variant == "html" ? fixture.Html : fixture.Js);
                    if (!mutate(document))
                    {
                        continue;
                    }

                    applied++;
                    caught += engine.Evaluate(document.DocumentElement.OuterHtml).Violations.Count > 0 ? 1 : 0;
                }

                output.WriteLine($"{version} {variant} | {kind} | {caught}/{applied}");
                Assert.True(applied > 0 && caught >= 0.95 * applied, $"{version} {variant} {kind}: {caught}/{applied}");
            }
        }

        static bool Do(Action action)
        {
            action();
            return true;
        }
    }

    /// <summary>Mutates each instance of the contract's component in <paramref name="html"/> in turn, the way that breaks the rule, until one is reported.</summary>
    private static bool BreaksRule(HtmlParser parser, ContractEngine engine, string html, Contract contract, ContractRule rule)
    {
        var instances = parser.ParseDocument(html).QuerySelectorAll(contract.Root.Text).Length;
        for (var i = 0; i < Math.Min(instances, 5); i++)
        {
            var document = parser.ParseDocument(html);
            var instance = document.QuerySelectorAll(contract.Root.Text)[i];
            var targets = rule.On is null ? [instance] : instance.QuerySelectorAll(rule.On.Text).ToList();
            // Targets that carry the attribute a reference rule reads first: NHS.UK's checkboxes describe only the items with a hint.
            foreach (var target in targets.OrderByDescending(t => rule.Assertion is ReferenceAssertion reference && t.HasAttribute(reference.Attribute)).Take(3))
            {
                var copy = parser.ParseDocument(html);
                var copyInstance = copy.QuerySelectorAll(contract.Root.Text)[i];
                var copyTarget = rule.On is null ? copyInstance : copyInstance.QuerySelectorAll(rule.On.Text)[targets.IndexOf(target)];
                if (!Mutate(copy, copyTarget, rule))
                {
                    continue;
                }

                if (engine.Evaluate(copy.DocumentElement.OuterHtml).Violations.Any(v => v.RuleId == rule.QualifiedId))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Mutate(IDocument document, IElement target, ContractRule rule)
    {
        switch (rule.Assertion)
        {
            case ElementNameAssertion element:
                // A table cell stays in its row only as another cell: the parser moves anything else out of the table.
                Rename(document, target, target.ParentElement?.LocalName == "tr" ? "td" : new[] { "span", "div", "i" }.First(n => !element.Allowed.Contains(n)));
                return true;
            case ModifiersAssertion modifiers:
                target.ClassList.Add(modifiers.Block + "--not-a-modifier");
                return true;
            case AttributesAssertion attributes:
                if (attributes.Required.Count > 0)
                {
                    target.RemoveAttribute(attributes.Required[0]);
                }
                else if (attributes.Values.Count > 0)
                {
                    target.SetAttribute(attributes.Values.Keys.First(), "not-a-value");
                }
                else if (attributes.Patterns.Count > 0)
                {
                    target.SetAttribute(attributes.Patterns.Keys.First(), "not valid");
                }
                else
                {
                    return false;
                }

                return true;
            case ChildrenAssertion children:
                var matches = target.QuerySelectorAll(children.Select.Text).ToList();
                if (children.Min > 0)
                {
                    matches.ForEach(m => m.Remove());
                    return matches.Count > 0;
                }

                if (children.Max is { } max && matches.Count > 0)
                {
                    for (var n = matches.Count; n <= max; n++)
                    {
                        matches[0].After(matches[0].Clone());
                    }

                    return true;
                }

                return false;
            case TextAssertion:
                target.InnerHtml = string.Empty;
                foreach (var attribute in new[] { "aria-label", "aria-labelledby", "value", "alt", "title" })
                {
                    target.RemoveAttribute(attribute);
                }

                return true;
            case ReferencedByAssertion:
                // Nothing names the element any more: as if its label's for, or a describedby, were dropped.
                target.Id = "mutated-" + target.Id;
                return true;
            case InsideAssertion inside:
                var ancestors = target.Ancestors<IElement>().Where(a => a.Matches(inside.Select.Text)).ToList();
                foreach (var ancestor in ancestors)
                {
                    if (inside.Select.Text.StartsWith('.'))
                    {
                        ancestor.ClassList.Remove(inside.Select.Text[1..]);
                    }
                    else
                    {
                        Rename(document, ancestor, "div");
                    }
                }

                return ancestors.Count > 0;
            case MatchesAssertion matching when matching.Select.Text.StartsWith('.'):
                target.ClassList.Remove(matching.Select.Text[1..]);
                return true;
            case ReferenceAssertion reference:
                if (!target.HasAttribute(reference.Attribute))
                {
                    return false;
                }

                target.SetAttribute(reference.Attribute, reference.Attribute == "href" ? "#no-such-element" : "no-such-element");
                return true;
            default:
                return false;
        }
    }

    private static void Rename(IDocument document, IElement element, string name)
    {
        var replacement = document.CreateElement(name);
        foreach (var attribute in element.Attributes.ToList())
        {
            replacement.SetAttribute(attribute.Name, attribute.Value);
        }

        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        element.Replace(replacement);
    }
}
