using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>One way a publiccode.yml breaks the standard: where, the message key in checks.yml, and its arguments.</summary>
public sealed record PubliccodeProblem(int Line, int Column, string MessageKey, string Key, IReadOnlyList<(string Name, object? Value)> Arguments);

/// <summary>
/// Validates a publiccode.yml against the publiccode.yml standard 0.4 (<c>publiccode-yml-0.4.json</c> holds
/// its vocabularies): the mandatory keys (publiccodeYmlVersion, name, url, platforms, categories,
/// developmentStatus, softwareType, description with shortDescription in each language and longDescription
/// and features in at least one, legal/license as an SPDX expression, maintenance/type with its contacts or
/// contractors, localisation), their types and allowed values, lengths and dates. Each problem is located at
/// the value, or at the mapping that lacks the key. The YAML is read with the kernel's bounded parser.
/// </summary>
public static partial class PubliccodeYmlValidator
{
    private static readonly Lazy<Vocabulary> Words = new(LoadVocabulary);

    private sealed record Vocabulary(
        IReadOnlyList<string> Versions,
        IReadOnlyList<string> CategoriesOptionalFrom,
        IReadOnlyList<string> DevelopmentStatus,
        IReadOnlyList<string> SoftwareType,
        IReadOnlyList<string> MaintenanceType,
        IReadOnlyList<string> Categories);

    public static IReadOnlyList<PubliccodeProblem> Validate(string text, string path)
    {
        var problems = new List<PubliccodeProblem>();
        var (root, error) = YamlDocumentParser.Parse(text, path);
        if (root is null)
        {
            var location = error!.Location;
            problems.Add(new PubliccodeProblem(location.Line, location.Column, "syntax", "(file)", [("problem", error.Message)]));
            return problems;
        }

        var words = Words.Value;
        if (root is not YamlMappingNode top)
        {
            Add(problems, root, "not-mapping", "(file)");
            return problems;
        }

        var version = Text(top, "publiccodeYmlVersion", "publiccodeYmlVersion", problems, required: true);
        if (version is not null && !words.Versions.Contains(version.Value, StringComparer.Ordinal))
        {
            Add(problems, version.Node, "not-allowed", "publiccodeYmlVersion", ("value", version.Value), ("allowed", string.Join(", ", words.Versions)));
        }

        Text(top, "name", "name", problems, required: true);
        if (Text(top, "url", "url", problems, required: true) is { } url && !IsAbsoluteUrl(url.Value))
        {
            Add(problems, url.Node, "not-url", "url");
        }

        if (Text(top, "landingURL", "landingURL", problems, required: false) is { } landing && !IsAbsoluteUrl(landing.Value))
        {
            Add(problems, landing.Node, "not-url", "landingURL");
        }

        if (Text(top, "releaseDate", "releaseDate", problems, required: false) is { } date && !IsDate(date.Value))
        {
            Add(problems, date.Node, "not-date", "releaseDate");
        }

        if (Get(top, "platforms") is YamlScalarNode { Value.Length: > 0 })
        {
            // one platform as a string is allowed
        }
        else
        {
            List(top, "platforms", "platforms", problems, required: true);
        }

        var categoriesRequired = version is null || !words.CategoriesOptionalFrom.Contains(version.Value, StringComparer.Ordinal);
        if (List(top, "categories", "categories", problems, required: categoriesRequired) is { } categories && categoriesRequired)
        {
            foreach (var category in categories.Children.OfType<YamlScalarNode>().Where(c => !words.Categories.Contains(c.Value ?? string.Empty, StringComparer.Ordinal)))
            {
                Add(problems, category, "not-allowed", "categories", ("value", category.Value), ("allowed", "the publiccode.yml categories list"));
            }
        }

        Enumerated(top, "developmentStatus", "developmentStatus", words.DevelopmentStatus, problems);
        Enumerated(top, "softwareType", "softwareType", words.SoftwareType, problems);
        Description(top, problems);
        Legal(top, problems);
        Maintenance(top, words, problems);
        Localisation(top, problems);
        return [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];
    }

    private static void Description(YamlMappingNode top, List<PubliccodeProblem> problems)
    {
        if (Mapping(top, "description", "description", problems) is not { } description)
        {
            return;
        }

        if (description.Children.Count == 0)
        {
            Add(problems, description, "no-language", "description");
            return;
        }

        var hasLong = false;
        var hasFeatures = false;
        foreach (var (key, value) in description.Children)
        {
            var language = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!LanguageTag().IsMatch(language))
            {
                Add(problems, key, "bad-language", "description", ("value", language));
            }

            if (value is not YamlMappingNode text)
            {
                Add(problems, value, "not-mapping", $"description/{language}");
                continue;
            }

            if (Text(text, "shortDescription", $"description/{language}/shortDescription", problems, required: true) is { } shortDescription)
            {
                Length(problems, shortDescription, $"description/{language}/shortDescription", 0, 150);
            }

            if (Text(text, "longDescription", $"description/{language}/longDescription", problems, required: false) is { } longDescription)
            {
                hasLong = true;
                Length(problems, longDescription, $"description/{language}/longDescription", 150, 10000);
            }

            if (Get(text, "features") is not null)
            {
                hasFeatures = true;
                List(text, "features", $"description/{language}/features", problems, required: true);
            }

            if (Text(text, "genericName", $"description/{language}/genericName", problems, required: false) is { } genericName)
            {
                Length(problems, genericName, $"description/{language}/genericName", 0, 35);
            }

            foreach (var link in new[] { "documentation", "apiDocumentation" })
            {
                if (Text(text, link, $"description/{language}/{link}", problems, required: false) is { } address && !IsAbsoluteUrl(address.Value))
                {
                    Add(problems, address.Node, "not-url", $"description/{language}/{link}");
                }
            }
        }

        if (!hasLong)
        {
            Add(problems, description, "no-language", "description/[lang]/longDescription");
        }

        if (!hasFeatures)
        {
            Add(problems, description, "no-language", "description/[lang]/features");
        }
    }

    private static void Legal(YamlMappingNode top, List<PubliccodeProblem> problems)
    {
        if (Mapping(top, "legal", "legal", problems) is { } legal &&
            Text(legal, "license", "legal/license", problems, required: true) is { } licence &&
            SpdxLicences.Parse(licence.Value).Problem is { } problem)
        {
            Add(problems, licence.Node, "bad-licence", "legal/license", ("value", licence.Value), ("problem", problem));
        }
    }

    private static void Maintenance(YamlMappingNode top, Vocabulary words, List<PubliccodeProblem> problems)
    {
        if (Mapping(top, "maintenance", "maintenance", problems) is not { } maintenance)
        {
            return;
        }

        var type = Enumerated(maintenance, "type", "maintenance/type", words.MaintenanceType, problems);
        if (type is "contract")
        {
            People(maintenance, "contractors", type, problems, needsUntil: true);
        }
        else if (type is "internal" or "community")
        {
            People(maintenance, "contacts", type, problems, needsUntil: false);
        }
    }

    private static void People(YamlMappingNode maintenance, string key, string type, List<PubliccodeProblem> problems, bool needsUntil)
    {
        if (Get(maintenance, key) is null)
        {
            Add(problems, maintenance, "required-if", $"maintenance/{key}", ("type", type));
            return;
        }

        if (List(maintenance, key, $"maintenance/{key}", problems, required: true) is not { } people)
        {
            return;
        }

        foreach (var person in people.Children)
        {
            if (person is not YamlMappingNode entry)
            {
                Add(problems, person, "not-mapping", $"maintenance/{key}/[]");
                continue;
            }

            Text(entry, "name", $"maintenance/{key}/[]/name", problems, required: true);
            if (needsUntil && Text(entry, "until", $"maintenance/{key}/[]/until", problems, required: true) is { } until && !IsDate(until.Value))
            {
                Add(problems, until.Node, "not-date", $"maintenance/{key}/[]/until");
            }
        }
    }

    private static void Localisation(YamlMappingNode top, List<PubliccodeProblem> problems)
    {
        if (Mapping(top, "localisation", "localisation", problems) is not { } localisation)
        {
            return;
        }

        var ready = Get(localisation, "localisationReady");
        if (ready is null)
        {
            Add(problems, localisation, "required", "localisation/localisationReady");
        }
        else if (ready is not YamlScalarNode { Value: "true" or "false" })
        {
            Add(problems, ready, "not-boolean", "localisation/localisationReady");
        }

        if (List(localisation, "availableLanguages", "localisation/availableLanguages", problems, required: true) is { } languages)
        {
            foreach (var language in languages.Children.OfType<YamlScalarNode>().Where(l => !LanguageTag().IsMatch(l.Value ?? string.Empty)))
            {
                Add(problems, language, "bad-language", "localisation/availableLanguages", ("value", language.Value));
            }
        }
    }

    private sealed record TextValue(YamlScalarNode Node, string Value);

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value;

    private static TextValue? Text(YamlMappingNode map, string key, string name, List<PubliccodeProblem> problems, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Add(problems, map, "required", name);
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { Length: > 0 } value } scalar || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && value is "null" or "~"))
        {
            Add(problems, node, "not-text", name);
            return null;
        }

        return new TextValue(scalar, value);
    }

    private static YamlSequenceNode? List(YamlMappingNode map, string key, string name, List<PubliccodeProblem> problems, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Add(problems, map, "required", name);
            }

            return null;
        }

        if (node is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            Add(problems, node, "not-list", name);
            return null;
        }

        return list;
    }

    private static YamlMappingNode? Mapping(YamlMappingNode map, string key, string name, List<PubliccodeProblem> problems)
    {
        var node = Get(map, key);
        if (node is null)
        {
            Add(problems, map, "required", name);
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Add(problems, node, "not-mapping", name);
            return null;
        }

        return mapping;
    }

    private static string? Enumerated(YamlMappingNode map, string key, string name, IReadOnlyList<string> allowed, List<PubliccodeProblem> problems)
    {
        if (Text(map, key, name, problems, required: true) is not { } value)
        {
            return null;
        }

        if (!allowed.Contains(value.Value, StringComparer.Ordinal))
        {
            Add(problems, value.Node, "not-allowed", name, ("value", value.Value), ("allowed", string.Join(", ", allowed)));
            return null;
        }

        return value.Value;
    }

    private static void Length(List<PubliccodeProblem> problems, TextValue text, string name, int minimum, int maximum)
    {
        var length = new StringInfo(text.Value.Trim()).LengthInTextElements;
        if (length > maximum)
        {
            Add(problems, text.Node, "too-long", name, ("length", length), ("limit", maximum));
        }
        else if (length < minimum)
        {
            Add(problems, text.Node, "too-short", name, ("length", length), ("limit", minimum));
        }
    }

    private static void Add(List<PubliccodeProblem> problems, YamlNode node, string messageKey, string key, params (string Name, object? Value)[] arguments) =>
        problems.Add(new PubliccodeProblem((int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column), messageKey, key, [("key", key), .. arguments]));

    private static bool IsAbsoluteUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "git" or "ssh" or "svn" or "hg" or "ftp" or "ftps";

    private static bool IsDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static Vocabulary LoadVocabulary()
    {
        using var stream = typeof(PubliccodeYmlValidator).Assembly.GetManifestResourceStream("code/publiccode-yml-0.4.json")
            ?? throw new InvalidOperationException("code/publiccode-yml-0.4.json is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        IReadOnlyList<string> Words(string name) => [.. document.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
        return new Vocabulary(Words("versions"), Words("categoriesOptionalFrom"), Words("developmentStatus"), Words("softwareType"), Words("maintenanceType"), Words("categories"));
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
