
namespace ServiceStandard.Model.Evidence;

/// <summary>
/// evidence.json (docs/schemas/evidence.schema.json): everything the browser gathered, one
/// snapshot per page or journey step in the order visited, under a format version.
/// </summary>
public sealed record EvidenceFile(IReadOnlyList<PageSnapshot> Pages)
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
}
