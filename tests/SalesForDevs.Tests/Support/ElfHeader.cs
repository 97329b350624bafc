using System.Buffers.Binary;
using System.Text;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// The kind and section names of a 64-bit little-endian ELF file (the System V ABI's layout), enough to check how the
/// native sfd was linked.
/// </summary>
internal sealed record ElfHeader(ushort Type, IReadOnlyList<string> Sections)
{
    /// <summary>e_type of an executable loaded at a fixed address; a position-independent one is 3 (shared object).</summary>
    public const ushort Executable = 2;

    public static ElfHeader Read(string path)
    {
        using var handle = File.OpenHandle(path);
        var header = Bytes(handle, 0, 64);
        if (!header.AsSpan(0, 4).SequenceEqual("\u007fELF"u8) || header[4] != 2 || header[5] != 1)
            throw new InvalidDataException($"{path} is not a 64-bit little-endian ELF file");
        var type = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(16));
        var tableOffset = (long)BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(0x28));
        var entrySize = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x3A));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x3C));
        var namesIndex = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x3E));

        var table = Bytes(handle, tableOffset, entrySize * count);
        var namesEntry = table.AsSpan(namesIndex * entrySize, entrySize);
        var names = Bytes(handle, (long)BinaryPrimitives.ReadUInt64LittleEndian(namesEntry[0x18..]),
            checked((int)BinaryPrimitives.ReadUInt64LittleEndian(namesEntry[0x20..])));
        var sections = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var name = names.AsSpan((int)BinaryPrimitives.ReadUInt32LittleEndian(table.AsSpan(i * entrySize)));
            sections.Add(Encoding.ASCII.GetString(name[..name.IndexOf((byte)0)]));
        }
        return new ElfHeader(type, sections);
    }

    private static byte[] Bytes(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long offset, int length)
    {
        var bytes = new byte[length];
        if (RandomAccess.Read(handle, bytes, offset) != length) throw new InvalidDataException("the ELF file ends early");
        return bytes;
    }
}
