using ServiceStandard.Kernel.Diagnostics;
using System.Text.Json.Serialization;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Plan;


namespace ServiceStandard.Model.Evidence;

/// <summary>
/// evidence.json (docs/schemas/evidence.schema.json): everything the browser gathered, one
/// snapshot per page or journey step in the order visited, and how they were gathered, under a
/// format version. <c>assess --evidence</c> reads it back to run the checks again without a browser.
/// </summary>
public sealed record EvidenceFile(IReadOnlyList<PageSnapshot> Pages)
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Null when no browser ran, and in files written before it was recorded.</summary>
    public EvidenceGathering? Gathering { get; init; }

    /// <summary>Which share of a plan this is, when a shard wrote it (<c>assess --plan --shard</c>); not written otherwise.</summary>
    [JsonIgnore(Condition = ShardInfo.OnlyInShards)]
    public ShardInfo? Shard { get; init; }

    /// <summary>Reads an evidence.json (or the evidence.jsonl of a run that was killed) back for <c>assess --evidence</c>; a bad file is a located error.</summary>
    public static LoadResult<EvidenceFile> Load(string path)
    {
        string text;
        try
        {
            text = ServiceStandard.Kernel.Files.InputFile.ReadText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<EvidenceFile>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"the evidence cannot be read: {ex.Message}")]);
        }

        // What a run killed outright left: the pages it finished, one per line.
        if (EvidenceJournal.IsJournal(text))
        {
            return EvidenceJournal.Parse(text, path);
        }

        var loaded = VersionedJsonFile.Parse<EvidenceFile>(text, path, "evidence.json", CurrentSchemaVersion);
        if (loaded.Succeeded && (loaded.Value!.Pages is null || loaded.Value.Pages.Any(p => p is null)))
        {
            // JSON null passes the serializer for a non-nullable list or page; the re-audit would then crash on it.
            return LoadResult<EvidenceFile>.Failed([Diagnostic.Error(
                new SourceLocation(path, 1, 1),
                "this evidence.json has no list of pages, or an empty entry in it; give the evidence.json that servicestandard assess wrote")]);
        }

        if (!loaded.Succeeded || loaded.Value!.Gathering is not null || loaded.Value.Pages.Count == 0)
        {
            return loaded;
        }

        // Without it, the scope (base URL, journeys, axe-core's tags) would be a guess.
        return LoadResult<EvidenceFile>.Failed([Diagnostic.Error(
            new SourceLocation(path, 1, 1),
            "this evidence.json does not record how its pages were gathered (it was written by an earlier version); run servicestandard assess again to re-audit its pages")]);
    }
}
