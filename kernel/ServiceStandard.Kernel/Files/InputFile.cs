namespace ServiceStandard.Kernel.Files;

/// <summary>
/// Reads a file someone gave us (a config, a standard, a baseline, judgements, evidence) without
/// letting it stall or swamp the run: a file that says it is empty is never opened (a FIFO or a
/// device says so, and opening one blocks or never ends), and at most <see cref="MaxBytes"/> are read,
/// even from a file that grows while it is read. Failures are <see cref="IOException"/>s whose
/// message says what was wrong, for the caller's located error.
/// </summary>
public static class InputFile
{
    /// <summary>64 MiB: far above any real config or standard, and above an evidence.json of thousands of pages.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static string ReadText(string path, long maxBytes = MaxBytes)
    {
        // Length throws .NET's own FileNotFoundException for a missing file, as File.ReadAllText would.
        var info = new FileInfo(path);
        if (info.Length == 0)
        {
            return string.Empty;
        }

        if (info.Length > maxBytes)
        {
            throw new IOException($"the file is {info.Length / (1024 * 1024)} MB, more than the {maxBytes / (1024 * 1024)} MB read from any input");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var bounded = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            bounded.Write(buffer, 0, read);
            if (bounded.Length > maxBytes)
            {
                throw new IOException($"the file grew past the {maxBytes / (1024 * 1024)} MB read from any input while it was read");
            }
        }

        bounded.Position = 0;
        using var reader = new StreamReader(bounded, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
