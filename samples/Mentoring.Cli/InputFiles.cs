using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Ardalis.Result;
using Mentoring.Domain;
using Mentoring.Domain.Documents;

namespace Mentoring.Cli;

/// <summary>What a path names, told without opening it.</summary>
internal enum InputKind
{
    /// <summary>Nothing, or an empty or blank path.</summary>
    Missing,

    /// <summary>A regular file (or a link to one).</summary>
    File,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A FIFO, a character or block device, a socket: opening or reading it may block or never end.</summary>
    Special,
}

/// <summary>
/// The inputs' types, checked before anything is opened (issue #14): a FIFO blocks the one who opens it until a writer
/// comes, and a device such as <c>/dev/zero</c> never ends, so a path that is not a regular file is refused by its type
/// (from <c>statx(2)</c> on Linux), with a located error, and never opened.
/// </summary>
internal static class InputFiles
{
    /// <summary>What the path names.</summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A path the system cannot even look at is reported as missing by the caller, never thrown.")]
    public static InputKind KindOf(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return InputKind.Missing;
        }

        try
        {
            if (Directory.Exists(path))
            {
                return InputKind.Folder;
            }

            if (!File.Exists(path))
            {
                return InputKind.Missing;
            }

            return IsRegular(path) == false ? InputKind.Special : InputKind.File;
        }
        catch (Exception)
        {
            return InputKind.Missing;
        }
    }

    /// <summary>
    /// Why the path cannot be read as a file — blank (CLI006), missing (CLI002), a folder (CLI004), a FIFO or device
    /// (CLI003) — or null when it names a regular file.
    /// </summary>
    public static ValidationError? NotAFile(string path, string? target = null) => KindOf(path) switch
    {
        InputKind.File => null,
        InputKind.Folder => DomainErrors.Create("CLI004", "This is a folder, not a file.", "Это папка, а не файл.", target),
        InputKind.Special => DomainErrors.Create(
            "CLI003",
            "This is not a regular file (a FIFO, a device or a socket); it is not read.",
            "Это не обычный файл (канал, устройство или сокет); он не читается.",
            target),
        _ when string.IsNullOrWhiteSpace(path) => DomainErrors.Create("CLI006", "The path is empty.", "Путь к файлу пуст.", target),
        _ => DomainErrors.Create("CLI002", "The file does not exist.", "Файл не найден.", target),
    };

    /// <summary><see cref="NotAFile"/> as a diagnostic of the file (line and column 0: the whole file).</summary>
    public static ValidationError? Problem(string path) =>
        NotAFile(path) is { } error ? DocumentLocation.Locate(error, path, 0, 0) : null;

    /// <summary>True for a regular file, false for anything else, null when the system cannot tell (not Linux).</summary>
    private static bool? IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // struct statx: stx_mode (u16) at byte 28 on every Linux architecture; STATX_TYPE asks for the type only.
        var buffer = new byte[256];
        try
        {
            if (Native.Statx(AtCurrentDirectory, System.Text.Encoding.UTF8.GetBytes(path + "\0"), 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        var mode = BitConverter.ToUInt16(buffer, 28);
        return (mode & FileTypeMask) == RegularFile;
    }

    private const int AtCurrentDirectory = -100;

    private const uint StatxType = 0x1;

    private const int FileTypeMask = 0xF000;

    private const int RegularFile = 0x8000;

    private static class Native
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);
    }
}
