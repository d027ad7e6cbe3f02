using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// Regular expressions for analyzers: compiled, with a timeout, and a timed-out match counts as
/// no match (an analyzer that throws loses every result for the compilation).
/// </summary>
internal static class SafeRegex
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

    public static bool IsMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static Match Match(Regex regex, string input)
    {
        try
        {
            return regex.Match(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    public static IEnumerable<Match> Matches(Regex regex, string input)
    {
        var results = new List<Match>();
        try
        {
            for (var match = regex.Match(input); match.Success; match = match.NextMatch())
            {
                results.Add(match);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // What was matched before the timeout still counts.
        }

        return results;
    }
}
