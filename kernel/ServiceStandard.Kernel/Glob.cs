namespace ServiceStandard.Kernel;

/// <summary>
/// The one glob dialect of the tool (URL paths, source paths, suppressions): <c>**/</c> matches
/// any run of folders ending in '/' or none at all, <c>**</c> otherwise matches anything, <c>*</c>
/// any run within one segment (no '/'), <c>?</c> one character but '/'; everything else matches
/// itself, case-insensitively. The whole text must match.
/// </summary>
/// <remarks>
/// Matched by walking the pattern's states over the text once (a Thompson NFA), so time is at most
/// text length × pattern length. It replaces a translation to a backtracking regex, on which a
/// pattern with repeated <c>**/</c> took exponential time (issue 14, item 9). It keeps that
/// regex's meaning exactly, quirks included: <c>**</c> does not cross a line break, and a text
/// ending in one line break matches as if it were not there (the regex's <c>$</c>).
/// </remarks>
public sealed class Glob
{
    private readonly Token[] _tokens;

    private Glob(Token[] tokens) => _tokens = tokens;

    private enum Kind
    {
        Literal,
        AnyCharacter, // ?
        Segment,      // *
        Anything,     // ** not before '/'
        Folders,      // **/
    }

    private readonly record struct Token(Kind Kind, char Lower = '\0', char Upper = '\0');

    public static Glob Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var tokens = new List<Token>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                tokens.Add(new Token(slash ? Kind.Folders : Kind.Anything));
                i += slash ? 2 : 1;
            }
            else
            {
                tokens.Add(c switch
                {
                    '*' => new Token(Kind.Segment),
                    '?' => new Token(Kind.AnyCharacter),
                    _ => new Token(Kind.Literal, char.ToLowerInvariant(c), char.ToUpperInvariant(c)),
                });
            }
        }

        return new Glob([.. tokens]);
    }

    public bool IsMatch(string text) => IsMatch(text, out _);

    /// <summary>As <see cref="IsMatch(string)"/>, counting the state transitions tried: never more than (text length + 1) × 2 × (pattern tokens + 1).</summary>
    public bool IsMatch(string text, out long steps)
    {
        ArgumentNullException.ThrowIfNull(text);
        steps = 0;

        // State 2t: about to match token t (2m: the end); 2t+1: inside a **/ at t, having read
        // something, so it may only end after a '/'.
        var accept = 2 * _tokens.Length;
        var current = new bool[accept + 2];
        var next = new bool[accept + 2];
        current[0] = true;
        Close(current);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i == text.Length - 1 && current[accept])
            {
                return true;
            }

            Array.Clear(next);
            var any = false;
            for (var t = 0; t < _tokens.Length; t++)
            {
                var entering = current[2 * t];
                var inside = current[(2 * t) + 1];
                if (!entering && !inside)
                {
                    continue;
                }

                steps++;
                var token = _tokens[t];
                switch (token.Kind)
                {
                    case Kind.Literal when c == token.Lower || c == token.Upper || char.ToLowerInvariant(c) == token.Lower || char.ToUpperInvariant(c) == token.Upper:
                    case Kind.AnyCharacter when c != '/':
                        any = next[2 * (t + 1)] = true;
                        break;
                    case Kind.Segment when c != '/':
                    case Kind.Anything when c != '\n':
                        any = next[2 * t] = true;
                        break;
                    case Kind.Folders when c != '\n':
                        any = next[(2 * t) + 1] = true;
                        if (c == '/')
                        {
                            next[2 * (t + 1)] = true;
                        }

                        break;
                }
            }

            if (!any)
            {
                return false;
            }

            Close(next);
            (current, next) = (next, current);
        }

        return current[accept];
    }

    /// <summary>Adds the states reached without reading: past a <c>*</c>, <c>**</c> or <c>**/</c> that matches nothing.</summary>
    private void Close(bool[] states)
    {
        for (var t = 0; t < _tokens.Length; t++)
        {
            if (states[2 * t] && _tokens[t].Kind is Kind.Segment or Kind.Anything or Kind.Folders)
            {
                states[2 * (t + 1)] = true;
            }
        }
    }
}
