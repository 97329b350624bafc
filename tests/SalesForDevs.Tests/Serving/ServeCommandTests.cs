using SalesForDevs.Cli;
using SalesForDevs.Tests.Support;

namespace SalesForDevs.Tests.Serving;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--host", "example.com")]
    [InlineData("--port", "70000")]
    public async Task A_bad_address_is_bad_usage_and_starts_nothing(string option, string value)
    {
        using var site = new TempSite(ServeTestSite.Files);
        var run = Task.Run(() => Program.Main(["serve", "--source", site.Root, option, value]));
        Assert.Equal(2, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
