namespace ServiceStandard.Gathering.Web;

/// <summary>
/// The command-line flags every Chromium we launch gets, assessments and our own browser tests
/// alike, so a test browser behaves (and stays off the network) like the one users run.
/// </summary>
public static class ChromiumLaunchFlags
{
    // The flags DESIGN.md fixes: no sandbox (root in containers), and no background traffic,
    // which a closed network refuses noisily and which would leave loopback. Names under .invalid
    // fail at once without a DNS query, as RFC 6761 asks (Chromium would otherwise ask the resolver).
    // Even so, Chromium calls Google on its own: the autofill server with a signature of every form
    // it meets (it would tell Google which pages of the candidate service were visited), the
    // accounts service, and the component updater. Their addresses are pointed at .invalid hosts,
    // so those calls end inside the browser; pages that use Google's own hosts are not affected.
    public static IReadOnlyList<string> All { get; } =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
         "--disable-dev-shm-usage",
         "--host-resolver-rules=MAP *.invalid ~NOTFOUND",
         "--autofill-server-url=https://autofill.servicestandard.invalid/",
         "--gaia-url=https://accounts.servicestandard.invalid/",
         "--google-apis-url=https://apis.servicestandard.invalid/",
         "--component-updater=url-source=https://updates.servicestandard.invalid/"];

    /// <summary>
    /// Playwright's default flags we take out. Its <c>--disable-popup-blocking</c> would let a page
    /// open a window on its own (window.open on load, a scripted click on a target=_blank link),
    /// whose first request is sent before any guard of ours sees the new tab; Chromium's popup
    /// blocker refuses those, as it does for a user.
    /// </summary>
    public static IReadOnlyList<string> IgnoredDefaults { get; } = ["--disable-popup-blocking"];
}
