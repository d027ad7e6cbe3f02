using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ServiceStandard.Kernel.Yaml;

/// <summary>
/// A YAML event stream that stops at the first list or mapping nested deeper than a limit.
/// YamlDotNet builds its node tree recursively, one call per level, so 50,000 nested '[' overflow
/// the stack and kill the process; counting levels here, before the tree is built, turns that into
/// an exception <see cref="YamlDocumentParser"/> reports where the too-deep level opens. It also
/// remembers where it was, for the exceptions YamlDotNet throws without a position.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner, int maxDepth) : IParser
{
    private readonly Stack<Mark> _open = new();
    private Mark? _lastClosed;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read starts; reading failed after it.</summary>
    public Mark LastRead { get; private set; } = Mark.Empty;

    /// <summary>
    /// Where the list or mapping around the current event starts (for an event that ends one, the
    /// one it ends): where a reader that fails on this event should point.
    /// </summary>
    public Mark? Enclosing => inner.Current is SequenceEnd or MappingEnd ? _lastClosed : _open.TryPeek(out var start) ? start : null;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        LastRead = inner.Current!.Start;

        switch (inner.Current)
        {
            case SequenceStart or MappingStart:
                if (_open.Count == maxDepth)
                {
                    throw new NestingTooDeepException(inner.Current.Start);
                }

                _open.Push(inner.Current.Start);
                break;
            case SequenceEnd or MappingEnd when _open.Count > 0:
                _lastClosed = _open.Pop();
                break;
        }

        return true;
    }

    /// <summary>Where the first level beyond the limit opens.</summary>
    internal sealed class NestingTooDeepException(Mark start) : Exception("YAML nested too deep")
    {
        public Mark Start { get; } = start;
    }
}
