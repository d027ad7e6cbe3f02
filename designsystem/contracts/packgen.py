"""The generator every external pack shares: a pack's own generate-contracts.py holds only its data (a
Pack: the npm package, class prefix, where the package keeps its CSS, JavaScript, templates, palette
and fixtures, how its JavaScript starts, and its rule table) and calls main(pack). From that this
module writes, from the published npm package of each version the pack supports:

  <pack>/v<major>/<component>/component.yml   the contracts, from the pack's rule table
  <pack>/v<major>/tokens.json                 the palette: every colour of the package's Sass palette
                                              and every colour its compiled CSS uses
  tests/.../Fixtures/<pack>/<version>.json    the package's non-hidden fixtures, each as published
                                              (html) and as the design system's own JavaScript leaves
                                              it (js), rendered in headless Chromium

Nothing here names a design system: what differs between GOV.UK Frontend and NHS.UK frontend is in
their Pack."""
import argparse, dataclasses, glob, json, os, re, shutil, subprocess, tarfile, tempfile
from typing import Callable

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


@dataclasses.dataclass
class Pack:
    id: str                      # the pack id and npm package name: govuk-frontend
    title: str                   # GOV.UK Frontend
    prefix: str                  # the class prefix: govuk-
    owner: str                   # the licence holder, as the generated files credit it: © Crown copyright
    licence_line: str            # the fixtures' licence note
    versions: dict               # major → the version each edition is generated from
    dist: str                    # the package's folder of built files: dist/govuk
    css: Callable                # version → the compiled stylesheet under dist
    js: str                      # the script that loads the JavaScript, {dist} for its folder
    init: str                    # JavaScript: a function of the stage element that starts every component in it
    html_class: str              # the page template's classes on <html> and <body>
    body_class: str
    supported: str               # the body classes the template adds when JavaScript runs
    palette_sass: str            # glob under dist of the Sass palette
    docs: Callable               # component id → its guidance page
    table: Callable              # major → {component id: dict(name, name_es, root, rules)}
    here: str                    # the pack folder
    discouraged: dict = dataclasses.field(default_factory=dict)
    since: str = "1.0.0"

    @property
    def fixtures_folder(self):
        return os.path.join(REPO, "tests", "ServiceStandard.DesignSystem.Tests", "Fixtures", self.id)


def q(s):
    return json.dumps(s, ensure_ascii=False)

# Message templates per assertion kind: (en, es).
TEXT = {
    "element": ("The {name} must be one of these elements: {allowed}.", "El componente {name_es} debe ser uno de estos elementos: {allowed}."),
    "modifiers": ("{class} is not a modifier of the {name}; use one of {allowed}.", "{class} no es un modificador del componente {name_es}; use uno de estos: {allowed}."),
    "required": ("The {what} needs the attribute {attribute}, with an allowed value.", "El elemento {what_es} necesita el atributo {attribute}, con un valor permitido."),
    "value": ("The {what} needs the attribute {attribute}, with an allowed value.", "El elemento {what_es} necesita el atributo {attribute}, con un valor permitido."),
    "min": ("The {name} needs {select} (found {count}).", "El componente {name_es} necesita {select} (hay {count})."),
    "max": ("The {name} has more than {max} {select}.", "El componente {name_es} tiene más de {max} {select}."),
    "text": ("The {what} has no text, so assistive technologies cannot announce it.", "El elemento {what_es} no tiene texto, así que los productos de apoyo no pueden anunciarlo."),
    "reference": ("The {attribute} \"{id}\" of the {what} does not point at an element it should.", "El atributo {attribute} «{id}» del elemento {what_es} no apunta a un elemento adecuado."),
    "pattern": ("The {what} needs a valid {attribute} attribute.", "El elemento {what_es} necesita un atributo {attribute} válido."),
}

# component id → (name, [rules]); a rule is a dict with id, severity, wcag or guidance, the assertion
# and optionally on/when, and 'what' (the element the message names, default the component).
def r(id, severity, kind, body, wcag=None, on=None, when=None, what=None, what_es=None, msg=None):
    return dict(id=id, severity=severity, kind=kind, body=body, wcag=wcag, on=on, when=when, what=what, what_es=what_es, msg=msg)

def mods():
    # Filled in from the package: the modifiers of the component's block that its CSS, JS or templates name.
    return r("unknown-modifier", "minor", "modifiers", None)

def el(names, severity="serious", wcag=("4.1.2",), on=None, what=None, what_es=None, id="element"):
    return r(id, severity, "element", "[" + ", ".join(names) + "]", wcag=list(wcag) if wcag else None, on=on, what=what, what_es=what_es)

def kids(id, select, min=None, max=None, severity="serious", wcag=("1.3.1",), on=None, when=None, msg=None):
    parts = [f"select: {q(select)}"] + ([f"min: {min}"] if min is not None else []) + ([f"max: {max}"] if max is not None else [])
    return r(id, severity, "min" if min is not None else "max", "{ " + ", ".join(parts) + " }", wcag=list(wcag) if wcag else None, on=on, when=when, msg=msg)

def req(id, attrs, values=None, severity="serious", wcag=("4.1.2",), on=None, when=None, what=None, what_es=None, kind="required", msg=None):
    parts = []
    if attrs:
        parts.append("required: [" + ", ".join(attrs) + "]")
    if values:
        parts.append("values: { " + ", ".join(f"{k}: [" + ", ".join(q(x) for x in v) + "]" for k, v in values.items()) + " }")
    return r(id, severity, kind, "{ " + ", ".join(parts) + " }", wcag=list(wcag) if wcag else None, on=on, when=when, what=what, what_es=what_es, msg=msg)

def text(id="text", on=None, what=None, what_es=None, wcag=("4.1.2",), severity="serious"):
    return r(id, severity, "text", "required", wcag=list(wcag) if wcag else None, on=on, what=what, what_es=what_es)

def ref(id, attribute, target=None, within=None, on=None, what=None, what_es=None, wcag=("1.3.1",), severity="serious", when=None, msg=None):
    parts = [f"attribute: {attribute}"] + ([f"target: {q(target)}"] if target else []) + ([f"within: {within}"] if within else [])
    return r(id, severity, "reference", "{ " + ", ".join(parts) + " }", wcag=list(wcag) if wcag else None, on=on, what=what, what_es=what_es, when=when, msg=msg)

def refby(id, attribute, msg, select=None, within=None, on=None, when=None, wcag=("1.3.1",), severity="serious"):
    parts = [f"attribute: {attribute}"] + ([f"select: {q(select)}"] if select else []) + ([f"within: {within}"] if within else [])
    return r(id, severity, "referencedBy", "{ " + ", ".join(parts) + " }", wcag=list(wcag), on=on, when=when, msg=msg)

def inside(id, select, msg, when=None, on=None, wcag=("1.3.1",), severity="serious"):
    return r(id, severity, "inside", q(select), wcag=list(wcag), on=on, when=when, msg=msg)

def matches(id, select, msg, when=None, on=None, wcag=("3.3.1",), severity="moderate"):
    return r(id, severity, "matches", q(select), wcag=list(wcag), on=on, when=when, msg=msg)

def cond(**tests):
    return "{ " + ", ".join(f"{k}: {q(v)}" for k, v in tests.items()) + " }"

# The rules every field shares, from the form components' templates: a field has a name (the
# templates require params.name), a label whose for names its id (the label macro's for: id), and its
# error state (<prefix>input--error, …) only with an error message in a form group in its error state.
def labelled(what, what_es, when=None):
    return refby("labelled", "for", (f"The {what} \"{{id}}\" has no label: no label's for names its id.", f"El elemento {what_es} «{{id}}» no tiene etiqueta: ningún for de una etiqueta nombra su id."),
                 select="label", when=when, wcag=("1.3.1", "3.3.2", "4.1.2"), severity="critical")

def named(what, what_es, on=None, when=None):
    return req("name", ["name"], on=on, when=when, what=what, what_es=what_es, wcag=("4.1.2",),
               msg=(f"The {what} has no name, so its answer is not sent with the form.", f"El elemento {what_es} no tiene name, así que su respuesta no se envía con el formulario."))

class Rules:
    """The rules that name the pack's own classes: its module attribute and its form group's error state."""

    def __init__(self, prefix):
        self.p = prefix

    def module(self, cid):
        return req("data-module", ["data-module"], {"data-module": [f"{self.p}{cid}"]}, severity="moderate", wcag=None, kind="value")

    def error_in_group(self, modifier, what, what_es, when_not=None):
        when = cond(matches=modifier, notMatches=when_not) if when_not else cond(matches=modifier)
        p = self.p
        return inside("error-in-group", f".{p}form-group--error",
                      (f"The {what} is shown in its error state ({modifier[1:]}) but its form group is not in error with an error message ({p}form-group--error and {p}error-message).",
                       f"El elemento {what_es} se muestra en estado de error ({modifier[1:]}), pero su grupo no está en error con un mensaje ({p}form-group--error y {p}error-message)."),
                      when=when, wcag=("3.3.1",))

    def field(self, element, what, what_es, modifier, extra=(), labelled_when=None, error_when_not=None):
        """A form field (text input, select, textarea, file upload): its element, a label, a name, its
        described-by targets, and its error state (modifier, if it has one) only in a form group in error."""
        return [el(element), *extra, labelled(what, what_es, when=labelled_when), named(what, what_es),
                ref("describedby", "aria-describedby", what=what, what_es=what_es),
                modifier and self.error_in_group(modifier, what, what_es, when_not=error_when_not), mods()]

    def choices(self, block, kind, what, what_es, the_es, input_what, input_what_es, label_what, label_what_es, fieldset_msg):
        """Radios or checkboxes (block: radios, checkboxes; kind: radio, checkbox; the_es: the Spanish noun with its article and pronoun): items, each input of its
        type with a name and its own label, conditional reveals and described-by targets that exist, and a
        group of more than one in a fieldset."""
        p = f".{self.p}{block}"
        return [
            self.module(block),
            kids("items", f"{p}__item", min=1),
            req("input-type", ["type"], {"type": [kind]}, on=f"{p}__input", what=input_what, what_es=input_what_es),
            ref("label-for", "for", target="input", within="instance", on=f"{p}__label", what=label_what, what_es=label_what_es),
            named(what, what_es, on=f"{p}__input"),
            req("input-id", ["id"], on=f"{p}__input", what=what, what_es=what_es, wcag=("1.3.1",)),
            refby("input-labelled", "for", (f"The {what} \"{{id}}\" has no label of its own: no {p}__label's for names it.", f"{the_es[0]} «{{id}}» no tiene etiqueta propia: ningún for de {p}__label {the_es[1]} nombra."),
                  select=f"{p}__label", within="instance", on=f"{p}__input", wcag=("1.3.1", "4.1.2"), severity="critical"),
            inside("in-fieldset", "fieldset", fieldset_msg, when=cond(contains=f"{p}__item ~ {p}__item")),
            ref("conditional", "data-aria-controls", target=f"{p}__conditional", within="instance", on=f"{p}__input", what=input_what, what_es=input_what_es),
            ref("describedby", "aria-describedby", on=f"{p}__input", what=input_what, what_es=input_what_es),
            mods()]

    def form_group(self, extra=(), nested=None):
        """The form group (the form-group object every form component's template writes): in its error
        state exactly when an error message is in it (the templates add both from params.errorMessage), and
        the error message and hint are in their field's aria-describedby. extra: the pack's own rules,
        such as those for elements its JavaScript adds; nested: the form groups inside another's field
        (NHS.UK's date input wraps each field in one), whose error message is their outer group's."""
        p = self.p
        in_error = cond(matches=f".{p}form-group--error", notMatches=nested) if nested else cond(matches=f".{p}form-group--error")
        return [
            kids("error-message", f".{p}error-message:not([aria-hidden=true])", min=1, when=in_error, wcag=("3.3.1",),
                 msg=("The form group is in its error state but has no error message; say what is wrong and how to fix it.", "El grupo está en estado de error pero no tiene mensaje de error; diga qué está mal y cómo corregirlo.")),
            matches("error-class", f".{p}form-group--error", (f"The form group holds an error message but lacks {p}form-group--error.", f"El grupo tiene un mensaje de error pero le falta {p}form-group--error."),
                    when=cond(contains=f":scope > .{p}error-message, :scope > .{p}fieldset > .{p}error-message")),
            refby("error-described", "aria-describedby", ("The error message \"{id}\" is not in the aria-describedby of a field (or fieldset) of its form group.", "El mensaje de error «{id}» no está en el aria-describedby de un campo (o fieldset) de su grupo."),
                  select="input, select, textarea, fieldset", within="instance", on=f".{p}error-message:not([aria-hidden=true])", when=cond(matches=f".{p}form-group--error"), wcag=("3.3.1", "1.3.1")),
            *extra,
            refby("hint-described", "aria-describedby", ("The hint \"{id}\" is not in the aria-describedby of a field (or fieldset) of its form group, so it is not announced with it.", "La pista «{id}» no está en el aria-describedby de un campo (o fieldset) de su grupo, así que no se anuncia con él."),
                  select="input, select, textarea, fieldset", within="instance", on=f".{p}hint:not([aria-hidden=true])", wcag=("1.3.1", "3.3.2"), severity="moderate"),
            mods()]


def message(c, rule):
    if rule["msg"]:
        return rule["msg"]
    kind = rule["kind"]
    what = rule["what"] or c["name"]
    what_es = rule["what_es"] or c["name_es"]
    en, es = TEXT[kind]
    if kind in ("min", "max") and "min:" not in rule["body"]:
        en, es = TEXT["max"]
    fill = lambda s: s.replace("{name}", c["name"]).replace("{name_es}", c["name_es"]).replace("{what}", what).replace("{what_es}", what_es)
    return fill(en), fill(es)


def fetch(pack, version, directory):
    """The unpacked npm package <pack.id>@version (npm pack, then tar), in directory."""
    target = os.path.join(directory, f"{pack.id}-{version}")
    if not os.path.isdir(target):
        tgz = subprocess.run(["npm", "pack", f"{pack.id}@{version}", "--silent", "--pack-destination", directory],
                             check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(os.path.join(directory, tgz)) as tar:
            tar.extractall(target, filter="data")
    return os.path.join(target, "package")


def script_files(pack, pkg):
    """The files the pack's script tag loads."""
    dist = os.path.join(pkg, pack.dist)
    return [os.path.join(dist, s) for s in re.findall(r'\{dist\}/([^"\']+)', pack.js)]


def package_text(pack, pkg, version):
    """Everything in the package that can name a class: compiled CSS, the JS bundle, the templates and the fixtures."""
    dist = os.path.join(pkg, pack.dist)
    parts = [open(os.path.join(dist, pack.css(version)), encoding="utf-8").read()]
    parts += [open(f, encoding="utf-8").read() for f in script_files(pack, pkg)]
    parts += [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(dist, "components", "*", "template.njk")))]
    # The published examples too: GOV.UK 6.x's fixtures use govuk-tag--blue, which its CSS no longer styles (blue is the default).
    parts += [h for _, _, h in fixtures(pack, pkg)]
    return "\n".join(parts)


def modifiers(block, corpus):
    # Template expressions like govuk-tag--{{ colour }} are not classes; only literal names count.
    return sorted(set(re.findall(re.escape(block) + r"--([a-z0-9]+(?:-[a-z0-9]+)*)(?![a-z0-9-])", corpus)))


def fixtures(pack, pkg):
    """(component, name, html) of each non-hidden fixture; a name the component uses again gets " #2", " #3"."""
    dist = os.path.join(pkg, pack.dist, "components")
    found = []
    for component in sorted(os.listdir(dist)):
        path = os.path.join(dist, component, "fixtures.json")
        if os.path.exists(path):
            seen = {}
            with open(path, encoding="utf-8") as f:
                for x in json.load(f)["fixtures"]:
                    if x.get("hidden"):
                        continue
                    seen[x["name"]] = seen.get(x["name"], 0) + 1
                    found.append((component, x["name"] + (f" #{seen[x['name']]}" if seen[x["name"]] > 1 else ""), x["html"]))
    return found


def render(pack, pkg, version, items, chromium):
    """Each fixture as the design system's JavaScript leaves it: inserted alone into a page that loads the
    package's CSS and JavaScript (body marked as its page template does when JavaScript runs), then the
    pack's init on the stage and innerHTML, in one headless Chromium (--dump-dom)."""
    dist = os.path.join(pkg, pack.dist)
    data = json.dumps([h for _, _, h in items]).replace("<", "\\u003c")
    page = f"""<!DOCTYPE html><html lang="en" class="{pack.html_class}"><head><meta charset="utf-8">
<link rel="stylesheet" href="file://{dist}/{pack.css(version)}"></head>
<body class="{pack.body_class}"><script>document.body.className += ' {pack.supported}';</script>
<div id="stage"></div>{pack.js.replace("{dist}", "file://" + dist)}
<script type="application/json" id="fixtures">{data}</script>
<script type="module">
const init = {pack.init};
const list = JSON.parse(document.getElementById('fixtures').textContent);
const stage = document.getElementById('stage');
const out = list.map(html => {{ stage.innerHTML = html; try {{ init(stage); }} catch (e) {{}} const r = stage.innerHTML; stage.innerHTML = ''; return r; }});
const s = document.createElement('script'); s.type = 'application/json'; s.id = 'rendered';
s.textContent = JSON.stringify(out).replace(/</g, '\\\\u003c').replace(/&/g, '\\\\u0026'); document.body.appendChild(s);
</script></body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        file = os.path.join(tmp, "render.html")
        with open(file, "w", encoding="utf-8") as f:
            f.write(page)
        dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                              f"--user-data-dir={tmp}/profile", "--dump-dom", "file://" + file],
                             capture_output=True, text=True, timeout=600, check=True).stdout
    start = dom.index('id="rendered">') + len('id="rendered">')
    # --dump-dom writes the script's text as it is; the JSON holds no < or & to be read as markup.
    rendered = json.loads(dom[start:dom.index("</script>", start)])
    assert len(rendered) == len(items)
    return rendered


HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")

def hex6(value):
    value = value.lower().lstrip("#")
    return "#" + ("".join(c * 2 for c in value) if len(value) == 3 else value)


def palette(pack, pkg, version):
    """Every colour the package names: its Sass palette (nested maps as in GOV.UK 6.x: blue → primary,
    tint-25, …), the applied colours of its custom properties (--<prefix>brand-colour) and every other
    colour literal of its compiled CSS, named by the first name found."""
    dist = os.path.join(pkg, pack.dist)
    tokens = {}
    def add(name, value):
        value = hex6(value)
        if value not in tokens.values():
            tokens[name] = value
    sass = "".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(dist, pack.palette_sass))))
    stack = []
    for line in sass.splitlines():
        line = line.split("//")[0]
        if m := re.match(r'\s*"([a-z0-9-]+)":\s*\(', line):
            stack.append(m.group(1))
        elif m := re.match(r'\s*"([a-z0-9-]+)":\s*(#[0-9a-fA-F]{3,6})\b', line):
            add("palette." + ".".join(stack + [m.group(1)]), m.group(2))
        elif re.match(r"\s*\)", line) and stack:
            stack.pop()
    css = open(os.path.join(dist, pack.css(version)), encoding="utf-8").read()
    for name, value in re.findall(r"--" + re.escape(pack.prefix) + r"([a-z0-9-]*colou?r[a-z0-9-]*):\s*(#[0-9a-fA-F]{3,6})\b", css):
        add("applied." + name, value)
    for value in HEX.findall(css):
        add("css." + hex6(value)[1:], value)
    return {
        "format": "servicestandard-tokens/1",
        "name": pack.id,
        "version": version,
        "description": f"{pack.title} {version} colours, generated by generate-contracts.py from the npm package: its Sass palette ({pack.palette_sass}), its applied colours (--{pack.prefix}*-colour) and every other colour its compiled CSS uses (MIT, {pack.owner}).",
        "tokens": {k: {"type": "color", "value": v} for k, v in tokens.items()},
    }


def write_edition(pack, major, pkg, folder):
    version = pack.versions[major]
    corpus = package_text(pack, pkg, version)
    C = pack.table(major)
    shutil.rmtree(folder, ignore_errors=True)
    for cid, c in C.items():
        block = re.match(r"\.([a-z0-9_-]+)", c["root"]).group(1)
        lines = [
            "# yaml-language-server: $schema=../../../../../docs/schemas/component.schema.json",
            f"# Generated by generate-contracts.py from {pack.title} {version} (MIT, {pack.owner}); edit the script.",
            "schemaVersion: 1",
            f"id: {cid}",
            f"name: {{ en: {q(c['name'][0].upper() + c['name'][1:])}, es: {q(c['name_es'][0].upper() + c['name_es'][1:])} }}",
            "status: stable",
            f"since: {pack.since}",
            "contract:",
            f"  root: {q(c['root'])}",
            "  rules:",
        ]
        for rule in c["rules"]:
            if rule["kind"] == "modifiers" and rule["body"] is None:
                rule = dict(rule, body="[" + ", ".join(modifiers(block, corpus)) + "]")
            en, es = message(c, rule)
            lines.append(f"    - id: {rule['id']}")
            lines.append(f"      severity: {rule['severity']}")
            if rule["wcag"]:
                lines.append("      wcag: [" + ", ".join(q(w) for w in rule["wcag"]) + "]")
            else:
                lines.append(f"      guidance: {q(pack.docs(cid))}")
            if rule["when"]:
                lines.append(f"      when: {rule['when']}")
            if rule["on"]:
                lines.append(f"      on: {q(rule['on'])}")
            key = {"min": "children", "max": "children", "required": "attributes", "value": "attributes", "pattern": "attributes"}.get(rule["kind"], rule["kind"])
            lines.append(f"      {key}: {rule['body']}")
            lines.append("      message:")
            lines.append(f"        en: {q(en)}")
            lines.append(f"        es: {q(es)}")
        os.makedirs(os.path.join(folder, cid), exist_ok=True)
        with open(os.path.join(folder, cid, "component.yml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(folder, "tokens.json"), "w", encoding="utf-8") as f:
        json.dump(palette(pack, pkg, version), f, indent=2)
        f.write("\n")
    return C


def main(pack, doc):
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packages", help="where to keep the npm packages (default: a temporary folder)")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    parser.add_argument("--no-fixtures", action="store_true", help="write only the contracts and palettes")
    args = parser.parse_args()
    packages = args.packages or tempfile.mkdtemp(prefix=pack.id + "-")
    os.makedirs(packages, exist_ok=True)
    for major, version in sorted(pack.versions.items()):
        pkg = fetch(pack, version, packages)
        C = write_edition(pack, major, pkg, os.path.join(pack.here, f"v{major}"))
        print(f"v{major} ({version}):", len(C), "components,", sum(len(c["rules"]) for c in C.values()), "rules")
        if args.no_fixtures:
            continue
        items = fixtures(pack, pkg)
        rendered = render(pack, pkg, version, items, args.chromium)
        os.makedirs(pack.fixtures_folder, exist_ok=True)
        p = pack.prefix
        with open(os.path.join(pack.fixtures_folder, f"{version}.json"), "w", encoding="utf-8") as f:
            json.dump({
                "source": f"{pack.id} {version} (npm), {pack.dist}/components/*/fixtures.json: the non-hidden fixtures, name and html as published, and js: the html after {pack.title}'s own JavaScript ({', '.join(os.path.basename(s) for s in script_files(pack, pkg))}, initAll) ran on it in headless Chromium. Written by designsystem/contracts/{pack.id}/generate-contracts.py. {pack.licence_line}",
                "version": version,
                # The classes the tests' mutations look for: a form group in error, its error message, the groups a fieldset holds.
                "classes": {"errorGroup": f"{p}form-group--error", "errorMessage": f"{p}error-message", "groups": [f"{p}radios", f"{p}checkboxes", f"{p}date-input"]},
                "discouraged": [{"component": key[0], "name": key[1], "rule": rule} for key, rule in pack.discouraged.items() if key[2:] in ((), (major,))],
                "fixtures": [{"component": c, "name": n, "html": h, "js": j} for (c, n, h), j in zip(items, rendered)],
            }, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"  {len(items)} fixtures ({sum(1 for (_, _, h), j in zip(items, rendered) if h != j)} changed by {pack.title}'s JavaScript)")
