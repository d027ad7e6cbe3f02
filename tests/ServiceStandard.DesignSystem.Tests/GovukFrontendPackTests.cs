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
/// The GOV.UK Frontend contract pack (designsystem/contracts/govuk-frontend) against GOV.UK
/// Frontend's own fixtures (checked in under Fixtures/govuk-frontend, MIT, with its licence):
/// every non-hidden fixture passes, and every rule fails on some fixture mutated to break it.
/// </summary>
public class GovukFrontendPackTests
{
    private static readonly Lazy<ComponentLibrary> Pack = new(() =>
    {
        var result = ComponentLibrary.Load(RepositoryPaths.Combine("designsystem", "contracts", "govuk-frontend"));
        return result.Succeeded ? result.Value! : throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
    });

    private static readonly Lazy<ContractEngine> Engine = new(() => Pack.Value.CreateEngine());

    private static readonly Lazy<List<(string Component, string Name, string Html)>> Fixtures = new(() =>
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("tests", "ServiceStandard.DesignSystem.Tests", "Fixtures", "govuk-frontend", "fixtures.json")));
        return [.. json.RootElement.GetProperty("components").EnumerateObject()
            .SelectMany(c => c.Value.EnumerateArray().Select(f => (c.Name, f.GetProperty("name").GetString()!, f.GetProperty("html").GetString()!)))];
    });

    [Fact]
    public void The_pack_covers_at_least_25_components_and_ships_the_licence()
    {
        Assert.True(Pack.Value.Components.Count >= 25, $"{Pack.Value.Components.Count} components");
        Assert.True(File.Exists(RepositoryPaths.Combine("designsystem", "contracts", "govuk-frontend", "LICENSE")));
        Assert.True(File.Exists(RepositoryPaths.Combine("tests", "ServiceStandard.DesignSystem.Tests", "Fixtures", "govuk-frontend", "LICENSE")));
    }

    [Fact]
    public void Every_non_hidden_govuk_frontend_fixture_passes_with_no_violation()
    {
        Assert.True(Fixtures.Value.Count > 200, $"{Fixtures.Value.Count} fixtures");
        var failures = Fixtures.Value
            .SelectMany(f => Engine.Value.Evaluate(f.Html).Violations.Select(v => $"{f.Component} / {f.Name}: {v}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Every_rule_fails_on_a_fixture_mutated_to_break_it()
    {
        var parser = new HtmlParser();
        var documents = Fixtures.Value.Select(f => f.Html).ToList();
        var unbroken = new List<string>();
        foreach (var contract in Engine.Value.Contracts)
        {
            foreach (var rule in contract.Rules)
            {
                if (!documents.Any(html => BreaksRule(parser, html, contract, rule)))
                {
                    unbroken.Add(rule.QualifiedId);
                }
            }
        }

        Assert.True(unbroken.Count == 0, "No mutated fixture fails these rules:\n" + string.Join('\n', unbroken));
    }

    /// <summary>Mutates each instance of the contract's component in <paramref name="html"/> in turn, the way that breaks the rule, until one is reported.</summary>
    private static bool BreaksRule(HtmlParser parser, string html, Contract contract, ContractRule rule)
    {
        var instances = parser.ParseDocument(html).QuerySelectorAll(contract.Root.Text).Length;
        for (var i = 0; i < Math.Min(instances, 5); i++)
        {
            var document = parser.ParseDocument(html);
            var instance = document.QuerySelectorAll(contract.Root.Text)[i];
            var targets = rule.On is null ? [instance] : instance.QuerySelectorAll(rule.On.Text).ToList();
            foreach (var target in targets.Take(3))
            {
                var copy = parser.ParseDocument(html);
                var copyInstance = copy.QuerySelectorAll(contract.Root.Text)[i];
                var copyTarget = rule.On is null ? copyInstance : copyInstance.QuerySelectorAll(rule.On.Text)[targets.IndexOf(target)];
                if (!Mutate(copy, copyTarget, rule.Assertion))
                {
                    continue;
                }

                if (Engine.Value.Evaluate(copy.DocumentElement.OuterHtml).Violations.Any(v => v.RuleId == rule.QualifiedId))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Mutate(IDocument document, IElement target, Assertion assertion)
    {
        switch (assertion)
        {
            case ElementNameAssertion element:
                // A table cell stays in its row only as another cell: the parser moves anything else out of the table.
                var name = target.ParentElement?.LocalName == "tr" ? "td" : new[] { "span", "div", "i" }.First(n => !element.Allowed.Contains(n));
                var replacement = document.CreateElement(name);
                foreach (var attribute in target.Attributes.ToList())
                {
                    replacement.SetAttribute(attribute.Name, attribute.Value);
                }

                while (target.FirstChild is { } child)
                {
                    replacement.AppendChild(child);
                }

                target.Replace(replacement);
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
}
