using System.Text;
using ServiceStandard.DesignSystem.Build.Css;

namespace ServiceStandard.DesignSystem.Build.Output;

/// <summary>
/// Writes css/index.css from stylesheets.yml: the same stylesheets in the same order as @import
/// rules, so the sources can be loaded as they are in a browser during development and an npm
/// consumer's bundler can import them. Generated, never edited: the order lives in stylesheets.yml.
/// </summary>
public static class StylesheetIndexWriter
{
    public const string FileName = "index.css";

    /// <summary>Where the file is, relative to the design system folder.</summary>
    public const string RelativePath = "css/" + FileName;

    public static string Write(IReadOnlyList<StylesheetList.Entry> entries)
    {
        var css = new StringBuilder()
            .Append("/*\n")
            .Append("  ServiceStandard Design System: the stylesheets of ds.css, in its order, as @import rules.\n")
            .Append("  The tokens are not imported: load dist/tokens.css first (ds.css has them built in).\n")
            .Append('\n')
            .Append("  Generated from ").Append(StylesheetList.FileName).Append(" by ServiceStandard.DesignSystem.Build: do not edit.\n")
            .Append("  Change the order in ").Append(StylesheetList.FileName).Append(", then run\n")
            .Append("  ").Append(DesignSystemBuild.RegenerateCommand).Append(".\n")
            .Append("*/\n");
        string? group = null;
        foreach (var entry in entries)
        {
            // A blank line between core, objects, components and utilities, as the list reads.
            var entryGroup = Group(entry.Path);
            if (group is not null && entryGroup != group)
            {
                css.Append('\n');
            }

            group = entryGroup;
            var relative = entry.Path.StartsWith("css/", StringComparison.Ordinal) ? entry.Path["css/".Length..] : "../" + entry.Path;
            css.Append("@import url(\"").Append(relative).Append("\");\n");
        }

        return css.ToString();
    }

    private static string Group(string path)
    {
        var parts = path.Split('/');
        return parts[0] == "css" && parts.Length > 2 ? "css/" + parts[1] : parts[0];
    }
}
