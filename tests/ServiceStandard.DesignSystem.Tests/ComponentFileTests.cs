using ServiceStandard.DesignSystem.Components;
using ServiceStandard.Standard;
using ServiceStandard.Testing;
using ServiceStandard.Kernel;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>Every shipped component.yml loads, validates against the published schema and is written in English and Spanish.</summary>
public class ComponentFileTests
{
    /// <summary>Components people fill in: they show a few variants, one of them with an error.</summary>
    private static readonly string[] FormComponents =
        ["text-input", "textarea", "character-count", "select", "radios", "checkboxes", "date-input", "file-upload"];

    public static TheoryData<string> Components() => [.. DesignSystemFiles.ComponentIds()];

    [Fact]
    public void The_library_loads_with_no_errors_or_warnings()
    {
        var result = ComponentLibrary.Load(DesignSystemFiles.ComponentsDirectory);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Value!.Components.Count >= 30, $"only {result.Value.Components.Count} components");
    }

    [Theory]
    [MemberData(nameof(Components))]
    public async Task Validates_against_the_published_schema(string id)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(DesignSystemFiles.ComponentsDirectory, id, ComponentLoader.FileName));

        var errors = await JsonSchemaErrors.OfYamlAsync(text, "component.schema.json");

        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Every_text_is_in_English_and_Spanish(string id)
    {
        var component = DesignSystemFiles.Library.Find(id)!;
        var texts = new List<(string What, LocalizedText? Text)> { ("name", component.Name) };
        Assert.NotNull(component.Guidance);
        texts.Add(("whenToUse", component.Guidance.WhenToUse));
        texts.Add(("whenNotToUse", component.Guidance.WhenNotToUse));
        texts.Add(("howItWorks", component.Guidance.HowItWorks));
        texts.Add(("accessibility", component.Guidance.Accessibility));
        texts.AddRange(component.Examples.Select(e => ($"example {e.Id}", (LocalizedText?)e.Title)));
        texts.AddRange(component.Contract.Rules.Select(r => ($"rule {r.Id} message", (LocalizedText?)r.Message)));
        texts.AddRange(component.Contract.Rules.Where(r => r.Help is not null).Select(r => ($"rule {r.Id} help", r.Help)));

        // A sentence left untranslated is a copy of the English; a single word (Beta) may be the same in both.
        var missing = texts
            .Where(t => t.Text is null || !t.Text.Has("en") || !t.Text.Has("es") || (t.Text.Get("es") == t.Text.Get("en") && t.Text.Get("en").Contains(' ', StringComparison.Ordinal)))
            .Select(t => t.What)
            .ToList();

        Assert.True(missing.Count == 0, "not in both en and es: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Has_examples_and_form_components_show_an_error(string id)
    {
        var component = DesignSystemFiles.Library.Find(id)!;

        Assert.NotEmpty(component.Examples);
        if (FormComponents.Contains(id))
        {
            Assert.True(component.Examples.Count >= 3, $"{id} has {component.Examples.Count} examples; a form component shows at least 3 variants");
            Assert.Contains(component.Examples, e => e.Id.Contains("error", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_example_file_is_listed_by_its_component()
    {
        var unlisted = DesignSystemFiles.Library.Components
            .SelectMany(c => Directory.Exists(Path.Combine(c.Directory, "examples"))
                ? Directory.EnumerateFiles(Path.Combine(c.Directory, "examples"), "*.html")
                    .Where(f => !c.Examples.Any(e => Path.GetFullPath(c.ExamplePath(e)) == Path.GetFullPath(f)))
                : [])
            .ToList();

        Assert.True(unlisted.Count == 0, "example files not in their component.yml: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void Deprecated_components_name_a_replacement()
    {
        Assert.All(
            DesignSystemFiles.Library.Components.Where(c => c.Status == ComponentStatus.Deprecated),
            c => Assert.NotNull(DesignSystemFiles.Library.Find(c.Replacement!)));
    }
}
