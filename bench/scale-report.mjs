#!/usr/bin/env node
// Summarises bench/scale.sh's runs against issue 18's targets (markdown on stdout).
//
//   node bench/scale-report.mjs [--out-dir bench/out/scale] [--pages 2000]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
let outDir = path.join(here, 'out', 'scale');
let pages = 2000;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--out-dir') outDir = path.resolve(argv[++i]);
  else if (argv[i] === '--pages') pages = Number(argv[++i]);
  else { console.error(`unknown argument ${argv[i]}`); process.exit(2); }
}

const read = (name) => {
  const f = path.join(outDir, `${name}.measure.json`);
  return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null;
};
const rounds = (prefix) => fs.readdirSync(outDir)
  .filter((f) => new RegExp(`^${prefix}-r\\d+\\.measure\\.json$`).test(f)).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(outDir, f), 'utf8')));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const f1 = (x) => (x == null ? '–' : x.toFixed(1));
const f2 = (x) => (x == null ? '–' : x.toFixed(2));
const pct = (x) => (x == null ? '–' : `${(x * 100).toFixed(1)} %`);
const verdict = (ok) => (ok == null ? 'not measured' : ok ? '**met**' : '**missed**');
const load = (m) => (m?.loadavgBefore ?? '').split(' ').slice(0, 3).join(' ');

// Findings of an assessment, as fingerprints (what merge and resume must reproduce).
const fingerprints = (dir) => {
  const f = path.join(outDir, dir, 'assessment.json');
  if (!fs.existsSync(f)) return null;
  const a = JSON.parse(fs.readFileSync(f, 'utf8'));
  return {
    pages: (a.pages ?? []).length,
    errors: (a.pages ?? []).filter((p) => p.error).length,
    findings: (a.findings ?? []).map((x) => x.fingerprint ?? JSON.stringify([x.checkId, x.ruleId, x.location])).sort(),
    criteria: JSON.stringify(a.criteria ?? null),
    // The Tab walk's findings apart: under load it can end early on a page in one gathering only.
    withoutKeyboard: (a.findings ?? []).filter((x) => x.checkId !== 'accessibility/keyboard').map((x) => x.fingerprint).sort(),
  };
};
const same = (a, b) => a && b && a.findings.length === b.findings.length && a.findings.every((x, i) => x === b.findings[i]) && a.criteria === b.criteria;

const lines = [];
const row = (name, m, n) => lines.push(`| ${name} | ${n ?? '–'} | ${f1(m?.wallSeconds)} | ${f1(m?.treeCpuSeconds)} | ${m?.own?.peakRssMB ?? '–'} | ${m?.treePeakPssMB ?? '–'} | ${m?.exitCode ?? '–'} | ${load(m)} |`);
lines.push('| run | pages | wall (s) | tree CPU (s) | own peak RSS (MB) | tree peak PSS (MB) | exit | load before |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---|');
const small = rounds('scale-50');
small.forEach((m, i) => row(`50 pages, local (round ${i + 1})`, m, 50));
const remote = rounds('scale-remote');
remote.forEach((m, i) => row(`50 pages, Playwright server (round ${i + 1})`, m, 50));
const large = read('scale-large');
row(`${pages} pages, unsharded`, large, pages);
const plan = read('scale-plan');
row('plan', plan);
const shards = [1, 2, 3, 4].map((k) => read(`scale-shard-${k}`));
shards.forEach((m, i) => row(`shard ${i + 1}/4`, m));
const merge = read('scale-merge');
row('merge of the 4 shards', merge);
const killed = read('scale-killed');
const resumed = read('scale-resumed');
row('--resume after the kill', resumed);
lines.push('');

const results = [];
// 1. Linear: per-page wall (and CPU) at 2,000 against at 50.
const smallWall = small.length ? median(small.map((m) => m.wallSeconds)) / 50 : null;
const smallCpu = small.length ? median(small.map((m) => m.treeCpuSeconds)) / 50 : null;
const largeWall = large ? large.wallSeconds / pages : null;
const largeCpu = large ? large.treeCpuSeconds / pages : null;
const wallRatio = smallWall && largeWall ? largeWall / smallWall : null;
const cpuRatio = smallCpu && largeCpu ? largeCpu / smallCpu : null;
results.push(`- **Linear** (per page at ${pages} within 10 % of per page at 50): wall ${f2(largeWall)} s vs ${f2(smallWall)} s a page (×${f2(wallRatio)}), tree CPU ${f2(largeCpu)} s vs ${f2(smallCpu)} s a page (×${f2(cpuRatio)}); 50 = median of ${small.length} rounds. ${verdict(wallRatio == null ? null : wallRatio <= 1.1)}`);
// 2. Merge against the shards' sum.
const shardSum = shards.every(Boolean) ? shards.reduce((s, m) => s + m.wallSeconds, 0) : null;
const mergeShare = merge && shardSum ? merge.wallSeconds / shardSum : null;
results.push(`- **Merge ≤ 5 % of the shards' sum:** merge ${f1(merge?.wallSeconds)} s, shards ${f1(shardSum)} s in all (plan ${f1(plan?.wallSeconds)} s): ${pct(mergeShare)}. ${verdict(mergeShare == null ? null : mergeShare <= 0.05)} Shards + merge against the unsharded run: ${f1(shardSum == null || !merge ? null : shardSum + merge.wallSeconds + (plan?.wallSeconds ?? 0))} s vs ${f1(large?.wallSeconds)} s.`);
// 3. Peak RSS of our own process at 2,000 pages.
const rss = [large, merge, resumed, ...shards].filter(Boolean).map((m) => m.own.peakRssMB);
results.push(`- **Own process peak RSS < 400 MB at ${pages} pages**${pages < 2000 ? ' (the target is at 2,000)' : ''} (the dotnet process's VmHWM; Chromium and Playwright's node driver excluded): ${large?.own?.peakRssMB ?? '–'} MB unsharded; largest of every ${pages}-page run, shard and merge: ${rss.length ? Math.max(...rss) : '–'} MB. ${verdict(large ? Math.max(...rss) < 400 : null)}`);
// 4. Resume after a kill at half-way.
const resumeShare = resumed && large ? resumed.wallSeconds / large.wallSeconds : null;
results.push(`- **Resume ≤ 55 % of a full run:** killed after ${f1(killed?.killedAfterSeconds)} s with ${killed?.evidenceLines ?? '–'} of ${pages} pages' evidence written; the resume took ${f1(resumed?.wallSeconds)} s = ${pct(resumeShare)} of the unsharded run's ${f1(large?.wallSeconds)} s. ${verdict(resumeShare == null ? null : resumeShare <= 0.55)}`);
// 5. Remote browser.
if (remote.length && small.length) {
  const l = median(small.map((m) => m.wallSeconds)), r = median(remote.map((m) => m.wallSeconds));
  const lc = median(small.map((m) => m.treeCpuSeconds)), rc = median(remote.map((m) => m.treeCpuSeconds));
  results.push(`- **Remote browser** (Playwright server on 127.0.0.1, --browser-endpoint) vs a local launch, 50 pages, medians of ${remote.length} interleaved rounds: wall ${f1(r)} s vs ${f1(l)} s (${pct(r / l - 1)} overhead). Tree CPU ${f1(rc)} s vs ${f1(lc)} s: the remote run's tree has no Chromium (it is the server's), so its CPU is only ours and the driver's.`);
}
// Same findings: merged and resumed against the unsharded run.
const base = fingerprints('unsharded');
for (const [name, dir] of [['4 shards merged', 'merged'], ['killed + resumed', 'killed']]) {
  const other = fingerprints(dir);
  if (base && other) {
    results.push(`- ${name} vs unsharded: ${other.pages} vs ${base.pages} pages (page errors ${other.errors} vs ${base.errors}), ${other.findings.length} vs ${base.findings.length} findings, fingerprints and criteria ${same(base, other) ? 'identical' : '**differ**'}; without the Tab walk's (accessibility/keyboard) ${other.withoutKeyboard.length} vs ${base.withoutKeyboard.length}, ${other.withoutKeyboard.join() === base.withoutKeyboard.join() ? 'identical' : '**differ**'}.`);
  }
}
console.log([...lines, ...results].join('\n'));
