using System.Globalization;
using System.Text;
using BuenaMock.Http;
using BuenaMock.Options;

namespace BuenaMock.Recording;

/// <summary>
/// Writes each exchange to its own file in the record folder: <c>0001-get-users-jobs.json</c>, a
/// counter that continues after the files already there, then the method and path reduced to
/// <c>[a-z0-9-]</c>, so no request can name a file outside the folder or overwrite one.
/// </summary>
internal sealed class RecordingWriter
{
    private const int MaxSlugLength = 60;

    private readonly string _directory;
    private long _counter;

    private RecordingWriter(string directory, long counter)
    {
        _directory = directory;
        _counter = counter;
    }

    public string Folder => _directory;

    /// <summary>Creates the folder when it is missing; a folder that cannot be created is an <see cref="OptionsException"/>.</summary>
    public static RecordingWriter Open(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string full;
        try
        {
            full = Path.GetFullPath(directory);
            System.IO.Directory.CreateDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OptionsException([$"--record {directory}: the folder cannot be created ({ex.Message})"]);
        }

        var last = System.IO.Directory.EnumerateFiles(full, "*.json")
            .Select(f => LeadingNumber(Path.GetFileName(f)))
            .DefaultIfEmpty(0)
            .Max();
        return new RecordingWriter(full, last);
    }

    /// <summary>Writes the file under a new name (never over an existing one) and returns its full path.</summary>
    public string Write(string method, string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        while (true)
        {
            var name = FileName(Interlocked.Increment(ref _counter), method, path);
            var target = Path.Combine(_directory, name);
            if (!Path.GetDirectoryName(target)!.Equals(_directory, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A recording's name must stay inside the record folder.");
            }

            // Written aside first, then moved in place: a watching server never reads a half-written file.
            var partial = target + ".partial";
            File.WriteAllBytes(partial, content);
            try
            {
                File.Move(partial, target, overwrite: false);
                return target;
            }
            catch (IOException) when (File.Exists(target))
            {
                File.Delete(partial);
            }
        }
    }

    /// <summary>Replaces a file this writer wrote, atomically (written aside, then moved over it).</summary>
    public void Rewrite(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!string.Equals(Path.GetDirectoryName(Path.GetFullPath(path)), _directory, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A recording must stay inside the record folder.");
        }

        var partial = path + ".partial";
        File.WriteAllBytes(partial, content);
        File.Move(partial, path, overwrite: true);
    }

    /// <summary><c>0001-get-users-jobs.json</c>: the counter, the method and the path after <c>/api/v2</c>, in <c>[a-z0-9-]</c>.</summary>
    public static string FileName(long counter, string method, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var apiPath = path.StartsWith(RouteRegistration.ApiPrefix, StringComparison.Ordinal) ? path[RouteRegistration.ApiPrefix.Length..] : path;
        var slug = Slug(method + "-" + apiPath);
        return string.Create(CultureInfo.InvariantCulture, $"{counter:D4}-{(slug.Length == 0 ? "request" : slug)}.json");
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder(MaxSlugLength);
        foreach (var c in text.ToLowerInvariant())
        {
            if (slug.Length == MaxSlugLength)
            {
                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    private static long LeadingNumber(string fileName)
    {
        var digits = fileName.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and < 18 && long.TryParse(fileName.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
