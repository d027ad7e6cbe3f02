using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// Parses a candidate's C# for the analysis, or says why a file is left out: nested too deep for
/// Roslyn's unguarded recursion (<see cref="SourceNesting"/>), or given up by the parser itself
/// (CS8078). Call it on a <see cref="LargeStack"/> thread, as the compiler does.
/// </summary>
internal static class GuardedParser
{
    private const string InsufficientStack = "CS8078";

    public static (SyntaxTree? Tree, string? SkipReason) Parse(string text, CSharpParseOptions options, string path, CancellationToken cancellationToken)
    {
        var tooDeep = $"not analysed: its code nests more than {SourceNesting.MaxDepth} levels deep (brackets, generic arguments or chained calls), deeper than the analysis can safely follow";
        if (SourceNesting.BracketDepth(text) > SourceNesting.MaxDepth)
        {
            return (null, tooDeep);
        }

        var tree = CSharpSyntaxTree.ParseText(SourceText.From(text), options, path, cancellationToken);
        var root = tree.GetRoot(cancellationToken);
        if (root.ContainsDiagnostics && tree.GetDiagnostics(cancellationToken).Any(d => d.Id == InsufficientStack))
        {
            return (null, $"not analysed: the C# parser could not read it ({InsufficientStack}: an expression is too long or complex)");
        }

        return SourceNesting.SyntaxDepth(root) > SourceNesting.MaxDepth ? (null, tooDeep) : (tree, null);
    }
}
