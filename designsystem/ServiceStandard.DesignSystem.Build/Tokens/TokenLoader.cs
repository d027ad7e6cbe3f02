using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Build.Json;

namespace ServiceStandard.DesignSystem.Build.Tokens;

/// <summary>One token file's text and the path to show in diagnostics (relative to the design system root).</summary>
public sealed record TokenSource(string File, string Text);

/// <summary>The tokens, or the located reasons they could not be read. <see cref="Tokens"/> is null when there are diagnostics.</summary>
public sealed record TokenLoadResult(TokenSet? Tokens, IReadOnlyList<BuildDiagnostic> Diagnostics);

/// <summary>
/// Reads W3C Design Tokens Community Group files: groups and tokens, <c>$type</c> inherited from
/// groups, aliases (<c>"{color.brand}"</c>) resolved with cycle detection, and this design system's
/// two extensions: <c>org.servicestandard.responsive</c> on a token (its value from a named
/// breakpoint on) and <c>org.servicestandard.contrast-pairs</c> on a file's root group.
/// </summary>
public static partial class TokenLoader
{
    public const string ResponsiveExtension = "org.servicestandard.responsive";
    public const string PairsExtension = "org.servicestandard.contrast-pairs";
    public const string BreakpointGroup = "breakpoint";

    private static readonly HashSet<string> GroupProperties = new(StringComparer.Ordinal) { "$type", "$description", "$extensions", "$deprecated", "$schema" };
    private static readonly HashSet<string> TokenProperties = new(StringComparer.Ordinal) { "$type", "$value", "$description", "$extensions", "$deprecated" };

    /// <summary>Loads every <c>*.tokens.json</c> in <paramref name="tokensDirectory"/>, in file-name order.</summary>
    public static TokenLoadResult LoadDirectory(string tokensDirectory, string displayPrefix = "tokens/")
    {
        var sources = Directory.GetFiles(tokensDirectory, "*.tokens.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new TokenSource(displayPrefix + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        return Load(sources);
    }

    public static TokenLoadResult Load(IReadOnlyList<TokenSource> sources)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var raw = new List<RawToken>();
        var rawPairs = new List<LocatedJson>();
        foreach (var source in sources)
        {
            var root = LocatedJsonParser.Parse(source.File, source.Text, diagnostics);
            if (root is null)
            {
                continue;
            }

            if (root is not LocatedObject rootObject)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidJson, root.Location, $"a token file must be a JSON object (a group), found {root.Kind}."));
                continue;
            }

            if (rootObject["$extensions"] is LocatedObject extensions && extensions[PairsExtension] is { } pairs)
            {
                rawPairs.Add(pairs);
            }

            ReadGroup(rootObject, prefix: "", inheritedType: null, raw, diagnostics);
        }

        var byPath = new Dictionary<string, RawToken>(StringComparer.Ordinal);
        foreach (var token in raw)
        {
            if (!byPath.TryAdd(token.Path, token))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.DuplicateToken, token.Location, $"{token.Path} is already defined at {byPath[token.Path].Location}."));
            }
        }

        var resolver = new Resolver(byPath, diagnostics);
        var resolved = raw.Where(t => byPath[t.Path] == t).Select(resolver.Resolve).OfType<DesignToken>().ToList();
        var pairsList = rawPairs.SelectMany(p => ReadPairs(p, resolver, diagnostics)).ToList();

        return diagnostics.Count > 0
            ? new TokenLoadResult(null, diagnostics.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList())
            : new TokenLoadResult(new TokenSet(resolved, pairsList), []);
    }

    private static void ReadGroup(LocatedObject group, string prefix, string? inheritedType, List<RawToken> tokens, List<BuildDiagnostic> diagnostics)
    {
        var groupType = ReadType(group, inheritedType, diagnostics);
        foreach (var member in group.Members)
        {
            if (member.Name.StartsWith('$'))
            {
                if (!GroupProperties.Contains(member.Name))
                {
                    diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidName, member.NameLocation, $"unknown property \"{member.Name}\" on the group {Display(prefix)}; a group may have {string.Join(", ", GroupProperties)}."));
                }

                continue;
            }

            var path = prefix.Length == 0 ? member.Name : prefix + "." + member.Name;
            if (member.Name.Length == 0 || member.Name.IndexOfAny(['.', '{', '}']) >= 0)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidName, member.NameLocation, $"\"{member.Name}\" is not a valid token or group name: names must not be empty or contain '.', '{{' or '}}'."));
                continue;
            }

            if (!NamePattern().IsMatch(member.Name))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidName, member.NameLocation, $"\"{member.Name}\" cannot become a CSS custom property name: use lower-case letters, digits and hyphens."));
                continue;
            }

            if (member.Value is not LocatedObject child)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidValue, member.Value.Location, $"{path} must be a token (an object with \"$value\") or a group (an object), found {member.Value.Kind}."));
                continue;
            }

            if (child["$value"] is null)
            {
                ReadGroup(child, path, groupType, tokens, diagnostics);
                continue;
            }

            foreach (var property in child.Members.Where(m => m.Name.StartsWith('$') && !TokenProperties.Contains(m.Name)))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidName, property.NameLocation, $"unknown property \"{property.Name}\" on the token {path}; a token may have {string.Join(", ", TokenProperties)}."));
            }

            foreach (var property in child.Members.Where(m => !m.Name.StartsWith('$')))
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidName, property.NameLocation, $"the token {path} has a \"$value\", so it cannot also contain \"{property.Name}\": tokens and groups are separate."));
            }

            var description = child["$description"] is LocatedString text ? text.Value : null;
            var responsive = child["$extensions"] is LocatedObject extensions ? extensions[ResponsiveExtension] : null;
            tokens.Add(new RawToken(path, ReadType(child, groupType, diagnostics), child["$value"]!, description, responsive, child.Location));
        }
    }

    private static string? ReadType(LocatedObject node, string? inherited, List<BuildDiagnostic> diagnostics)
    {
        switch (node["$type"])
        {
            case null:
                return inherited;
            case LocatedString type when TokenValueParser.IsKnownType(type.Value):
                return type.Value;
            case LocatedString type:
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.UnsupportedType, type.Location, $"unknown $type \"{type.Value}\" (supported: {string.Join(", ", TokenValueParser.SupportedTypes)})."));
                return inherited;
            case { } other:
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidValue, other.Location, $"$type must be a string, found {other.Kind}."));
                return inherited;
        }
    }

    private static IEnumerable<ContrastPair> ReadPairs(LocatedJson node, Resolver resolver, List<BuildDiagnostic> diagnostics)
    {
        if (node is not LocatedArray array)
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidPair, node.Location, $"{PairsExtension} must be an array of {{\"name\", \"foreground\", \"background\", \"use\"}} objects."));
            yield break;
        }

        foreach (var item in array.Items)
        {
            if (item is not LocatedObject pair || pair["name"] is not LocatedString name)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidPair, item.Location, "a contrast pair must be an object with a \"name\" string."));
                continue;
            }

            var foreground = ReadPairColor(pair, "foreground", name.Value, resolver, diagnostics);
            var background = ReadPairColor(pair, "background", name.Value, resolver, diagnostics);
            ContrastUse? use = pair["use"] switch
            {
                LocatedString { Value: "body" } => ContrastUse.Body,
                LocatedString { Value: "large" } => ContrastUse.Large,
                LocatedString { Value: "ui" } => ContrastUse.Ui,
                _ => null,
            };
            if (use is null)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidPair, (pair["use"] ?? pair).Location, $"the pair \"{name.Value}\" needs \"use\": \"body\" (4.5:1), \"large\" (3:1) or \"ui\" (3:1)."));
            }

            if (foreground is not null && background is not null && use is not null)
            {
                yield return new ContrastPair(name.Value, foreground, background, use.Value, pair.Location);
            }
        }
    }

    private static string? ReadPairColor(LocatedObject pair, string role, string name, Resolver resolver, List<BuildDiagnostic> diagnostics)
    {
        var node = pair[role];
        var target = node is LocatedString text ? AliasTarget(text.Value) : null;
        if (target is null)
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidPair, (node ?? pair).Location, $"the pair \"{name}\" needs \"{role}\": a reference to a colour token such as \"{{color.text}}\"."));
            return null;
        }

        var token = resolver.ResolveReference(target, node!.Location, $"the pair \"{name}\"");
        if (token is null)
        {
            return null;
        }

        if (token.Value is not ColorValue { Alpha: >= 1 })
        {
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidPair, node.Location, $"the pair \"{name}\": {target} must be an opaque colour to have a contrast ratio, but it is a {token.Type} ({token.Value.ToCss()})."));
            return null;
        }

        return target;
    }

    /// <summary>The path inside a whole-value alias <c>"{a.b}"</c>, or null if the string is not one.</summary>
    public static string? AliasTarget(string value)
    {
        var match = AliasPattern().Match(value);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string Display(string prefix) => prefix.Length == 0 ? "at the root" : prefix;

    [GeneratedRegex(@"^\{([^{}]+)\}$")]
    private static partial Regex AliasPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();

    private sealed record RawToken(string Path, string? Type, LocatedJson Value, string? Description, LocatedJson? Responsive, SourceLocation Location);

    /// <summary>Resolves raw tokens depth-first, memoised; a token met again on its own chain is a cycle.</summary>
    private sealed class Resolver(Dictionary<string, RawToken> raw, List<BuildDiagnostic> diagnostics)
    {
        private readonly Dictionary<string, DesignToken?> _done = new(StringComparer.Ordinal);
        private readonly List<string> _chain = [];
        private readonly HashSet<string> _reportedCycles = new(StringComparer.Ordinal);

        public DesignToken? Resolve(RawToken token)
        {
            if (_done.TryGetValue(token.Path, out var finished))
            {
                return finished;
            }

            var start = _chain.IndexOf(token.Path);
            if (start >= 0)
            {
                var cycle = _chain.Skip(start).Append(token.Path).ToList();
                var key = string.Join(",", cycle.Skip(1).Order(StringComparer.Ordinal));
                if (_reportedCycles.Add(key))
                {
                    var first = raw[cycle[0]];
                    diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.AliasCycle, first.Value.Location, $"alias cycle: {string.Join(" -> ", cycle)}; a token cannot refer to itself, directly or through others."));
                }

                return null;
            }

            _chain.Add(token.Path);
            var result = ResolveUncached(token);
            _chain.RemoveAt(_chain.Count - 1);
            _done[token.Path] = result;
            return result;
        }

        public DesignToken? ResolveReference(string target, SourceLocation location, string referrer)
        {
            if (raw.TryGetValue(target, out var token))
            {
                return Resolve(token);
            }

            var suggestion = Suggest(target);
            diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.UnknownAlias, location, $"{referrer} refers to {{{target}}}, which is not a token{(suggestion is null ? "" : $"; did you mean {{{suggestion}}}?")}"));
            return null;
        }

        private DesignToken? ResolveUncached(RawToken token)
        {
            string? type;
            TokenValue? value;
            string? aliasOf = null;
            IReadOnlyDictionary<string, TokenValue>? inheritedResponsive = null;

            if (token.Value is LocatedString text && AliasTarget(text.Value) is { } target)
            {
                var referenced = ResolveReference(target, text.Location, token.Path);
                if (referenced is null)
                {
                    return null;
                }

                if (token.Type is not null && token.Type != referenced.Type)
                {
                    diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.TypeMismatch, text.Location, $"{token.Path} is a {token.Type} but refers to {target}, which is a {referenced.Type}."));
                    return null;
                }

                type = referenced.Type;
                value = referenced.Value;
                aliasOf = target;
                inheritedResponsive = referenced.Responsive;
            }
            else
            {
                type = token.Type;
                if (type is null)
                {
                    diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.MissingType, token.Value.Location, $"{token.Path} has no $type: give it one, or give one to an enclosing group."));
                    return null;
                }

                value = TokenValueParser.Parse(type, token.Value, token.Path, diagnostics);
                if (value is null)
                {
                    return null;
                }
            }

            var responsive = token.Responsive is null ? inheritedResponsive ?? new Dictionary<string, TokenValue>() : ReadResponsive(token, type);
            return responsive is null ? null : new DesignToken(token.Path, type, value, token.Description, aliasOf, responsive, token.Location);
        }

        private Dictionary<string, TokenValue>? ReadResponsive(RawToken token, string type)
        {
            if (token.Responsive is not LocatedObject breakpoints || breakpoints.Members.Count == 0)
            {
                diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidResponsive, token.Responsive!.Location, $"{token.Path}: {ResponsiveExtension} must map breakpoint names to values, such as {{\"tablet\": ...}}."));
                return null;
            }

            var values = new Dictionary<string, TokenValue>(StringComparer.Ordinal);
            var ok = true;
            foreach (var member in breakpoints.Members)
            {
                var breakpointPath = BreakpointGroup + "." + member.Name;
                if (!raw.TryGetValue(breakpointPath, out var breakpoint) || breakpoint.Type != "dimension")
                {
                    var known = raw.Keys.Where(k => k.StartsWith(BreakpointGroup + ".", StringComparison.Ordinal)).Select(k => k[(BreakpointGroup.Length + 1)..]);
                    diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.InvalidResponsive, member.NameLocation, $"{token.Path}: \"{member.Name}\" is not a breakpoint (known: {string.Join(", ", known)})."));
                    ok = false;
                    continue;
                }

                TokenValue? value;
                if (member.Value is LocatedString text && AliasTarget(text.Value) is { } target)
                {
                    var referenced = ResolveReference(target, text.Location, token.Path);
                    if (referenced is not null && referenced.Type != type)
                    {
                        diagnostics.Add(new BuildDiagnostic(DiagnosticCodes.TypeMismatch, text.Location, $"{token.Path} is a {type} but its {member.Name} value refers to {target}, which is a {referenced.Type}."));
                        referenced = null;
                    }

                    value = referenced?.Value;
                }
                else
                {
                    value = TokenValueParser.Parse(type, member.Value, $"{token.Path} ({member.Name})", diagnostics);
                }

                if (value is null)
                {
                    ok = false;
                    continue;
                }

                values[member.Name] = value;
            }

            return ok ? values : null;
        }

        private string? Suggest(string target)
        {
            var best = raw.Keys.Select(k => (Key: k, Distance: EditDistance(k, target))).OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal).FirstOrDefault();
            return best.Key is not null && best.Distance <= Math.Max(2, target.Length / 4) ? best.Key : null;
        }

        private static int EditDistance(string a, string b)
        {
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (var i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                previous = current;
            }

            return previous[b.Length];
        }
    }
}
