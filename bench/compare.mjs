#!/usr/bin/env node
// Compares axe results per page: @axe-core/cli (the reference) against
// servicestandard's assessment.json and/or pa11y-ci's JSON report.
//
//   node bench/compare.mjs --axe bench/out/axe-cli/results.json
//                          [--ss bench/out/servicestandard-axe[/assessment.json]]
//                          [--pa11y bench/out/pa11y-ci/results.json]
//                          [--json OUT.json] [--quiet]
//
// servicestandard vs @axe-core/cli: per page, the sets of "ruleId selector" for
//   violations and for incomplete ("needs review"), and their differences. This
//   is the parity target; exit code 1 if any page differs (2 on bad input).
// pa11y-ci vs @axe-core/cli: pa11y computes its own CSS selectors from the
//   element (not axe's target), so only rule ids and node counts are compared;
//   informational, never affects the exit code.
// Pages are matched by path + query (host and port are ignored).
import fs from 'node:fs';
import path from 'node:path';

// ---------------------------------------------------------------------------
// Readers: each returns Map(pageKey -> { violation: string[], needsReview: string[] })
// where every entry is "ruleId<TAB>selector" (one per node).

function pageKey(url) {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return String(url);
  }
}

// axe `target` is an array with one entry per frame; an entry is a selector
// string, or an array of selectors when crossing shadow DOM boundaries.
function axeTargetToSelector(target) {
  if (!Array.isArray(target)) return String(target ?? '');
  return target.map(t => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' |> ');
}

function emptyPage() {
  return { violation: [], needsReview: [] };
}

function readAxeCli(file) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const runs = Array.isArray(data) ? data : [data];
  const pages = new Map();
  const meta = {};
  for (const run of runs) {
    const key = pageKey(run.url);
    const page = pages.get(key) ?? emptyPage();
    for (const [list, kind] of [[run.violations, 'violation'], [run.incomplete, 'needsReview']]) {
      for (const rule of list ?? []) {
        for (const node of rule.nodes ?? []) page[kind].push(`${rule.id}\t${axeTargetToSelector(node.target)}`);
      }
    }
    pages.set(key, page);
    if (!meta.axeVersion && run.testEngine) meta.axeVersion = run.testEngine.version;
    if (!meta.viewport && run.testEnvironment) meta.viewport = `${run.testEnvironment.windowWidth}x${run.testEnvironment.windowHeight}`;
    if (!meta.userAgent && run.testEnvironment) meta.userAgent = run.testEnvironment.userAgent;
  }
  return { pages, meta };
}

// servicestandard's assessment.json. THE FORMAT IS NOT FIXED YET: this is the
// only place that knows it. Expected shape:
// { "findings": [ { "checkId": "accessibility/axe", "ruleId": "color-contrast",
//     "kind": "violation" | "needs-review",
//     "location": { "url": "...", "selector": "..." } } ] }
// A page with no finding simply does not appear; if the report also lists the
// assessed pages (a "pages" array of URLs or of { "url": … }), those are
// registered too, so that a page it never assessed shows up as missing.
// (servicestandard 0.1.0's assessment.json has both: findings[] as above and
// pages[] with url/error.)
function readServiceStandard(file) {
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'assessment.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const pages = new Map();
  for (const p of Array.isArray(data.pages) ? data.pages : []) {
    const url = typeof p === 'string' ? p : p?.url;
    // A page that could not be assessed (error set) stays unregistered: "missing".
    if (url && !p?.error) pages.set(pageKey(url), emptyPage());
  }
  for (const f of data.findings ?? []) {
    if (f.checkId !== 'accessibility/axe') continue;
    const kind = f.kind === 'violation' ? 'violation' : f.kind === 'needs-review' ? 'needsReview' : null;
    if (!kind) continue;
    const key = pageKey(f.location?.url);
    const page = pages.get(key) ?? emptyPage();
    const sel = f.location?.selector;
    page[kind].push(`${f.ruleId}\t${Array.isArray(sel) ? axeTargetToSelector(sel) : (sel ?? '')}`);
    pages.set(key, page);
  }
  return { pages, meta: { listsPages: Array.isArray(data.pages) } };
}

// pa11y-ci's json reporter: { total, passes, errors, results: { url: [issue|error] } }
// issue: { code (axe rule id), type, selector, runnerExtras: { needsFurtherReview } }
function readPa11y(file) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const pages = new Map();
  const failed = [];
  for (const [url, issues] of Object.entries(data.results ?? {})) {
    const page = emptyPage();
    for (const issue of issues) {
      if (!issue.code) { failed.push(`${url}: ${issue.message ?? JSON.stringify(issue)}`); continue; }
      const kind = issue.runnerExtras?.needsFurtherReview ? 'needsReview' : 'violation';
      page[kind].push(`${issue.code}\t${issue.selector ?? ''}`);
    }
    pages.set(pageKey(url), page);
  }
  return { pages, meta: { failed } };
}

// ---------------------------------------------------------------------------

function counts(pages) {
  const c = { pages: pages.size, violationNodes: 0, needsReviewNodes: 0, violationRules: new Set(), needsReviewRules: new Set() };
  for (const p of pages.values()) {
    c.violationNodes += p.violation.length;
    c.needsReviewNodes += p.needsReview.length;
    for (const e of p.violation) c.violationRules.add(e.split('\t')[0]);
    for (const e of p.needsReview) c.needsReviewRules.add(e.split('\t')[0]);
  }
  return {
    pages: c.pages,
    violationNodes: c.violationNodes,
    needsReviewNodes: c.needsReviewNodes,
    violationRules: [...c.violationRules].sort(),
    needsReviewRules: [...c.needsReviewRules].sort(),
  };
}

function diffSets(ref, other) {
  const a = new Set(ref), b = new Set(other);
  return {
    missing: [...a].filter(x => !b.has(x)).sort(), // in @axe-core/cli, not in other
    extra: [...b].filter(x => !a.has(x)).sort(),   // in other, not in @axe-core/cli
    refCount: a.size,
    otherCount: b.size,
  };
}

function ruleHistogram(entries) {
  const h = {};
  for (const e of entries) { const r = e.split('\t')[0]; h[r] = (h[r] ?? 0) + 1; }
  return h;
}

function compareSelectors(ref, other) {
  const keys = [...new Set([...ref.pages.keys(), ...other.pages.keys()])].sort();
  const perPage = [];
  let differing = 0;
  for (const key of keys) {
    const r = ref.pages.get(key);
    // Without a page list in the report, a page without findings is just empty.
    const o = other.pages.get(key) ?? (other.meta.listsPages ? undefined : emptyPage());
    const v = diffSets(r?.violation ?? [], o?.violation ?? []);
    const n = diffSets(r?.needsReview ?? [], o?.needsReview ?? []);
    const same = v.missing.length + v.extra.length + n.missing.length + n.extra.length === 0 && !!r && !!o;
    if (!same) differing++;
    perPage.push({ page: key, inReference: !!r, inOther: !!o, same, violation: v, needsReview: n });
  }
  return { pages: keys.length, differing, perPage };
}

function compareRuleCounts(ref, other) {
  const keys = [...new Set([...ref.pages.keys(), ...other.pages.keys()])].sort();
  const perPage = [];
  let differing = 0;
  for (const key of keys) {
    const r = ref.pages.get(key) ?? emptyPage(), o = other.pages.get(key) ?? emptyPage();
    const d = {};
    for (const kind of ['violation', 'needsReview']) {
      const hr = ruleHistogram(r[kind]), ho = ruleHistogram(o[kind]);
      for (const rule of new Set([...Object.keys(hr), ...Object.keys(ho)])) {
        if ((hr[rule] ?? 0) !== (ho[rule] ?? 0)) (d[kind] ??= {})[rule] = { axeCli: hr[rule] ?? 0, other: ho[rule] ?? 0 };
      }
    }
    if (Object.keys(d).length) { differing++; perPage.push({ page: key, ...d }); }
  }
  return { pages: keys.length, differing, perPage };
}

function fmtCounts(name, c) {
  return `${name}: ${c.pages} pages, ${c.violationNodes} violation nodes (${c.violationRules.length} rules), ` +
    `${c.needsReviewNodes} needs-review nodes (${c.needsReviewRules.length} rules)`;
}

function main() {
  const argv = process.argv.slice(2);
  const opt = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quiet') opt.quiet = true;
    else if (['--axe', '--ss', '--pa11y', '--json'].includes(a)) opt[a.slice(2)] = argv[++i];
    else { console.error(`unknown argument ${a}`); process.exit(2); }
  }
  if (!opt.axe) { console.error('need --axe (the @axe-core/cli results JSON)'); process.exit(2); }
  const out = {};
  const lines = [];
  const ref = readAxeCli(opt.axe);
  out.axeCli = { file: opt.axe, ...ref.meta, ...counts(ref.pages) };
  lines.push(fmtCounts('@axe-core/cli', out.axeCli));
  lines.push(`  axe-core ${ref.meta.axeVersion}, viewport ${ref.meta.viewport}`);
  lines.push(`  violation rules: ${out.axeCli.violationRules.join(' ')}`);
  lines.push(`  needs-review rules: ${out.axeCli.needsReviewRules.join(' ')}`);
  let exit = 0;

  if (opt.pa11y) {
    const p = readPa11y(opt.pa11y);
    out.pa11yCi = { file: opt.pa11y, failedPages: p.meta.failed, ...counts(p.pages) };
    out.pa11yVsAxeCli = compareRuleCounts(ref, p);
    lines.push('', fmtCounts('pa11y-ci', out.pa11yCi));
    if (p.meta.failed.length) lines.push(`  FAILED pages: ${p.meta.failed.join('; ')}`);
    lines.push(`  rule-id/node-count differences from @axe-core/cli on ${out.pa11yVsAxeCli.differing} of ${out.pa11yVsAxeCli.pages} pages (informational; selectors not comparable)`);
    if (!opt.quiet) {
      for (const pg of out.pa11yVsAxeCli.perPage) lines.push(`    ${pg.page}: ${JSON.stringify({ violation: pg.violation, needsReview: pg.needsReview })}`);
    }
  }

  if (opt.ss) {
    const s = readServiceStandard(opt.ss);
    out.servicestandard = { file: opt.ss, ...counts(s.pages) };
    const cmp = compareSelectors(ref, s);
    out.servicestandardVsAxeCli = cmp;
    lines.push('', fmtCounts('servicestandard (accessibility/axe)', out.servicestandard));
    lines.push(`  ruleId+selector parity with @axe-core/cli: ${cmp.pages - cmp.differing} of ${cmp.pages} pages identical`);
    for (const pg of cmp.perPage) {
      if (pg.same && opt.quiet) continue;
      const status = pg.same ? 'same' : 'DIFFERS';
      lines.push(`  ${pg.page}: ${status}; violations ${pg.violation.refCount} vs ${pg.violation.otherCount}, needs review ${pg.needsReview.refCount} vs ${pg.needsReview.otherCount}` +
        (!pg.inReference ? ' (page missing from @axe-core/cli)' : '') + (!pg.inOther ? ' (page missing from servicestandard)' : ''));
      for (const [label, d] of [['violation', pg.violation], ['needs-review', pg.needsReview]]) {
        for (const m of d.missing) lines.push(`    - ${label} only in @axe-core/cli: ${m.replace('\t', '  ')}`);
        for (const x of d.extra) lines.push(`    + ${label} only in servicestandard: ${x.replace('\t', '  ')}`);
      }
    }
    if (cmp.differing) exit = 1;
  }

  console.log(lines.join('\n'));
  if (opt.json) fs.writeFileSync(opt.json, JSON.stringify(out, null, 2) + '\n');
  process.exit(exit);
}

main();
