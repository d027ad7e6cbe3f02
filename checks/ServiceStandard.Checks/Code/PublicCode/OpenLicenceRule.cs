using System.Text.RegularExpressions;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// "All source code MUST be published with a license file" and "Software source code MUST be licensed
/// under an OSI-approved or FSF Free/Libre license" (Publish with an open license). The licence is read
/// from the file's <c>SPDX-License-Identifier</c>, from REUSE's <c>LICENSES/&lt;id&gt;.txt</c>, or recognised
/// from its standard text; an OSI-approved licence passes, any other is for an assessor (it may still be
/// FSF Free/Libre, which the SPDX list does not record), and a file with no recognisable licence too.
/// </summary>
public static partial class OpenLicenceRule
{
    public const string RuleId = "licence";

    /// <summary>Standard licence texts by the words they open with, most specific first (AGPL and LGPL before GPL).</summary>
    private static readonly (string Id, string[] Markers)[] Texts =
    [
        ("AGPL-3.0-only", ["GNU AFFERO GENERAL PUBLIC LICENSE", "Version 3"]),
        ("LGPL-3.0-only", ["GNU LESSER GENERAL PUBLIC LICENSE", "Version 3"]),
        ("LGPL-2.1-only", ["GNU LESSER GENERAL PUBLIC LICENSE", "Version 2.1"]),
        ("GPL-3.0-only", ["GNU GENERAL PUBLIC LICENSE", "Version 3"]),
        ("GPL-2.0-only", ["GNU GENERAL PUBLIC LICENSE", "Version 2"]),
        ("EUPL-1.2", ["European Union Public Licen", "1.2"]),
        ("EUPL-1.1", ["European Union Public Licen", "1.1"]),
        ("MPL-2.0", ["Mozilla Public License", "2.0"]),
        ("Apache-2.0", ["Apache License", "Version 2.0"]),
        ("EPL-2.0", ["Eclipse Public License", "2.0"]),
        ("BSL-1.0", ["Boost Software License - Version 1.0"]),
        ("MIT", ["Permission is hereby granted, free of charge"]),
        ("BSD-3-Clause", ["Redistribution and use in source and binary forms", "Neither the name"]),
        ("BSD-2-Clause", ["Redistribution and use in source and binary forms"]),
        ("ISC", ["Permission to use, copy, modify, and/or distribute this software"]),
        ("Unlicense", ["This is free and unencumbered software released into the public domain"]),
        ("CC0-1.0", ["CC0 1.0 Universal"]),
        ("OGL-UK-3.0", ["Open Government Licence", "version 3.0"]),
    ];

    public static void Run(SourceSnapshot snapshot, PublicCodeFindings found)
    {
        var files = snapshot.RootDocuments.Where(d => !d.RelativePath.Contains('/', StringComparison.Ordinal) && IsLicenceName(d.RelativePath)).ToList();
        var reuse = snapshot.AllFiles.Where(p => p.StartsWith("LICENSES/", StringComparison.Ordinal) && p.Count(c => c == '/') == 1).ToList();
        if (files.Count == 0 && reuse.Count == 0)
        {
            found.Add(RuleId, "missing", FindingKind.Violation, ".");
            return;
        }

        foreach (var path in reuse)
        {
            Judge(Path.GetFileNameWithoutExtension(path), path, 1, 1, found);
        }

        foreach (var file in files)
        {
            if (Identifier().Match(file.Text) is { Success: true } spdx)
            {
                var (line, column) = LineAndColumn(file.Text, spdx.Groups["expr"].Index);
                var (ids, problem) = SpdxLicences.Parse(spdx.Groups["expr"].Value.Trim());
                if (problem is not null)
                {
                    found.AddAt(RuleId, "unknown-id", FindingKind.Violation, file.RelativePath, line, column, "expression", ("path", file.RelativePath), ("licence", spdx.Groups["expr"].Value.Trim()));
                    continue;
                }

                // An OR gives a choice: one open licence among them is enough. An AND needs each.
                var expression = spdx.Groups["expr"].Value;
                var open = expression.Contains(" OR ", StringComparison.Ordinal)
                    ? ids.Any(IsOsi)
                    : ids.All(IsOsi);
                if (!open)
                {
                    found.AddAt(RuleId, "not-osi", FindingKind.NeedsReview, file.RelativePath, line, column, "expression", ("path", file.RelativePath), ("licence", expression.Trim()));
                }

                continue;
            }

            var text = Texts.FirstOrDefault(t => t.Markers.All(m => file.Text.Contains(m, StringComparison.OrdinalIgnoreCase)));
            if (text.Id is null)
            {
                found.Add(RuleId, "unrecognised", FindingKind.NeedsReview, file.RelativePath, ("path", file.RelativePath));
            }
            else
            {
                Judge(text.Id, file.RelativePath, 1, 1, found);
            }
        }
    }

    private static bool IsOsi(string id) => !id.StartsWith("LicenseRef-", StringComparison.Ordinal) && SpdxLicences.Find(id)?.OsiApproved == true;

    private static void Judge(string id, string path, int line, int column, PublicCodeFindings found)
    {
        var licence = SpdxLicences.Find(id);
        if (licence is null && !id.StartsWith("LicenseRef-", StringComparison.Ordinal))
        {
            found.AddAt(RuleId, "unknown-id", FindingKind.NeedsReview, path, line, column, id, ("path", path), ("licence", id));
        }
        else if (licence is not { OsiApproved: true })
        {
            found.AddAt(RuleId, "not-osi", FindingKind.NeedsReview, path, line, column, id, ("path", path), ("licence", id));
        }
    }

    public static bool IsLicenceName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToUpperInvariant();
        return name.StartsWith("LICENSE", StringComparison.Ordinal) || name.StartsWith("LICENCE", StringComparison.Ordinal) ||
            name is "COPYING" or "UNLICENSE";
    }

    public static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"SPDX-License-Identifier:[ \t]*(?<expr>[^\r\n]+)")]
    private static partial Regex Identifier();
}
