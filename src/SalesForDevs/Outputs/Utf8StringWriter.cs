using System.Text;

namespace SalesForDevs.Outputs;

/// <summary>A StringWriter that reports UTF-8, so XmlWriter declares encoding="utf-8" for text we write as UTF-8.</summary>
internal sealed class Utf8StringWriter() : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
