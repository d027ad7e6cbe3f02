using Deque.AxeCore.Commons;
using ServiceStandard.Gathering.Web.Probes;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// The scripts installed before any page script. <see cref="Build"/>: axe-core (pinned by
/// Deque.AxeCore.Commons), its locale, and our probe (the common part and every probe unit's
/// script, in the order of <see cref="ProbeUnits.All"/>, in one function so they share helpers),
/// for the tab's isolated world (<see cref="ProbeWorld"/>), installed once per tab rather than
/// evaluated per page, which is what makes axe cheap (~100 ms a page rather than ~500 ms).
/// <see cref="PageHook"/>: the small hook in the page's own world that sees click handlers.
/// </summary>
internal static class InitScript
{
    private static readonly Lazy<string> Axe = new(() => new BundledAxeScriptProvider().GetScript());
    private static readonly Lazy<string> Probe = new(() =>
        "(() => {\n" +
        string.Join("\n", ProbeUnits.All.Select(u => u.Script).Distinct(StringComparer.Ordinal).Prepend("common.js").Select(f => Resource("web/probe/" + f))) +
        "\nwindow.__servicestandard = probe;\n})();\n");

    private static readonly Lazy<string> Hook = new(() => Resource("web/page-hook.js"));

    /// <summary>The hook for the page's own world (<c>Scripts/page-hook.js</c>).</summary>
    public static string PageHook => Hook.Value;

    public static string Build(string locale)
    {
        var configure = locale == "es" ? $"\n;axe.configure({{ locale: {Resource("web/axe-locale-es.json")} }});\n" : string.Empty;
        // axe is defined only in the top document and same-origin frames that run init scripts.
        return $"{Axe.Value}\n{configure}\n{Probe.Value}";
    }

    private static string Resource(string name)
    {
        using var stream = typeof(InitScript).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
