using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>One licence of the SPDX License List: its id, name, and whether the OSI approved it.</summary>
public sealed record SpdxLicence(string Id, string Name, bool OsiApproved);

/// <summary>
/// The SPDX License List (<c>spdx-licenses.json</c>, shipped as data) and SPDX licence expressions
/// (<c>MIT</c>, <c>GPL-3.0-or-later OR Apache-2.0</c>, <c>Apache-2.0 WITH LLVM-exception</c>, <c>LicenseRef-x</c>).
/// </summary>
public static partial class SpdxLicences
{
    private static readonly Lazy<IReadOnlyDictionary<string, SpdxLicence>> Shipped = new(Load);

    public static IReadOnlyDictionary<string, SpdxLicence> All => Shipped.Value;

    /// <summary>A licence by id, case-insensitively (SPDX ids match so); a trailing <c>+</c> means "or later".</summary>
    public static SpdxLicence? Find(string id) => Shipped.Value.GetValueOrDefault(id.TrimEnd('+'));

    /// <summary>The licence ids of an expression, or the problem that makes it invalid.</summary>
    public static (IReadOnlyList<string> Ids, string? Problem) Parse(string expression)
    {
        var tokens = Token().Matches(expression).Select(m => m.Value).ToList();
        if (tokens.Count == 0)
        {
            return ([], "empty");
        }

        var ids = new List<string>();
        var depth = 0;
        var expectLicence = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token)
            {
                case "(" when expectLicence:
                    depth++;
                    break;
                case ")" when !expectLicence && depth > 0:
                    depth--;
                    break;
                case "AND" or "OR" when !expectLicence:
                    expectLicence = true;
                    break;
                case "WITH" when !expectLicence && i + 1 < tokens.Count:
                    i++; // the exception's id
                    break;
                default:
                    if (!expectLicence || !LicenceId().IsMatch(token))
                    {
                        return (ids, $"unexpected '{token}'");
                    }

                    if (!token.StartsWith("LicenseRef-", StringComparison.Ordinal) && !token.StartsWith("DocumentRef-", StringComparison.Ordinal) && Find(token) is null)
                    {
                        return (ids, $"'{token}' is not on the SPDX License List");
                    }

                    ids.Add(token);
                    expectLicence = false;
                    break;
            }
        }

        return expectLicence || depth != 0 ? (ids, "incomplete") : (ids, null);
    }

    private static IReadOnlyDictionary<string, SpdxLicence> Load()
    {
        using var stream = typeof(SpdxLicences).Assembly.GetManifestResourceStream("code/spdx-licenses.json")
            ?? throw new InvalidOperationException("code/spdx-licenses.json is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("licenses").EnumerateArray()
            .Select(l => new SpdxLicence(l.GetProperty("id").GetString()!, l.GetProperty("name").GetString()!, l.GetProperty("osiApproved").GetBoolean()))
            .ToDictionary(l => l.Id, StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\(|\)|[^\s()]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+\+?$|^(DocumentRef-[A-Za-z0-9.\-]+:)?LicenseRef-[A-Za-z0-9.\-]+$")]
    private static partial Regex LicenceId();
}
