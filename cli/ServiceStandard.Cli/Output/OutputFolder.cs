using System.Runtime.InteropServices;
using ServiceStandard.Configuration;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Plan;
using ServiceStandard.Reports;

namespace ServiceStandard.Cli.Output;

/// <summary>
/// The <c>--out</c> folder of <c>assess</c>, written so that a run either replaces the whole report
/// set or leaves the old one untouched. The run writes into a sibling folder, <c>&lt;out&gt;.partial</c>
/// (evidence as each page finishes, screenshots, then the reports), and only a run that gets to
/// write its reports moves it into place: swapped in one step with the old folder when the old
/// folder holds only a report set, file by file (each an atomic rename, stale report files removed,
/// other files left alone) when it holds other things too. Links are never written through: a
/// rename replaces a link placed in the folder, and an <c>--out</c> that is itself a link is refused.
/// A run killed outright leaves <c>&lt;out&gt;.partial/evidence.jsonl</c> with the pages it finished.
/// </summary>
internal sealed class OutputFolder
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private string? _previousPartial;

    private OutputFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    /// <summary>The folder the user asked for.</summary>
    public string Target { get; }

    /// <summary>Where this run writes until it commits.</summary>
    public string Staging { get; }

    /// <summary>The names a report set is made of; anything else in the folder is someone else's.</summary>
    public static IReadOnlySet<string> ReportSetNames { get; } = new HashSet<string>(
        [.. ReportRenderers.All.SelectMany(r => r.FileNames), "evidence.json", EvidenceJournal.FileName, ReportFiles.ScreenshotFolder, RunPlan.FileName],
        StringComparer.Ordinal);

    /// <summary>
    /// Checks that <paramref name="target"/> can be written and opens a fresh staging folder beside
    /// it, before any browser starts. <paramref name="evidencePath"/> (a re-audit's evidence) is kept
    /// readable: if it lives in the staging folder of an earlier run, that folder is set aside.
    /// </summary>
    public static LoadResult<OutputFolder> Prepare(string target, ref string? evidencePath)
    {
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var staging = target + ".partial";
        try
        {
            if (IsLink(target))
            {
                return Error($"--out {target} is a link; give the folder itself (a run never writes through a link)");
            }

            if (File.Exists(target))
            {
                return Error($"--out {target} is a file; give a folder");
            }

            var folder = new OutputFolder(target, staging);
            if (IsLink(staging) || File.Exists(staging))
            {
                File.Delete(staging);
            }
            else if (Directory.Exists(staging))
            {
                if (evidencePath is not null && IsInside(evidencePath, staging))
                {
                    // Re-auditing what a killed run left: keep it until this run has its own copy.
                    folder._previousPartial = $"{staging}-{Guid.NewGuid():N}"[..(staging.Length + 9)];
                    Directory.Move(staging, folder._previousPartial);
                    evidencePath = Path.Combine(folder._previousPartial, Path.GetRelativePath(staging, evidencePath));
                }
                else
                {
                    Directory.Delete(staging, recursive: true);
                }
            }

            Directory.CreateDirectory(staging);
            // Written and removed now, so an unwritable --out stops the run before the browser starts.
            var probe = Path.Combine(staging, ".servicestandard-write-test");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return new LoadResult<OutputFolder>(folder, []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Error($"--out {target} cannot be written: {ex.Message}");
        }

        static LoadResult<OutputFolder> Error(string message) =>
            LoadResult<OutputFolder>.Failed([Diagnostic.Error(ConfigDefaults.CommandLine, message)]);
    }

    /// <summary>
    /// For a re-audit whose evidence lives in <see cref="Target"/> (or in an earlier run's staging
    /// folder): copies the evidence file and its screenshots into the staging folder, since the old
    /// folder is replaced. Returns the folder the reports' screenshots are read from.
    /// </summary>
    public string AdoptEvidence(string evidencePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(evidencePath))!;
        if (!SamePath(directory, Target) && !SamePath(directory, _previousPartial))
        {
            return directory;
        }

        var name = Path.GetFileName(evidencePath);
        if (ReportSetNames.Contains(name) && !IsLink(evidencePath))
        {
            File.Copy(evidencePath, Path.Combine(Staging, name), overwrite: true);
        }

        CopyScreenshots(directory);
        return Staging;
    }

    /// <summary>
    /// Copies the element pictures of an evidence folder (its screenshots/) into the staging folder:
    /// a re-audit's whose folder is replaced, or each shard's for <c>merge</c>. Pictures are named by
    /// what they show, so two folders' pictures of one name are the same picture.
    /// </summary>
    public void CopyScreenshots(string evidenceDirectory)
    {
        var screenshots = Path.Combine(evidenceDirectory, ReportFiles.ScreenshotFolder);
        if (Directory.Exists(screenshots) && !IsLink(screenshots))
        {
            var copy = Directory.CreateDirectory(Path.Combine(Staging, ReportFiles.ScreenshotFolder));
            foreach (var file in new DirectoryInfo(screenshots).EnumerateFiles().Where(f => f.LinkTarget is null))
            {
                file.CopyTo(Path.Combine(copy.FullName, file.Name), overwrite: true);
            }
        }
    }

    /// <summary>Moves the finished report set into <see cref="Target"/>.</summary>
    public void Commit()
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(Staging, Target);
        }
        else if (HoldsOnlyAReportSet(Target))
        {
            Swap();
        }
        else
        {
            ReplaceEntries();
        }

        if (_previousPartial is not null && Directory.Exists(_previousPartial))
        {
            Directory.Delete(_previousPartial, recursive: true);
        }
    }

    /// <summary>Removes the staging folder of a run that wrote nothing worth keeping (bad input, no browser).</summary>
    public void Abandon()
    {
        try
        {
            if (Directory.Exists(Staging))
            {
                Directory.Delete(Staging, recursive: true);
            }

            if (_previousPartial is not null && Directory.Exists(_previousPartial))
            {
                Directory.Move(_previousPartial, Staging);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind; the next run replaces it.
        }
    }

    private void Swap()
    {
        // One step on Linux (renameat2 RENAME_EXCHANGE): a reader sees the old set or the new, never a mix.
        if (TryExchange(Staging, Target))
        {
            Directory.Delete(Staging, recursive: true);
            return;
        }

        var old = $"{Target}.old-{Guid.NewGuid():N}";
        Directory.Move(Target, old);
        Directory.Move(Staging, Target);
        Directory.Delete(old, recursive: true);
    }

    private void ReplaceEntries()
    {
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(Staging).EnumerateFileSystemInfos())
        {
            fresh.Add(entry.Name);
            var destination = Path.Combine(Target, entry.Name);
            if (entry is FileInfo)
            {
                // rename(2): atomic, and a link at the destination is replaced, not followed.
                File.Move(entry.FullName, destination, overwrite: true);
                continue;
            }

            RemoveEntry(destination);
            Directory.Move(entry.FullName, destination);
        }

        // Report files an earlier run wrote and this one did not (a format no longer asked for).
        foreach (var name in ReportSetNames.Where(n => !fresh.Contains(n)))
        {
            RemoveEntry(Path.Combine(Target, name));
        }

        Directory.Delete(Staging, recursive: true);
    }

    private static void RemoveEntry(string path)
    {
        if (IsLink(path) || File.Exists(path))
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static bool HoldsOnlyAReportSet(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos().All(e => ReportSetNames.Contains(e.Name) && e.LinkTarget is null);

    // LinkTarget reads the link itself (readlink), so a dangling link counts too.
    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static bool IsInside(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool SamePath(string a, string? b) =>
        b is not null && string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int Renameat2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
