using System.Text;
using System.Text.Json;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Text;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Model.Evidence;

/// <summary>
/// evidence.jsonl: the evidence of a run written as each page finishes, one JSON object per line,
/// so a run killed outright (an out-of-memory kill, a CI timeout, a pod eviction) loses only the
/// pages in flight. The first line says how the pages are gathered; each next line is one page's
/// snapshot, written whole and flushed. <c>assess --evidence evidence.jsonl</c> re-audits what it
/// holds (<see cref="EvidenceFile.Load"/>); a last line cut off mid-write is left out.
/// </summary>
public sealed class EvidenceJournal : IDisposable
{
    /// <summary>The file name beside the reports while a run is under way.</summary>
    public const string FileName = "evidence.jsonl";

    private const string Kind = "servicestandard-evidence-journal";
    private static readonly JsonSerializerOptions Compact = new(AssessmentJson.Options) { WriteIndented = false };
    private readonly FileStream _stream;
    private readonly object _gate = new();
    private bool _failed;

    private EvidenceJournal(FileStream stream) => _stream = stream;

    /// <summary>The path written to.</summary>
    public string Path => _stream.Name;

    /// <summary>Set when a page could not be written (a full disk): the journal is then incomplete.</summary>
    public string? Problem { get; private set; }

    /// <summary>Starts a journal at <paramref name="path"/> (replacing one left there) with how its pages are gathered.</summary>
    public static EvidenceJournal Create(string path, EvidenceGathering gathering)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        var journal = new EvidenceJournal(stream);
        // Marked interrupted until the run's own evidence.json says otherwise: a journal read back
        // is the record of a run that did not finish.
        journal.WriteLine(new Header(Kind, EvidenceFile.CurrentSchemaVersion, gathering with { Interrupted = true }));
        return journal;
    }

    /// <summary>Appends one finished page; safe to call from the run's workers at once.</summary>
    public void Append(PageSnapshot snapshot) => Append([snapshot]);

    /// <summary>
    /// Appends finished pages in one write (a journey's, so a run killed while they are written keeps
    /// all of them or none); safe to call from the run's workers at once.
    /// </summary>
    public void Append(IReadOnlyList<PageSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        Write(string.Concat(snapshots.Select(Line)));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stream.Dispose();
        }
    }

    /// <summary>True when the file's first line says it is an evidence journal.</summary>
    public static bool IsJournal(string text) =>
        text.AsSpan().TrimStart().StartsWith("{\"kind\":\"" + Kind + "\"", StringComparison.Ordinal);

    /// <summary>Reads a journal's text: a line that is not a page is a located error, unless it is the last, cut off mid-write.</summary>
    public static LoadResult<EvidenceFile> Parse(string text, string fileName)
    {
        var lines = text.Split('\n');
        Header? header;
        try
        {
            header = JsonSerializer.Deserialize<Header>(lines[0], AssessmentJson.Options);
        }
        catch (JsonException ex)
        {
            return Error(1, (int)(ex.BytePositionInLine ?? 0) + 1, $"the evidence journal's first line cannot be read: {ex.Message.Split(". ")[0].TrimEnd('.')}");
        }

        if (header?.Gathering is null || header.SchemaVersion != EvidenceFile.CurrentSchemaVersion)
        {
            return Error(1, 1, $"evidence journal schemaVersion {header?.SchemaVersion} is not supported; this version of the tool reads schemaVersion {EvidenceFile.CurrentSchemaVersion}");
        }

        var pages = new List<PageSnapshot>();
        var last = lines.Length - 1;
        while (last > 0 && lines[last].Trim().Length == 0)
        {
            last--;
        }

        for (var i = 1; i <= last; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            try
            {
                pages.Add(JsonSerializer.Deserialize<PageSnapshot>(lines[i], AssessmentJson.Options)
                    ?? throw new JsonException("the line is null"));
            }
            catch (JsonException) when (i == last && !text.EndsWith('\n'))
            {
                // The page that was being written when the run was killed: left out, as in flight.
            }
            catch (JsonException ex)
            {
                return Error(i + 1, (int)(ex.BytePositionInLine ?? 0) + 1, $"line {i + 1} of the evidence journal is not a page's evidence: {ex.Message.Split(". ")[0].TrimEnd('.')}");
            }
        }

        return new LoadResult<EvidenceFile>(new EvidenceFile(pages) { Gathering = header.Gathering }, []);

        LoadResult<EvidenceFile> Error(int line, int column, string message) =>
            LoadResult<EvidenceFile>.Failed([Diagnostic.Error(new SourceLocation(fileName, line, column), message)]);
    }

    private void WriteLine<T>(T value) => Write(Line(value));

    private static string Line<T>(T value) => UntrustedText.EscapeInJson(JsonSerializer.Serialize(value, Compact)) + "\n";

    private void Write(string text)
    {
        // Serialised before the lock: workers only wait for each other's writes, not their JSON.
        var line = Encoding.UTF8.GetBytes(text);
        lock (_gate)
        {
            if (_failed)
            {
                return;
            }

            try
            {
                _stream.Write(line);
                // To the operating system, which keeps it if this process is killed.
                _stream.Flush();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                _failed = true;
                Problem = ex.Message;
            }
        }
    }

    private sealed record Header(string Kind, int SchemaVersion, EvidenceGathering Gathering);
}
