using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace ServiceStandard.Reports.Documents;

/// <summary>
/// The documents' Fluid templates (Documents/*.liquid, embedded), parsed once. An HTML document is
/// rendered with the HTML encoder, so every value is encoded where it is printed; a Markdown one
/// prints values as they are, because <see cref="DocumentViewBuilder"/> has escaped them for Markdown.
/// </summary>
internal static class DocumentTemplates
{
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Parsed = new(StringComparer.Ordinal);
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string name, DocumentView view, DocumentFormat format)
    {
        var template = Parsed.GetOrAdd(name, Load);
        var context = new TemplateContext(Options);
        context.SetValue("r", view);
        context.SetValue("l", view.Labels);
        return template.Render(context, format == DocumentFormat.Html ? Html : NullEncoder.Default);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        foreach (var type in typeof(DocumentView).Assembly.GetTypes().Where(t => t.Namespace == typeof(DocumentView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal)))
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }

    private static IFluidTemplate Load(string name)
    {
        using var stream = typeof(DocumentTemplates).Assembly.GetManifestResourceStream("reports/documents/" + name)
            ?? throw new InvalidOperationException($"reports/documents/{name} is missing from the assembly.");
        var source = new StreamReader(stream).ReadToEnd();
        return new FluidParser().TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"The template {name} does not parse: {error}");
    }
}
