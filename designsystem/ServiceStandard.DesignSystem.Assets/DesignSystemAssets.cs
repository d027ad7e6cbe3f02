using System.Net;
using System.Reflection;

namespace ServiceStandard.DesignSystem.Assets;

/// <summary>
/// Where the design system's files are served from in an ASP.NET Core app that references this
/// package, and which version they are. In a layout:
/// <code>
/// &lt;meta name="ds-version" content="@DesignSystemAssets.Version"&gt;
/// &lt;link rel="stylesheet" href="~/@DesignSystemAssets.Stylesheet"&gt;
/// &lt;script type="module" src="~/@DesignSystemAssets.InitScript"&gt;&lt;/script&gt;
/// </code>
/// </summary>
public static class DesignSystemAssets
{
    /// <summary>The static web assets base path of this package.</summary>
    public const string BasePath = "_content/ServiceStandard.DesignSystem.Assets";

    /// <summary>The minified stylesheet: tokens and every component.</summary>
    public const string Stylesheet = BasePath + "/ds.min.css";

    /// <summary>The same stylesheet, readable, for development.</summary>
    public const string ReadableStylesheet = BasePath + "/ds.css";

    /// <summary>Only the design tokens, as CSS custom properties.</summary>
    public const string TokensStylesheet = BasePath + "/tokens.css";

    /// <summary>The tokens resolved and flat, with the declared contrast pairs, for tools.</summary>
    public const string TokensJson = BasePath + "/tokens.json";

    /// <summary>The ES module that exports <c>initAll</c> and each component's initialiser.</summary>
    public const string ModuleScript = BasePath + "/js/all.js";

    /// <summary>An ES module that calls <c>initAll()</c>: no inline script needed (strict CSP).</summary>
    public const string InitScript = BasePath + "/js/init.js";

    /// <summary>The name of the meta element that tells assessors which version a page uses.</summary>
    public const string VersionMetaName = "ds-version";

    /// <summary>The design system version these assets were built from (designsystem/package.json).</summary>
    public static string Version { get; } = typeof(DesignSystemAssets).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "DesignSystemVersion").Value!;

    /// <summary><c>&lt;meta name="ds-version" content="X.Y.Z"&gt;</c>, for the page's head.</summary>
    public static string VersionMetaElement => $"<meta name=\"{VersionMetaName}\" content=\"{WebUtility.HtmlEncode(Version)}\">";
}
