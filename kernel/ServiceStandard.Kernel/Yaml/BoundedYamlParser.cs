using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ServiceStandard.Kernel.Yaml;

/// <summary>
/// A YAML event stream that stops, before YamlDotNet builds its node tree, at the first of three
/// things that would make building or reading that tree run out of stack or time:
/// <list type="bullet">
/// <item>lists and mappings nested deeper than a limit: the tree is built with one recursive call
/// per level, and 50,000 nested '[' overflowed the stack and killed the process (issue 14, item 8);</item>
/// <item>an alias to a list or mapping it is inside (<c>&amp;a { *a: 1 }</c>): a node that contains
/// itself, whose hash code YamlDotNet computes for ever (found by the fuzzer);</item>
/// <item>aliases that expand to more nodes than a limit ("a billion laughs"): each is one node in the
/// tree, but anything that walks the tree walks every expansion.</item>
/// </list>
/// It also remembers where it was, for the exceptions YamlDotNet throws without a position.
/// </summary>
internal sealed class BoundedYamlParser(IParser inner, int maxDepth, long maxExpandedNodes) : IParser
{
    private readonly Stack<(Mark Start, string? Anchor, long Nodes)> _open = new();
    private readonly Dictionary<string, long> _anchored = new(StringComparer.Ordinal);
    private Mark? _lastClosed;
    private long _rootNodes;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read starts; reading failed after it.</summary>
    public Mark LastRead { get; private set; } = Mark.Empty;

    /// <summary>
    /// Where the list or mapping around the current event starts (for an event that ends one, the
    /// one it ends): where a reader that fails on this event should point.
    /// </summary>
    public Mark? Enclosing => inner.Current is SequenceEnd or MappingEnd ? _lastClosed : _open.TryPeek(out var open) ? open.Start : null;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var current = inner.Current!;
        LastRead = current.Start;
        switch (current)
        {
            case SequenceStart or MappingStart:
                if (_open.Count == maxDepth)
                {
                    throw new TooDeepException(current.Start);
                }

                _open.Push((current.Start, Anchor(current), 1));
                break;
            case SequenceEnd or MappingEnd when _open.Count > 0:
                var (start, anchor, nodes) = _open.Pop();
                _lastClosed = start;
                Count(nodes, anchor, current);
                break;
            case Scalar scalar:
                Count(1, Anchor(scalar), current);
                break;
            case AnchorAlias alias:
                if (_open.Any(o => o.Anchor == alias.Value.Value))
                {
                    throw new SelfReferenceException(current.Start, alias.Value.Value);
                }

                // An unknown anchor is YamlDotNet's to report, with its position.
                Count(_anchored.GetValueOrDefault(alias.Value.Value, 1), null, current);
                break;
        }

        return true;
    }

    private static string? Anchor(ParsingEvent node) => node is NodeEvent { Anchor.IsEmpty: false } named ? named.Anchor.Value : null;

    /// <summary>Adds a finished node (with what its aliases expand to) to the node around it.</summary>
    private void Count(long nodes, string? anchor, ParsingEvent at)
    {
        if (anchor is not null)
        {
            _anchored[anchor] = nodes;
        }

        if (_open.TryPop(out var parent))
        {
            _open.Push(parent with { Nodes = parent.Nodes + nodes });
            nodes = parent.Nodes + nodes;
        }
        else
        {
            _rootNodes += nodes;
            nodes = _rootNodes;
        }

        if (nodes > maxExpandedNodes)
        {
            throw new TooLargeException(at.Start);
        }
    }

    /// <summary>Where the first level beyond the depth limit opens.</summary>
    internal sealed class TooDeepException(Mark start) : Exception("YAML nested too deep")
    {
        public Mark Start { get; } = start;
    }

    /// <summary>Where an alias names a list or mapping it is inside.</summary>
    internal sealed class SelfReferenceException(Mark start, string anchor) : Exception("YAML alias inside its own anchor")
    {
        public Mark Start { get; } = start;

        public string Anchor { get; } = anchor;
    }

    /// <summary>Where the aliases read so far expand past the limit.</summary>
    internal sealed class TooLargeException(Mark start) : Exception("YAML aliases expand too far")
    {
        public Mark Start { get; } = start;
    }
}
