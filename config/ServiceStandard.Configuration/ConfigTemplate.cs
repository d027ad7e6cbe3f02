namespace ServiceStandard.Configuration;

/// <summary>The commented starter <c>servicestandard.yml</c> that <c>servicestandard init</c> writes.</summary>
public static class ConfigTemplate
{
    private const string ResourceName = "config/servicestandard.template.yml";

    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(ConfigTemplate).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(ConfigTemplate).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
