using System.Reflection;
using System.Text.RegularExpressions;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Kernel.Messages;

/// <summary>
/// Messages the tool writes into a report, by key, in English and Spanish, read from a shipped YAML
/// file so they follow the run's language like every other text of a report: why a page could not be
/// assessed (the web gatherer's <c>web-errors.yml</c>), why a criterion has its automated outcome
/// (the assessment's <c>criterion-reasons.yml</c>). Each owner loads its own file with
/// <see cref="LoadEmbedded"/>.
/// </summary>
public sealed partial class MessageFile
{
    /// <summary>The schemaVersion a message file carries.</summary>
    public const int CurrentSchemaVersion = 1;

    private static readonly string[] TopKeys = ["schemaVersion", "messages"];
    private static readonly LanguageSettings Languages = new("en", ["en", "es"]);

    private MessageFile(string fileName, IReadOnlyDictionary<string, LocalizedText> messages) => (FileName, Messages) = (fileName, messages);

    public string FileName { get; }

    public IReadOnlyDictionary<string, LocalizedText> Messages { get; }

    /// <summary>The message <paramref name="key"/> in <paramref name="language"/> (English when it has none), placeholders filled.</summary>
    public string Format(string language, string key, params ReadOnlySpan<(string Name, object? Value)> arguments) =>
        Messages.TryGetValue(key, out var text)
            ? MessageTemplate.Format(text.Get(language), arguments)
            : throw new KeyNotFoundException($"{FileName} has no message '{key}'.");

    /// <summary>Reads a message file, reporting every problem with its line and column.</summary>
    /// <param name="what">What the file holds, for errors: "the web error messages".</param>
    public static LoadResult<MessageFile> Parse(string text, string fileName, string what)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, fileName);
        if (root is null)
        {
            return LoadResult<MessageFile>.Failed([syntaxError!]);
        }

        var context = new YamlReadContext(fileName);
        var top = YamlMapping.Read(root, what, context, TopKeys);
        Dictionary<string, LocalizedText>? messages = null;
        if (top is not null)
        {
            var schemaVersion = top.GetInt("schemaVersion", required: true);
            if (schemaVersion is not null and not CurrentSchemaVersion)
            {
                context.Error(top.Get("schemaVersion")!, $"schemaVersion {schemaVersion} is not supported; expected {CurrentSchemaVersion}");
            }

            messages = ReadMessages(top, context);
        }

        var diagnostics = context.SortedDiagnostics();
        return context.HasErrors || messages is null
            ? LoadResult<MessageFile>.Failed(diagnostics)
            : new LoadResult<MessageFile>(new MessageFile(Path.GetFileName(fileName), messages), diagnostics);
    }

    /// <summary>A message file shipped in <paramref name="assembly"/>. Shipped data that does not load is a bug, so this throws.</summary>
    public static MessageFile LoadEmbedded(Assembly assembly, string resourceName, string what)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{what} '{resourceName}' are missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), resourceName, what);
        return result.Succeeded
            ? result.Value!
            : throw new InvalidOperationException($"The shipped {what} are invalid: {string.Join("; ", result.Errors)}");
    }

    /// <summary>
    /// The <c>messages</c> map of a file (key → text per language, every language using the same
    /// placeholders), shared with the other files that carry messages (checks.yml).
    /// </summary>
    public static Dictionary<string, LocalizedText>? ReadMessages(YamlMapping map, YamlReadContext context)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(context);
        var node = map.Require("messages");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            context.Error(node, $"'messages' in {map.What} must map message keys to texts (default: {{ en: ..., es: ... }})");
            return null;
        }

        var messages = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is null || !Kebab().IsMatch(key))
            {
                context.Error(keyNode, $"message keys in {map.What} must be lowercase words joined by hyphens");
                continue;
            }

            var text = LocalizedTextReader.Read(valueNode, $"the message '{key}' of {map.What}", context, Languages);
            if (text is null)
            {
                continue;
            }

            var english = MessageTemplate.Placeholders(text.Get("en")).Order(StringComparer.Ordinal);
            foreach (var (language, value) in text.Values)
            {
                if (!english.SequenceEqual(MessageTemplate.Placeholders(value).Order(StringComparer.Ordinal)))
                {
                    context.Error(valueNode, $"the '{language}' text of the message '{key}' of {map.What} must use the same placeholders as the 'en' text ({string.Join(", ", english.Select(p => "{" + p + "}"))})");
                }
            }

            messages[key] = text;
        }

        return messages;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();
}
