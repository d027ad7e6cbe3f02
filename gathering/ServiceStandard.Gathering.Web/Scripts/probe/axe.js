// axe-core's violations and incomplete results, run before anything of ours moves focus or
// changes the page. axe itself is installed before this probe (InitScript).
readers.axe = async (options) => {
  const r = await axe.run(document, options);
  const rule = (x) => ({ id: x.id, impact: x.impact, tags: x.tags, description: x.description, help: x.help, helpUrl: x.helpUrl,
    nodes: x.nodes.map((n) => ({ target: n.target.map((t) => Array.isArray(t) ? t.join(' ') : String(t)), html: n.html, impact: n.impact, failureSummary: n.failureSummary || null })) });
  return { version: axe.version, violations: r.violations.map(rule), incomplete: r.incomplete.map(rule) };
};
