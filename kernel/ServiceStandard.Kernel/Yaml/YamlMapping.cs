using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Kernel.Yaml;

/// <summary>
/// A YAML mapping read against a fixed set of keys: unknown keys, missing required keys and
/// values of the wrong type become located diagnostics; reading goes on after each one.
/// </summary>
public sealed class YamlMapping
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries;
    private readonly HashSet<string> _misspelled;
    private readonly YamlReadContext _context;

    private YamlMapping(YamlMappingNode node, string what, YamlReadContext context, Dictionary<string, (YamlScalarNode, YamlNode)> entries, HashSet<string> misspelled)
    {
        Node = node;
        What = what;
        _context = context;
        _entries = entries;
        _misspelled = misspelled;
    }

    public YamlMappingNode Node { get; }

    /// <summary>What this mapping is, in words used in messages ("criterion DSS-01").</summary>
    public string What { get; }

    public static YamlMapping? Read(YamlNode node, string what, YamlReadContext context, IReadOnlyCollection<string> knownKeys)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Error(node, $"{what} must be a mapping of keys to values, found {YamlNodeKind.Describe(node)}");
            return null;
        }

        var entries = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);

        // Known keys that an unknown key looks like a misspelling of: "did you mean 'title'?" already
        // says what is wrong, so a missing 'title' is not reported a second time.
        var misspelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode key || key.Value is null)
            {
                context.Error(keyNode, $"keys in {what} must be plain words");
                continue;
            }

            if (!knownKeys.Contains(key.Value))
            {
                var suggestion = Suggest(key.Value, knownKeys);
                if (suggestion is not null && !mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == suggestion))
                {
                    misspelled.Add(suggestion);
                }

                context.Error(key, $"unknown key '{key.Value}' in {what}" +
                    (suggestion is null ? $"; expected one of: {string.Join(", ", knownKeys)}" : $"; did you mean '{suggestion}'?"));
                continue;
            }

            entries[key.Value] = (key, valueNode);
        }

        return new YamlMapping(mapping, what, context, entries, misspelled);
    }

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Get(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlNode? Require(string key)
    {
        var value = Get(key);
        if (value is null && !_misspelled.Contains(key))
        {
            _context.Error(Node, $"{What} is missing the required key '{key}'");
        }

        return value;
    }

    public string? GetString(string key, bool required = false)
    {
        var node = required ? Require(key) : Get(key);
        var value = node is null ? null : ReadString(node, $"'{key}' in {What}", _context);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            _context.Error(node!, $"'{key}' in {What} must not be empty");
            return null;
        }

        return value;
    }

    public int? GetInt(string key, bool required = false)
    {
        var node = required ? Require(key) : Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
            {
                return value;
            }

            _context.Error(node, $"'{key}' in {What} must be a number, not quoted text; write {key}: {value}");
            return null;
        }

        _context.Error(node, $"'{key}' in {What} must be a whole number, found {YamlNodeKind.Describe(node)}");
        return null;
    }

    public bool? GetBool(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        _context.Error(node, $"'{key}' in {What} must be true or false, found {YamlNodeKind.Describe(node)}");
        return null;
    }

    /// <summary>The items of a list value; a missing optional list reads as empty.</summary>
    public IReadOnlyList<YamlNode> GetList(string key, bool required = false)
    {
        var node = required ? Require(key) : Get(key);
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        var hint = node is YamlScalarNode { Value: { Length: > 0 } single } scalar && !YamlNodeKind.IsNull(scalar)
            ? $"; write it as a list: {key}: [{single}]"
            : string.Empty;
        _context.Error(node, $"'{key}' in {What} must be a list, found {YamlNodeKind.Describe(node)}{hint}");
        return [];
    }

    public IReadOnlyList<string> GetStringList(string key, bool required = false) =>
        [.. GetList(key, required)
            .Select(item => ReadString(item, $"an item of '{key}' in {What}", _context))
            .OfType<string>()];

    public static string? ReadString(YamlNode node, string what, YamlReadContext context)
    {
        if (node is YamlScalarNode scalar && !YamlNodeKind.IsNull(scalar))
        {
            return scalar.Value;
        }

        context.Error(node, $"{what} must be text, found {YamlNodeKind.Describe(node)}");
        return null;
    }

    private static string? Suggest(string unknown, IReadOnlyCollection<string> known) =>
        known
            .Select(k => (Key: k, Distance: EditDistance(unknown.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(c => c.Distance <= (c.Key.Length < 4 ? 1 : Math.Max(2, c.Key.Length / 3)))
            .OrderBy(c => c.Distance)
            .Select(c => c.Key)
            .FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
