using System.Globalization;

namespace Directions.Cli.Reporting;

/// <summary>
/// Writes a report file whole or not at all: into a temporary file beside the target, then moved over
/// it. A failure (or bad data found before the write) leaves no partial file and an existing file as it was.
/// </summary>
public static class ReportFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; throws IOException or UnauthorizedAccessException when it cannot.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
