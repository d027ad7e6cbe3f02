using AngleSharp.Diffing;
using ServiceStandard.DesignSystem.Tests;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>Compares what a tag helper wrote with an example file as DOMs (AngleSharp.Diffing), and runs the contracts over it.</summary>
public static class HtmlComparison
{
    /// <summary>Fails with every difference listed when the two fragments are not the same markup (whitespace between elements aside).</summary>
    public static void AssertSameMarkup(string expected, string actual, string what)
    {
        var diffs = DiffBuilder.Compare(expected).WithTest(actual).Build().ToList();
        Assert.True(diffs.Count == 0,
            $"{what}: the tag helper's output differs from the example in {diffs.Count} place(s):\n" +
            string.Join('\n', diffs.Select(Describe)) + $"\n--- rendered:\n{actual}");
    }

    /// <summary>Fails with the violations when the rendered fragment breaks a contract, or shows no instance of the component.</summary>
    public static void AssertMeetsContracts(string fragment, string component)
    {
        var evaluation = DesignSystemFiles.Engine.Evaluate(ExamplePage.Wrap(fragment, component));
        Assert.True(evaluation.Violations.Count == 0, $"{component}: " + string.Join('\n', evaluation.Violations));
        Assert.True(evaluation.Instances.GetValueOrDefault(component) > 0, $"the output shows no instance of {component}");
    }

    private static string Describe(AngleSharp.Diffing.Core.IDiff diff) => diff switch
    {
        AngleSharp.Diffing.Core.NodeDiff n => $"  {n.Result} node: expected {n.Control.Path} '{Text(n.Control.Node)}', got {n.Test.Path} '{Text(n.Test.Node)}'",
        AngleSharp.Diffing.Core.AttrDiff a => $"  {a.Result} attribute at {a.Control.Path}: expected '{a.Control.Attribute.Value}', got '{a.Test.Attribute.Value}'",
        AngleSharp.Diffing.Core.MissingNodeDiff m => $"  missing node {m.Control.Path} '{Text(m.Control.Node)}'",
        AngleSharp.Diffing.Core.MissingAttrDiff m => $"  missing attribute {m.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedNodeDiff u => $"  unexpected node {u.Test.Path} '{Text(u.Test.Node)}'",
        AngleSharp.Diffing.Core.UnexpectedAttrDiff u => $"  unexpected attribute {u.Test.Path}",
        _ => "  " + diff,
    };

    private static string Text(AngleSharp.Dom.INode node) => node is AngleSharp.Dom.IElement e ? e.OuterHtml.Split('>')[0] + ">" : node.TextContent.Trim();
}
