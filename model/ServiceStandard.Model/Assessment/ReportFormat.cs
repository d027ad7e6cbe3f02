namespace ServiceStandard.Model.Assessment;

/// <summary>The files an assessment can be written as; their config and command-line words are in the configuration's keywords.</summary>
public enum ReportFormat
{
    Json,
    Html,
    Sarif,
    Junit,
    Markdown,
}
