using System.Globalization;
using System.Text.RegularExpressions;
using ServiceStandard.Analyzers.Rules;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "The codebase MUST NOT contain sensitive information regarding users, their organization or third
/// parties" (Code in the open), for what a machine can recognise: every text file of the working tree
/// (source included) read for the secret formats SS0001 knows (<see cref="KnownSecretFormats"/>: private
/// keys with their key material, cloud and forge tokens), and configuration files for credentials
/// (<see cref="CommittedCredentials"/>). Test code's are for an assessor (fixtures hold throw-away keys),
/// and so are files too large to read. Values are never shown; documented example values (AWS's
/// <c>…EXAMPLE</c>) are not secrets.
/// </summary>
public static partial class WorkingTreeSecretsRule
{
    public const string RuleId = "secrets";

    private const int ListedFiles = 5;

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        var tests = SourceRequest.TestCode.Select(g => new PathGlob(g)).ToList();
        var files = snapshot.TextFiles.Select(f => (f.RelativePath, f.Text))
            .Concat(snapshot.Sources.Select(s => (s.RelativePath, s.Text)));
        foreach (var (path, text) in files)
        {
            var inTests = tests.Any(g => g.IsMatch(path));
            foreach (var (kind, pattern) in KnownSecretFormats.All)
            {
                if (!KnownSecretFormats.MayContain(kind, text))
                {
                    continue;
                }

                foreach (var match in Matches(pattern, text))
                {
                    if (match.Value.Contains("EXAMPLE", StringComparison.OrdinalIgnoreCase) ||
                        (kind == "private key" && !KeyMaterial().IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(400, text.Length - match.Index - match.Length)).ToString())))
                    {
                        continue;
                    }

                    var (line, column) = OpenLicenceRule.LineAndColumn(text, match.Index);
                    found.AddAt(RuleId, inTests ? "in-tests" : "secret", inTests ? FindingKind.NeedsReview : FindingKind.Violation, path, line, column,
                        string.Create(CultureInfo.InvariantCulture, $"{kind}:{line}"), ("path", path), ("line", line), ("kind", kind));
                }
            }
        }

        foreach (var file in snapshot.ConfigurationFiles)
        {
            foreach (var credential in CommittedCredentials.Find(file))
            {
                found.AddAt(RuleId, "credential", credential.DevelopmentOnly ? FindingKind.NeedsReview : FindingKind.Violation, credential.Path, credential.Line, credential.Column,
                    string.Create(CultureInfo.InvariantCulture, $"{credential.Key}:{credential.Line}"), ("path", credential.Path), ("line", credential.Line), ("key", credential.Key));
            }
        }

        if (snapshot.UnreadTextFiles.Count > 0)
        {
            var listed = string.Join(", ", snapshot.UnreadTextFiles.Take(ListedFiles));
            found.Add(RuleId, "unread", FindingKind.NeedsReview, ".", ("count", snapshot.UnreadTextFiles.Count),
                ("files", snapshot.UnreadTextFiles.Count > ListedFiles ? listed + ", …" : listed));
        }
    }

    private static IEnumerable<Match> Matches(Regex pattern, string text)
    {
        MatchCollection matches;
        try
        {
            matches = pattern.Matches(text);
            _ = matches.Count; // evaluates them all here, inside the timeout's catch
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }

        return matches;
    }

    /// <summary>A line of base64 key material after a private key's header: a header alone (in documentation) is no key.</summary>
    [GeneratedRegex(@"^\s*(?:[A-Za-z0-9-]+:[^\n]*\n\s*)*[A-Za-z0-9+/=]{40,}", RegexOptions.None, 1000)]
    private static partial Regex KeyMaterial();
}
