namespace SalesForDevs.Tests.Support;

/// <summary>A clock that always says the same time, for code that takes a <see cref="TimeProvider"/> for "now".</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
