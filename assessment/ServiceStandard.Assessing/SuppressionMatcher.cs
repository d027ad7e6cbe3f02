using ServiceStandard.Configuration;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Assessing;

/// <summary>
/// Applies servicestandard.yml's suppressions: a finding matching every matcher of a suppression
/// (check id or family, fingerprint, URL-path glob, source-path glob) is set aside with the
/// suppression's reason. The first matching suppression wins.
/// </summary>
public static class SuppressionMatcher
{
    public static (IReadOnlyList<Finding> Active, IReadOnlyList<SuppressedFinding> Suppressed) Apply(
        IReadOnlyList<Finding> findings,
        IReadOnlyList<Suppression> suppressions)
    {
        if (suppressions.Count == 0)
        {
            return (findings, []);
        }

        var compiled = suppressions.Select(s => new Compiled(s)).ToList();
        var active = new List<Finding>();
        var suppressed = new List<SuppressedFinding>();
        foreach (var finding in findings)
        {
            var match = compiled.FirstOrDefault(c => c.Matches(finding));
            if (match is null)
            {
                active.Add(finding);
            }
            else
            {
                suppressed.Add(new SuppressedFinding(finding, match.Suppression.Reason, Describe(match.Suppression)));
            }
        }

        return (active, suppressed);
    }

    /// <summary>The suppression as a person reads it: <c>check accessibility/axe/color-contrast, url /legacy/** (servicestandard.yml:31:5)</c>.</summary>
    public static string Describe(Suppression suppression)
    {
        var parts = new List<string>();
        if (suppression.Check is not null)
        {
            parts.Add($"check {suppression.Check}");
        }

        if (suppression.Fingerprint is not null)
        {
            parts.Add($"fingerprint {suppression.Fingerprint}");
        }

        if (suppression.Url is not null)
        {
            parts.Add($"url {suppression.Url}");
        }

        if (suppression.Path is not null)
        {
            parts.Add($"path {suppression.Path}");
        }

        var location = suppression.Location;
        return $"{string.Join(", ", parts)} ({Path.GetFileName(location.File)}:{location.Line}:{location.Column})";
    }

    private sealed class Compiled(Suppression suppression)
    {
        private readonly UrlGlob? _url = suppression.Url is null ? null : new UrlGlob(suppression.Url);
        private readonly UrlGlob? _path = suppression.Path is null ? null : new UrlGlob(suppression.Path.TrimStart('/'));

        public Suppression Suppression { get; } = suppression;

        public bool Matches(Finding finding)
        {
            if (Suppression.Check is { } check && !Covers(check, finding.QualifiedRuleId))
            {
                return false;
            }

            if (Suppression.Fingerprint is { } fingerprint && !string.Equals(fingerprint, finding.Fingerprint, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (_url is not null && (finding.Location is not PageLocation page || !_url.IsMatch(UrlPath(page.Url))))
            {
                return false;
            }

            if (_path is not null && (FilePath(finding.Location) is not { } path || !_path.IsMatch(path.TrimStart('/'))))
            {
                return false;
            }

            return true;
        }

        private static bool Covers(string entry, string id) =>
            id.Length == entry.Length
                ? string.Equals(id, entry, StringComparison.Ordinal)
                : id.Length > entry.Length && id[entry.Length] == '/' && id.StartsWith(entry, StringComparison.Ordinal);

        private static string UrlPath(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;

        private static string? FilePath(FindingLocation location) => location switch
        {
            SourceLocationSpan source => source.Path,
            RepositoryLocation repository => repository.Path,
            _ => null,
        };
    }
}
