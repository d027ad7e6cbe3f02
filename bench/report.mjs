#!/usr/bin/env node
// Prints the benchmark summary (Markdown) from bench/out: the *.measure.json
// files written by measure.mjs and compare.json written by compare.mjs. A run
// measured in several rounds (NAME.measure.json, NAME.r2.measure.json, …)
// shows the median of its rounds, and the speed targets compare medians.
//
//   node bench/report.mjs [--out-dir bench/out]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
let outDir = path.join(here, 'out');
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--out-dir') outDir = path.resolve(argv[++i]);
  else { console.error(`unknown argument ${argv[i]}`); process.exit(2); }
}
const read = f => { try { return JSON.parse(fs.readFileSync(path.join(outDir, f), 'utf8')); } catch { return null; } };
const cmp = read('compare.json') ?? {};
const urlCount = f => { try { return fs.readFileSync(path.join(here, 'corpus', f), 'utf8').split('\n').filter(Boolean).length; } catch { return '?'; } };

const runs = [
  { key: 'axe-cli', tool: '@axe-core/cli', what: 'axe (WCAG 2.2 AA tags)', counts: cmp.axeCli },
  { key: 'pa11y-ci', tool: 'pa11y-ci (runner axe)', what: 'axe (WCAG 2.2 AA tags)', counts: cmp.pa11yCi },
  { key: 'servicestandard-axe', tool: 'servicestandard assess', what: '--checks accessibility/axe', counts: cmp.servicestandard },
  { key: 'servicestandard-full', tool: 'servicestandard assess', what: '--checks accessibility (full set)' },
  { key: 'servicestandard-mem', tool: 'servicestandard assess', what: '--checks accessibility, repeated corpus', mem: true },
];

// Every round of a run: NAME.measure.json is round 1, NAME.rK.measure.json round K.
const rounds = key => [read(`${key}.measure.json`), ...fs.readdirSync(outDir)
  .map(f => /^(.+)\.r(\d+)\.measure\.json$/.exec(f)).filter(x => x && x[1] === key)
  .sort((a, b) => Number(a[2]) - Number(b[2])).map(x => read(x[0]))].filter(Boolean);
const median = xs => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const round2 = x => Math.round(x * 100) / 100;

const lines = [];
lines.push(`| run | checks | rounds | wall (s), median | wall (s), each round | tree CPU (s, approx.), median | own process peak RSS (MB) | whole tree peak PSS (MB) | time -v max RSS (MB) | violations: nodes / rules | needs review: nodes / rules | exit |`);
lines.push(`|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|`);
const m = {};
const all = {};
for (const r of runs) {
  const xs = rounds(r.key);
  all[r.key] = xs;
  if (xs.length === 0) {
    lines.push(`| ${r.tool} | ${r.what} | 0 | not measured | | | | | | | | |`);
    continue;
  }
  const x = xs[0];
  m[r.key] = { ...x, wallSeconds: round2(median(xs.map(y => y.wallSeconds))), treeCpuSeconds: round2(median(xs.map(y => y.treeCpuSeconds ?? NaN))) };
  const c = r.counts;
  const own = `${Math.max(...xs.map(y => y.own.peakRssMB))} (${x.own.comm})`;
  lines.push(`| ${r.tool} | ${r.what} | ${xs.length} | ${m[r.key].wallSeconds} | ${xs.map(y => y.wallSeconds).join(', ')} | ${Number.isNaN(m[r.key].treeCpuSeconds) ? '' : m[r.key].treeCpuSeconds} | ${own} | ` +
    `${xs.some(y => y.treePeakPssMB != null) ? Math.max(...xs.map(y => y.treePeakPssMB ?? 0)) : '—'} | ${Math.max(...xs.map(y => y.timeMaxRssMB))} | ` +
    `${c ? `${c.violationNodes} / ${c.violationRules.length}` : ''} | ${c ? `${c.needsReviewNodes} / ${c.needsReviewRules.length}` : ''} | ${[...new Set(xs.map(y => y.exitCode))].join(', ')}${xs.some(y => y.timedOut) ? ' timeout' : ''} |`);
}
lines.push('');
lines.push('Exit codes: pa11y-ci exits 2 when it finds issues; @axe-core/cli runs without --exit, so 0.');
const loads = runs.flatMap(r => (all[r.key] ?? []).map((x, i) => x.loadavgBefore && `${r.key}${i ? ` round ${i + 1}` : ''}: ${x.loadavgBefore.split(' ').slice(0, 3).join(' ')}` +
  (x.startedAt ? ` (started ${x.startedAt.replace('T', ' ').slice(0, 19)} UTC)` : ''))).filter(Boolean);
if (loads.length) lines.push(`Load average before each run (1/5/15 min): ${loads.join('; ')}.`);
lines.push('');

const t = [];
const axe = m['axe-cli'];
const ssAxe = m['servicestandard-axe'];
const ssFull = m['servicestandard-full'];
const ssMem = m['servicestandard-mem'];
const verdict = ok => (ok ? 'met' : 'NOT met');
if (cmp.servicestandardVsAxeCli) {
  const p = cmp.servicestandardVsAxeCli;
  t.push(`- Same axe violations and needs-review results as @axe-core/cli (rule id + selector) on every page: ${p.pages - p.differing}/${p.pages} pages identical — ${verdict(p.differing === 0)}`);
} else t.push('- Parity with @axe-core/cli: not measured');
// Each round against the @axe-core/cli run of the same round, as a ratio.
const perRound = key => all[key].map((x, i) => all['axe-cli'][i] ? (x.wallSeconds / all['axe-cli'][i].wallSeconds).toFixed(2) + '×' : '?').join(', ');
if (axe && ssAxe) t.push(`- axe-only wall time ≤ ½ × @axe-core/cli (medians; ${(axe.wallSeconds / 2).toFixed(2)} s): ${ssAxe.wallSeconds} s = ${(ssAxe.wallSeconds / axe.wallSeconds).toFixed(2)}× — ${verdict(ssAxe.wallSeconds <= axe.wallSeconds / 2)} (each round: ${perRound('servicestandard-axe')})`);
else t.push('- axe-only wall time ≤ ½ × @axe-core/cli: not measured');
if (axe && ssFull) t.push(`- full check set wall time ≤ @axe-core/cli (medians; ${axe.wallSeconds} s): ${ssFull.wallSeconds} s = ${(ssFull.wallSeconds / axe.wallSeconds).toFixed(2)}× — ${verdict(ssFull.wallSeconds <= axe.wallSeconds)} (each round: ${perRound('servicestandard-full')})`);
else t.push('- full check set wall time ≤ @axe-core/cli: not measured');
if (ssMem) t.push(`- own process peak RSS < 400 MB on ${urlCount(fs.readdirSync(path.join(here, 'corpus')).find(f => /^urls-x\d+\.txt$/.test(f)) ?? '')} pages: ${ssMem.own.peakRssMB} MB — ${verdict(ssMem.own.peakRssMB < 400)}`);
else t.push('- own process peak RSS < 400 MB on 500 pages: not measured');

console.log(`Pages: ${urlCount('urls.txt')} (memory run: see last row)\n`);
console.log(lines.join('\n'));
console.log('Targets:');
console.log(t.join('\n'));
