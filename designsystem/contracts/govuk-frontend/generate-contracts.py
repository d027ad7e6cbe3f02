#!/usr/bin/env python3
"""Writes the GOV.UK Frontend contract pack (<component>/component.yml) from the compact rule table
below. Run it after editing the table: python3 generate-contracts.py. The YAML files are the source
the checks read; this script only saves typing the same message shapes 100 times."""
import json, os

DOCS = "https://design-system.service.gov.uk/components/{slug}/"

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
C = {}
def comp(cid, name, name_es, root=None, rules=()):
    C[cid] = dict(name=name, name_es=name_es, root=root or f".govuk-{cid}", rules=list(rules))

def r(id, severity, kind, body, wcag=None, on=None, when=None, what=None, what_es=None, msg=None):
    return dict(id=id, severity=severity, kind=kind, body=body, wcag=wcag, on=on, when=when, what=what, what_es=what_es, msg=msg)

def mods(values):
    return r("unknown-modifier", "minor", "modifiers", "[" + ", ".join(values) + "]")

def el(names, severity="serious", wcag=("4.1.2",), on=None, what=None, what_es=None, id="element"):
    return r(id, severity, "element", "[" + ", ".join(names) + "]", wcag=list(wcag) if wcag else None, on=on, what=what, what_es=what_es)

def kids(id, select, min=None, max=None, severity="serious", wcag=("1.3.1",), on=None, when=None):
    parts = [f"select: {q(select)}"] + ([f"min: {min}"] if min is not None else []) + ([f"max: {max}"] if max is not None else [])
    return r(id, severity, "min" if min is not None else "max", "{ " + ", ".join(parts) + " }", wcag=list(wcag) if wcag else None, on=on, when=when)

def req(id, attrs, values=None, severity="serious", wcag=("4.1.2",), on=None, when=None, what=None, what_es=None, kind="required"):
    parts = []
    if attrs:
        parts.append("required: [" + ", ".join(attrs) + "]")
    if values:
        parts.append("values: { " + ", ".join(f"{k}: [" + ", ".join(q(x) for x in v) + "]" for k, v in values.items()) + " }")
    return r(id, severity, kind, "{ " + ", ".join(parts) + " }", wcag=list(wcag) if wcag else None, on=on, when=when, what=what, what_es=what_es)

def text(id="text", on=None, what=None, what_es=None, wcag=("4.1.2",), severity="serious"):
    return r(id, severity, "text", "required", wcag=list(wcag) if wcag else None, on=on, what=what, what_es=what_es)

def ref(id, attribute, target=None, within=None, on=None, what=None, what_es=None, wcag=("1.3.1",), severity="serious"):
    parts = [f"attribute: {attribute}"] + ([f"target: {q(target)}"] if target else []) + ([f"within: {within}"] if within else [])
    return r(id, severity, "reference", "{ " + ", ".join(parts) + " }", wcag=list(wcag) if wcag else None, on=on, what=what, what_es=what_es)

def module(cid):
    return req("data-module", ["data-module"], {"data-module": [f"govuk-{cid}"]}, severity="moderate", wcag=None, kind="value")

comp("accordion", "accordion", "acordeón", rules=[
    module("accordion"),
    req("id", ["id"], severity="moderate", wcag=("4.1.2",)),
    kids("sections", ".govuk-accordion__section", min=1),
    el(["h1", "h2", "h3", "h4", "h5", "h6"], on=".govuk-accordion__section-heading", wcag=("1.3.1",), id="heading-element", what="accordion section heading", what_es="encabezado de sección del acordeón"),
    mods([])])
comp("back-link", "back link", "enlace para volver", rules=[
    el(["a"]), req("href", ["href"], wcag=("2.1.1",)), text(wcag=("2.4.4",)), mods(["inverse"])])
comp("breadcrumbs", "breadcrumbs", "ruta de navegación", rules=[
    el(["nav"], wcag=("1.3.1",), severity="moderate"),
    req("label", ["aria-label"], severity="moderate", wcag=("1.3.1",)),
    kids("list", ":scope > .govuk-breadcrumbs__list", min=1, max=1),
    el(["ol"], on=".govuk-breadcrumbs__list", wcag=("1.3.1",), id="list-element", what="breadcrumbs list", what_es="lista de la ruta"),
    mods(["collapse-on-mobile", "inverse"])])
comp("button", "button", "botón", rules=[
    el(["button", "a", "input"]),
    req("button-type", ["type"], {"type": ["submit", "button", "reset"]}, severity="moderate", wcag=None, when="{ matches: button }"),
    req("input-type", None, {"type": ["submit", "button", "reset"]}, when="{ matches: input }"),
    req("link-href", ["href"], wcag=("2.1.1",), when="{ matches: a }"),
    text(),
    req("start-icon-hidden", ["aria-hidden", "focusable"], {"aria-hidden": ["true"], "focusable": ["false"]}, severity="minor", wcag=("1.1.1",), on=".govuk-button__start-icon", what="start button's arrow", what_es="flecha del botón de inicio"),
    mods(["secondary", "warning", "inverse", "start"])])
comp("character-count", "character count", "contador de caracteres", rules=[
    module("character-count"),
    kids("textarea", ".govuk-js-character-count", min=1, max=1),
    req("limit-element", None, None, severity="moderate", wcag=None),  # placeholder replaced below
    mods([])])
C["character-count"]["rules"][2] = kids("message", ".govuk-character-count__message", min=1, max=1, wcag=("4.1.3",))
comp("checkboxes", "checkboxes", "casillas de verificación", rules=[
    module("checkboxes"),
    kids("items", ".govuk-checkboxes__item", min=1),
    req("input-type", ["type"], {"type": ["checkbox"]}, on=".govuk-checkboxes__input", what="checkbox input", what_es="casilla"),
    ref("label-for", "for", target="input", within="instance", on=".govuk-checkboxes__label", what="checkbox label", what_es="etiqueta de casilla"),
    ref("conditional", "data-aria-controls", target=".govuk-checkboxes__conditional", within="instance", on=".govuk-checkboxes__input", what="checkbox input", what_es="casilla"),
    mods(["small"])])
comp("cookie-banner", "cookie banner", "banner de cookies", rules=[
    req("landmark", ["aria-label", "role"], {"role": ["region"]}, severity="moderate", wcag=("1.3.1",)),
    req("nosnippet", ["data-nosnippet"], severity="minor", wcag=None),
    kids("message", ".govuk-cookie-banner__message", min=1),
    mods([])])
comp("date-input", "date input", "campo de fecha", rules=[
    kids("items", ".govuk-date-input__item", min=1),
    el(["input"], on=".govuk-date-input__input", id="input-element", what="date field", what_es="campo de fecha"),
    ref("label-for", "for", target="input", within="instance", on=".govuk-date-input__label", what="date field label", what_es="etiqueta del campo de fecha"),
    mods([])])
comp("details", "details", "detalles", rules=[
    el(["details"]),
    kids("summary", ":scope > summary.govuk-details__summary", min=1, max=1, wcag=("4.1.2",)),
    kids("text", ".govuk-details__text", min=1, max=1, severity="moderate"),
    mods([])])
comp("error-message", "error message", "mensaje de error", rules=[
    el(["p", "span"], wcag=("1.3.1",), severity="moderate"), text(wcag=("3.3.1",)), mods([])])
comp("error-summary", "error summary", "resumen de errores", rules=[
    module("error-summary"),
    kids("alert", "[role=alert]", min=1, max=1, wcag=("4.1.3",)),
    kids("title", ".govuk-error-summary__title", min=1, max=1, wcag=("1.3.1",)),
    req("link-href", ["href"], wcag=("2.4.4",), on=".govuk-error-summary__list a", what="error summary link", what_es="enlace del resumen de errores"),
    mods([])])
comp("exit-this-page", "exit this page", "salir de esta página", rules=[
    module("exit-this-page"),
    kids("button", ".govuk-exit-this-page__button", min=1, max=1, wcag=("2.1.1",)),
    mods([])])
comp("fieldset", "fieldset", "grupo de campos", rules=[
    el(["fieldset"], wcag=("1.3.1",)),
    el(["legend"], on=".govuk-fieldset__legend", wcag=("1.3.1",), id="legend-element", what="fieldset legend", what_es="leyenda del grupo"),
    kids("legend", ":scope > legend", max=1),
    mods([])])
comp("file-upload", "file upload", "subida de archivos", rules=[
    el(["input"]), req("type", ["type"], {"type": ["file"]}), mods(["error"])])
comp("footer", "footer", "pie de página", rules=[
    el(["footer"], wcag=("1.3.1",), severity="moderate"),
    text(on=".govuk-footer__link", what="footer link", what_es="enlace del pie", wcag=("2.4.4",), id="link-text"),
    mods([])])
comp("header", "header", "cabecera", rules=[
    el(["header"], wcag=("1.3.1",), severity="moderate"),
    kids("service-name", ".govuk-header__service-name", max=1, severity="minor", wcag=None),
    mods(["full-width-border"])])
comp("hint", "hint", "pista", rules=[el(["div", "span", "p"], wcag=("1.3.1",), severity="moderate"), mods([])])
comp("input", "text input", "campo de texto", rules=[
    el(["input"]),
    mods(["error", "extra-letter-spacing", "width-2", "width-3", "width-4", "width-5", "width-10", "width-20", "width-30", "fixed-width"])])
comp("inset-text", "inset text", "texto destacado", rules=[el(["div"], wcag=("1.3.1",), severity="minor"), mods([])])
comp("label", "label", "etiqueta", rules=[
    el(["label"], wcag=("1.3.1",)),
    ref("for", "for", target="input, select, textarea", what="label", what_es="etiqueta"),
    mods(["s", "m", "l", "xl"])])
comp("notification-banner", "notification banner", "banner de notificación", rules=[
    module("notification-banner"),
    req("role", ["role"], {"role": ["region", "alert"]}, wcag=("4.1.3",)),
    kids("title", ".govuk-notification-banner__title", min=1, max=1, wcag=("1.3.1",)),
    ref("labelledby", "aria-labelledby", target=".govuk-notification-banner__title", within="instance"),
    mods(["success"])])
comp("pagination", "pagination", "paginación", rules=[
    el(["nav"], wcag=("1.3.1",), severity="moderate"),
    req("label", ["aria-label"], severity="moderate", wcag=("1.3.1",)),
    req("current", ["aria-current"], {"aria-current": ["page"]}, on=".govuk-pagination__item--current a", what="current page link", what_es="enlace de la página actual"),
    mods(["block"])])
comp("panel", "panel", "panel", rules=[
    kids("title", ".govuk-panel__title", min=1, max=1, wcag=("1.3.1",), severity="moderate"),
    mods(["confirmation"])])
comp("password-input", "password input", "campo de contraseña", rules=[
    module("password-input"),
    kids("input", "input.govuk-password-input__input", min=1, max=1),
    req("input-type", ["type"], {"type": ["password"]}, on=".govuk-password-input__input", what="password field", what_es="campo de contraseña"),
    req("toggle-type", ["type"], {"type": ["button"]}, on=".govuk-password-input__toggle", what="show password button", what_es="botón de mostrar contraseña"),
    mods([])])
comp("phase-banner", "phase banner", "banner de fase", rules=[
    kids("tag", ".govuk-tag", min=1, max=1, severity="moderate"),
    kids("text", ".govuk-phase-banner__text", min=1, max=1, severity="moderate"),
    mods([])])
comp("radios", "radios", "botones de opción", rules=[
    module("radios"),
    kids("items", ".govuk-radios__item", min=1),
    req("input-type", ["type"], {"type": ["radio"]}, on=".govuk-radios__input", what="radio input", what_es="botón de opción"),
    ref("label-for", "for", target="input", within="instance", on=".govuk-radios__label", what="radio label", what_es="etiqueta de opción"),
    ref("conditional", "data-aria-controls", target=".govuk-radios__conditional", within="instance", on=".govuk-radios__input", what="radio input", what_es="botón de opción"),
    mods(["inline", "small"])])
comp("select", "select", "desplegable", rules=[el(["select"]), mods(["error"])])
comp("service-navigation", "service navigation", "navegación del servicio", rules=[
    el(["div", "section"], wcag=("1.3.1",), severity="moderate"),
    el(["nav"], on=".govuk-service-navigation__wrapper", wcag=("1.3.1",), id="nav-element", what="service navigation wrapper", what_es="contenedor de la navegación"),
    req("current", ["aria-current"], on=".govuk-service-navigation__item--active a", what="active navigation link", what_es="enlace de navegación activo", wcag=("1.3.1",)),
    mods(["inverse"])])
comp("skip-link", "skip link", "enlace para saltar", rules=[
    el(["a"], wcag=("2.4.1",)),
    r("href-fragment", "serious", "pattern", "{ required: [href], pattern: { href: \"^#.+\" } }", wcag=["2.4.1"]),
    text(wcag=("2.4.4",)),
    mods([])])
comp("summary-list", "summary list", "lista de resumen", rules=[
    el(["dl"], wcag=("1.3.1",)),
    el(["dt"], on=".govuk-summary-list__key", wcag=("1.3.1",), id="key-element", what="summary list key", what_es="clave de la lista"),
    el(["dd"], on=".govuk-summary-list__value", wcag=("1.3.1",), id="value-element", what="summary list value", what_es="valor de la lista"),
    mods(["no-border"])])
comp("table", "table", "tabla", rules=[
    el(["table"], wcag=("1.3.1",)),
    el(["th"], on=".govuk-table__header", wcag=("1.3.1",), id="header-element", what="table header cell", what_es="celda de encabezado"),
    mods([])])
comp("tabs", "tabs", "pestañas", rules=[
    module("tabs"),
    ref("tab-panel", "href", target=".govuk-tabs__panel", within="instance", on=".govuk-tabs__tab", what="tab", what_es="pestaña", wcag=("2.4.4",)),
    req("panel-id", ["id"], on=".govuk-tabs__panel", what="tab panel", what_es="panel de pestaña"),
    mods([])])
comp("tag", "tag", "etiqueta de estado", rules=[
    el(["strong", "span"], wcag=("1.3.1",), severity="minor"),
    mods(["grey", "green", "turquoise", "blue", "light-blue", "purple", "pink", "red", "orange", "yellow"])])
comp("task-list", "task list", "lista de tareas", rules=[
    el(["ul", "ol"], wcag=("1.3.1",)),
    kids("items", ":scope > .govuk-task-list__item", min=1),
    mods([])])
comp("textarea", "textarea", "área de texto", rules=[el(["textarea"]), mods(["error"])])
comp("warning-text", "warning text", "texto de advertencia", rules=[
    kids("icon", ".govuk-warning-text__icon", min=1, max=1, severity="minor", wcag=None),
    req("icon-hidden", ["aria-hidden"], {"aria-hidden": ["true"]}, on=".govuk-warning-text__icon", what="warning icon", what_es="icono de advertencia", wcag=("1.1.1",), severity="minor"),
    kids("text", ".govuk-warning-text__text", min=1, max=1, severity="moderate"),
    mods([])])

def message(c, rule):
    kind = rule["kind"]
    what = rule["what"] or c["name"]
    what_es = rule["what_es"] or c["name_es"]
    en, es = TEXT[kind]
    fill = lambda s: s.replace("{name}", c["name"]).replace("{name_es}", c["name_es"]).replace("{what}", what).replace("{what_es}", what_es)
    return fill(en), fill(es)

for cid, c in C.items():
    lines = [
        "# yaml-language-server: $schema=../../../../docs/schemas/component.schema.json",
        "# Generated by generate-contracts.py from GOV.UK Frontend's markup (MIT, © Crown copyright); edit the script.",
        "schemaVersion: 1",
        f"id: {cid}",
        f"name: {{ en: {q(c['name'][0].upper() + c['name'][1:])}, es: {q(c['name_es'][0].upper() + c['name_es'][1:])} }}",
        "status: stable",
        "since: 5.0.0",
        "contract:",
        f"  root: {q(c['root'])}",
        "  rules:",
    ]
    for rule in c["rules"]:
        en, es = message(c, rule)
        if rule["kind"] in ("min", "max") and rule["body"].find("min:") < 0:
            en, es = TEXT["max"][0].replace("{name}", c["name"]), TEXT["max"][1].replace("{name_es}", c["name_es"])
        lines.append(f"    - id: {rule['id']}")
        lines.append(f"      severity: {rule['severity']}")
        if rule["wcag"]:
            lines.append("      wcag: [" + ", ".join(q(w) for w in rule["wcag"]) + "]")
        else:
            lines.append(f"      guidance: {q(DOCS.format(slug=cid if cid != 'input' else 'text-input'))}")
        if rule["when"]:
            lines.append(f"      when: {rule['when']}")
        if rule["on"]:
            lines.append(f"      on: {q(rule['on'])}")
        key = {"min": "children", "max": "children", "required": "attributes", "value": "attributes", "pattern": "attributes"}.get(rule["kind"], rule["kind"])
        lines.append(f"      {key}: {rule['body']}")
        lines.append("      message:")
        lines.append(f"        en: {q(en)}")
        lines.append(f"        es: {q(es)}")
    os.makedirs(cid, exist_ok=True)
    with open(os.path.join(cid, "component.yml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
print(len(C), "components,", sum(len(c["rules"]) for c in C.values()), "rules")
