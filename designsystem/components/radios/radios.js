/**
 * Radios (data-module="ds-radios"): conditional reveals (see conditional-reveal.js). Choosing a
 * radio unchecks the others of its name, possibly in another ds-radios of the same form, so every
 * radio of that name is brought up to date.
 */
import { connectConditionalReveals, syncConditionalReveal } from '../../js/conditional-reveal.js';

export const moduleName = 'ds-radios';

/** @param {HTMLElement} root */
export function initRadios(root) {
  const inputs = connectConditionalReveals(root, 'radios');
  if (inputs.length === 0) {
    return;
  }

  const syncAll = () => inputs.forEach((input) => syncConditionalReveal(input, 'radios'));
  // Browsers restore checked state on back navigation without a click.
  window.addEventListener('pageshow', syncAll);
  syncAll();

  root.addEventListener('click', (event) => {
    const clicked = event.target;
    if (!(clicked instanceof HTMLInputElement) || clicked.type !== 'radio') {
      return;
    }

    for (const radio of document.querySelectorAll('input.ds-radios__input[type="radio"][aria-controls]')) {
      if (radio instanceof HTMLInputElement && radio.form === clicked.form && radio.name === clicked.name) {
        syncConditionalReveal(radio, 'radios');
      }
    }
  });
}
