#!/usr/bin/env node
// Builds the benchmark corpus from the published govuk-frontend package's
// component fixtures. Deterministic: the same seed and the same govuk-frontend
// version always give byte-identical pages.
//
//   node bench/make-corpus.mjs [--out DIR] [--pages 50] [--per-page 8]
//                              [--seed 2026] [--repeat N]
//                              [--base-url http://127.0.0.1:8765/]
//                              [--urls-name urls.txt]
//
// Output (DIR defaults to bench/corpus, which is git-ignored):
//   page-01.html … page-NN.html   GOV.UK page template + N fixtures each
//   govuk-frontend.min.css/.js    served locally, from the npm package
//   assets/                       fonts/images the CSS refers to (/assets/…)
//   urls.txt                      one URL a line; with --repeat N every page is
//                                 listed N times as page-01.html?r=1 … ?r=N
//                                 (--urls-name writes it under another name, so
//                                 urls.txt and e.g. urls-x10.txt can coexist)
//   manifest.json                 which fixtures went on which page
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const opts = {
    out: path.join(here, 'corpus'),
    pages: 50,
    perPage: 8,
    seed: 2026,
    repeat: 1,
    baseUrl: 'http://127.0.0.1:8765/',
    urlsName: 'urls.txt',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--out': opts.out = path.resolve(next()); break;
      case '--pages': opts.pages = Number(next()); break;
      case '--per-page': opts.perPage = Number(next()); break;
      case '--seed': opts.seed = Number(next()); break;
      case '--repeat': opts.repeat = Number(next()); break;
      case '--base-url': opts.baseUrl = next(); break;
      case '--urls-name': opts.urlsName = path.basename(next()); break;
      case '-h': case '--help':
        console.log('usage: make-corpus.mjs [--out DIR] [--pages 50] [--per-page 8] [--seed 2026] [--repeat N] [--base-url URL] [--urls-name urls.txt]');
        process.exit(0);
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  for (const k of ['pages', 'perPage', 'seed', 'repeat']) {
    if (!Number.isInteger(opts[k]) || opts[k] < (k === 'seed' ? 0 : 1)) throw new Error(`bad --${k}: ${opts[k]}`);
  }
  if (!opts.baseUrl.endsWith('/')) opts.baseUrl += '/';
  return opts;
}

// mulberry32: tiny, well-known 32-bit seeded PRNG.
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

function locateGovukFrontend() {
  const require = createRequire(path.join(here, 'package.json'));
  const pkgJson = require.resolve('govuk-frontend/package.json');
  const root = path.dirname(pkgJson);
  const version = JSON.parse(fs.readFileSync(pkgJson, 'utf8')).version;
  return { root, dist: path.join(root, 'dist', 'govuk'), version };
}

// Components that are part of the page template itself; their fixtures are
// not picked into <main> (a second header/footer/skip link inside main would
// not be a realistic page).
const TEMPLATE_COMPONENTS = new Set(['header', 'footer', 'skip-link']);

function loadFixtures(dist) {
  const compDir = path.join(dist, 'components');
  const all = [];
  const byName = {};
  for (const component of fs.readdirSync(compDir).sort()) {
    const file = path.join(compDir, component, 'fixtures.json');
    if (!fs.existsSync(file)) continue;
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    byName[component] = json.fixtures;
    if (TEMPLATE_COMPONENTS.has(component)) continue;
    for (const f of json.fixtures) {
      if (f.hidden) continue;
      all.push({ component, name: f.name, html: f.html });
    }
  }
  return { pool: all, byName };
}

function pick(pool, n, rand) {
  // Partial Fisher–Yates over a copy: n distinct fixtures.
  const a = pool.slice();
  const m = Math.min(n, a.length);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, m);
}

function pageHtml({ index, total, fixtures, header, footer, version }) {
  const num = String(index).padStart(2, '0');
  const sections = fixtures.map((f, i) => `
      <section class="govuk-!-margin-bottom-9" data-bench-fixture="${escapeHtml(f.component)}/${escapeHtml(f.name)}">
        <h2 class="govuk-heading-m">${i + 1}. ${escapeHtml(f.component)}: ${escapeHtml(f.name)}</h2>
${f.html}
      </section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Benchmark page ${num} of ${total} – GOV.UK Frontend ${escapeHtml(version)} fixtures</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#0b0c0c">
  <link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
  <link rel="stylesheet" href="/govuk-frontend.min.css">
</head>
<body class="govuk-template__body">
  <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
${header}
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content">
      <h1 class="govuk-heading-xl">Benchmark page ${num}</h1>
      <p class="govuk-body">${fixtures.length} component fixtures from govuk-frontend ${escapeHtml(version)}.</p>
${sections}
    </main>
  </div>
${footer}
  <script type="module" src="/govuk-frontend.min.js"></script>
  <script type="module">
    import { initAll } from '/govuk-frontend.min.js'
    initAll()
  </script>
</body>
</html>
`;
}

function copyDir(src, dst) {
  fs.mkdirSync(dst, { recursive: true });
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    const s = path.join(src, e.name), d = path.join(dst, e.name);
    if (e.isDirectory()) copyDir(s, d);
    else fs.copyFileSync(s, d);
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const gf = locateGovukFrontend();
  const { pool, byName } = loadFixtures(gf.dist);
  const defaultOf = c => {
    const f = (byName[c] || []).find(x => x.name === 'default');
    if (!f) throw new Error(`govuk-frontend ${gf.version}: no default fixture for ${c}`);
    return f.html;
  };
  const header = defaultOf('header');
  const footer = defaultOf('footer');

  // Rebuild in place: old pages go, other URL lists (--urls-name) stay.
  fs.mkdirSync(opts.out, { recursive: true });
  for (const f of fs.readdirSync(opts.out)) {
    if (/^page-\d+\.html$/.test(f)) fs.rmSync(path.join(opts.out, f));
  }
  fs.rmSync(path.join(opts.out, 'assets'), { recursive: true, force: true });
  for (const f of ['govuk-frontend.min.css', 'govuk-frontend.min.js']) {
    fs.copyFileSync(path.join(gf.dist, f), path.join(opts.out, f));
  }
  copyDir(path.join(gf.dist, 'assets'), path.join(opts.out, 'assets'));

  const rand = mulberry32(opts.seed);
  const width = Math.max(2, String(opts.pages).length);
  const manifest = {
    generator: 'bench/make-corpus.mjs',
    govukFrontendVersion: gf.version,
    seed: opts.seed,
    perPage: opts.perPage,
    fixturePool: pool.length,
    pages: [],
  };
  const names = [];
  for (let i = 1; i <= opts.pages; i++) {
    const fixtures = pick(pool, opts.perPage, rand);
    const name = `page-${String(i).padStart(width, '0')}.html`;
    fs.writeFileSync(path.join(opts.out, name),
      pageHtml({ index: i, total: opts.pages, fixtures, header, footer, version: gf.version }));
    manifest.pages.push({ page: name, fixtures: fixtures.map(f => `${f.component}/${f.name}`) });
    names.push(name);
  }

  const urls = [];
  if (opts.repeat === 1) {
    for (const n of names) urls.push(opts.baseUrl + n);
  } else {
    // Pass-major order, so the same page is never fetched twice in a row.
    for (let r = 1; r <= opts.repeat; r++) {
      for (const n of names) urls.push(`${opts.baseUrl}${n}?r=${r}`);
    }
  }
  fs.writeFileSync(path.join(opts.out, opts.urlsName), urls.join('\n') + '\n');
  fs.writeFileSync(path.join(opts.out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.error(`make-corpus: ${opts.pages} pages x ${opts.perPage} fixtures (pool ${pool.length}, seed ${opts.seed}, govuk-frontend ${gf.version}), ${urls.length} URLs -> ${path.relative(process.cwd(), opts.out) || '.'}`);
}

main();
