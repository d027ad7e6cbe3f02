#!/usr/bin/env python3
"""Writes the GOV.UK Frontend pack from the published npm packages, one edition per major version:

  v5/ and v6/<component>/component.yml   the contracts, from the rule table below (written to GOV.UK
                                         Frontend's Nunjucks templates and its Design System guidance)
  v5/ and v6/tokens.json                 the palette: every colour of the package's Sass palette and
                                         every colour its compiled CSS uses
  tests/.../Fixtures/govuk-frontend/<version>.json
                                         the package's non-hidden fixtures, each as published (html) and
                                         as GOV.UK Frontend's own JavaScript leaves it (js), rendered in
                                         headless Chromium with the package's all.bundle.js

Run: python3 generate-contracts.py [--packages DIR] [--chromium PATH]. It runs `npm pack
govuk-frontend@<version>` for each version in VERSIONS into DIR (a temporary folder by default), so
the output depends only on the published packages, this table and Chromium. Modifier lists are read
from the package (every govuk-<block>--<modifier> class its CSS, JavaScript or templates name), so a
version's new modifiers (6.x's tag colours) come with it."""
import argparse, glob, html as htmllib, json, os, re, shutil, subprocess, sys, tarfile, tempfile

# The versions each edition is generated from: the latest of each major the pack supports.
VERSIONS = {5: "5.14.0", 6: "6.6.0"}
LATEST = max(VERSIONS)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FIXTURES = os.path.join(REPO, "tests", "ServiceStandard.DesignSystem.Tests", "Fixtures", "govuk-frontend")
DOCS = "https://design-system.service.gov.uk/components/{slug}/"

# Fixtures that show a macro option GOV.UK's guidance advises against, kept out of the clean set
# (the tests check that each trips exactly the rule named here instead): (component, fixture name[,
# only in this major version]) → rule.
DISCOURAGED = {
    # "Group radios together in a <fieldset> with a <legend> that describes them" (radios guidance);
    # the fixture shows the template's fieldset option turned off.
    ("radios", "without fieldset"): "radios/in-fieldset",
    # 6.x's per-field error option shown without the date input's error message: "error state without
    # its error message" ("Highlight the date input ... and show an error message", date input guidance).
    # (5.x's fixtures of the same names still write the error message.)
    ("date-input", "with errors only", 6): "input/error-in-group",
    ("date-input", "with errors only (using classes)", 6): "input/error-in-group",
    ("date-input", "with errors only (using items)", 6): "input/error-in-group",
    ("date-input", "with errors only (using items and classes)", 6): "input/error-in-group",
}

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

def module(cid):
    return req("data-module", ["data-module"], {"data-module": [f"govuk-{cid}"]}, severity="moderate", wcag=None, kind="value")

def cond(**tests):
    return "{ " + ", ".join(f"{k}: {q(v)}" for k, v in tests.items()) + " }"

# The rules every field shares, from the form components' templates: a field has a name (the
# templates require params.name), a label whose for names its id (govukLabel({ for: id })), and its
# error state (govuk-input--error, …) only with an error message in a form group in its error state.
def labelled(what, what_es, when=None):
    return refby("labelled", "for", (f"The {what} \"{{id}}\" has no label: no label's for names its id.", f"El elemento {what_es} «{{id}}» no tiene etiqueta: ningún for de una etiqueta nombra su id."),
                 select="label", when=when, wcag=("1.3.1", "3.3.2", "4.1.2"), severity="critical")

def named(what, what_es, on=None, when=None):
    return req("name", ["name"], on=on, when=when, what=what, what_es=what_es, wcag=("4.1.2",),
               msg=(f"The {what} has no name, so its answer is not sent with the form.", f"El elemento {what_es} no tiene name, así que su respuesta no se envía con el formulario."))

def error_in_group(modifier, what, what_es, when_not=None):
    when = cond(matches=modifier, notMatches=when_not) if when_not else cond(matches=modifier)
    return inside("error-in-group", ".govuk-form-group--error",
                  (f"The {what} is shown in its error state ({modifier[1:]}) but its form group is not in error with an error message (govuk-form-group--error and govuk-error-message).",
                   f"El elemento {what_es} se muestra en estado de error ({modifier[1:]}), pero su grupo no está en error con un mensaje (govuk-form-group--error y govuk-error-message)."),
                  when=when, wcag=("3.3.1",))

def table(major):
    """The contracts of one major version of GOV.UK Frontend (major: 5 or 6)."""
    C = {}
    def comp(cid, name, name_es, root=None, rules=()):
        C[cid] = dict(name=name, name_es=name_es, root=root or f".govuk-{cid}", rules=[x for x in rules if x])
    v6 = major >= 6
    comp("accordion", "accordion", "acordeón", rules=[
        module("accordion"),
        req("id", ["id"], severity="moderate", wcag=("4.1.2",)),
        kids("sections", ".govuk-accordion__section", min=1),
        el(["h1", "h2", "h3", "h4", "h5", "h6"], on=".govuk-accordion__section-heading", wcag=("1.3.1",), id="heading-element", what="accordion section heading", what_es="encabezado de sección del acordeón"),
        mods()])
    comp("back-link", "back link", "enlace para volver", rules=[
        el(["a"]), req("href", ["href"], wcag=("2.1.1",)), text(wcag=("2.4.4",)), mods()])
    comp("breadcrumbs", "breadcrumbs", "ruta de navegación", rules=[
        el(["nav"], wcag=("1.3.1",), severity="moderate"),
        req("label", ["aria-label"], severity="moderate", wcag=("1.3.1",)),
        kids("list", ":scope > .govuk-breadcrumbs__list", min=1, max=1),
        el(["ol"], on=".govuk-breadcrumbs__list", wcag=("1.3.1",), id="list-element", what="breadcrumbs list", what_es="lista de la ruta"),
        mods()])
    # The file upload's JS draws a "Choose file" button inside its own <button>: a span styled as govuk-button.
    comp("button", "button", "botón", root=".govuk-button:not(.govuk-file-upload-button__pseudo-button)", rules=[
        el(["button", "a", "input"]),
        req("button-type", ["type"], {"type": ["submit", "button", "reset"]}, severity="moderate", wcag=None, when="{ matches: button }"),
        # 6.x's template no longer writes the button as an <input>.
    None if v6 else req("input-type", None, {"type": ["submit", "button", "reset"]}, when="{ matches: input }"),
        req("link-href", ["href"], wcag=("2.1.1",), when="{ matches: a }"),
        text(),
        req("start-icon-hidden", ["aria-hidden", "focusable"], {"aria-hidden": ["true"], "focusable": ["false"]}, severity="minor", wcag=("1.1.1",), on=".govuk-button__start-icon", what="start button's arrow", what_es="flecha del botón de inicio"),
        mods()])
    comp("character-count", "character count", "contador de caracteres", rules=[
        module("character-count"),
        kids("textarea", ".govuk-js-character-count", min=1, max=1),
        # GOV.UK's JS adds a visible status that is also a __message (hidden from assistive technologies): not counted.
        kids("message", ".govuk-character-count__message:not(.govuk-character-count__status)", min=1, max=1, wcag=("4.1.3",)),
        mods()])
    comp("checkboxes", "checkboxes", "casillas de verificación", rules=[
        module("checkboxes"),
        kids("items", ".govuk-checkboxes__item", min=1),
        req("input-type", ["type"], {"type": ["checkbox"]}, on=".govuk-checkboxes__input", what="checkbox input", what_es="casilla"),
        ref("label-for", "for", target="input", within="instance", on=".govuk-checkboxes__label", what="checkbox label", what_es="etiqueta de casilla"),
        named("checkbox", "casilla", on=".govuk-checkboxes__input"),
        req("input-id", ["id"], on=".govuk-checkboxes__input", what="checkbox", what_es="casilla", wcag=("1.3.1",)),
        refby("input-labelled", "for", ("The checkbox \"{id}\" has no label of its own: no .govuk-checkboxes__label's for names it.", "La casilla «{id}» no tiene etiqueta propia: ningún for de .govuk-checkboxes__label la nombra."),
              select=".govuk-checkboxes__label", within="instance", on=".govuk-checkboxes__input", wcag=("1.3.1", "4.1.2"), severity="critical"),
        # "Group checkboxes together in a <fieldset> with a <legend>" (checkboxes guidance); one checkbox on its own needs none.
        inside("in-fieldset", "fieldset", ("Put a group of checkboxes in a fieldset whose legend asks the question.", "Ponga un grupo de casillas en un fieldset cuya leyenda haga la pregunta."),
               when=cond(contains=".govuk-checkboxes__item ~ .govuk-checkboxes__item")),
        ref("conditional", "data-aria-controls", target=".govuk-checkboxes__conditional", within="instance", on=".govuk-checkboxes__input", what="checkbox input", what_es="casilla"),
        ref("describedby", "aria-describedby", on=".govuk-checkboxes__input", what="checkbox input", what_es="casilla"),
        mods()])
    comp("cookie-banner", "cookie banner", "banner de cookies", rules=[
        req("landmark", ["aria-label", "role"], {"role": ["region"]}, severity="moderate", wcag=("1.3.1",)),
        req("nosnippet", ["data-nosnippet"], severity="minor", wcag=None),
        kids("message", ".govuk-cookie-banner__message", min=1),
        mods()])
    comp("date-input", "date input", "campo de fecha", rules=[
        kids("items", ".govuk-date-input__item", min=1),
        el(["input"], on=".govuk-date-input__input", id="input-element", what="date field", what_es="campo de fecha"),
        ref("label-for", "for", target="input", within="instance", on=".govuk-date-input__label", what="date field label", what_es="etiqueta del campo de fecha"),
        # The date input template always wraps its fields in a fieldset ("Ask for a date in a fieldset with a legend").
        inside("in-fieldset", "fieldset", ("Put the date input in a fieldset whose legend asks the question, so it is announced with each field.", "Ponga el campo de fecha en un fieldset cuya leyenda haga la pregunta."),
               when=cond(contains=".govuk-date-input__item ~ .govuk-date-input__item")),
        mods()])
    comp("details", "details", "detalles", rules=[
        el(["details"]),
        kids("summary", ":scope > summary.govuk-details__summary", min=1, max=1, wcag=("4.1.2",)),
        kids("text", ".govuk-details__text", min=1, max=1, severity="moderate"),
        mods()])
    # The character count's JS styles its visible status (aria-hidden) as an error message while over the limit.
    comp("error-message", "error message", "mensaje de error", root=".govuk-error-message:not(.govuk-character-count__status)", rules=[
        el(["p", "span"], wcag=("1.3.1",), severity="moderate"), text(wcag=("3.3.1",)), mods()])
    comp("error-summary", "error summary", "resumen de errores", rules=[
        module("error-summary"),
        kids("alert", "[role=alert]", min=1, max=1, wcag=("4.1.3",)),
        kids("title", ".govuk-error-summary__title", min=1, max=1, wcag=("1.3.1",)),
        req("link-href", ["href"], wcag=("2.4.4",), on=".govuk-error-summary__list a", what="error summary link", what_es="enlace del resumen de errores"),
        mods()])
    comp("exit-this-page", "exit this page", "salir de esta página", rules=[
        module("exit-this-page"),
        kids("button", ".govuk-exit-this-page__button", min=1, max=1, wcag=("2.1.1",)),
        mods()])
    comp("fieldset", "fieldset", "grupo de campos", rules=[
        el(["fieldset"], wcag=("1.3.1",)),
        el(["legend"], on=".govuk-fieldset__legend", wcag=("1.3.1",), id="legend-element", what="fieldset legend", what_es="leyenda del grupo"),
        kids("legend", ":scope > legend", min=1, max=1, msg=("The fieldset needs one legend, its first child, asking the question (found {count}).", "El fieldset necesita una leyenda, su primer hijo, con la pregunta (hay {count}).")),
        ref("describedby", "aria-describedby", what="fieldset", what_es="grupo de campos"),
        mods()])
    # GOV.UK's JS (data-module="govuk-file-upload") hides the native input and gives its id, and so its label, to a button it adds.
    comp("file-upload", "file upload", "subida de archivos", rules=[
        el(["input"]), req("type", ["type"], {"type": ["file"]}),
        labelled("file upload", "subida de archivos", when=cond(notMatches="[hidden]")),
        named("file upload", "subida de archivos"),
        ref("describedby", "aria-describedby", what="file upload", what_es="subida de archivos"),
        error_in_group(".govuk-file-upload--error", "file upload", "subida de archivos"),
        mods()])
    # 6.x: the footer is a div inside the page template's <footer>.
    comp("footer", "footer", "pie de página", rules=[
        el(["div", "footer"] if v6 else ["footer"], wcag=("1.3.1",), severity="moderate"),
        text(on=".govuk-footer__link", what="footer link", what_es="enlace del pie", wcag=("2.4.4",), id="link-text"),
        mods()])
    # 6.x: the header is a div inside the page template's <header>.
    comp("header", "header", "cabecera", rules=[
        el(["div", "header"] if v6 else ["header"], wcag=("1.3.1",), severity="moderate"),
        # 6.x moved the service name to the service navigation.
    None if v6 else kids("service-name", ".govuk-header__service-name", max=1, severity="minor", wcag=None),
        mods()])
    comp("hint", "hint", "pista", rules=[el(["div", "span", "p"], wcag=("1.3.1",), severity="moderate"), mods()])
    comp("input", "text input", "campo de texto", rules=[
        el(["input"]),
        labelled("text input", "campo de texto"),
        named("text input", "campo de texto"),
        ref("describedby", "aria-describedby", what="text input", what_es="campo de texto"),
        error_in_group(".govuk-input--error", "text input", "campo de texto"),
        mods()])
    comp("inset-text", "inset text", "texto destacado", rules=[el(["div"], wcag=("1.3.1",), severity="minor"), mods()])
    comp("label", "label", "etiqueta", rules=[
        el(["label"], wcag=("1.3.1",)),
        # GOV.UK's file upload JS moves the input's id to the button it adds.
        ref("for", "for", target="input, select, textarea, .govuk-file-upload-button", what="label", what_es="etiqueta"),
        mods()])
    comp("notification-banner", "notification banner", "banner de notificación", rules=[
        module("notification-banner"),
        req("role", ["role"], {"role": ["region", "alert"]}, wcag=("4.1.3",)),
        kids("title", ".govuk-notification-banner__title", min=1, max=1, wcag=("1.3.1",)),
        ref("labelledby", "aria-labelledby", target=".govuk-notification-banner__title", within="instance"),
        mods()])
    comp("pagination", "pagination", "paginación", rules=[
        el(["nav"], wcag=("1.3.1",), severity="moderate"),
        req("label", ["aria-label"], severity="moderate", wcag=("1.3.1",)),
        req("current", ["aria-current"], {"aria-current": ["page"]}, on=".govuk-pagination__item--current a", what="current page link", what_es="enlace de la página actual"),
        mods()])
    comp("panel", "panel", "panel", rules=[
        kids("title", ".govuk-panel__title", min=1, max=1, wcag=("1.3.1",), severity="moderate"),
        mods()])
    comp("password-input", "password input", "campo de contraseña", rules=[
        module("password-input"),
        kids("input", "input.govuk-password-input__input", min=1, max=1),
        req("input-type", ["type"], {"type": ["password"]}, on=".govuk-password-input__input", what="password field", what_es="campo de contraseña"),
        req("toggle-type", ["type"], {"type": ["button"]}, on=".govuk-password-input__toggle", what="show password button", what_es="botón de mostrar contraseña"),
        mods()])
    comp("phase-banner", "phase banner", "banner de fase", rules=[
        kids("tag", ".govuk-tag", min=1, max=1, severity="moderate"),
        kids("text", ".govuk-phase-banner__text", min=1, max=1, severity="moderate"),
        mods()])
    comp("radios", "radios", "botones de opción", rules=[
        module("radios"),
        kids("items", ".govuk-radios__item", min=1),
        req("input-type", ["type"], {"type": ["radio"]}, on=".govuk-radios__input", what="radio input", what_es="botón de opción"),
        ref("label-for", "for", target="input", within="instance", on=".govuk-radios__label", what="radio label", what_es="etiqueta de opción"),
        named("radio", "botón de opción", on=".govuk-radios__input"),
        req("input-id", ["id"], on=".govuk-radios__input", what="radio", what_es="botón de opción", wcag=("1.3.1",)),
        refby("input-labelled", "for", ("The radio \"{id}\" has no label of its own: no .govuk-radios__label's for names it.", "El botón de opción «{id}» no tiene etiqueta propia: ningún for de .govuk-radios__label lo nombra."),
              select=".govuk-radios__label", within="instance", on=".govuk-radios__input", wcag=("1.3.1", "4.1.2"), severity="critical"),
        # "Group radios together in a <fieldset> with a <legend> that describes them" (radios guidance).
        inside("in-fieldset", "fieldset", ("Put the radios in a fieldset whose legend asks the question, so it is announced with each option.", "Ponga los botones de opción en un fieldset cuya leyenda haga la pregunta."),
               when=cond(contains=".govuk-radios__item ~ .govuk-radios__item")),
        ref("conditional", "data-aria-controls", target=".govuk-radios__conditional", within="instance", on=".govuk-radios__input", what="radio input", what_es="botón de opción"),
        ref("describedby", "aria-describedby", on=".govuk-radios__input", what="radio input", what_es="botón de opción"),
        mods()])
    comp("select", "select", "desplegable", rules=[
        el(["select"]),
        labelled("select", "desplegable"),
        named("select", "desplegable"),
        ref("describedby", "aria-describedby", what="select", what_es="desplegable"),
        error_in_group(".govuk-select--error", "select", "desplegable"),
        mods()])
    comp("service-navigation", "service navigation", "navegación del servicio", rules=[
        el(["div", "section"], wcag=("1.3.1",), severity="moderate"),
        el(["nav"], on=".govuk-service-navigation__wrapper", wcag=("1.3.1",), id="nav-element", what="service navigation wrapper", what_es="contenedor de la navegación"),
        req("current", ["aria-current"], on=".govuk-service-navigation__item--active a", what="active navigation link", what_es="enlace de navegación activo", wcag=("1.3.1",)),
        mods()])
    comp("skip-link", "skip link", "enlace para saltar", rules=[
        el(["a"], wcag=("2.4.1",)),
        r("href-fragment", "serious", "pattern", "{ required: [href], pattern: { href: \"^#.+\" } }", wcag=["2.4.1"]),
        text(wcag=("2.4.4",)),
        mods()])
    comp("summary-list", "summary list", "lista de resumen", rules=[
        el(["dl"], wcag=("1.3.1",)),
        el(["dt"], on=".govuk-summary-list__key", wcag=("1.3.1",), id="key-element", what="summary list key", what_es="clave de la lista"),
        el(["dd"], on=".govuk-summary-list__value", wcag=("1.3.1",), id="value-element", what="summary list value", what_es="valor de la lista"),
        mods()])
    comp("table", "table", "tabla", rules=[
        el(["table"], wcag=("1.3.1",)),
        el(["th"], on=".govuk-table__header", wcag=("1.3.1",), id="header-element", what="table header cell", what_es="celda de encabezado"),
        mods()])
    comp("tabs", "tabs", "pestañas", rules=[
        module("tabs"),
        ref("tab-panel", "href", target=".govuk-tabs__panel", within="instance", on=".govuk-tabs__tab", what="tab", what_es="pestaña", wcag=("2.4.4",)),
        req("panel-id", ["id"], on=".govuk-tabs__panel", what="tab panel", what_es="panel de pestaña"),
        mods()])
    comp("tag", "tag", "etiqueta de estado", rules=[
        el(["strong", "span"], wcag=("1.3.1",), severity="minor"),
        mods()])
    comp("task-list", "task list", "lista de tareas", rules=[
        el(["ul", "ol"], wcag=("1.3.1",)),
        # The template names each task's hint and status in its link's aria-describedby.
        ref("describedby", "aria-describedby", on=".govuk-task-list__link", what="task link", what_es="enlace de tarea"),
        kids("items", ":scope > .govuk-task-list__item", min=1),
        mods()])
    comp("textarea", "textarea", "área de texto", rules=[
        el(["textarea"]),
        labelled("textarea", "área de texto"),
        named("textarea", "área de texto"),
        ref("describedby", "aria-describedby", what="textarea", what_es="área de texto"),
        # The character count's JS shows the textarea in its error state while the text is over the limit.
        error_in_group(".govuk-textarea--error", "textarea", "área de texto", when_not=".govuk-js-character-count"),
        mods()])
    comp("warning-text", "warning text", "texto de advertencia", rules=[
        kids("icon", ".govuk-warning-text__icon", min=1, max=1, severity="minor", wcag=None),
        req("icon-hidden", ["aria-hidden"], {"aria-hidden": ["true"]}, on=".govuk-warning-text__icon", what="warning icon", what_es="icono de advertencia", wcag=("1.1.1",), severity="minor"),
        kids("text", ".govuk-warning-text__text", min=1, max=1, severity="moderate"),
        mods()])


    # The form group (GOV.UK Frontend's objects/form-group, which every form component's template writes):
    # govuk-form-group--error exactly when an error message is in it (the templates add both from
    # params.errorMessage), and the error message and hint are in their field's aria-describedby.
    comp("form-group", "form group", "grupo de formulario", rules=[
        kids("error-message", ".govuk-error-message:not([aria-hidden=true])", min=1, when=cond(matches=".govuk-form-group--error"), wcag=("3.3.1",),
             msg=("The form group is in its error state but has no error message; say what is wrong and how to fix it.", "El grupo está en estado de error pero no tiene mensaje de error; diga qué está mal y cómo corregirlo.")),
        matches("error-class", ".govuk-form-group--error", ("The form group holds an error message but lacks govuk-form-group--error.", "El grupo tiene un mensaje de error pero le falta govuk-form-group--error."),
                when=cond(contains=":scope > .govuk-error-message, :scope > .govuk-fieldset > .govuk-error-message")),
        refby("error-described", "aria-describedby", ("The error message \"{id}\" is not in the aria-describedby of a field (or fieldset) of its form group.", "El mensaje de error «{id}» no está en el aria-describedby de un campo (o fieldset) de su grupo."),
              select="input, select, textarea, fieldset", within="instance", on=".govuk-error-message:not([aria-hidden=true])", when=cond(matches=".govuk-form-group--error"), wcag=("3.3.1", "1.3.1")),
        # The character count's visible status is a hint hidden from assistive technologies (GOV.UK's JS adds it).
        # GOV.UK's file upload JS gives the input's id, and so its label's for, to the button it adds.
    refby("file-upload-labelled", "for", ("The file upload button \"{id}\" has no label: no label's for names it.", "El botón de subida «{id}» no tiene etiqueta: ningún for de una etiqueta lo nombra."),
          select="label", on=".govuk-file-upload-button", wcag=("1.3.1", "3.3.2"), severity="serious"),
    # It also moves the input's aria-describedby (hint, error message) to that button.
    ref("file-upload-describedby", "aria-describedby", on=".govuk-file-upload-button", what="file upload button", what_es="botón de subida"),
    refby("hint-described", "aria-describedby", ("The hint \"{id}\" is not in the aria-describedby of a field (or fieldset) of its form group, so it is not announced with it.", "La pista «{id}» no está en el aria-describedby de un campo (o fieldset) de su grupo, así que no se anuncia con él."),
              select="input, select, textarea, fieldset", within="instance", on=".govuk-hint:not([aria-hidden=true])", wcag=("1.3.1", "3.3.2"), severity="moderate"),
        mods()])
    return C


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


def fetch(version, directory):
    """The unpacked npm package govuk-frontend@version (npm pack, then tar), in directory."""
    target = os.path.join(directory, f"govuk-frontend-{version}")
    if not os.path.isdir(target):
        tgz = subprocess.run(["npm", "pack", f"govuk-frontend@{version}", "--silent", "--pack-destination", directory],
                             check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(os.path.join(directory, tgz)) as tar:
            tar.extractall(target, filter="data")
    return os.path.join(target, "package")


def package_text(pkg):
    """Everything in the package that can name a class: compiled CSS, the JS bundle, the templates and the fixtures."""
    dist = os.path.join(pkg, "dist", "govuk")
    parts = [open(os.path.join(dist, "govuk-frontend.min.css"), encoding="utf-8").read(),
             open(os.path.join(dist, "all.bundle.js"), encoding="utf-8").read()]
    parts += [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(dist, "components", "*", "template.njk")))]
    # The published examples too: 6.x's fixtures use govuk-tag--blue, which its CSS no longer styles (blue is the default).
    parts += [h for _, _, h in fixtures(pkg)]
    return "\n".join(parts)


def modifiers(block, corpus):
    # Template expressions like govuk-tag--{{ colour }} are not classes; only literal names count.
    return sorted(set(re.findall(re.escape(block) + r"--([a-z0-9]+(?:-[a-z0-9]+)*)(?![a-z0-9-])", corpus)))


def fixtures(pkg):
    dist = os.path.join(pkg, "dist", "govuk", "components")
    found = []
    for component in sorted(os.listdir(dist)):
        path = os.path.join(dist, component, "fixtures.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                found += [(component, x["name"], x["html"]) for x in json.load(f)["fixtures"] if not x.get("hidden")]
    return found


def render(pkg, items, chromium):
    """Each fixture as GOV.UK Frontend's JavaScript leaves it: inserted alone into a page that loads the
    package's CSS and all.bundle.js (body marked govuk-frontend-supported, as template.njk does), then
    initAll({ scope }) and innerHTML, in one headless Chromium (--dump-dom)."""
    dist = os.path.join(pkg, "dist", "govuk")
    data = json.dumps([h for _, _, h in items]).replace("<", "\\u003c")
    page = f"""<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<link rel="stylesheet" href="file://{dist}/govuk-frontend.min.css"></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="stage"></div><script src="file://{dist}/all.bundle.js"></script>
<script type="application/json" id="fixtures">{data}</script>
<script>
const list = JSON.parse(document.getElementById('fixtures').textContent);
const stage = document.getElementById('stage');
const out = list.map(html => {{ stage.innerHTML = html; try {{ window.GOVUKFrontend.initAll({{ scope: stage }}); }} catch (e) {{}} const r = stage.innerHTML; stage.innerHTML = ''; return r; }});
const s = document.createElement('script'); s.type = 'application/json'; s.id = 'rendered';
s.textContent = JSON.stringify(out).replace(/</g, '\\\\u003c'); document.body.appendChild(s);
</script></body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        file = os.path.join(tmp, "render.html")
        with open(file, "w", encoding="utf-8") as f:
            f.write(page)
        dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                              f"--user-data-dir={tmp}/profile", "--dump-dom", "file://" + file],
                             capture_output=True, text=True, timeout=600, check=True).stdout
    start = dom.index('id="rendered">') + len('id="rendered">')
    rendered = json.loads(htmllib.unescape(dom[start:dom.index("</script>", start)]))
    assert len(rendered) == len(items)
    return rendered


HEX = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")

def hex6(value):
    value = value.lower().lstrip("#")
    return "#" + ("".join(c * 2 for c in value) if len(value) == 3 else value)


def palette(pkg, version):
    """Every colour the package names: its Sass palette (nested maps in 6.x: blue → primary, tint-25, …),
    the applied colours of its custom properties (--govuk-brand-colour) and every other colour literal of
    its compiled CSS, named by the first name found."""
    dist = os.path.join(pkg, "dist", "govuk")
    tokens = {}
    def add(name, value):
        value = hex6(value)
        if value not in tokens.values():
            tokens[name] = value
    sass = "".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(dist, "settings", "_colours-palette*.scss"))))
    stack = []
    for line in sass.splitlines():
        line = line.split("//")[0]
        if m := re.match(r'\s*"([a-z0-9-]+)":\s*\(', line):
            stack.append(m.group(1))
        elif m := re.match(r'\s*"([a-z0-9-]+)":\s*(#[0-9a-fA-F]{3,6})\b', line):
            add("palette." + ".".join(stack + [m.group(1)]), m.group(2))
        elif re.match(r"\s*\)", line) and stack:
            stack.pop()
    css = open(os.path.join(dist, "govuk-frontend.min.css"), encoding="utf-8").read()
    for name, value in re.findall(r"--govuk-([a-z0-9-]*colou?r[a-z0-9-]*):\s*(#[0-9a-fA-F]{3,6})\b", css):
        add("applied." + name, value)
    for value in HEX.findall(css):
        add("css." + hex6(value)[1:], value)
    return {
        "format": "servicestandard-tokens/1",
        "name": "govuk-frontend",
        "version": version,
        "description": f"GOV.UK Frontend {version} colours, generated by generate-contracts.py from the npm package: its Sass palette (settings/_colours-palette*.scss), its applied colours (--govuk-*-colour) and every other colour its compiled CSS uses (MIT, \u00a9 Crown copyright).",
        "tokens": {k: {"type": "color", "value": v} for k, v in tokens.items()},
    }


def write_edition(major, pkg, folder):
    corpus = package_text(pkg)
    C = table(major)
    shutil.rmtree(folder, ignore_errors=True)
    for cid, c in C.items():
        block = re.match(r"\.([a-z0-9_-]+)", c["root"]).group(1)
        lines = [
            "# yaml-language-server: $schema=../../../../../docs/schemas/component.schema.json",
            f"# Generated by generate-contracts.py from GOV.UK Frontend {VERSIONS[major]} (MIT, © Crown copyright); edit the script.",
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
            if rule["kind"] == "modifiers" and rule["body"] is None:
                rule = dict(rule, body="[" + ", ".join(modifiers(block, corpus)) + "]")
            en, es = message(c, rule)
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
        os.makedirs(os.path.join(folder, cid), exist_ok=True)
        with open(os.path.join(folder, cid, "component.yml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(folder, "tokens.json"), "w", encoding="utf-8") as f:
        json.dump(palette(pkg, VERSIONS[major]), f, indent=2)
        f.write("\n")
    return C


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packages", help="where to keep the npm packages (default: a temporary folder)")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    parser.add_argument("--no-fixtures", action="store_true", help="write only the contracts and palettes")
    args = parser.parse_args()
    packages = args.packages or tempfile.mkdtemp(prefix="govuk-frontend-")
    os.makedirs(packages, exist_ok=True)
    for major, version in sorted(VERSIONS.items()):
        pkg = fetch(version, packages)
        C = write_edition(major, pkg, os.path.join(HERE, f"v{major}"))
        print(f"v{major} ({version}):", len(C), "components,", sum(len(c["rules"]) for c in C.values()), "rules")
        if args.no_fixtures:
            continue
        items = fixtures(pkg)
        rendered = render(pkg, items, args.chromium)
        os.makedirs(FIXTURES, exist_ok=True)
        with open(os.path.join(FIXTURES, f"{version}.json"), "w", encoding="utf-8") as f:
            json.dump({
                "source": f"govuk-frontend {version} (npm), dist/govuk/components/*/fixtures.json: the non-hidden fixtures, name and html as published, and js: the html after GOV.UK Frontend's own JavaScript (all.bundle.js, initAll) ran on it in headless Chromium. Written by designsystem/contracts/govuk-frontend/generate-contracts.py. MIT licence, (c) Crown Copyright (Government Digital Service); see LICENSE.",
                "version": version,
                "discouraged": [{"component": key[0], "name": key[1], "rule": rule} for key, rule in DISCOURAGED.items() if key[2:] in ((), (major,))],
                "fixtures": [{"component": c, "name": n, "html": h, "js": j} for (c, n, h), j in zip(items, rendered)],
            }, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"  {len(items)} fixtures ({sum(1 for (_, _, h), j in zip(items, rendered) if h != j)} changed by GOV.UK's JavaScript)")


if __name__ == "__main__":
    main()
