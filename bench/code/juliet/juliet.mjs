#!/usr/bin/env node
// Juliet C# 1.3 benchmark for the code checks: recall and precision per CWE, region-exact,
// for our CLI (`assess --source`, nothing built) and, side by side, for Microsoft's NetAnalyzers,
// SecurityCodeScan and our own analyzers run inside a real `dotnet build` of the same files.
//
//   node bench/code/juliet/juliet.mjs --juliet DIR/src/testcases --out DIR [options]
//
// Options:
//   --cwes 89,117,…        Juliet CWE folders to score (default: the list below)
//   --tools ours,build     ours: our CLI per CWE folder; build: a generated net48 project per CWE
//                          folder built with NetAnalyzers (security rules: all), SecurityCodeScan
//                          and our analyzer DLL (SARIF 2.1 error log)
//   --cli PATH             servicestandard.dll (default: the repo's Release build)
//   --analyzer PATH        ServiceStandard.Analyzers.dll for the build (default: the repo's Release
//                          build; "none" leaves it out)
//   --lib DIR              Juliet's lib folder (NLog.dll, TestCaseSupport.dll; default: ../../lib
//                          from --juliet)
//   --support DIR          Juliet's TestCaseSupport sources (default: ../testcasesupport/TestCaseSupport)
//   --sample N             a CWE folder with more than N test cases is built (tool "build") and
//                          scored on a stratified sample of about N of them: every k-th case in
//                          name order, k = ceil(cases / N), so every source and flow variant is
//                          represented; our CLI still runs over the whole folder and is scored both
//                          on the sample (same cases as the others) and on all cases
//   --config FILE          servicestandard.yml passed to our CLI (e.g. code.threatModels)
//   --skip-done            do not re-run a tool whose output for a CWE is already in --out
//   --score-only           do not run anything; score what --out already holds
//
// Scoring (region-exact, per test case): a finding of a rule mapped to the folder's CWE
// (rule-cwes.json) inside a method whose name contains "bad" (Bad, BadSink, BadSource…), or in a
// `…_bad` class (flow variant 81), is a true positive for its test case; inside a method whose name
// contains "good" (Good, GoodG2B, GoodB2G1Sink…) or a `…_good*` class, a false positive; anywhere
// else (constructors, fields, helpers) it is counted as "other" and scored neither way.
// recall = test cases with ≥ 1 true positive / test cases; precision = TP / (TP + FP) findings.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { regions, classify, caseOf } from './regions.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const DEFAULT_CWES = [89, 117, 209, 259, 321, 327, 328, 532, 601, 23, 36, 80, 81, 83, 614, 338, 502, 611, 918];

const args = parseArgs(process.argv.slice(2));
if (!args.juliet || !args.out) {
  console.error('usage: node juliet.mjs --juliet <Juliet>/src/testcases --out <dir> [--cwes 89,601] [--tools ours,build] [--sample N] [--score-only]');
  process.exit(2);
}
const testcases = path.resolve(args.juliet);
const out = path.resolve(args.out);
const cli = path.resolve(args.cli ?? path.join(repo, 'cli/ServiceStandard.Cli/bin/Release/net10.0/servicestandard.dll'));
const analyzer = args.analyzer === 'none' ? null
  : path.resolve(args.analyzer ?? path.join(repo, 'checks/ServiceStandard.Analyzers/bin/Release/netstandard2.0/ServiceStandard.Analyzers.dll'));
const lib = path.resolve(args.lib ?? path.join(testcases, '../../lib'));
const support = path.resolve(args.support ?? path.join(testcases, '../testcasesupport/TestCaseSupport'));
const tools = (args.tools ?? 'ours,build').split(',');
const cwes = (args.cwes ? args.cwes.split(',').map(Number) : DEFAULT_CWES);
const sample = args.sample ? Number(args.sample) : null;
const map = JSON.parse(fs.readFileSync(path.join(here, 'rule-cwes.json'), 'utf8'));
fs.mkdirSync(out, { recursive: true });

const folders = fs.readdirSync(testcases);
const present = [];
const missing = [];
for (const cwe of cwes) {
  const folder = folders.find((f) => f.startsWith(`CWE${cwe}_`));
  (folder ? present : missing).push(folder ? { cwe, folder } : cwe);
}
if (missing.length) console.log(`not in this Juliet: CWE ${missing.join(', ')}`);

const runs = {};
for (const { cwe, folder } of present) {
  const dir = path.join(testcases, folder);
  const files = listCs(dir);
  const cases = new Map(); // case id -> files
  for (const f of files) {
    const id = caseOf(f);
    if (id) (cases.get(id) ?? cases.set(id, []).get(id)).push(f);
  }
  const all = [...cases.keys()].sort();
  const step = sample && all.length > sample ? Math.ceil(all.length / sample) : 1;
  const ids = all.filter((_, i) => i % step === 0);
  const keep = new Set(ids);
  const runDir = path.join(out, `CWE${cwe}`);
  fs.mkdirSync(runDir, { recursive: true });
  const sourceDir = step > 1 ? sampleTree(dir, files.filter((f) => keep.has(caseOf(f))), path.join(runDir, 'sample')) : dir;
  const record = { cwe, folder, allCases: all.length, sampleStep: step, cases: ids.length, web: ids.filter((c) => /__Web|_Web_/.test(c)).length, timings: {} };
  const done = (p) => args['skip-done'] && fs.existsSync(p) && fs.statSync(p).size > 0;

  if (!args['score-only'] && tools.includes('ours') && !done(path.join(runDir, 'ours/assessment.json'))) {
    const t0 = Date.now();
    // Juliet's projects reference ..\..\..\TestCaseSupport and ..\..\..\..\lib (NLog, the IO helpers every case
    // logs and writes through), so the folder is assessed the way a team would assess its repository:
    // a copy of Juliet's layout holding lib/, src/testcasesupport/ (spelled as committed; the projects
    // spell it TestCaseSupport, written on Windows) and this CWE's folder.
    const tree = path.join(runDir, 'tree');
    fs.rmSync(tree, { recursive: true, force: true });
    fs.cpSync(lib, path.join(tree, 'lib'), { recursive: true });
    fs.cpSync(path.dirname(support), path.join(tree, 'src', path.basename(path.dirname(support))), { recursive: true });
    fs.cpSync(dir, path.join(tree, 'src/testcases', folder), { recursive: true });
    // TestCaseSupport takes NLog 4.6.8 from packages.config, HintPath ..\packages\NLog.4.6.8\lib\net45: where a
    // packages.config restore puts it. This machine's feed lacks 4.6.8, and Juliet's lib/NLog.dll is that
    // very version (the committed packages/NLog.4.6.8 holds only its signature), so it goes where the
    // restore would have put it.
    const nlog = path.join(tree, 'src', path.basename(path.dirname(support)), 'packages/NLog.4.6.8/lib/net45');
    fs.mkdirSync(nlog, { recursive: true });
    fs.copyFileSync(path.join(lib, 'NLog.dll'), path.join(nlog, 'NLog.dll'));
    const extra = args.config ? ['--config', path.resolve(args.config)] : [];
    const r = spawnSync('dotnet', [cli, 'assess', '--source', tree, '--out', path.join(runDir, 'ours'), '--format', 'json', '--no-color', '--fail-on', 'none', ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 });
    record.timings.ours = (Date.now() - t0) / 1000;
    if (!fs.existsSync(path.join(runDir, 'ours/assessment.json'))) throw new Error(`our CLI wrote no assessment for ${folder}: ${r.stderr}\n${r.stdout}`);
    console.log(`CWE${cwe}: ours ${record.timings.ours.toFixed(1)} s`);
  }
  if (!args['score-only'] && tools.includes('build') && !done(path.join(runDir, 'build/build.sarif'))) {
    const proj = path.join(runDir, 'build');
    fs.mkdirSync(proj, { recursive: true });
    fs.writeFileSync(path.join(proj, `Juliet.CWE${cwe}.csproj`), projectFile(sourceDir, lib, support, analyzer));
    const t0 = Date.now();
    const r = spawnSync('dotnet', ['build', proj, '--no-incremental', '-nologo', '-v:q', '-clp:NoSummary', '-m:1'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    record.timings.build = (Date.now() - t0) / 1000;
    fs.writeFileSync(path.join(proj, 'build.log'), r.stdout + r.stderr);
    console.log(`CWE${cwe}: build ${record.timings.build.toFixed(1)} s (exit ${r.status})`);
  }

  // Findings per tool: [{tool, rule, file (absolute), line}]
  const findings = [];
  const oursJson = path.join(runDir, 'ours/assessment.json');
  if (fs.existsSync(oursJson)) {
    const a = JSON.parse(fs.readFileSync(oursJson, 'utf8'));
    for (const f of a.findings.concat(a.suppressed?.map((s) => s.finding ?? s) ?? [])) {
      if (f.checkId !== 'code' || f.location?.type !== 'source') continue;
      // Paths are relative to the copied tree; only findings in the CWE's own folder are scored.
      const inFolder = `src/testcases/${folder}/`;
      if (!f.location.path.replace(/^\//, '').startsWith(inFolder)) continue;
      findings.push({ tool: 'ours', rule: f.ruleId, file: path.join(dir, f.location.path.replace(/^\//, '').slice(inFolder.length)), line: f.location.startLine });
    }
    // What our CLI compiled (scope.code): the folder's project files, their C# files and compile errors.
    const projects = a.scope?.code?.projects ?? [];
    const ids = {};
    for (const p of projects) for (const e of p.firstCompileErrors ?? []) ids[e.id] = (ids[e.id] ?? 0) + 1;
    record.oursScope = {
      projects: projects.length,
      targetFrameworks: [...new Set(projects.map((p) => p.targetFramework))],
      cSharpFiles: projects.reduce((n, p) => n + (p.cSharpFiles ?? 0), 0),
      compileErrors: projects.reduce((n, p) => n + (p.compileErrors ?? 0), 0),
      firstCompileErrors: projects.flatMap((p) => (p.firstCompileErrors ?? []).map((e) => `${e.id} ${e.message}`)),
      firstCompileErrorIds: ids,
      gaps: a.scope?.code?.gaps ?? [],
    };
  }
  const sarif = path.join(runDir, 'build/build.sarif');
  let compileErrors = null;
  if (fs.existsSync(sarif)) {
    const s = JSON.parse(fs.readFileSync(sarif, 'utf8'));
    compileErrors = 0;
    const seen = new Set();
    for (const run of s.runs) {
      for (const res of run.results ?? []) {
        if (/^CS\d/.test(res.ruleId) && res.level === 'error') compileErrors++;
        const tool = /^SS\d/.test(res.ruleId) ? 'ours-built' : /^CA\d/.test(res.ruleId) ? 'netanalyzers' : /^SCS\d/.test(res.ruleId) ? 'scs' : null;
        const loc = res.locations?.[0]?.physicalLocation;
        if (!tool || !loc) continue;
        const file = fileURLToPath(loc.artifactLocation.uri);
        const key = `${res.ruleId}|${file}|${loc.region?.startLine}|${loc.region?.startColumn}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({ tool, rule: res.ruleId, file, line: loc.region?.startLine ?? 0 });
      }
    }
  }
  record.compileErrors = compileErrors;
  record.scores = score(findings, cwe, keep);
  if (step > 1) record.oursAllCases = score(findings.filter((f) => f.tool === 'ours'), cwe, new Set(all)).ours;
  runs[`CWE${cwe}`] = record;
}

fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify({ testcases, cli, analyzer, sample, missing, runs }, null, 2));
const md = table(runs, missing);
fs.writeFileSync(path.join(out, 'results.md'), md);
console.log(md);

function score(findings, cwe, keep) {
  const toolMap = { ours: map.ours, 'ours-built': map.ours, netanalyzers: map.netanalyzers, scs: map.scs };
  const expand = (list) => list.flatMap((c) => map.groups[String(c)] ?? [c]);
  const cache = new Map();
  const result = {};
  for (const tool of Object.keys(toolMap)) {
    const s = { tp: 0, fp: 0, other: 0, unmapped: 0, casesFound: new Set(), casesFlaggedGood: new Set(), rules: {}, fpExamples: [] };
    for (const f of findings.filter((x) => x.tool === tool)) {
      const ruleCwes = toolMap[tool][f.rule];
      if (!ruleCwes || !expand(ruleCwes).includes(cwe)) { s.unmapped++; continue; }
      const id = caseOf(f.file);
      if (!id || !keep.has(id)) continue;
      if (!cache.has(f.file)) cache.set(f.file, regions(fs.readFileSync(f.file, 'utf8')));
      const where = classify(cache.get(f.file), f.line);
      s.rules[f.rule] = (s.rules[f.rule] ?? 0) + 1;
      if (where.region === 'bad') { s.tp++; s.casesFound.add(id); }
      else if (where.region === 'good') { s.fp++; s.casesFlaggedGood.add(id); if (s.fpExamples.length < 3) s.fpExamples.push(`${path.basename(f.file)}:${f.line} ${where.method} ${f.rule}`); }
      else s.other++;
    }
    result[tool] = {
      tp: s.tp, fp: s.fp, other: s.other, unmappedFindings: s.unmapped,
      casesFound: s.casesFound.size, casesWithGoodFlagged: s.casesFlaggedGood.size,
      recall: keep.size ? s.casesFound.size / keep.size : null,
      precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : null,
      rules: s.rules, fpExamples: s.fpExamples,
    };
  }
  return result;
}

function table(runs, missing) {
  const pct = (x) => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(0)}%`);
  const cell = (s) => (s ? `${pct(s.recall)} / ${s.tp + s.fp ? pct(s.precision) : '—'} (${s.tp}/${s.fp})` : 'not run');
  const lines = [
    '| CWE | cases (web) | ours: `assess --source` | ours, built (net48) | NetAnalyzers | SecurityCodeScan | compile errors (build) | ours: compile errors / .cs files |',
    '|---|---:|---|---|---|---|---:|---:|',
  ];
  for (const r of Object.values(runs)) {
    const s = r.scores;
    const all = r.oursAllCases ? `<br>all ${r.allCases}: ${cell(r.oursAllCases)}` : '';
    lines.push(`| ${r.cwe} | ${r.cases}${r.sampleStep > 1 ? ` of ${r.allCases}` : ''} (${r.web}) | ${cell(s.ours)}${all} | ${cell(s['ours-built'])} | ${cell(s.netanalyzers)} | ${cell(s.scs)} | ${r.compileErrors ?? '—'} | ${r.oursScope ? `${r.oursScope.compileErrors} / ${r.oursScope.cSharpFiles}` : '—'} |`);
  }
  lines.push('', 'Cases: scored (of all, when sampled), (of which ASP.NET `System.Web` variants, "Web" in the name). Each cell: recall / precision (TP findings / FP findings). Recall = test cases with a finding in a bad region; precision over findings in bad or good regions.');
  if (missing.length) lines.push(`Not in Juliet C# 1.3: CWE ${missing.join(', ')}.`);
  return lines.join('\n') + '\n';
}

function projectFile(sourceDir, libDir, support, analyzerDll) {
  const refs = ['NLog', 'System.DirectoryServices']
    .map((n) => `    <Reference Include="${n}"><HintPath>${path.join(libDir, n + '.dll')}</HintPath></Reference>`).join('\n');
  return `<Project Sdk="Microsoft.NET.Sdk">
  <!-- Generated by bench/code/juliet/juliet.mjs: Juliet's sources compiled (never run) against the
       .NET Framework 4.8 reference assemblies, so System.Web and System.Data.SqlClient bind. -->
  <PropertyGroup>
    <TargetFramework>net48</TargetFramework>
    <OutputType>Library</OutputType>
    <LangVersion>latest</LangVersion>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <GenerateAssemblyInfo>false</GenerateAssemblyInfo>
    <EnableNETAnalyzers>true</EnableNETAnalyzers>
    <AnalysisLevel>latest</AnalysisLevel>
    <AnalysisMode>None</AnalysisMode>
    <AnalysisModeSecurity>All</AnalysisModeSecurity>
    <ErrorLog>$(MSBuildProjectDirectory)/build.sarif,version=2.1</ErrorLog>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <Deterministic>true</Deterministic>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="${sourceDir}/**/*.cs" Exclude="${sourceDir}/**/Program.cs;${sourceDir}/**/Properties/**" />
    <!-- lib/TestCaseSupport.dll is older than the test cases (bad() rather than Bad()): compile the support classes. -->
    <Compile Include="${support}/*.cs" />
${refs}
    <Reference Include="System.Web" />
    <Reference Include="System.Data" />
    <Reference Include="System.Xml" />
    <Reference Include="System.Net.Http" />
    <Reference Include="System.Configuration" />
    <PackageReference Include="SecurityCodeScan.VS2019" Version="5.6.7" PrivateAssets="all" />
${analyzerDll ? `    <Analyzer Include="${analyzerDll}" />\n` : ''}  </ItemGroup>
</Project>
`;
}

function listCs(dir) {
  const res = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'Properties') res.push(...listCs(p)); }
    else if (e.name.endsWith('.cs') && e.name !== 'Program.cs') res.push(p);
  }
  return res;
}

function sampleTree(src, files, dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  for (const f of files) {
    const to = path.join(dest, path.relative(src, f));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(f, to);
  }
  return dest;
}

function parseArgs(argv) {
  const a = {};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i].replace(/^--/, '');
    if (k === 'score-only' || k === 'skip-done') a[k] = true;
    else a[k] = argv[++i];
  }
  return a;
}
