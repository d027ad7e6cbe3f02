using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Code;

/// <summary>
/// Checks of the repository as a whole, each finding with a <see cref="RepositoryLocation"/> and the
/// criterion tags it is evidence for: an open-source licence (open-source), a README that explains
/// something (open-source), tests and their share of the code (testing, reliability), dependency
/// manifests with pinned versions (security, reliability), a security policy or contact (security), and
/// configuration files without credentials (security).
/// Pure: reads the <see cref="SourceSnapshot"/> only.
/// </summary>
public static class RepositoryChecks
{
    public const string CheckId = "code/repository";

    /// <summary>Below this share of test lines in all C# lines, the ratio is reported for an assessor to look at.</summary>
    public const double MinimumTestRatio = 0.2;

    private const int MinimumReadmeCharacters = 300;

    private static readonly (string Spdx, string[] Markers)[] Licences =
    [
        ("MIT", ["Permission is hereby granted, free of charge"]),
        ("Apache-2.0", ["Apache License", "Version 2.0"]),
        ("AGPL-3.0", ["GNU AFFERO GENERAL PUBLIC LICENSE"]),
        ("LGPL", ["GNU LESSER GENERAL PUBLIC LICENSE"]),
        ("GPL", ["GNU GENERAL PUBLIC LICENSE"]),
        ("MPL-2.0", ["Mozilla Public License"]),
        ("EUPL", ["European Union Public Licen"]),
        ("BSD", ["Redistribution and use in source and binary forms"]),
        ("ISC", ["Permission to use, copy, modify, and/or distribute this software"]),
        ("Unlicense", ["This is free and unencumbered software released into the public domain"]),
        ("CC0-1.0", ["CC0 1.0 Universal"]),
        ("OGL-UK-3.0", ["Open Government Licence"]),
    ];

    private static readonly Regex SecurityContact = new(
        @"(reporting (a )?(security )?vulnerabilit|security (policy|contact|issue)|responsible disclosure|security@|security\.txt)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The check's rules, with their texts in English and Spanish, from checks.yml.</summary>
    public static CheckDescriptor Descriptor => CheckCatalog.Shipped.Check(CheckId);

    public static List<Finding> Run(SourceSnapshot snapshot, CodeStatistics statistics, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(statistics);
        var found = new Found(Descriptor, language);
        Licence(snapshot, found);
        Readme(snapshot, found);
        Tests(snapshot, statistics, found);
        PinnedDependencies(snapshot, found);
        SecurityPolicy(snapshot, found);
        Credentials(snapshot, found);
        return found.Findings;
    }

    private static void Licence(SourceSnapshot snapshot, Found found)
    {
        var licence = snapshot.RootDocuments.FirstOrDefault(d => !d.RelativePath.Contains('/', StringComparison.Ordinal) && IsLicenceName(d.RelativePath));
        if (licence is null)
        {
            found.Add("licence", "missing", Severity.Serious, FindingKind.Violation, ".");
            return;
        }

        if (!Licences.Any(l => l.Markers.All(m => licence.Text.Contains(m, StringComparison.OrdinalIgnoreCase))))
        {
            found.Add("licence", "unrecognised", Severity.Moderate, FindingKind.NeedsReview, licence.RelativePath, ("path", licence.RelativePath));
        }
    }

    private static void Readme(SourceSnapshot snapshot, Found found)
    {
        var readme = snapshot.RootDocuments.FirstOrDefault(d => !d.RelativePath.Contains('/', StringComparison.Ordinal) &&
            Path.GetFileNameWithoutExtension(d.RelativePath).Equals("README", StringComparison.OrdinalIgnoreCase));
        if (readme is null)
        {
            found.Add("readme", "missing", Severity.Moderate, FindingKind.Violation, ".");
            return;
        }

        var prose = Regex.Replace(readme.Text, @"[#>*`_\-\[\]()|=]+|\s+", " ").Trim();
        if (prose.Length < MinimumReadmeCharacters)
        {
            found.Add("readme", "too-short", Severity.Minor, FindingKind.Violation, readme.RelativePath, ("path", readme.RelativePath), ("characters", prose.Length));
        }
    }

    private static void Tests(SourceSnapshot snapshot, CodeStatistics statistics, Found found)
    {
        var testProjects = snapshot.Projects.Count(SourceTreeReader.IsTestProject);
        if (testProjects == 0 && statistics.TestFiles == 0)
        {
            found.Add("tests", "missing", Severity.Serious, FindingKind.Violation, ".");
            return;
        }

        var total = statistics.ProductionLines + statistics.TestLines;
        var ratio = total == 0 ? 0 : (double)statistics.TestLines / total;
        if (ratio < MinimumTestRatio)
        {
            found.Add("test-ratio", "low", Severity.Minor, FindingKind.NeedsReview, ".",
                ("percent", Math.Round(ratio * 100)), ("testLines", statistics.TestLines.ToString("N0", CultureInfo.InvariantCulture)), ("totalLines", total.ToString("N0", CultureInfo.InvariantCulture)));
        }
    }

    private static void PinnedDependencies(SourceSnapshot snapshot, Found found)
    {
        var centralVersions = snapshot.Manifests.Any(m => Path.GetFileName(m.RelativePath) == "Directory.Packages.props");
        foreach (var manifest in snapshot.Manifests)
        {
            var floating = Path.GetFileName(manifest.RelativePath) == "package.json"
                ? FloatingNpm(manifest.Text)
                : FloatingNuGet(manifest.Text, centralVersions);
            if (floating.Count > 0)
            {
                found.Add("pinned-dependencies", floating.Count > 5 ? "floating-more" : "floating", Severity.Moderate, FindingKind.Violation, manifest.RelativePath,
                    ("path", manifest.RelativePath), ("packages", string.Join(", ", floating.Take(5))), ("more", floating.Count - 5));
            }
        }
    }

    private static List<string> FloatingNuGet(string text, bool centralVersions)
    {
        var floating = new List<string>();
        try
        {
            foreach (var element in XDocument.Parse(text).Descendants())
            {
                if (element.Name.LocalName is not ("PackageReference" or "PackageVersion" or "package"))
                {
                    continue;
                }

                var name = element.Attribute("Include")?.Value ?? element.Attribute("Update")?.Value ?? element.Attribute("id")?.Value;
                var version = element.Attribute("Version")?.Value ?? element.Attribute("VersionOverride")?.Value ??
                    element.Attribute("version")?.Value ?? element.Element(element.Name.Namespace + "Version")?.Value;
                if (name is null || element.Attribute("Update") is not null)
                {
                    continue;
                }

                if (version is null ? !centralVersions : version.IndexOfAny(['*', '[', '(', ',', ']', ')']) >= 0 || version.Contains("$(", StringComparison.Ordinal))
                {
                    floating.Add(version is null ? $"{name} (no version)" : $"{name} {version}");
                }
            }
        }
        catch (System.Xml.XmlException)
        {
            // Not a well-formed project: nothing to say about its versions.
        }

        return floating;
    }

    private static List<string> FloatingNpm(string text)
    {
        var floating = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(text);
            foreach (var section in new[] { "dependencies", "devDependencies" })
            {
                if (document.RootElement.TryGetProperty(section, out var dependencies) && dependencies.ValueKind == JsonValueKind.Object)
                {
                    foreach (var dependency in dependencies.EnumerateObject())
                    {
                        var version = dependency.Value.GetString() ?? string.Empty;
                        if (version.Length == 0 || version[0] is '^' or '~' or '>' or '<' or '*' || version is "latest" or "x" || version.Contains(".x", StringComparison.Ordinal))
                        {
                            floating.Add($"{dependency.Name} {version}");
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: nothing to say.
        }

        return floating;
    }

    private static void SecurityPolicy(SourceSnapshot snapshot, Found found)
    {
        var hasPolicy = snapshot.RootDocuments.Any(d =>
            Path.GetFileNameWithoutExtension(d.RelativePath).Equals("SECURITY", StringComparison.OrdinalIgnoreCase) ||
            Path.GetFileName(d.RelativePath).Equals("security.txt", StringComparison.OrdinalIgnoreCase) ||
            (Path.GetFileNameWithoutExtension(d.RelativePath).Equals("README", StringComparison.OrdinalIgnoreCase) && SecurityContact.IsMatch(d.Text)));
        if (!hasPolicy)
        {
            found.Add("security-policy", "missing", Severity.Moderate, FindingKind.Violation, ".");
        }
    }

    /// <summary>
    /// Credentials in configuration files (<see cref="CommittedCredentials"/>), located at the value; the message
    /// names the file, line and key, never the value. A Development-only file's are for an assessor to confirm.
    /// </summary>
    private static void Credentials(SourceSnapshot snapshot, Found found)
    {
        foreach (var file in snapshot.ConfigurationFiles)
        {
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var credential in CommittedCredentials.Find(file))
            {
                var occurrence = occurrences[credential.Key] = occurrences.GetValueOrDefault(credential.Key) + 1;
                var location = new SourceLocationSpan(credential.Path, credential.Line, credential.Column, credential.Line, credential.Column);
                found.AddAt(
                    "committed-credentials",
                    credential.DevelopmentOnly ? "development" : "credential",
                    credential.DevelopmentOnly ? Severity.Moderate : Severity.Critical,
                    credential.DevelopmentOnly ? FindingKind.NeedsReview : FindingKind.Violation,
                    location,
                    Fingerprints.Hash(CheckId, "committed-credentials", credential.Path, credential.Key, occurrence.ToString(CultureInfo.InvariantCulture)),
                    ("path", credential.Path), ("line", credential.Line), ("key", credential.Key));
            }
        }
    }

    private static bool IsLicenceName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToUpperInvariant();
        return name.StartsWith("LICENSE", StringComparison.Ordinal) || name.StartsWith("LICENCE", StringComparison.Ordinal) ||
            name is "COPYING" or "UNLICENSE";
    }

    /// <summary>
    /// The findings of one run, each built from its rule in checks.yml: the message by key in the run's
    /// language, the rule's help (or the message's own <c>-help</c> variant), its tags and help URL.
    /// </summary>
    private sealed class Found(CheckDescriptor check, string language)
    {
        public List<Finding> Findings { get; } = [];

        public void Add(string ruleId, string messageKey, Severity severity, FindingKind kind, string path, params (string Name, object? Value)[] arguments) =>
            AddAt(ruleId, messageKey, severity, kind, new RepositoryLocation(path), Fingerprints.Hash(CheckId, ruleId, path), arguments);

        public void AddAt(string ruleId, string messageKey, Severity severity, FindingKind kind, FindingLocation location, string fingerprint, params (string Name, object? Value)[] arguments)
        {
            var rule = check.FindRule(ruleId) ?? throw new KeyNotFoundException($"checks.yml has no rule {CheckId}/{ruleId}.");
            var help = rule.Messages.ContainsKey(messageKey + "-help") ? rule.Message(messageKey + "-help", language) : rule.Help.Get(language);
            Findings.Add(new Finding(
                CheckId,
                ruleId,
                severity,
                kind,
                rule.Message(messageKey, language, arguments),
                help,
                rule.HelpUrl,
                rule.Tags,
                location,
                fingerprint));
        }
    }
}
