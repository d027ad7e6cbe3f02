using AngleSharp.Dom;
using ServiceStandard.DesignSystem.Contracts;

namespace ServiceStandard.DesignSystem.Engine;

/// <summary>
/// What a set of contracts needs indexed: the classes and element names their selectors are keyed
/// on, and the attributes whose id references are looked up in reverse. Indexing only these keeps
/// the one walk over the document cheap.
/// </summary>
public sealed record IndexPlan(IReadOnlySet<string> Classes, IReadOnlySet<string> Tags, IReadOnlyCollection<string> ReverseReferenceAttributes);

/// <summary>
/// Everything the contract rules ask of a document, gathered in one walk over its elements:
/// elements in document order (an element's subtree is the contiguous range from its position to
/// <see cref="SubtreeEnd"/>), each element's parent, positions by the planned classes and element
/// names and by id, which elements reference an id through the planned attributes, the first
/// element in the Tab order, and the positions of visible content (for "first in main"). Rules then
/// answer their questions with lookups and binary searches, never by walking the document again.
/// </summary>
public sealed class DocumentIndex
{
    private static readonly HashSet<string> NotContent = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "head", "title", "meta", "link", "base",
    };

    private static readonly HashSet<string> ContentLeaves = new(StringComparer.Ordinal)
    {
        "img", "input", "select", "textarea", "button", "iframe", "video", "audio", "svg", "canvas", "object", "embed", "hr", "meter", "progress",
    };

    private readonly List<IElement> _elements = [];
    private readonly List<int> _subtreeEnd = [];
    private readonly List<int> _parent = [];
    private readonly Dictionary<string, List<int>> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byTag = new(StringComparer.Ordinal);
    private readonly IndexPlan _plan;
    private readonly Dictionary<string, List<int>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, List<int>>> _referencing = new(StringComparer.Ordinal);

    // Content positions on a doubled scale: 2p is the element at position p, 2p-1 is text just before it.
    private readonly List<int> _content = [];

    private DocumentIndex(IDocument document, IndexPlan plan)
    {
        Document = document;
        _plan = plan;
        foreach (var name in plan.Classes)
        {
            _byClass[name] = [];
        }

        foreach (var name in plan.Tags)
        {
            _byTag[name] = [];
        }

        foreach (var attribute in plan.ReverseReferenceAttributes)
        {
            _referencing[attribute] = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        }
    }

    public IDocument Document { get; }

    public int Count => _elements.Count;

    /// <summary>The position of the first element that Tab reaches, or -1 when nothing on the page is tabbable.</summary>
    public int FirstTabbable { get; private set; } = -1;

    public IElement this[int position] => _elements[position];

    /// <summary>Indexes <paramref name="document"/> for the questions <paramref name="plan"/> says will be asked.</summary>
    public static DocumentIndex Build(IDocument document, IndexPlan plan)
    {
        var index = new DocumentIndex(document, plan);
        if (document.DocumentElement is { } root)
        {
            index.Walk(root);
        }

        return index;
    }

    /// <summary>The position of the parent element; -1 for the root.</summary>
    public int Parent(int position) => _parent[position];

    /// <summary>The last position inside the subtree of the element at <paramref name="position"/>.</summary>
    public int SubtreeEnd(int position) => _subtreeEnd[position];

    public bool Contains(int ancestor, int position) => position > ancestor && position <= _subtreeEnd[ancestor];

    /// <summary>The elements with this id, in document order (more than one is itself a fault).</summary>
    public IReadOnlyList<int> WithId(string id) => _byId.TryGetValue(id, out var list) ? list : [];

    /// <summary>The elements with this id, looked up without making a string of it.</summary>
    public IReadOnlyList<int> WithId(ReadOnlySpan<char> id) => _byId.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var list) ? list : [];

    /// <summary>The elements with this class, in document order; the class must be in the plan.</summary>
    public IReadOnlyList<int> WithClass(string className) =>
        _byClass.TryGetValue(className, out var list) ? list : throw new InvalidOperationException($"the class '{className}' was not planned for indexing");

    /// <summary>The elements with this name, in document order; the name must be in the plan.</summary>
    public IReadOnlyList<int> WithTag(string name) =>
        _byTag.TryGetValue(name, out var list) ? list : throw new InvalidOperationException($"the element name '{name}' was not planned for indexing");

    /// <summary>Positions of the elements whose <paramref name="attribute"/> lists <paramref name="id"/>; the attribute must have been indexed.</summary>
    public IReadOnlyList<int> Referencing(string attribute, string id) =>
        _referencing.TryGetValue(attribute, out var byId)
            ? byId.TryGetValue(id, out var list) ? list : []
            : throw new InvalidOperationException($"the attribute '{attribute}' was not indexed");

    /// <summary>Whether visible content (text or a control, image, …) lies strictly between the start of <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool HasContentBetween(int from, int to)
    {
        var low = 2 * from;
        var high = 2 * to;
        var at = LowerBound(_content, low + 1);
        return at < _content.Count && _content[at] < high;
    }

    /// <summary>The first index in the sorted <paramref name="positions"/> at or after <paramref name="value"/>.</summary>
    internal static int LowerBound(IReadOnlyList<int> positions, int value)
    {
        int low = 0, high = positions.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (positions[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private void Walk(IElement root)
    {
        // An explicit stack of (children, next child) frames: ChildNodes[i] is constant time,
        // where NextSibling would search the parent's children each time.
        var stack = new Stack<Frame>();
        var pendingText = false;
        Enter(root, -1, hidden: false, notContent: false, ref pendingText);
        stack.Push(new Frame(_elements.Count - 1, root.ChildNodes, IsHidden(root), NotContent.Contains(root.LocalName)));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if (frame.Next >= frame.Children.Length)
            {
                _subtreeEnd[frame.Position] = _elements.Count - 1;
                continue;
            }

            var node = frame.Children[frame.Next];
            stack.Push(frame with { Next = frame.Next + 1 });
            if (node is IElement element)
            {
                var hidden = frame.Hidden || IsHidden(element);
                var notContent = frame.NotContent || NotContent.Contains(element.LocalName);
                Enter(element, frame.Position, hidden, notContent, ref pendingText);
                stack.Push(new Frame(_elements.Count - 1, element.ChildNodes, hidden, notContent));
            }
            else if (node.NodeType == NodeType.Text && !frame.Hidden && !frame.NotContent && !string.IsNullOrWhiteSpace(node.TextContent))
            {
                pendingText = true;
            }
        }

        if (pendingText)
        {
            _content.Add((2 * _elements.Count) - 1);
        }
    }

    private void Enter(IElement element, int parent, bool hidden, bool notContent, ref bool pendingText)
    {
        var position = _elements.Count;
        _elements.Add(element);
        _subtreeEnd.Add(position);
        _parent.Add(parent);
        if (_byTag.TryGetValue(element.LocalName, out var byTag))
        {
            byTag.Add(position);
        }

        var classes = element.GetAttribute("class");
        if (!string.IsNullOrEmpty(classes))
        {
            var lookup = _byClass.GetAlternateLookup<ReadOnlySpan<char>>();
            var span = classes.AsSpan();
            foreach (var range in span.SplitAny(" \t\n\f\r"))
            {
                // Only planned classes are indexed; a class written twice on one element, once.
                if (lookup.TryGetValue(span[range], out var list) && (list.Count == 0 || list[^1] != position))
                {
                    list.Add(position);
                }
            }
        }

        var id = element.GetAttribute("id");
        if (!string.IsNullOrEmpty(id))
        {
            Add(_byId, id, position);
        }

        foreach (var (attribute, byId) in _referencing)
        {
            if (!element.HasAttribute(attribute))
            {
                continue;
            }

            foreach (var token in IdReferences.Read(element, attribute))
            {
                Add(byId, token, position);
            }
        }

        if (pendingText)
        {
            _content.Add((2 * position) - 1);
            pendingText = false;
        }

        if (!hidden && !notContent && ContentLeaves.Contains(element.LocalName) && !IsHiddenInput(element))
        {
            _content.Add(2 * position);
        }

        if (FirstTabbable < 0 && !hidden && Focus.IsTabbable(element))
        {
            FirstTabbable = position;
        }
    }

    private static bool IsHidden(IElement element) => element.HasAttribute("hidden") || element.HasAttribute("inert");

    private static bool IsHiddenInput(IElement element) =>
        element.LocalName == "input" && string.Equals(element.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase);

    private static void Add(Dictionary<string, List<int>> map, string key, int position)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(position);
    }

    private readonly record struct Frame(int Position, INodeList Children, bool Hidden, bool NotContent, int Next = 0);
}
