using System.Text;

namespace SalesForDevs.Tests.Support;

/// <summary>A text writer that other threads may write to while the test reads what was written so far.</summary>
public sealed class SyncLog : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text) _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_text) _text.Append(value);
    }

    public override string ToString()
    {
        lock (_text) return _text.ToString();
    }
}
