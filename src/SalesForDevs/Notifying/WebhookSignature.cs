using System.Security.Cryptography;
using System.Text;

namespace SalesForDevs.Notifying;

/// <summary>
/// The webhook's signature header: <c>X-SFD-Signature: sha256=HEX</c>, the HMAC-SHA256 of the exact request body
/// bytes keyed with the shared secret, in lower-case hex. A receiver recomputes it and compares in constant time.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "X-SFD-Signature";
    public const string Prefix = "sha256=";

    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>What a receiver does: true when <paramref name="header"/> is the signature of <paramref name="body"/>.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header));
}
