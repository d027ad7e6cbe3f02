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
    // Where each page this run wrote is, until the run takes it (Take): evidence.json is then
    // written from the file rather than from every page held in memory.
    private readonly Dictionary<PageSnapshot, JournalLine> _lines = new(ReferenceEqualityComparer.Instance);
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
        // Serialised before the lock: workers only wait for each other's writes, not their JSON.
        var lines = snapshots.Select(s => Encoding.UTF8.GetBytes(Line(s))).ToList();
        lock (_gate)
        {
            var offset = _stream.CanWrite ? _stream.Position : 0;
            if (!Write([.. lines.SelectMany(l => l)]))
            {
                return;
            }

            for (var i = 0; i < snapshots.Count; i++)
            {
                _lines[snapshots[i]] = new JournalLine(Path, offset, lines[i].Length);
                offset += lines[i].Length;
            }
        }
    }

    /// <summary>
    /// Where <paramref name="snapshot"/> (the very object appended) was written, forgotten here once
    /// taken; null when it was not (never appended, or the write failed).
    /// </summary>
    public JournalLine? Take(PageSnapshot snapshot)
    {
        lock (_gate)
        {
            return _lines.Remove(snapshot, out var line) ? line : null;
        }
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

    private void WriteLine<T>(T value)
    {
        lock (_gate)
        {
            Write(Encoding.UTF8.GetBytes(Line(value)));
        }
    }

    private static string Line<T>(T value) => UntrustedText.EscapeInJson(JsonSerializer.Serialize(value, Compact)) + "\n";

    /// <summary>Writes and flushes <paramref name="line"/>; false when the journal cannot be written (the caller holds the lock).</summary>
    private bool Write(byte[] line)
    {
        if (_failed)
        {
            return false;
        }

        try
        {
            _stream.Write(line);
            // To the operating system, which keeps it if this process is killed.
            _stream.Flush();
            return true;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _failed = true;
            Problem = ex.Message;
            return false;
        }
    }

    private sealed record Header(string Kind, int SchemaVersion, EvidenceGathering Gathering);
}

/// <summary>One page's line in an evidence journal: read back with <see cref="Read"/>, when the page is needed again.</summary>
public sealed record JournalLine(string Path, long Offset, int Length)
{
    /// <summary>The page written there, read from the file (shared with the journal still writing it).</summary>
    public PageSnapshot Read()
    {
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        file.Position = Offset;
        var bytes = new byte[Length];
        file.ReadExactly(bytes);
        return JsonSerializer.Deserialize<PageSnapshot>(bytes, AssessmentJson.Options)
            ?? throw new InvalidDataException($"{Path}: no page at byte {Offset}");
    }
}
