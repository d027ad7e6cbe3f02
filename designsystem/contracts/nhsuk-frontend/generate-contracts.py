#!/usr/bin/env python3
"""Writes the NHS.UK frontend pack from the published npm package (nhsuk-frontend), one edition per
major version (v10/):

  v10/<component>/component.yml   the contracts, from the rule table below (written to NHS.UK frontend's
                                  Nunjucks templates and the NHS digital service manual)
  v10/tokens.json                 the palette: every colour of the package's Sass palette and every
                                  colour its compiled CSS uses
  tests/.../Fixtures/nhsuk-frontend/<version>.json
                                  the package's fixtures, each as published (html) and as NHS.UK
                                  frontend's own JavaScript leaves it (js), rendered in headless Chromium

This file is only NHS.UK frontend's data; the machinery is designsystem/contracts/packgen.py, the same
that writes the GOV.UK Frontend pack. Run: python3 generate-contracts.py [--packages DIR] [--chromium
PATH]. It runs `npm pack nhsuk-frontend@<version>` into DIR (a temporary folder by default). Modifier
lists are read from the package (every nhsuk-<block>--<modifier> class its CSS, JavaScript, templates
or fixtures name)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from packgen import Pack, Rules, mods, el, kids, req, text, ref, refby, inside, cond, main  # noqa: E402

# The versions each edition is generated from: the latest of each major the pack supports.
VERSIONS = {10: "10.6.1"}

# Fixtures that show a macro option the service manual advises against, kept out of the clean set
# (the tests check that each trips exactly the rule named here instead): (component, fixture name) → rule.
DISCOURAGED = {
    # "Group radios in a fieldset with a legend" / checkboxes likewise: the template's fieldset option turned off.
    ("radios", "without fieldset"): "radios/in-fieldset",
    ("radios", "without fieldset #2"): "radios/in-fieldset",
    ("checkboxes", "without fieldset"): "checkboxes/in-fieldset",
    ("checkboxes", "without fieldset #2"): "checkboxes/in-fieldset",
    # errorMessage: true, the error state without its error message ("say what went wrong and how to fix it",
    # service manual, error messages): the "error state without error message".
    **{(c, "with error only"): "form-group/error-message" for c in ("character-count", "checkboxes", "date-input", "file-upload", "input", "password-input", "radios", "search-input", "select", "textarea")},
    ("date-input", "with errors only"): "form-group/error-message",
    ("date-input", "with errors only (using items)"): "form-group/error-message",
}


def table(major):
    """The contracts of one major version of NHS.UK frontend."""
    C = {}
    R = Rules("nhsuk-")
    def comp(cid, name, name_es, root=None, rules=()):
        C[cid] = dict(name=name, name_es=name_es, root=root or f".nhsuk-{cid}", rules=[x for x in rules if x])
    comp("action-link", "action link", "enlace de acción", rules=[
        # The template writes a <button> when asked to ("as a button" fixtures).
        el(["a", "button"]), req("href", ["href"], wcag=("2.1.1",), when="{ matches: a }"), text(wcag=("2.4.4",)),
        req("icon-hidden", ["aria-hidden"], {"aria-hidden": ["true"]}, on=".nhsuk-icon", what="action link's arrow", what_es="flecha del enlace de acción", wcag=("1.1.1",), severity="minor"),
        mods()])
    comp("back-link", "back link", "enlace para volver", rules=[
        el(["a", "button"]), text(wcag=("2.4.4",)), mods()])
    comp("breadcrumb", "breadcrumb", "ruta de navegación", rules=[
        el(["nav"], wcag=("1.3.1",), severity="moderate"),
        req("label", ["aria-label"], severity="moderate", wcag=("1.3.1",)),
        el(["ol"], on=".nhsuk-breadcrumb__list", wcag=("1.3.1",), id="list-element", what="breadcrumb list", what_es="lista de la ruta"),
        mods()])
    # The file upload's JS draws a "Choose file" button inside its own <button>: a span styled as nhsuk-button.
    comp("button", "button", "botón", root=".nhsuk-button:not(.nhsuk-file-upload__choose-files-button)", rules=[
        el(["button", "a", "input"]),
        req("button-type", ["type"], {"type": ["submit", "button", "reset"]}, severity="moderate", wcag=None, when="{ matches: button }"),
        req("link-href", ["href"], wcag=("2.1.1",), when="{ matches: a }"),
        text(),
        mods()])
    # The care card (nhsuk-card--care--urgent, …) has modifiers of its own: a contract of its own.
    comp("card", "card", "tarjeta", root=".nhsuk-card:not(.nhsuk-card--care)", rules=[
        kids("content", ".nhsuk-card__content", min=1, severity="moderate", wcag=None),
        mods()])
    comp("care-card", "care card", "tarjeta de atención", root=".nhsuk-card--care", rules=[
        kids("content", ".nhsuk-card__content", min=1, severity="moderate", wcag=None),
        mods()])
    comp("character-count", "character count", "contador de caracteres", rules=[
        R.module("character-count"),
        kids("textarea", ".nhsuk-js-character-count", min=1, max=1),
        # NHS.UK's JS adds a visible status that is also a __message (hidden from assistive technologies): not counted.
        kids("message", ".nhsuk-character-count__message:not(.nhsuk-character-count__status)", min=1, max=1, wcag=("4.1.3",)),
        mods()])
    comp("checkboxes", "checkboxes", "casillas de verificación", rules=R.choices(
        "checkboxes", "checkbox", "checkbox", "casilla", ("La casilla", "la"), "checkbox input", "casilla", "checkbox label", "etiqueta de casilla",
        # "Group checkboxes in a fieldset with a legend" (service manual, checkboxes).
        ("Put a group of checkboxes in a fieldset whose legend asks the question.", "Ponga un grupo de casillas en un fieldset cuya leyenda haga la pregunta.")))
    comp("contents-list", "contents list", "lista de contenidos", rules=[
        el(["nav"], wcag=("1.3.1",), severity="moderate"),
        req("label", ["aria-label"], severity="moderate", wcag=("1.3.1",)),
        mods()])
    comp("date-input", "date input", "campo de fecha", rules=[
        kids("items", ".nhsuk-date-input__item", min=1),
        el(["input"], on=".nhsuk-date-input__input", id="input-element", what="date field", what_es="campo de fecha"),
        ref("label-for", "for", target="input", within="instance", on=".nhsuk-date-input__label", what="date field label", what_es="etiqueta del campo de fecha"),
        inside("in-fieldset", "fieldset", ("Put the date input in a fieldset whose legend asks the question, so it is announced with each field.", "Ponga el campo de fecha en un fieldset cuya leyenda haga la pregunta."),
               when=cond(contains=".nhsuk-date-input__item ~ .nhsuk-date-input__item")),
        mods()])
    comp("details", "details", "detalles", rules=[
        el(["details"]),
        kids("summary", ":scope > summary.nhsuk-details__summary", min=1, max=1, wcag=("4.1.2",)),
        kids("text", ".nhsuk-details__text", min=1, max=1, severity="moderate"),
        mods()])
    comp("error-message", "error message", "mensaje de error", root=".nhsuk-error-message:not(.nhsuk-character-count__status)", rules=[
        el(["p", "span"], wcag=("1.3.1",), severity="moderate"), text(wcag=("3.3.1",)), mods()])
    comp("error-summary", "error summary", "resumen de errores", rules=[
        R.module("error-summary"),
        kids("alert", "[role=alert]", min=1, max=1, wcag=("4.1.3",)),
        kids("title", ".nhsuk-error-summary__title, .nhsuk-error-summary__heading", min=1, max=1, wcag=("1.3.1",)),
        req("link-href", ["href"], wcag=("2.4.4",), on=".nhsuk-error-summary__list a", what="error summary link", what_es="enlace del resumen de errores"),
        mods()])
    comp("fieldset", "fieldset", "grupo de campos", rules=[
        el(["fieldset"], wcag=("1.3.1",)),
        el(["legend"], on=".nhsuk-fieldset__legend", wcag=("1.3.1",), id="legend-element", what="fieldset legend", what_es="leyenda del grupo"),
        kids("legend", ":scope > legend", min=1, max=1, msg=("The fieldset needs one legend, its first child, asking the question (found {count}).", "El fieldset necesita una leyenda, su primer hijo, con la pregunta (hay {count}).")),
        ref("describedby", "aria-describedby", what="fieldset", what_es="grupo de campos"),
        mods()])
    # The file upload's form group is the component (nhsuk-file-upload); its field is nhsuk-file-upload__input,
    # which has no error modifier of its own. NHS.UK's JS hides it and gives its id to a drop button it adds.
    comp("file-upload", "file upload", "subida de archivos", root=".nhsuk-file-upload__input", rules=R.field(["input"], "file upload", "subida de archivos", None,
        extra=[req("type", ["type"], {"type": ["file"]})], labelled_when=cond(notMatches="[hidden]")))
    comp("footer", "footer", "pie de página", rules=[
        el(["footer", "div"], wcag=("1.3.1",), severity="moderate"),
        text(on=".nhsuk-footer__list-item-link", what="footer link", what_es="enlace del pie", wcag=("2.4.4",), id="link-text"),
        mods()])
    comp("header", "header", "cabecera", rules=[
        el(["header", "div"], wcag=("1.3.1",), severity="moderate"),
        mods()])
    comp("hero", "hero", "cabecera destacada", rules=[el(["section", "div"], wcag=("1.3.1",), severity="minor"), mods()])
    comp("hint", "hint", "pista", rules=[el(["div", "span", "p"], wcag=("1.3.1",), severity="moderate"), mods()])
    comp("image", "image", "imagen", rules=[
        el(["figure"], wcag=("1.3.1",), severity="minor"),
        req("alt", ["alt"], on=".nhsuk-image__img", what="image", what_es="imagen", wcag=("1.1.1",)),
        mods()])
    comp("input", "text input", "campo de texto", rules=R.field(["input"], "text input", "campo de texto", ".nhsuk-input--error"))
    comp("inset-text", "inset text", "texto destacado", rules=[el(["div"], wcag=("1.3.1",), severity="minor"), mods()])
    comp("label", "label", "etiqueta", rules=[
        el(["label"], wcag=("1.3.1",)),
        # NHS.UK's file upload JS gives the input's id to the drop button it adds.
        ref("for", "for", target="input, select, textarea, .nhsuk-file-upload__drop-button", what="label", what_es="etiqueta"),
        mods()])
    comp("notification-banner", "notification banner", "banner de notificación", rules=[
        R.module("notification-banner"),
        req("role", ["role"], {"role": ["region", "alert"]}, wcag=("4.1.3",)),
        kids("title", ".nhsuk-notification-banner__title", min=1, max=1, wcag=("1.3.1",)),
        ref("labelledby", "aria-labelledby", target=".nhsuk-notification-banner__title", within="instance"),
        mods()])
    comp("pagination", "pagination", "paginación", rules=[
        el(["nav"], wcag=("1.3.1",), severity="moderate"),
        req("label", ["aria-label"], severity="moderate", wcag=("1.3.1",)),
        req("current", ["aria-current"], {"aria-current": ["page"]}, on=".nhsuk-pagination__item--current a", what="current page link", what_es="enlace de la página actual"),
        mods()])
    comp("panel", "panel", "panel", rules=[
        kids("title", ".nhsuk-panel__heading, .nhsuk-panel__title", min=1, max=1, wcag=("1.3.1",), severity="moderate"),
        mods()])
    comp("password-input", "password input", "campo de contraseña", rules=[
        R.module("password-input"),
        kids("input", "input.nhsuk-password-input__input", min=1, max=1),
        req("input-type", ["type"], {"type": ["password", "text"]}, on=".nhsuk-password-input__input", what="password field", what_es="campo de contraseña"),
        req("toggle-type", ["type"], {"type": ["button"]}, on=".nhsuk-password-input__toggle", what="show password button", what_es="botón de mostrar contraseña"),
        mods()])
    comp("radios", "radios", "botones de opción", rules=R.choices(
        "radios", "radio", "radio", "botón de opción", ("El botón de opción", "lo"), "radio input", "botón de opción", "radio label", "etiqueta de opción",
        # "Group radios in a fieldset with a legend" (service manual, radios).
        ("Put the radios in a fieldset whose legend asks the question, so it is announced with each option.", "Ponga los botones de opción en un fieldset cuya leyenda haga la pregunta.")))
    comp("search-input", "search input", "campo de búsqueda", rules=[
        kids("input", "input.nhsuk-search-input__input", min=1, max=1),
        mods()])
    comp("select", "select", "desplegable", rules=R.field(["select"], "select", "desplegable", ".nhsuk-select--error"))
    comp("skip-link", "skip link", "enlace para saltar", rules=[
        el(["a"], wcag=("2.4.1",)),
        text(wcag=("2.4.4",)),
        mods()])
    comp("summary-list", "summary list", "lista de resumen", rules=[
        el(["dl"], wcag=("1.3.1",)),
        el(["dt"], on=".nhsuk-summary-list__key", wcag=("1.3.1",), id="key-element", what="summary list key", what_es="clave de la lista"),
        el(["dd"], on=".nhsuk-summary-list__value", wcag=("1.3.1",), id="value-element", what="summary list value", what_es="valor de la lista"),
        mods()])
    comp("table", "table", "tabla", rules=[
        el(["table"], wcag=("1.3.1",)),
        el(["th"], on=".nhsuk-table__header", wcag=("1.3.1",), id="header-element", what="table header cell", what_es="celda de encabezado"),
        mods()])
    comp("tabs", "tabs", "pestañas", rules=[
        R.module("tabs"),
        ref("tab-panel", "href", target=".nhsuk-tabs__panel", within="instance", on=".nhsuk-tabs__tab", what="tab", what_es="pestaña", wcag=("2.4.4",)),
        req("panel-id", ["id"], on=".nhsuk-tabs__panel", what="tab panel", what_es="panel de pestaña"),
        mods()])
    comp("tag", "tag", "etiqueta de estado", rules=[el(["strong", "span"], wcag=("1.3.1",), severity="minor"), mods()])
    comp("task-list", "task list", "lista de tareas", rules=[
        el(["ul", "ol"], wcag=("1.3.1",)),
        ref("describedby", "aria-describedby", on=".nhsuk-task-list__link", what="task link", what_es="enlace de tarea"),
        kids("items", ":scope > .nhsuk-task-list__item", min=1),
        mods()])
    comp("textarea", "textarea", "área de texto", rules=R.field(["textarea"], "textarea", "área de texto", ".nhsuk-textarea--error",
        # The character count's JS shows the textarea in its error state while the text is over the limit.
        error_when_not=".nhsuk-js-character-count"))
    # The form group, with the drop button NHS.UK's file upload JS adds (named by aria-labelledby, described
    # by the input's aria-describedby); each field of a date input has a form group of its own.
    comp("form-group", "form group", "grupo de formulario", rules=R.form_group(nested=".nhsuk-date-input__item > *", extra=[
        refby("file-upload-labelled", "for", ("The file upload button \"{id}\" has no label: no label's for names it.", "El botón de subida «{id}» no tiene etiqueta: ningún for de una etiqueta lo nombra."),
              select="label", on=".nhsuk-file-upload__drop-button", wcag=("1.3.1", "3.3.2"), severity="serious"),
        ref("file-upload-labelledby", "aria-labelledby", on=".nhsuk-file-upload__drop-button", what="file upload button", what_es="botón de subida"),
        ref("file-upload-describedby", "aria-describedby", on=".nhsuk-file-upload__drop-button", what="file upload button", what_es="botón de subida")]))
    return C


PACK = Pack(
    id="nhsuk-frontend", title="NHS.UK frontend", prefix="nhsuk-", owner="\u00a9 NHS England",
    licence_line="MIT licence, (c) NHS England; see LICENSE.",
    versions=VERSIONS, dist="dist/nhsuk", css=lambda version: "nhsuk-frontend.min.css",
    # The package's browser bundle is an ES module.
    js='<script type="module">import * as NHSUKFrontend from "{dist}/nhsuk-frontend.min.js"; window.NHSUKFrontend = NHSUKFrontend;</script>',
    init="scope => window.NHSUKFrontend.initAll({ scope })",
    html_class="", body_class="", supported="js-enabled nhsuk-frontend-supported",
    palette_sass="core/settings/_colours-palette.scss",
    docs=lambda cid: f"https://service-manual.nhs.uk/design-system/components/{cid}",
    table=table, here=os.path.dirname(os.path.abspath(__file__)), discouraged=DISCOURAGED, since="10.0.0")

if __name__ == "__main__":
    main(PACK, __doc__)
