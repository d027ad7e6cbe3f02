namespace ServiceStandard.Cli.Tests;

/// <summary>Small standards a team might write, for tests that need a valid file of their own.</summary>
public static class TeamStandards
{
    public const string Valid = """
        # yaml-language-server: $schema=../../docs/schemas/standard.schema.json
        schemaVersion: 1
        id: council-standard
        version: 1.0.0
        title: Council Service Standard
        criteria:
          - id: CS-01
            slug: understand-users
            title: Understand users
            summary: Learn who the users are and what they need.
            assessorQuestions: [Who are the users?]
            evidenceTags: [user-research]
        """;

    /// <summary>Valid, but one text lacks its Spanish version: a warning, not an error.</summary>
    public const string WithWarning = """
        schemaVersion: 1
        id: council-standard
        version: 1.0.0
        languages: [en, es]
        title: { en: Council Service Standard, es: Estándar de Servicios Municipales }
        criteria:
          - id: CS-01
            slug: understand-users
            title: { en: Understand users }
            summary: { en: Learn who the users are., es: Conocer a las personas usuarias. }
            assessorQuestions: [{ en: Who are the users?, es: ¿Quiénes son? }]
            evidenceTags: [user-research]
        """;
}
