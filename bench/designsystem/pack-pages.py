#!/usr/bin/env python3
"""Writes an external design-system pack's published fixtures as pages a real service would serve:
each fixture alone in the package's page template, with the package's own compiled CSS and its own
JavaScript started as the package says (GOV.UK Frontend: all.bundle.js + initAll; NHS.UK frontend: its
ES module + initAll), plus a servicestandard.yml that lists them all. `assess --checks design-system`
over that site measures what a team using nothing but the package would see: contract findings, and
the checks that read computed styles in Chromium (off-palette colours, look-alikes), which the
fixture tests (tests/ServiceStandard.DesignSystem.Tests) cannot reach.

  python3 bench/designsystem/pack-pages.py govuk-frontend 6 --packages /tmp/pkgs --out /tmp/site-govuk-6
  node bench/serve.mjs --root /tmp/site-govuk-6 --port 47011 &
  dotnet cli/ServiceStandard.Cli/bin/Release/net10.0/servicestandard.dll assess \
      --config /tmp/site-govuk-6/servicestandard.yml --checks design-system --out /tmp/out-govuk-6
"""
import argparse, html, importlib.util, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTRACTS = os.path.join(HERE, "..", "..", "designsystem", "contracts")
sys.path.insert(0, CONTRACTS)
import packgen  # noqa: E402


def load_pack(pack_id):
    spec = importlib.util.spec_from_file_location("gen", os.path.join(CONTRACTS, pack_id, "generate-contracts.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PACK


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pack")
    parser.add_argument("major", type=int)
    parser.add_argument("--packages", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--port", type=int, default=47011)
    a = parser.parse_args()
    pack = load_pack(a.pack)
    version = pack.versions[a.major]
    os.makedirs(a.packages, exist_ok=True)
    pkg = packgen.fetch(pack, version, a.packages)
    shutil.rmtree(a.out, ignore_errors=True)
    assets = os.path.join(a.out, "assets")
    shutil.copytree(os.path.join(pkg, pack.dist), assets)
    discouraged = {k[:2] for k in pack.discouraged if len(k) == 2 or k[2] == a.major}
    pages = []
    for component, name, markup in packgen.fixtures(pack, pkg):
        if (component, name) in discouraged:
            continue
        slug = f"{component}--{len(pages):04d}.html"
        script = pack.js.replace("{dist}", "/assets")
        init = pack.init
        page = f"""<!DOCTYPE html>
<html lang="en" class="{pack.html_class}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(component)}: {html.escape(name)} – {html.escape(pack.title)} {version}</title>
<link rel="stylesheet" href="/assets/{pack.css(version)}">
</head>
<body class="{pack.body_class}">
<script>document.body.className += ' {pack.supported}';</script>
<main id="main-content">
{markup}
</main>
{script}
<script type="module">const init = {init}; init(document.body);</script>
</body>
</html>
"""
        with open(os.path.join(a.out, slug), "w", encoding="utf-8") as f:
            f.write(page)
        pages.append((slug, component, name))
    with open(os.path.join(a.out, "index.json"), "w", encoding="utf-8") as f:
        json.dump([{"page": p, "component": c, "fixture": n} for p, c, n in pages], f, indent=1, ensure_ascii=False)
    with open(os.path.join(a.out, "servicestandard.yml"), "w", encoding="utf-8") as f:
        f.write(f"""schemaVersion: 1
service:
  name: {pack.title} {version} fixtures
  phase: live
standard: digital-service-standard
designSystem:
  pack: {pack.id}
target:
  baseUrl: http://127.0.0.1:{a.port}/
  pages:
""")
        for p, _, _ in pages:
            f.write(f"    - /{p}\n")
        f.write("  crawl:\n    enabled: false\n")
    print(f"{len(pages)} pages of {pack.id} {version} in {a.out}")


if __name__ == "__main__":
    main()
