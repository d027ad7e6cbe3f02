using System.Text;
using ServiceStandard.DesignSystem.Build.Scripts;

namespace ServiceStandard.DesignSystem.Build.Output;

/// <summary>
/// Writes js/all.js from the components' scripts: it imports each <c>components/&lt;id&gt;/&lt;id&gt;.js</c>,
/// re-exports its initialiser, maps data-module names to initialisers and exports <c>initAll</c>,
/// whose logic is hand-written in js/init-modules.js. Generated, never edited: adding a component's
/// script to its folder is enough. Modules are initialised in ordinal order of component id, the
/// order all.js has always had, so no list is kept: each module enhances only the elements with its
/// own data-module name, and where two move focus on load (error summary, notification banner) the
/// later one, by id, keeps it.
/// </summary>
public static class ScriptIndexWriter
{
    public const string RelativePath = "js/all.js";

    /// <summary>The hand-written module all.js imports <c>initModules</c> from.</summary>
    public const string InitModulesPath = "js/init-modules.js";

    public static string Write(IReadOnlyList<ComponentScript> scripts)
    {
        var js = new StringBuilder()
            .Append("/**\n")
            .Append(" * ServiceStandard Design System JavaScript: progressive enhancement only. Every component works\n")
            .Append(" * without it; each module enhances the elements that carry its data-module=\"ds-…\" attribute.\n")
            .Append(" *\n")
            .Append(" *   <script type=\"module\">import { initAll } from '/_content/ServiceStandard.DesignSystem.Assets/js/all.js'; initAll();</script>\n")
            .Append(" * or, with a strict Content Security Policy (no inline script):\n")
            .Append(" *   <script type=\"module\" src=\"/_content/ServiceStandard.DesignSystem.Assets/js/init.js\"></script>\n")
            .Append(" *\n")
            .Append(" * Generated from the components' scripts (components/<id>/<id>.js) by ServiceStandard.DesignSystem.Build:\n")
            .Append(" * do not edit. Run ").Append(DesignSystemBuild.RegenerateCommand).Append(".\n")
            .Append(" */\n");
        foreach (var script in scripts)
        {
            js.Append("import { ").Append(script.Initialiser).Append(" } from '../").Append(script.Path).Append("';\n");
        }

        js.Append("import { initModules } from './init-modules.js';\n").Append('\n');
        if (scripts.Count > 0)
        {
            js.Append("export { ").Append(string.Join(", ", scripts.Select(s => s.Initialiser))).Append(" };\n").Append('\n');
        }

        js.Append("/** data-module name → initialiser. */\n")
            .Append("export const modules = Object.freeze({\n");
        foreach (var script in scripts)
        {
            js.Append("  '").Append(script.ModuleName).Append("': ").Append(script.Initialiser).Append(",\n");
        }

        return js.Append("});\n")
            .Append('\n')
            .Append("/**\n")
            .Append(" * Marks the page as enhanced (class ds-frontend-supported on <body>) and initialises every module\n")
            .Append(" * in scope once; see js/init-modules.js.\n")
            .Append(" * @param {Document | Element} [scope]\n")
            .Append(" */\n")
            .Append("export function initAll(scope = document) {\n")
            .Append("  initModules(modules, scope);\n")
            .Append("}\n")
            .ToString();
    }
}
