namespace ServiceStandard.Index.Catalogue;

/// <summary>Where an institution sits in the state: the index ranks and averages within each level.</summary>
public enum InstitutionLevel
{
    Central,
    Regional,
    Municipal,
}

/// <summary>A ministry, agency or municipality whose services the index measures.</summary>
/// <param name="Id">Its short id (lower-case letters, digits and hyphens), used in URLs and tokens' scope.</param>
/// <param name="Region">The region it serves, or null (central institutions usually have none).</param>
public sealed record Institution(string Id, string NameEn, string NameEs, InstitutionLevel Level, string? Region)
{
    public string Name(string language) => language == "es" ? NameEs : NameEn;
}

/// <summary>A service of an institution, to which its team's CI uploads assessments.</summary>
/// <param name="Url">Where the service runs, or null.</param>
/// <param name="Repository">Where its code lives, or null.</param>
public sealed record IndexedService(string InstitutionId, string Id, string Name, string? Url, string? Repository);

/// <summary>The spelling of levels as users write them (central, regional, municipal).</summary>
public static class InstitutionLevels
{
    public static IReadOnlyList<string> Names { get; } = ["central", "regional", "municipal"];

    public static string Name(InstitutionLevel level) => level switch
    {
        InstitutionLevel.Central => "central",
        InstitutionLevel.Regional => "regional",
        _ => "municipal",
    };

    public static InstitutionLevel? Parse(string? text) => text switch
    {
        "central" => InstitutionLevel.Central,
        "regional" => InstitutionLevel.Regional,
        "municipal" => InstitutionLevel.Municipal,
        _ => null,
    };
}
