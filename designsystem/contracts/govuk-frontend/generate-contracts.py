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

The machinery is designsystem/contracts/packgen.py, shared with the other external packs; this file is
GOV.UK Frontend's data. Run: python3 generate-contracts.py [--packages DIR] [--chromium PATH]. It runs `npm pack
govuk-frontend@<version>` for each version in VERSIONS into DIR (a temporary folder by default), so
the output depends only on the published packages, this table and Chromium. Modifier lists are read
from the package (every govuk-<block>--<modifier> class its CSS, JavaScript or templates name), so a
version's new modifiers (6.x's tag colours) come with it."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from packgen import Pack, Rules, r, mods, el, kids, req, text, ref, refby, inside, matches, cond, labelled, named, main  # noqa: E402

# The versions each edition is generated from: the latest of each major the pack supports.
VERSIONS = {5: "5.14.0", 6: "6.6.0"}
LATEST = max(VERSIONS)

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

def table(major):
    """The contracts of one major version of GOV.UK Frontend (major: 5 or 6)."""
    C = {}
    R = Rules("govuk-")
    def comp(cid, name, name_es, root=None, rules=()):
        C[cid] = dict(name=name, name_es=name_es, root=root or f".govuk-{cid}", rules=[x for x in rules if x])
    v6 = major >= 6
    comp("accordion", "accordion", "acordeón", rules=[
        R.module("accordion"),
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
        R.module("character-count"),
        kids("textarea", ".govuk-js-character-count", min=1, max=1),
        # GOV.UK's JS adds a visible status that is also a __message (hidden from assistive technologies): not counted.
        kids("message", ".govuk-character-count__message:not(.govuk-character-count__status)", min=1, max=1, wcag=("4.1.3",)),
        mods()])
    comp("checkboxes", "checkboxes", "casillas de verificación", rules=R.choices(
        "checkboxes", "checkbox", "checkbox", "casilla", ("La casilla", "la"), "checkbox input", "casilla", "checkbox label", "etiqueta de casilla",
        # "Group checkboxes together in a <fieldset> with a <legend>" (checkboxes guidance); one checkbox on its own needs none.
        ("Put a group of checkboxes in a fieldset whose legend asks the question.", "Ponga un grupo de casillas en un fieldset cuya leyenda haga la pregunta.")))
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
        R.module("error-summary"),
        kids("alert", "[role=alert]", min=1, max=1, wcag=("4.1.3",)),
        kids("title", ".govuk-error-summary__title", min=1, max=1, wcag=("1.3.1",)),
        req("link-href", ["href"], wcag=("2.4.4",), on=".govuk-error-summary__list a", what="error summary link", what_es="enlace del resumen de errores"),
        mods()])
    comp("exit-this-page", "exit this page", "salir de esta página", rules=[
        R.module("exit-this-page"),
        kids("button", ".govuk-exit-this-page__button", min=1, max=1, wcag=("2.1.1",)),
        mods()])
    comp("fieldset", "fieldset", "grupo de campos", rules=[
        el(["fieldset"], wcag=("1.3.1",)),
        el(["legend"], on=".govuk-fieldset__legend", wcag=("1.3.1",), id="legend-element", what="fieldset legend", what_es="leyenda del grupo"),
        kids("legend", ":scope > legend", min=1, max=1, msg=("The fieldset needs one legend, its first child, asking the question (found {count}).", "El fieldset necesita una leyenda, su primer hijo, con la pregunta (hay {count}).")),
        ref("describedby", "aria-describedby", what="fieldset", what_es="grupo de campos"),
        mods()])
    # GOV.UK's JS (data-module="govuk-file-upload") hides the native input and gives its id, and so its label, to a button it adds.
    comp("file-upload", "file upload", "subida de archivos", rules=R.field(["input"], "file upload", "subida de archivos", ".govuk-file-upload--error",
        extra=[req("type", ["type"], {"type": ["file"]})], labelled_when=cond(notMatches="[hidden]")))
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
    comp("input", "text input", "campo de texto", rules=R.field(["input"], "text input", "campo de texto", ".govuk-input--error"))
    comp("inset-text", "inset text", "texto destacado", rules=[el(["div"], wcag=("1.3.1",), severity="minor"), mods()])
    comp("label", "label", "etiqueta", rules=[
        el(["label"], wcag=("1.3.1",)),
        # GOV.UK's file upload JS moves the input's id to the button it adds.
        ref("for", "for", target="input, select, textarea, .govuk-file-upload-button", what="label", what_es="etiqueta"),
        mods()])
    comp("notification-banner", "notification banner", "banner de notificación", rules=[
        R.module("notification-banner"),
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
        R.module("password-input"),
        kids("input", "input.govuk-password-input__input", min=1, max=1),
        req("input-type", ["type"], {"type": ["password"]}, on=".govuk-password-input__input", what="password field", what_es="campo de contraseña"),
        req("toggle-type", ["type"], {"type": ["button"]}, on=".govuk-password-input__toggle", what="show password button", what_es="botón de mostrar contraseña"),
        mods()])
    comp("phase-banner", "phase banner", "banner de fase", rules=[
        kids("tag", ".govuk-tag", min=1, max=1, severity="moderate"),
        kids("text", ".govuk-phase-banner__text", min=1, max=1, severity="moderate"),
        mods()])
    comp("radios", "radios", "botones de opción", rules=R.choices(
        "radios", "radio", "radio", "botón de opción", ("El botón de opción", "lo"), "radio input", "botón de opción", "radio label", "etiqueta de opción",
        # "Group radios together in a <fieldset> with a <legend> that describes them" (radios guidance).
        ("Put the radios in a fieldset whose legend asks the question, so it is announced with each option.", "Ponga los botones de opción en un fieldset cuya leyenda haga la pregunta.")))
    comp("select", "select", "desplegable", rules=R.field(["select"], "select", "desplegable", ".govuk-select--error"))
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
        R.module("tabs"),
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
    comp("textarea", "textarea", "área de texto", rules=R.field(["textarea"], "textarea", "área de texto", ".govuk-textarea--error",
        # The character count's JS shows the textarea in its error state while the text is over the limit.
        error_when_not=".govuk-js-character-count"))
    comp("warning-text", "warning text", "texto de advertencia", rules=[
        kids("icon", ".govuk-warning-text__icon", min=1, max=1, severity="minor", wcag=None),
        req("icon-hidden", ["aria-hidden"], {"aria-hidden": ["true"]}, on=".govuk-warning-text__icon", what="warning icon", what_es="icono de advertencia", wcag=("1.1.1",), severity="minor"),
        kids("text", ".govuk-warning-text__text", min=1, max=1, severity="moderate"),
        mods()])


    # The form group (GOV.UK Frontend's objects/form-group), with the rules for the button GOV.UK's file upload JS adds.
    comp("form-group", "form group", "grupo de formulario", rules=R.form_group(extra=[
        # GOV.UK's file upload JS gives the input's id, and so its label's for, to the button it adds.
        refby("file-upload-labelled", "for", ("The file upload button \"{id}\" has no label: no label's for names it.", "El botón de subida «{id}» no tiene etiqueta: ningún for de una etiqueta lo nombra."),
              select="label", on=".govuk-file-upload-button", wcag=("1.3.1", "3.3.2"), severity="serious"),
        # It also moves the input's aria-describedby (hint, error message) to that button.
        ref("file-upload-describedby", "aria-describedby", on=".govuk-file-upload-button", what="file upload button", what_es="botón de subida")]))
    return C


PACK = Pack(
    id="govuk-frontend", title="GOV.UK Frontend", prefix="govuk-", owner="\u00a9 Crown copyright",
    licence_line="MIT licence, (c) Crown Copyright (Government Digital Service); see LICENSE.",
    versions=VERSIONS, dist="dist/govuk", css=lambda version: "govuk-frontend.min.css",
    js='<script src="{dist}/all.bundle.js"></script>', init="scope => window.GOVUKFrontend.initAll({ scope })",
    html_class="govuk-template", body_class="govuk-template__body", supported="js-enabled govuk-frontend-supported",
    palette_sass="settings/_colours-palette*.scss",
    docs=lambda cid: f"https://design-system.service.gov.uk/components/{cid if cid != 'input' else 'text-input'}/",
    table=table, here=os.path.dirname(os.path.abspath(__file__)), discouraged=DISCOURAGED, since="5.0.0")

if __name__ == "__main__":
    main(PACK, __doc__)
