#!/usr/bin/env node
// Our code checks over real open-source ASP.NET Core services, pinned to a commit, with each
// finding judged by hand (real-services-judgements.json, keyed by rule, path and line text).
//
//   node bench/code/real-services.mjs --mirrors /work/.mirror --out DIR [--cli servicestandard.dll] [--only name]
//        [--restore download [--feeds url,url]] [--no-extract]
//
// Each repository must first be fetched as a bare git snapshot at <mirrors>/<owner>+<name>/repo
// (the session's `fetch github:owner/name`); the pinned commit's listed paths are extracted with
// `git archive` into DIR/src/<name> — nothing of theirs is built, restored or run — and
// `servicestandard assess --source` runs over it. Prints per service: commit, files, findings per
// rule, and every code finding with its judgement (TP/FP and why) or "unjudged", then what the
// code checks analysed per project (scope.code: C# files, compile errors, packages unresolved).
// --restore download writes DIR/servicestandard.yml with `source.restore: download` (and
// `source.feeds` from --feeds) and passes it with --config, so missing packages come from the feed.
// --no-extract reuses DIR/src/<name> as it is (a second run over the same sources).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

export const SERVICES = [
  { name: 'teaching-record-system', repo: 'DFE-Digital/teaching-record-system', commit: '401992997ef5ad369f18eb996892d7f3f9d590e7', paths: ['.'] },
  { name: 'das-recruit', repo: 'SkillsFundingAgency/das-recruit', commit: 'c602495f705187396dea8d5b91a0d40eeb2c14b4', paths: ['.'] },
  // Only the C# parts: the snapshot lacks some large data files under data-pipeline/.
  { name: 'education-benchmarking-and-insights', repo: 'DFE-Digital/education-benchmarking-and-insights', commit: '0ed1c1e9f982f90441cc6b31435a4105cdebe040', paths: ['platform', 'web', 'core-infrastructure', 'README.md', 'LICENSE', 'CONTRIBUTING.md', '.github'] },
];

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
if (!args.mirrors || !args.out) {
  console.error('usage: node bench/code/real-services.mjs --mirrors <dir of owner+name/repo> --out <dir> [--cli dll] [--only name] [--restore download [--feeds url,…]] [--no-extract]');
  process.exit(2);
}
const cli = path.resolve(args.cli ?? path.join(repo, 'cli/ServiceStandard.Cli/bin/Release/net10.0/servicestandard.dll'));
const out = path.resolve(args.out);
const judgements = JSON.parse(fs.readFileSync(path.join(here, 'real-services-judgements.json'), 'utf8'));
const summary = [];
const configArgs = [];
if (args.restore) {
  const feeds = args.feeds ? `\n  feeds:\n${args.feeds.split(',').map((f) => `    - ${JSON.stringify(f)}`).join('\n')}` : '';
  fs.mkdirSync(out, { recursive: true });
  const config = path.join(out, 'servicestandard.yml');
  // source.path is needed: a source section without it is dropped whole (restore too); --source replaces it.
  fs.writeFileSync(config, `schemaVersion: 1\nsource:\n  path: .\n  restore: ${args.restore}${feeds}\n`);
  configArgs.push('--config', config);
}

for (const s of SERVICES.filter((x) => !args.only || x.name === args.only)) {
  const gitDir = path.join(path.resolve(args.mirrors), s.repo.replace('/', '+'), 'repo');
  const src = path.join(out, 'src', s.name);
  if (!('no-extract' in args)) fs.rmSync(src, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  for (const p of ('no-extract' in args ? [] : s.paths)) {
    const archive = spawnSync('git', ['--git-dir', gitDir, 'archive', s.commit, '--', p], { maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(`git archive ${s.repo}@${s.commit} ${p}: ${archive.stderr}`);
    const tar = spawnSync('tar', ['-x', '-C', src], { input: archive.stdout });
    if (tar.status !== 0) throw new Error(`tar: ${tar.stderr}`);
  }
  const files = countFiles(src);
  const report = path.join(out, 'reports', s.name);
  const t0 = Date.now();
  const r = spawnSync('dotnet', [cli, 'assess', ...configArgs, '--source', src, '--out', report, '--format', 'json', '--no-color', '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (Date.now() - t0) / 1000;
  const assessmentPath = path.join(report, 'assessment.json');
  if (!fs.existsSync(assessmentPath)) throw new Error(`no assessment for ${s.name}: ${r.stderr}\n${r.stdout}`);
  const a = JSON.parse(fs.readFileSync(assessmentPath, 'utf8'));
  const code = a.findings.filter((f) => f.checkId === 'code');
  const repoFindings = a.findings.filter((f) => f.checkId === 'code/repository').map((f) => f.ruleId);
  console.log(`\n## ${s.repo} @ ${s.commit.slice(0, 12)}`);
  console.log(`${files.cs} .cs, ${files.razor} .cshtml/.razor, ${files.csproj} projects; assess --source ${seconds.toFixed(1)} s; check errors: ${a.checkErrors.length}`);
  console.log(`repository findings: ${repoFindings.join(', ') || 'none'}`);
  console.log('\n| rule | file:line | judged | why |\n|---|---|---|---|');
  let tp = 0, fp = 0, unjudged = 0;
  for (const f of code) {
    const text = lineText(src, f.location.path, f.location.startLine);
    const key = `${s.name}|${f.ruleId}|${f.location.path}|${text}`;
    const j = judgements[key];
    if (!j) unjudged++; else if (j.verdict === 'TP') tp++; else fp++;
    console.log(`| ${f.ruleId} | ${f.location.path}:${f.location.startLine} | ${j?.verdict ?? 'unjudged'} | ${j?.why ?? f.message.replace(/\|/g, '\\|')} |`);
  }
  const projects = (a.scope?.code?.projects ?? []).map((p) => ({
    path: p.path, targetFramework: p.targetFramework, cSharpFiles: p.cSharpFiles, razorFiles: p.razorFiles,
    compileErrors: p.compileErrors, filesWithCompileErrors: p.filesWithCompileErrors,
    packagesResolved: p.packagesResolved, packagesUnresolved: p.packagesUnresolved?.length ?? 0,
    unresolved: (p.packagesUnresolved ?? []).map((u) => `${u.id} ${u.version ?? ''} (${u.reason ?? ''})`.trim()),
    razorErrors: p.razorErrors, firstCompileErrors: p.firstCompileErrors,
  }));
  const sum = (k) => projects.reduce((n, p) => n + (p[k] ?? 0), 0);
  console.log('\n| project | tfm | .cs | compile errors | packages resolved | unresolved |\n|---|---|---:|---:|---:|---:|');
  for (const p of projects) console.log(`| ${p.path} | ${p.targetFramework} | ${p.cSharpFiles} | ${p.compileErrors} | ${p.packagesResolved} | ${p.packagesUnresolved} |`);
  const scope = { cSharpFiles: sum('cSharpFiles'), compileErrors: sum('compileErrors'), packagesResolved: sum('packagesResolved'), packagesUnresolved: sum('packagesUnresolved'), razorErrors: sum('razorErrors') };
  console.log(`all projects: ${scope.cSharpFiles} .cs, ${scope.compileErrors} compile errors, packages ${scope.packagesResolved} resolved / ${scope.packagesUnresolved} unresolved, ${scope.razorErrors} Razor errors`);
  const list = code.map((f) => {
    const text = lineText(src, f.location.path, f.location.startLine);
    const j = judgements[`${s.name}|${f.ruleId}|${f.location.path}|${text}`];
    return { rule: f.ruleId, path: f.location.path, line: f.location.startLine, text, verdict: j?.verdict ?? null, why: j?.why ?? null, message: f.message };
  });
  summary.push({ service: s.repo, commit: s.commit, ...files, seconds, findings: code.length, tp, fp, unjudged, suppressed: a.suppressed.length, repository: repoFindings, scope, gaps: a.scope?.code?.gaps ?? [], projects, list });
}
console.log('\n| service | commit | .cs | Razor | projects | time | code findings | TP | FP | unjudged | compile errors | packages unresolved |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const x of summary) console.log(`| ${x.service} | ${x.commit.slice(0, 12)} | ${x.cs} | ${x.razor} | ${x.csproj} | ${x.seconds.toFixed(0)} s | ${x.findings} | ${x.tp} | ${x.fp} | ${x.unjudged} | ${x.scope.compileErrors} | ${x.scope.packagesUnresolved} |`);
fs.writeFileSync(path.join(out, 'real-services.json'), JSON.stringify(summary, null, 2));

function lineText(root, rel, line) {
  try { return fs.readFileSync(path.join(root, rel), 'utf8').split(/\r?\n/)[line - 1].trim().replace(/\s+/g, ' '); } catch { return ''; }
}

function countFiles(dir) {
  const c = { cs: 0, razor: 0, csproj: 0 };
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) { if (e.name !== '.git') walk(path.join(d, e.name)); continue; }
      if (e.name.endsWith('.cs')) c.cs++;
      else if (/\.(cshtml|razor)$/.test(e.name)) c.razor++;
      else if (e.name.endsWith('.csproj')) c.csproj++;
    }
  };
  walk(dir);
  return c;
}
