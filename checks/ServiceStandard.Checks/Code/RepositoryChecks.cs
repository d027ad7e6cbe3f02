using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code;

/// <summary>
/// Checks of the repository as a whole, each finding with a <see cref="RepositoryLocation"/> and the
/// criterion tags it is evidence for: an open-source licence (open-source), a README that explains
/// something (open-source), tests and their share of the code (testing, reliability), dependency
/// manifests with pinned versions (security, reliability), and a security policy or contact (security).
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

    public static IReadOnlyList<string> Rules { get; } = ["licence", "readme", "tests", "test-ratio", "pinned-dependencies", "security-policy"];

    public static List<Finding> Run(SourceSnapshot snapshot, CodeStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(statistics);
        var findings = new List<Finding>();
        Licence(snapshot, findings);
        Readme(snapshot, findings);
        Tests(snapshot, statistics, findings);
        PinnedDependencies(snapshot, findings);
        SecurityPolicy(snapshot, findings);
        return findings;
    }

    private static void Licence(SourceSnapshot snapshot, List<Finding> findings)
    {
        var licence = snapshot.RootDocuments.FirstOrDefault(d => !d.RelativePath.Contains('/', StringComparison.Ordinal) && IsLicenceName(d.RelativePath));
        if (licence is null)
        {
            findings.Add(Create("licence", Severity.Serious, FindingKind.Violation, ".",
                "The repository has no LICENSE file, so nobody may reuse the code.",
                "Add a LICENSE file at the top of the repository with an open-source licence (MIT, Apache-2.0, OGL…).",
                ["open-source"]));
            return;
        }

        if (!Licences.Any(l => l.Markers.All(m => licence.Text.Contains(m, StringComparison.OrdinalIgnoreCase))))
        {
            findings.Add(Create("licence", Severity.Moderate, FindingKind.NeedsReview, licence.RelativePath,
                $"{licence.RelativePath} is not a licence ServiceStandard recognises as open source; an assessor should check it.",
                "Use a licence approved by the Open Source Initiative, with its standard text.",
                ["open-source"]));
        }
    }

    private static void Readme(SourceSnapshot snapshot, List<Finding> findings)
    {
        var readme = snapshot.RootDocuments.FirstOrDefault(d => !d.RelativePath.Contains('/', StringComparison.Ordinal) &&
            Path.GetFileNameWithoutExtension(d.RelativePath).Equals("README", StringComparison.OrdinalIgnoreCase));
        if (readme is null)
        {
            findings.Add(Create("readme", Severity.Moderate, FindingKind.Violation, ".",
                "The repository has no README.",
                "Add a README.md that says what the service is, how to run and test it, and how to contribute.",
                ["open-source"]));
            return;
        }

        var prose = Regex.Replace(readme.Text, @"[#>*`_\-\[\]()|=]+|\s+", " ").Trim();
        if (prose.Length < MinimumReadmeCharacters)
        {
            findings.Add(Create("readme", Severity.Minor, FindingKind.Violation, readme.RelativePath,
                $"{readme.RelativePath} is too short to explain the service ({prose.Length} characters of text).",
                "Say what the service is, how to run and test it, and how to contribute.",
                ["open-source"]));
        }
    }

    private static void Tests(SourceSnapshot snapshot, CodeStatistics statistics, List<Finding> findings)
    {
        var testProjects = snapshot.Projects.Count(SourceTreeReader.IsTestProject);
        if (testProjects == 0 && statistics.TestFiles == 0)
        {
            findings.Add(Create("tests", Severity.Serious, FindingKind.Violation, ".",
                "The repository has no tests: no test project and no test files.",
                "Add automated tests (a test project with xUnit, NUnit or MSTest) and run them on every change.",
                ["testing", "reliability"]));
            return;
        }

        var total = statistics.ProductionLines + statistics.TestLines;
        var ratio = total == 0 ? 0 : (double)statistics.TestLines / total;
        if (ratio < MinimumTestRatio)
        {
            findings.Add(Create("test-ratio", Severity.Minor, FindingKind.NeedsReview, ".",
                string.Create(CultureInfo.InvariantCulture, $"Tests are {Math.Round(ratio * 100)}% of the C# code ({statistics.TestLines:N0} of {total:N0} lines); an assessor should check what they cover."),
                "Test the service's behaviour, including its error paths; measure coverage in CI.",
                ["testing", "reliability"]));
        }
    }

    private static void PinnedDependencies(SourceSnapshot snapshot, List<Finding> findings)
    {
        var centralVersions = snapshot.Manifests.Any(m => Path.GetFileName(m.RelativePath) == "Directory.Packages.props");
        foreach (var manifest in snapshot.Manifests)
        {
            var floating = Path.GetFileName(manifest.RelativePath) == "package.json"
                ? FloatingNpm(manifest.Text)
                : FloatingNuGet(manifest.Text, centralVersions);
            if (floating.Count > 0)
            {
                findings.Add(Create("pinned-dependencies", Severity.Moderate, FindingKind.Violation, manifest.RelativePath,
                    $"{manifest.RelativePath} does not pin {string.Join(", ", floating.Take(5))}{(floating.Count > 5 ? $" and {floating.Count - 5} more" : string.Empty)}.",
                    "Give every dependency an exact version (no ranges, wildcards or missing versions) so each build uses the code that was reviewed.",
                    ["security", "reliability"]));
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

    private static void SecurityPolicy(SourceSnapshot snapshot, List<Finding> findings)
    {
        var hasPolicy = snapshot.RootDocuments.Any(d =>
            Path.GetFileNameWithoutExtension(d.RelativePath).Equals("SECURITY", StringComparison.OrdinalIgnoreCase) ||
            Path.GetFileName(d.RelativePath).Equals("security.txt", StringComparison.OrdinalIgnoreCase) ||
            (Path.GetFileNameWithoutExtension(d.RelativePath).Equals("README", StringComparison.OrdinalIgnoreCase) && SecurityContact.IsMatch(d.Text)));
        if (!hasPolicy)
        {
            findings.Add(Create("security-policy", Severity.Moderate, FindingKind.Violation, ".",
                "The repository says nowhere how to report a security vulnerability (no SECURITY.md, security.txt or security contact in the README).",
                "Add a SECURITY.md with a contact and how vulnerabilities are handled, and publish /.well-known/security.txt.",
                ["security"]));
        }
    }

    private static bool IsLicenceName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToUpperInvariant();
        return name.StartsWith("LICENSE", StringComparison.Ordinal) || name.StartsWith("LICENCE", StringComparison.Ordinal) ||
            name is "COPYING" or "UNLICENSE";
    }

    private static Finding Create(string rule, Severity severity, FindingKind kind, string path, string message, string help, IReadOnlyList<string> tags) =>
        new(
            CheckId,
            rule,
            severity,
            kind,
            message,
            help,
            $"docs/code-checks.md#repo-{rule}",
            [CodeRules.Family, .. tags],
            new RepositoryLocation(path),
            Fingerprints.Hash(CheckId, rule, path));
}
