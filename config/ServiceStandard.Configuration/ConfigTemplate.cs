namespace ServiceStandard.Configuration;

/// <summary>
/// The commented starter <c>servicestandard.yml</c> files that <c>servicestandard init</c> writes: the
/// service template (the digital service standard, pages and code) and the public-code one (a repository
/// against the Standard for Public Code, no browser, nothing compiled).
/// </summary>
public static class ConfigTemplate
{
    private const string ResourceName = "config/servicestandard.template.yml";

    private const string PublicCodeResourceName = "config/servicestandard.public-code.template.yml";

    public static string Text { get; } = Read(ResourceName);

    public static string PublicCodeText { get; } = Read(PublicCodeResourceName);

    /// <summary>The template for a shipped standard's id, or null when none ships under that id.</summary>
    public static string? For(string standardId) =>
        standardId switch
        {
            "public-code" => PublicCodeText,
            _ when standardId == ConfigDefaults.Standard => Text,
            _ => null,
        };

    private static string Read(string resourceName)
    {
        using var stream = typeof(ConfigTemplate).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource {resourceName} is missing from {typeof(ConfigTemplate).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
