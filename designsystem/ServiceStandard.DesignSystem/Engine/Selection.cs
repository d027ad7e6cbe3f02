using AngleSharp.Dom;
using ServiceStandard.DesignSystem.Contracts;

namespace ServiceStandard.DesignSystem.Engine;

/// <summary>
/// Finds the elements a compiled selector matches inside a subtree (or the whole document) from
/// the document index: candidates by key, narrowed to the subtree's range by binary search, then
/// matched. A selector with no key falls back to the elements of the range. Enumerating allocates
/// nothing unless the selector is a list of several keyed alternatives.
/// </summary>
internal static class Selection
{
    /// <summary>Elements matching <paramref name="selector"/> strictly inside the element at <paramref name="scope"/>; <c>:scope</c> is that element.</summary>
    public static Matches Within(CompiledSelector selector, DocumentIndex index, int scope) =>
        new(selector, index, scope + 1, index.SubtreeEnd(scope), index[scope]);

    /// <summary>Elements matching <paramref name="selector"/> anywhere in the document.</summary>
    public static Matches InDocument(CompiledSelector selector, DocumentIndex index) =>
        new(selector, index, 0, index.Count - 1, null);

    public static bool Any(CompiledSelector selector, DocumentIndex index, int scope)
    {
        foreach (var _ in Within(selector, index, scope))
        {
            return true;
        }

        return false;
    }

    private static IReadOnlyList<int> Candidates(SelectorKey key, DocumentIndex index) => key.Kind switch
    {
        SelectorKeyKind.Class => index.WithClass(key.Value),
        SelectorKeyKind.Tag => index.WithTag(key.Value),
        SelectorKeyKind.Id => index.WithId(key.Value),
        _ => throw new InvalidOperationException("a keyless selector has no candidates list"),
    };

    /// <summary>The matching positions, in document order.</summary>
    public struct Matches
    {
        private readonly CompiledSelector _selector;
        private readonly DocumentIndex _index;
        private readonly IElement? _scope;
        private readonly int _to;
        private readonly IReadOnlyList<int>? _candidates;
        private int _next;

        internal Matches(CompiledSelector selector, DocumentIndex index, int from, int to, IElement? scope)
        {
            _selector = selector;
            _index = index;
            _scope = scope;
            _to = to;
            Current = -1;
            if (from > to || !selector.IsIndexed)
            {
                // No key: every element of the range is a candidate.
                _candidates = null;
                _next = from;
            }
            else
            {
                _candidates = selector.Keys.Count == 1 ? Candidates(selector.Keys[0], index) : Union(selector, index, from, to);
                _next = DocumentIndex.LowerBound(_candidates, from);
            }
        }

        public int Current { get; private set; }

        public readonly Matches GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_candidates is null)
            {
                while (_next <= _to)
                {
                    var position = _next++;
                    if (_selector.Matches(_index[position], _scope))
                    {
                        Current = position;
                        return true;
                    }
                }

                return false;
            }

            while (_next < _candidates.Count && _candidates[_next] <= _to)
            {
                var position = _candidates[_next++];
                if (_selector.Matches(_index[position], _scope))
                {
                    Current = position;
                    return true;
                }
            }

            return false;
        }

        /// <summary>A selector list: the union of each alternative's candidates in the range, in document order.</summary>
        private static List<int> Union(CompiledSelector selector, DocumentIndex index, int from, int to)
        {
            var union = new List<int>();
            foreach (var key in selector.Keys)
            {
                var candidates = Candidates(key, index);
                for (var i = DocumentIndex.LowerBound(candidates, from); i < candidates.Count && candidates[i] <= to; i++)
                {
                    union.Add(candidates[i]);
                }
            }

            union.Sort();
            var write = 0;
            for (var read = 0; read < union.Count; read++)
            {
                if (write == 0 || union[write - 1] != union[read])
                {
                    union[write++] = union[read];
                }
            }

            union.RemoveRange(write, union.Count - write);
            return union;
        }
    }
}
