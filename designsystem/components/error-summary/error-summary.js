/**
 * Error summary (data-module="ds-error-summary").
 * - On load it takes focus, so keyboard and screen reader users learn at once that the form has
 *   problems (data-disable-auto-focus="true" turns this off).
 * - Each link (href="#field-id") moves focus to the field itself and scrolls its label or legend
 *   into view, rather than only jumping the page to the input.
 * Without JavaScript the links still jump to the fields.
 */
export const moduleName = 'ds-error-summary';

/** @param {HTMLElement} root */
export function initErrorSummary(root) {
  if (root.dataset.disableAutoFocus !== 'true') {
    if (!root.hasAttribute('tabindex')) {
      root.setAttribute('tabindex', '-1');
      root.addEventListener('blur', () => root.removeAttribute('tabindex'), { once: true });
    }

    root.focus();
  }

  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link instanceof HTMLAnchorElement && root.contains(link) && focusField(link)) {
      event.preventDefault();
    }
  });
}

/**
 * @param {HTMLAnchorElement} link
 * @returns {boolean} whether focus was moved (otherwise the browser follows the link)
 */
function focusField(link) {
  const id = decodeURIComponent(link.hash.slice(1));
  const field = id ? document.getElementById(id) : null;
  if (!field) {
    return false;
  }

  const context = legendOrLabel(field) ?? field;
  context.scrollIntoView();
  field.focus({ preventScroll: true });
  return true;
}

/**
 * The legend, for a field in a fieldset whose legend would otherwise scroll out of view (always
 * for radios and checkboxes: the legend is the question); else the field's label.
 * @param {HTMLElement} field
 * @returns {HTMLElement | null}
 */
function legendOrLabel(field) {
  const legend = field.closest('fieldset')?.querySelector('legend');
  if (legend) {
    const type = field.getAttribute('type');
    if (type === 'checkbox' || type === 'radio') {
      return legend;
    }

    const fieldRect = field.getBoundingClientRect();
    const legendTop = legend.getBoundingClientRect().top;
    if (fieldRect.height && window.innerHeight && fieldRect.bottom - legendTop < window.innerHeight / 2) {
      return legend;
    }
  }

  return document.querySelector(`label[for="${CSS.escape(field.id)}"]`) ?? field.closest('label');
}
