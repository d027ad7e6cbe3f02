#!/usr/bin/env node
// Prints the benchmark summary (Markdown) from bench/out: the *.measure.json
// files written by measure.mjs and compare.json written by compare.mjs.
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

const lines = [];
lines.push(`| run | checks | wall (s) | tree CPU (s, approx.) | own process peak RSS (MB) | whole tree peak PSS (MB) | time -v max RSS (MB) | violations: nodes / rules | needs review: nodes / rules | exit |`);
lines.push(`|---|---|---:|---:|---:|---:|---:|---:|---:|---:|`);
const m = {};
for (const r of runs) {
  const x = read(`${r.key}.measure.json`);
  m[r.key] = x;
  if (!x) {
    lines.push(`| ${r.tool} | ${r.what} | not measured | | | | | | | |`);
    continue;
  }
  const c = r.counts;
  const own = `${x.own.peakRssMB} (${x.own.comm})`;
  lines.push(`| ${r.tool} | ${r.what} | ${x.wallSeconds} | ${x.treeCpuSeconds ?? ''} | ${own} | ${x.treePeakPssMB} | ${x.timeMaxRssMB} | ` +
    `${c ? `${c.violationNodes} / ${c.violationRules.length}` : ''} | ${c ? `${c.needsReviewNodes} / ${c.needsReviewRules.length}` : ''} | ${x.exitCode}${x.timedOut ? ' timeout' : ''} |`);
}
lines.push('');
lines.push('Exit codes: pa11y-ci exits 2 when it finds issues; @axe-core/cli runs without --exit, so 0.');
const loads = runs.map(r => m[r.key]?.loadavgBefore && `${r.key}: ${m[r.key].loadavgBefore.split(' ').slice(0, 3).join(' ')}` +
  (m[r.key].startedAt ? ` (started ${m[r.key].startedAt.replace('T', ' ').slice(0, 19)} UTC)` : '')).filter(Boolean);
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
if (axe && ssAxe) t.push(`- axe-only wall time ≤ ½ × @axe-core/cli (${(axe.wallSeconds / 2).toFixed(1)} s): ${ssAxe.wallSeconds} s — ${verdict(ssAxe.wallSeconds <= axe.wallSeconds / 2)}`);
else t.push('- axe-only wall time ≤ ½ × @axe-core/cli: not measured');
if (axe && ssFull) t.push(`- full check set wall time ≤ @axe-core/cli (${axe.wallSeconds} s): ${ssFull.wallSeconds} s — ${verdict(ssFull.wallSeconds <= axe.wallSeconds)}`);
else t.push('- full check set wall time ≤ @axe-core/cli: not measured');
if (ssMem) t.push(`- own process peak RSS < 400 MB on ${urlCount(fs.readdirSync(path.join(here, 'corpus')).find(f => /^urls-x\d+\.txt$/.test(f)) ?? '')} pages: ${ssMem.own.peakRssMB} MB — ${verdict(ssMem.own.peakRssMB < 400)}`);
else t.push('- own process peak RSS < 400 MB on 500 pages: not measured');

console.log(`Pages: ${urlCount('urls.txt')} (memory run: see last row)\n`);
console.log(lines.join('\n'));
console.log('Targets:');
console.log(t.join('\n'));
