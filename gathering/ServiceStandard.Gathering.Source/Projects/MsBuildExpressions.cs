using System.Globalization;
using System.Text;
using NuGet.Frameworks;

namespace ServiceStandard.Gathering.Source.Projects;

/// <summary>
/// The static subset of MSBuild's expression language that project files use to choose frameworks,
/// packages and usings: <c>$(Property)</c>, a few <c>$([MSBuild]::…)</c> functions that only read
/// names and paths, and conditions (<c>==</c>, <c>!=</c>, <c>and</c>, <c>or</c>, <c>!</c>,
/// <c>Exists</c>, <c>HasTrailingSlash</c>). Anything else (tasks, other property functions, item
/// transforms) is <em>unknown</em>: an unknown condition is false, an unknown value is left out, so
/// nothing a project file says can make us run code or read outside the analysed folder.
/// </summary>
public sealed class MsBuildExpressions(Func<string, string?> property, Func<string, bool> exists, string currentFolder)
{
    private const int MaxDepth = 16;

    /// <summary>The value with properties expanded, or null when it uses something we do not evaluate.</summary>
    public string? Expand(string value) => Expand(value, 0);

    /// <summary>The condition's value; null (treated as false by callers) when it cannot be decided statically.</summary>
    public bool? Condition(string condition)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        try
        {
            var parser = new ConditionParser(condition, this);
            var result = parser.ParseOr();
            return parser.AtEnd ? result : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string? Expand(string value, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '$' && i + 1 < value.Length && value[i + 1] == '(')
            {
                var end = MatchingParenthesis(value, i + 1);
                if (end < 0)
                {
                    return null;
                }

                var inner = value[(i + 2)..end].Trim();
                var expanded = inner.StartsWith('[') ? Function(inner, depth) : IsName(inner) ? property(inner) ?? string.Empty : StringMethod(inner, depth);
                if (expanded is null)
                {
                    return null;
                }

                builder.Append(expanded);
                i = end + 1;
            }
            else if ((value[i] == '@' || value[i] == '%') && i + 1 < value.Length && value[i + 1] == '(')
            {
                // Item lists and metadata need the item graph: not evaluated.
                return null;
            }
            else
            {
                builder.Append(value[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary><c>Name.Method(args)</c> for string methods that only transform text (Replace, ToLower, Trim …).</summary>
    private string? StringMethod(string inner, int depth)
    {
        var dot = inner.IndexOf('.', StringComparison.Ordinal);
        var open = inner.IndexOf('(', StringComparison.Ordinal);
        if (dot <= 0 || open < dot || !inner.EndsWith(')') || !IsName(inner[..dot]))
        {
            return null;
        }

        var value = property(inner[..dot]) ?? string.Empty;
        var method = inner[(dot + 1)..open].Trim();
        var args = new List<string>();
        foreach (var raw in SplitArguments(inner[(open + 1)..^1]))
        {
            if (Expand(Unquote(raw.Trim()), depth + 1) is not { } argument)
            {
                return null;
            }

            args.Add(argument);
        }

        return (method, args.Count) switch
        {
            ("Replace", 2) when args[0].Length > 0 => value.Replace(args[0], args[1], StringComparison.Ordinal),
            ("ToLower" or "ToLowerInvariant", 0) => value.ToLowerInvariant(),
            ("ToUpper" or "ToUpperInvariant", 0) => value.ToUpperInvariant(),
            ("Trim", 0) => value.Trim(),
            ("TrimEnd", 1) => value.TrimEnd(args[0].ToCharArray()),
            ("TrimStart", 1) => value.TrimStart(args[0].ToCharArray()),
            ("StartsWith", 1) => value.StartsWith(args[0], StringComparison.Ordinal).ToString().ToLowerInvariant(),
            ("EndsWith", 1) => value.EndsWith(args[0], StringComparison.Ordinal).ToString().ToLowerInvariant(),
            ("Contains", 1) => value.Contains(args[0], StringComparison.Ordinal).ToString().ToLowerInvariant(),
            _ => null,
        };
    }

    private static bool IsName(string text) => text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is '_' or '-') && !char.IsDigit(text[0]);

    private static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (Quoted(ref quote, c))
            {
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><c>[MSBuild]::Name(args)</c> for the functions that read only names and paths.</summary>
    private string? Function(string call, int depth)
    {
        const string Prefix = "[MSBuild]::";
        if (!call.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var open = call.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !call.EndsWith(')'))
        {
            return null;
        }

        var name = call[Prefix.Length..open].Trim();
        var args = new List<string>();
        foreach (var raw in SplitArguments(call[(open + 1)..^1]))
        {
            var expanded = Expand(Unquote(raw.Trim()), depth + 1);
            if (expanded is null)
            {
                return null;
            }

            args.Add(expanded);
        }

        return name.ToUpperInvariant() switch
        {
            "GETPATHOFFILEABOVE" when args.Count is 1 or 2 => FileAbove(args[0], args.Count == 2 ? args[1] : property("MSBuildThisFileDirectory") ?? string.Empty, directoryOnly: false),
            "GETDIRECTORYNAMEOFFILEABOVE" when args.Count == 2 => FileAbove(args[1], args[0], directoryOnly: true),
            "GETTARGETFRAMEWORKIDENTIFIER" when args.Count == 1 => Framework(args[0])?.Framework,
            "GETTARGETFRAMEWORKVERSION" when args.Count is 1 or 2 => Framework(args[0])?.Version.ToString(args.Count == 2 && int.TryParse(args[1], out var fields) ? Math.Clamp(fields, 1, 4) : 2),
            "GETTARGETPLATFORMIDENTIFIER" when args.Count == 1 => Framework(args[0])?.Platform ?? string.Empty,
            "ISTARGETFRAMEWORKCOMPATIBLE" when args.Count == 2 => Compatible(args[0], args[1]),
            "VERSIONEQUALS" when args.Count == 2 => CompareVersions(args[0], args[1], c => c == 0),
            "VERSIONGREATERTHAN" when args.Count == 2 => CompareVersions(args[0], args[1], c => c > 0),
            "VERSIONGREATERTHANOREQUALS" when args.Count == 2 => CompareVersions(args[0], args[1], c => c >= 0),
            "VERSIONLESSTHAN" when args.Count == 2 => CompareVersions(args[0], args[1], c => c < 0),
            "VERSIONLESSTHANOREQUALS" when args.Count == 2 => CompareVersions(args[0], args[1], c => c <= 0),
            "ENSURETRAILINGSLASH" when args.Count == 1 => args[0].Length == 0 || args[0].EndsWith('/') || args[0].EndsWith('\\') ? args[0] : args[0] + "/",
            "NORMALIZEDIRECTORY" when args.Count >= 1 => ProjectPaths.Resolve(string.Join('/', args), currentFolder) is { } folder ? ProjectPaths.AsDirectory(folder) : null,
            _ => null,
        };
    }

    private static NuGetFramework? Framework(string moniker)
    {
        if (string.IsNullOrWhiteSpace(moniker))
        {
            return null;
        }

        var framework = NuGetFramework.Parse(moniker);
        return framework.IsUnsupported ? null : framework;
    }

    private static string? Compatible(string target, string candidate) =>
        Framework(target) is { } t && Framework(candidate) is { } c
            ? DefaultCompatibilityProvider.Instance.IsCompatible(t, c).ToString().ToLowerInvariant()
            : null;

    private static string? CompareVersions(string left, string right, Func<int, bool> test) =>
        Version.TryParse(left.TrimStart('v', 'V'), out var a) && Version.TryParse(right.TrimStart('v', 'V'), out var b)
            ? test(a.CompareTo(b)).ToString().ToLowerInvariant()
            : null;

    /// <summary>The nearest <paramref name="file"/> at or above <paramref name="start"/>, inside the analysed folder (empty when none, as MSBuild).</summary>
    private string? FileAbove(string file, string start, bool directoryOnly)
    {
        if (file.Contains('/') || file.Contains('\\'))
        {
            return null;
        }

        var folder = ProjectPaths.Resolve(start, currentFolder);
        while (folder is not null)
        {
            var candidate = ProjectPaths.Combine(folder, file);
            if (candidate is not null && exists(candidate))
            {
                return ProjectPaths.Anchored(directoryOnly ? folder : candidate);
            }

            folder = folder.Length == 0 ? null : ProjectPaths.Parent(folder);
        }

        return string.Empty;
    }

    private static IEnumerable<string> SplitArguments(string text)
    {
        if (text.Trim().Length == 0)
        {
            yield break;
        }

        var depth = 0;
        char? quote = null;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Quoted(ref quote, c))
            {
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    /// <summary>Whether <paramref name="c"/> opens, is inside or closes a quoted string; tracks the quote in <paramref name="quote"/>.</summary>
    private static bool Quoted(ref char? quote, char c)
    {
        if (quote is not null)
        {
            if (c == quote)
            {
                quote = null;
            }

            return true;
        }

        if (c is '\'' or '`' or '"')
        {
            quote = c;
            return true;
        }

        return false;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] is '\'' or '`' or '"') && text[^1] == text[0] ? text[1..^1] : text;

    /// <summary>Recursive descent over MSBuild's condition grammar; null for "cannot tell".</summary>
    private sealed class ConditionParser(string text, MsBuildExpressions owner)
    {
        private int _position;

        public bool AtEnd
        {
            get
            {
                SkipSpace();
                return _position >= text.Length;
            }
        }

        public bool? ParseOr()
        {
            var left = ParseAnd();
            while (TryKeyword("or"))
            {
                var right = ParseAnd();
                left = left == true || right == true ? true : left is null || right is null ? null : false;
            }

            return left;
        }

        private bool? ParseAnd()
        {
            var left = ParseUnary();
            while (TryKeyword("and"))
            {
                var right = ParseUnary();
                left = left == false || right == false ? false : left is null || right is null ? null : true;
            }

            return left;
        }

        private bool? ParseUnary()
        {
            SkipSpace();
            if (Peek() == '!' && Peek(1) != '=')
            {
                _position++;
                return !ParseUnary();
            }

            if (Peek() == '(')
            {
                _position++;
                var inner = ParseOr();
                Expect(')');
                return inner;
            }

            var left = ParseOperand();
            SkipSpace();
            var op = ReadOperator();
            if (op is null)
            {
                return left switch
                {
                    null => null,
                    _ when left.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
                    _ when left.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
                    _ => null,
                };
            }

            var right = ParseOperand();
            if (left is null || right is null)
            {
                return null;
            }

            return op switch
            {
                "==" => string.Equals(left, right, StringComparison.OrdinalIgnoreCase),
                "!=" => !string.Equals(left, right, StringComparison.OrdinalIgnoreCase),
                _ => NumericComparison(left, right, op),
            };
        }

        private static bool? NumericComparison(string left, string right, string op)
        {
            if (!double.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ||
                !double.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
            {
                return Version.TryParse(left, out var va) && Version.TryParse(right, out var vb)
                    ? Compare(va.CompareTo(vb), op)
                    : null;
            }

            return Compare(a.CompareTo(b), op);
        }

        private static bool Compare(int comparison, string op) => op switch
        {
            "<" => comparison < 0,
            "<=" => comparison <= 0,
            ">" => comparison > 0,
            _ => comparison >= 0,
        };

        private string? ReadOperator()
        {
            foreach (var op in new[] { "==", "!=", "<=", ">=", "<", ">" })
            {
                if (string.CompareOrdinal(text, _position, op, 0, op.Length) == 0)
                {
                    _position += op.Length;
                    return op;
                }
            }

            return null;
        }

        /// <summary>A quoted string, a property, a function call (Exists, HasTrailingSlash) or a bare word.</summary>
        private string? ParseOperand()
        {
            SkipSpace();
            var c = Peek();
            if (c is '\'' or '"')
            {
                var end = text.IndexOf(c, _position + 1);
                if (end < 0)
                {
                    throw new FormatException("unterminated string");
                }

                var raw = text[(_position + 1)..end];
                _position = end + 1;
                return owner.Expand(raw);
            }

            if (c == '$' && Peek(1) == '(')
            {
                var end = MatchingParenthesis(text, _position + 1);
                if (end < 0)
                {
                    throw new FormatException("unterminated property");
                }

                var raw = text[_position..(end + 1)];
                _position = end + 1;
                return owner.Expand(raw);
            }

            var start = _position;
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '.' or '_' or '-'))
            {
                _position++;
            }

            if (start == _position)
            {
                throw new FormatException($"unexpected '{c}'");
            }

            var word = text[start.._position];
            SkipSpace();
            if (Peek() != '(')
            {
                return word;
            }

            var close = MatchingParenthesis(text, _position);
            if (close < 0)
            {
                throw new FormatException("unterminated call");
            }

            var argument = owner.Expand(Unquote(text[(_position + 1)..close].Trim()));
            _position = close + 1;
            if (argument is null)
            {
                return null;
            }

            return word.ToUpperInvariant() switch
            {
                "EXISTS" => (owner.Resolve(argument) is { } path && owner.Exists(path)).ToString().ToLowerInvariant(),
                "HASTRAILINGSLASH" => (argument.EndsWith('/') || argument.EndsWith('\\')).ToString().ToLowerInvariant(),
                _ => null,
            };
        }

        private bool TryKeyword(string keyword)
        {
            SkipSpace();
            if (string.Compare(text, _position, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                (_position + keyword.Length >= text.Length || !char.IsLetterOrDigit(text[_position + keyword.Length])))
            {
                _position += keyword.Length;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (Peek() != c)
            {
                throw new FormatException($"expected '{c}'");
            }

            _position++;
        }

        private char Peek(int ahead = 0) => _position + ahead < text.Length ? text[_position + ahead] : '\0';

        private void SkipSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }
    }

    private bool Exists(string path) => exists(path);

    private string? Resolve(string path) => ProjectPaths.Resolve(path, currentFolder);
}
