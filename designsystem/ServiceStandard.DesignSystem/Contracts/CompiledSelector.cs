using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace ServiceStandard.DesignSystem.Contracts;

/// <summary>
/// A CSS selector from a contract, parsed once, with the key the engine finds candidates by: for
/// each alternative of a selector list, a class (or else an element name, or an id) of its
/// rightmost compound selector. Candidates come from the document index by that key and are then
/// matched against the whole selector, so no rule rescans the document.
/// </summary>
public sealed class CompiledSelector
{
    private static readonly CssSelectorParser Parser = new();

    private CompiledSelector(string text, ISelector selector, IReadOnlyList<SelectorKey> keys)
    {
        Text = text;
        Selector = selector;
        Keys = keys;
        IsIndexed = keys.All(k => k.Kind != SelectorKeyKind.None);
    }

    /// <summary>The selector as the contract wrote it.</summary>
    public string Text { get; }

    internal ISelector Selector { get; }

    /// <summary>One key per alternative; a <see cref="SelectorKeyKind.None"/> key means "every element".</summary>
    internal IReadOnlyList<SelectorKey> Keys { get; }

    /// <summary>Whether every alternative has a key, so candidates never need a scan of a range.</summary>
    internal bool IsIndexed { get; }

    /// <summary>The first class of the rightmost compound of a single-alternative selector: a contract's block class.</summary>
    public string? KeyClass => Keys is [{ Kind: SelectorKeyKind.Class } key] ? key.Value : null;

    /// <summary>Parses a selector; returns null and a reason when it is not valid CSS.</summary>
    public static CompiledSelector? TryCompile(string text, out string? problem)
    {
        problem = null;
        ISelector? selector;
        try
        {
            selector = Parser.ParseSelector(text);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
        {
            selector = null;
        }

        if (selector is null || string.IsNullOrWhiteSpace(text))
        {
            problem = $"'{text}' is not a valid CSS selector";
            return null;
        }

        if (text.TrimStart().StartsWith('>') || text.TrimStart().StartsWith('+') || text.TrimStart().StartsWith('~'))
        {
            problem = $"'{text}' starts with a combinator; write ':scope {text.TrimStart()}' for elements relative to the component";
            return null;
        }

        var keys = new KeyFinder();
        selector.Accept(keys);
        return new CompiledSelector(text, selector, keys.Keys);
    }

    /// <summary>Whether <paramref name="element"/> matches, with <c>:scope</c> meaning <paramref name="scope"/>.</summary>
    public bool Matches(AngleSharp.Dom.IElement element, AngleSharp.Dom.IElement? scope = null) => Selector.Match(element, scope);

    public override string ToString() => Text;

    /// <summary>Walks the parsed selector to find each alternative's key.</summary>
    private sealed class KeyFinder : ISelectorVisitor
    {
        private SelectorKey _current = SelectorKey.Any;

        public List<SelectorKey> Keys { get; } = [];

        // The visitor starts at the top: a list, a combinator chain, a compound or a simple selector.
        private int _depth;

        public void List(IEnumerable<ISelector> selectors)
        {
            if (_depth > 0)
            {
                return;
            }

            foreach (var alternative in selectors)
            {
                Keys.Add(KeyOf(alternative));
            }
        }

        public void Combinator(IEnumerable<ISelector> selectors, IEnumerable<string> symbols)
        {
            if (_depth == 0)
            {
                Keys.Add(KeyOf(selectors.Last()));
            }
        }

        public void Many(IEnumerable<ISelector> selectors)
        {
            if (_depth == 0)
            {
                Keys.Add(KeyOfCompound(selectors));
            }
        }

        public void Type(string name) => Simple(name == "*" ? SelectorKey.Any : new SelectorKey(SelectorKeyKind.Tag, name.ToLowerInvariant()));

        public void Class(string name) => Simple(new SelectorKey(SelectorKeyKind.Class, name));

        public void Id(string name) => Simple(new SelectorKey(SelectorKeyKind.Id, name));

        public void Attribute(string name, string op, string? value) => Simple(SelectorKey.Any);

        public void Child(string name, int step, int offset, ISelector selector) => Simple(SelectorKey.Any);

        public void PseudoClass(string name) => Simple(SelectorKey.Any);

        public void PseudoElement(string name) => Simple(SelectorKey.Any);

        private void Simple(SelectorKey key)
        {
            if (_depth == 0)
            {
                Keys.Add(key);
            }
            else
            {
                _current = Better(_current, key);
            }
        }

        private SelectorKey KeyOf(ISelector selector)
        {
            var inner = new KeyFinder();
            selector.Accept(inner);
            return inner.Keys.Count == 1 ? inner.Keys[0] : SelectorKey.Any;
        }

        private static SelectorKey KeyOfCompound(IEnumerable<ISelector> parts)
        {
            var collector = new KeyFinder { _depth = 1 };
            foreach (var part in parts)
            {
                part.Accept(collector);
            }

            return collector._current;
        }

        // A class is the preferred key (it is also the block of a root selector), then an id, then an element name.
        private static SelectorKey Better(SelectorKey current, SelectorKey candidate) =>
            Rank(candidate) > Rank(current) ? candidate : current;

        private static int Rank(SelectorKey key) => key.Kind switch
        {
            SelectorKeyKind.Class => 3,
            SelectorKeyKind.Id => 2,
            SelectorKeyKind.Tag => 1,
            _ => 0,
        };
    }
}

internal enum SelectorKeyKind
{
    None,
    Class,
    Tag,
    Id,
}

internal readonly record struct SelectorKey(SelectorKeyKind Kind, string Value)
{
    public static SelectorKey Any { get; } = new(SelectorKeyKind.None, string.Empty);
}
