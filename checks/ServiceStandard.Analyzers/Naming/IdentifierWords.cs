using System.Collections.Generic;
using System.Text;

namespace ServiceStandard.Analyzers.Naming;

/// <summary>
/// Splits identifiers into lower-case words (<c>customerEmailAddress</c> → customer, email,
/// address; <c>API_KEY</c> → api, key; <c>HTTPServer</c> → http, server) so rules can ask what a
/// name is about without matching inside unrelated words (<c>keyboard</c> is not <c>key</c>).
/// </summary>
internal static class IdentifierWords
{
    public static List<string> Split(string identifier)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0)
            {
                var previous = identifier[i - 1];
                var startsWord =
                    (char.IsUpper(c) && char.IsLower(previous)) ||
                    (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1])) ||
                    (char.IsDigit(c) != char.IsDigit(previous));
                if (startsWord)
                {
                    Flush(words, current);
                }
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    /// <summary>Whether <paramref name="words"/> holds <paramref name="phrase"/> (one or more words) as consecutive words.</summary>
    public static bool HasPhrase(IReadOnlyList<string> words, string[] phrase) => IndexOf(words, phrase) >= 0;

    /// <summary>The index of the word just after the last place <paramref name="phrase"/> appears, or -1.</summary>
    public static int EndOf(IReadOnlyList<string> words, string[] phrase)
    {
        for (var start = words.Count - phrase.Length; start >= 0; start--)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = words[start + j] == phrase[j];
            }

            if (match)
            {
                return start + phrase.Length;
            }
        }

        return -1;
    }

    private static int IndexOf(IReadOnlyList<string> words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Count; start++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = words[start + j] == phrase[j];
            }

            if (match)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The first phrase of <paramref name="phrases"/> found in <paramref name="words"/>, or null.</summary>
    public static string[]? FindPhrase(IReadOnlyList<string> words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (HasPhrase(words, phrase))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>Phrases written as "api key" become { "api", "key" }; "apikey" also matches the single word.</summary>
    public static string[][] Phrases(params string[] phrases)
    {
        var result = new List<string[]>();
        foreach (var phrase in phrases)
        {
            var parts = phrase.Split(' ');
            result.Add(parts);
            if (parts.Length > 1)
            {
                result.Add(new[] { string.Concat(parts) });
            }
        }

        return result.ToArray();
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
