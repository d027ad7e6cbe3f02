using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;
using ServiceStandard.Kernel;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>
/// The messages of web errors (a page or journey step that could not be assessed, a browser that
/// could not be found or started), read from the shipped <c>Descriptors/web-errors.yml</c>, so they
/// follow the run's language like every other text of a report.
/// </summary>
public sealed class WebErrorMessages
{
    /// <summary>The manifest resource name of the shipped messages.</summary>
    public const string ResourceName = "descriptors/web-errors.yml";

    private static readonly string[] TopKeys = ["schemaVersion", "messages"];
    private static readonly Lazy<WebErrorMessages> ShippedMessages = new(LoadShipped);

    private WebErrorMessages(IReadOnlyDictionary<string, LocalizedText> messages) => Messages = messages;

    /// <summary>The messages that ship inside the assembly; shipped data that does not load is a bug, so this throws.</summary>
    public static WebErrorMessages Shipped => ShippedMessages.Value;

    public IReadOnlyDictionary<string, LocalizedText> Messages { get; }

    /// <summary>The message <paramref name="key"/> in <paramref name="language"/> (English when it has none), placeholders filled.</summary>
    public string Format(string language, string key, params ReadOnlySpan<(string Name, object? Value)> arguments) =>
        Messages.TryGetValue(key, out var text)
            ? MessageTemplate.Format(text.Get(language), arguments)
            : throw new KeyNotFoundException($"web-errors.yml has no message '{key}'.");

    /// <summary>Reads web error messages, reporting every problem with its line and column.</summary>
    public static LoadResult<WebErrorMessages> Parse(string text, string fileName)
    {
        var (root, syntaxError) = YamlDocumentParser.Parse(text, fileName);
        if (root is null)
        {
            return LoadResult<WebErrorMessages>.Failed([syntaxError!]);
        }

        var context = new YamlReadContext(fileName);
        var top = YamlMapping.Read(root, "the web error messages", context, TopKeys);
        Dictionary<string, LocalizedText>? messages = null;
        if (top is not null)
        {
            CheckCatalogReader.RequireSchemaVersion(top, context);
            messages = CheckCatalogReader.ReadMessages(top, context);
        }

        var diagnostics = context.SortedDiagnostics();
        return context.HasErrors || messages is null
            ? LoadResult<WebErrorMessages>.Failed(diagnostics)
            : new LoadResult<WebErrorMessages>(new WebErrorMessages(messages), diagnostics);
    }

    private static WebErrorMessages LoadShipped()
    {
        using var stream = typeof(WebErrorMessages).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The web error messages '{ResourceName}' are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), ResourceName);
        return result.Succeeded
            ? result.Value!
            : throw new InvalidOperationException($"The shipped web error messages are invalid: {string.Join("; ", result.Errors)}");
    }
}
