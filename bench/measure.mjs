#!/usr/bin/env node
// Runs one benchmark command under `/usr/bin/time -v` and samples memory.
//
//   node bench/measure.mjs --name NAME --out-dir DIR [--timeout SEC] [--pss-interval MS] -- cmd args…
//
// Writes DIR/NAME.time (the raw `/usr/bin/time -v` report) and DIR/NAME.measure.json:
//   wallSeconds        wall clock from /usr/bin/time ("Elapsed (wall clock) time")
//   timeMaxRssMB       /usr/bin/time's "Maximum resident set size": the largest
//                      single process in the tree (often a Chromium process),
//                      NOT the sum of the tree
//   own                the tool's own process (the command itself, e.g. node or
//                      dotnet): peak RSS from /proc/PID/status VmHWM, polled
//                      every 20 ms until it exits (a spike in its last few ms
//                      can be missed; timeMaxRssMB then shows it)
//   treePeakPssMB      peak of the summed PSS (proportional set size, shared pages
//                      split between processes) over the whole process tree,
//                      Chromium included, sampled every --pss-interval ms
//                      (default 500; 0: not sampled, null). Reading a process's
//                      smaps_rollup walks its whole memory map under its mmap
//                      lock (~35 ms of CPU a sweep over a Chromium tree), which
//                      slows a tool that keeps every core busy: timing runs
//                      sample it rarely.
//   treePeakRssMB      same with RSS (over-counts shared pages)
//   treePeakProcs      the largest number of processes seen in the tree
//   treeCpuSeconds     user+system CPU of every process seen in the tree, from
//                      /proc/PID/stat at the last 500 ms sample (approximate;
//                      /usr/bin/time's CPU times miss processes that are not
//                      reaped by their parent, e.g. Chromium under chromedriver)
//   loadavgBefore/After  /proc/loadavg, to spot a busy machine
// The command's stdout/stderr go to DIR/NAME.log. Exit code of this script is
// the command's exit code (124 on timeout).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
let name, outDir, timeoutSec = 3600, pssIntervalMs = 500;
const sep = argv.indexOf('--');
if (sep < 0) { console.error('usage: measure.mjs --name NAME --out-dir DIR [--timeout SEC] -- cmd args…'); process.exit(2); }
for (let i = 0; i < sep; i++) {
  if (argv[i] === '--name') name = argv[++i];
  else if (argv[i] === '--out-dir') outDir = path.resolve(argv[++i]);
  else if (argv[i] === '--timeout') timeoutSec = Number(argv[++i]);
  else if (argv[i] === '--pss-interval') pssIntervalMs = Number(argv[++i]);
  else { console.error(`unknown argument ${argv[i]}`); process.exit(2); }
}
const cmd = argv.slice(sep + 1);
if (!name || !outDir || cmd.length === 0) { console.error('need --name, --out-dir and a command'); process.exit(2); }
fs.mkdirSync(outDir, { recursive: true });
const timeFile = path.join(outDir, `${name}.time`);
const logFile = path.join(outDir, `${name}.log`);
const jsonFile = path.join(outDir, `${name}.measure.json`);

const log = fs.openSync(logFile, 'w');
const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, '--', ...cmd], {
  stdio: ['ignore', log, log],
  detached: true, // own process group, so a timeout can end the whole tree
});
const timePid = child.pid;

function readText(p) { try { return fs.readFileSync(p, 'utf8'); } catch { return null; } }
function kB(text, key) {
  const m = text && text.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) : null;
}
function allProcs() {
  const map = new Map(); // pid -> ppid
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = readText(`/proc/${d}/stat`);
    if (!s) continue;
    const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
    map.set(Number(d), Number(rest[1]));
  }
  return map;
}
function descendants(root) {
  const map = allProcs();
  const kids = new Map();
  for (const [pid, ppid] of map) {
    if (!kids.has(ppid)) kids.set(ppid, []);
    kids.get(ppid).push(pid);
  }
  const out = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop();
    for (const k of kids.get(p) || []) { out.push(k); stack.push(k); }
  }
  return out;
}

let ownPid = null, ownComm = null, ownHwmKB = 0;
let treePeakPssKB = 0, treePeakRssKB = 0, treePeakProcs = 0;
const cpuTicks = new Map(); // "pid:starttime" -> utime+stime (clock ticks)
const CLK_TCK = 100;
const loadavgBefore = (readText('/proc/loadavg') || '').trim();
const startedAt = new Date().toISOString();

function pollOwn() {
  if (ownPid === null) {
    const ds = descendants(timePid);
    // The first child of /usr/bin/time is the command itself.
    const direct = ds.filter(p => { const s = readText(`/proc/${p}/stat`); return s && Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]) === timePid; });
    if (direct.length) {
      ownPid = direct[0];
      ownComm = (readText(`/proc/${ownPid}/comm`) || '').trim();
    }
  }
  if (ownPid !== null) {
    const st = readText(`/proc/${ownPid}/status`);
    const hwm = kB(st, 'VmHWM');
    if (hwm !== null && hwm > ownHwmKB) ownHwmKB = hwm;
    if (st) { const c = st.match(/^Name:\s+(.*)$/m); if (c) ownComm = c[1]; }
  }
}
let lastPssAt = -Infinity;
function pollTree() {
  const ds = descendants(timePid);
  const now = Date.now();
  const samplePss = pssIntervalMs > 0 && now - lastPssAt >= pssIntervalMs;
  if (samplePss) lastPssAt = now;
  let pss = 0, rss = 0;
  for (const p of ds) {
    const st = readText(`/proc/${p}/stat`);
    if (st) {
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      // fields after comm: state=0 ppid=1 … utime=11 stime=12 … starttime=19
      cpuTicks.set(`${p}:${f[19]}`, Number(f[11]) + Number(f[12]));
    }
    if (samplePss) pss += kB(readText(`/proc/${p}/smaps_rollup`), 'Pss') || 0;
    rss += kB(readText(`/proc/${p}/status`), 'VmRSS') || 0;
  }
  treePeakPssKB = Math.max(treePeakPssKB, pss);
  treePeakRssKB = Math.max(treePeakRssKB, rss);
  treePeakProcs = Math.max(treePeakProcs, ds.length);
}
const t0 = process.hrtime.bigint();
const ownTimer = setInterval(pollOwn, 20);
const treeTimer = setInterval(pollTree, 500);
let timedOut = false;
const killer = setTimeout(() => {
  timedOut = true;
  try { process.kill(-timePid, 'SIGTERM'); } catch {}
  setTimeout(() => { try { process.kill(-timePid, 'SIGKILL'); } catch {} }, 5000).unref();
}, timeoutSec * 1000);

child.on('exit', (code, signal) => {
  clearInterval(ownTimer); clearInterval(treeTimer); clearTimeout(killer);
  fs.closeSync(log);
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  const tv = readText(timeFile) || '';
  const field = re => { const m = tv.match(re); return m ? m[1] : null; };
  const wall = field(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/);
  const wallSeconds = wall ? wall.split(':').reduce((acc, x) => acc * 60 + Number(x), 0) : null;
  const maxRssKB = Number(field(/Maximum resident set size \(kbytes\): (\d+)/));
  const exit = Number(field(/Exit status: (\d+)/) ?? (code ?? 1));
  const mb = k => Math.round(k / 1024 * 10) / 10;
  const r2 = x => (x === null ? null : Math.round(x * 100) / 100);
  let ticks = 0;
  for (const v of cpuTicks.values()) ticks += v;
  const result = {
    name,
    command: cmd,
    startedAt,
    exitCode: timedOut ? 124 : exit,
    timedOut,
    wallSeconds: r2(wallSeconds),
    wallSecondsMeasured: Math.round(elapsed * 100) / 100,
    userSeconds: Number(field(/User time \(seconds\): ([\d.]+)/)),
    systemSeconds: Number(field(/System time \(seconds\): ([\d.]+)/)),
    cpuPercent: field(/Percent of CPU this job got: (\S+)/),
    timeMaxRssMB: mb(maxRssKB),
    own: { pid: ownPid, comm: ownComm, peakRssMB: mb(ownHwmKB) },
    treePeakPssMB: pssIntervalMs > 0 ? mb(treePeakPssKB) : null,
    pssIntervalMs,
    treePeakRssMB: mb(treePeakRssKB),
    treePeakProcs,
    treeCpuSeconds: r2(ticks / CLK_TCK),
    loadavgBefore,
    loadavgAfter: (readText('/proc/loadavg') || '').trim(),
  };
  fs.writeFileSync(jsonFile, JSON.stringify(result, null, 2) + '\n');
  console.log(`${name}: exit ${result.exitCode}${timedOut ? ' (TIMEOUT)' : ''}, wall ${result.wallSeconds}s, tree CPU ~${result.treeCpuSeconds}s, own ${ownComm} peak RSS ${result.own.peakRssMB} MB, tree peak PSS ${result.treePeakPssMB} MB, time -v max RSS ${result.timeMaxRssMB} MB`);
  process.exit(result.exitCode);
});
