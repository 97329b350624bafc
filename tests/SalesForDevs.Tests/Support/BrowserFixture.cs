using Microsoft.Playwright;

namespace SalesForDevs.Tests.Support;

/// <summary>
/// One headless Debian Chromium for a whole test class (a launch takes seconds). Playwright drives the browser
/// installed at /usr/bin/chromium (.ci/install-tools installs it) and never downloads one of its own.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium, else Google Chrome where a machine ships it instead (GitHub's Ubuntu runners).</summary>
    public static string ChromiumPath => File.Exists("/usr/bin/chromium") || !File.Exists("/usr/bin/google-chrome") ? "/usr/bin/chromium" : "/usr/bin/google-chrome";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        TestTools.Ensure("a Chromium browser", () => File.Exists(ChromiumPath));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
