using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;
using ServiceStandard.Kernel;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>
/// Messages the tool writes into a report, by key, in English and Spanish, read from a shipped YAML
/// file so they follow the run's language like every other text of a report: why a page could not be
/// assessed (<c>Descriptors/web-errors.yml</c>), why a criterion has its automated outcome
/// (<c>Assessment/criterion-reasons.yml</c>).
/// </summary>
public sealed class MessageFile
{
    private static readonly string[] TopKeys = ["schemaVersion", "messages"];
    private static readonly Lazy<MessageFile> ShippedWebErrors = new(() => LoadShipped("descriptors/web-errors.yml", "the web error messages"));
    private static readonly Lazy<MessageFile> ShippedCriterionReasons = new(() => LoadShipped("assessment/criterion-reasons.yml", "the criterion reasons"));

    private MessageFile(string fileName, IReadOnlyDictionary<string, LocalizedText> messages) => (FileName, Messages) = (fileName, messages);

    /// <summary>Why a page, a journey step or the browser could not be assessed. Shipped data that does not load is a bug, so this throws.</summary>
    public static MessageFile WebErrors => ShippedWebErrors.Value;

    /// <summary>Why a criterion has its automated outcome.</summary>
    public static MessageFile CriterionReasons => ShippedCriterionReasons.Value;

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
            CheckCatalogReader.RequireSchemaVersion(top, context);
            messages = CheckCatalogReader.ReadMessages(top, context);
        }

        var diagnostics = context.SortedDiagnostics();
        return context.HasErrors || messages is null
            ? LoadResult<MessageFile>.Failed(diagnostics)
            : new LoadResult<MessageFile>(new MessageFile(Path.GetFileName(fileName), messages), diagnostics);
    }

    private static MessageFile LoadShipped(string resourceName, string what)
    {
        using var stream = typeof(MessageFile).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{what} '{resourceName}' are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), resourceName, what);
        return result.Succeeded
            ? result.Value!
            : throw new InvalidOperationException($"The shipped {what} are invalid: {string.Join("; ", result.Errors)}");
    }
}
