namespace SalesForDevs.Rendering.Templates;

/// <summary>A template output that keeps the page as UTF-8 and so can take text that is UTF-8 already, without decoding it.</summary>
internal interface IUtf8Output
{
    /// <summary>Writes <paramref name="utf8"/> as <see cref="Scriban.Runtime.IScriptOutput.Write"/> would write the same text as a string.</summary>
    void WriteUtf8(ReadOnlySpan<byte> utf8);
}
