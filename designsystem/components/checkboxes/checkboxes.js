/**
 * Checkboxes (data-module="ds-checkboxes"):
 * - conditional reveals (see conditional-reveal.js);
 * - a "none of these" answer: a checkbox with data-behaviour="exclusive" unchecks the others of its
 *   name when checked, and is unchecked when any other is checked.
 */
import { connectConditionalReveals, syncConditionalReveal } from '../../js/conditional-reveal.js';

export const moduleName = 'ds-checkboxes';

/** @param {HTMLElement} root */
export function initCheckboxes(root) {
  const controlling = connectConditionalReveals(root, 'checkboxes');
  const syncAll = () => controlling.forEach((input) => syncConditionalReveal(input, 'checkboxes'));
  window.addEventListener('pageshow', syncAll);
  syncAll();

  root.addEventListener('click', (event) => {
    const clicked = event.target;
    if (!(clicked instanceof HTMLInputElement) || clicked.type !== 'checkbox') {
      return;
    }

    if (clicked.checked) {
      const exclusive = clicked.dataset.behaviour === 'exclusive';
      for (const other of sameName(clicked)) {
        if (other !== clicked && (exclusive || other.dataset.behaviour === 'exclusive') && other.checked) {
          other.checked = false;
          syncConditionalReveal(other, 'checkboxes');
        }
      }
    }

    syncConditionalReveal(clicked, 'checkboxes');
  });
}

/** @param {HTMLInputElement} input */
function sameName(input) {
  return [...document.querySelectorAll('input.ds-checkboxes__input[type="checkbox"]')]
    .filter((other) => other instanceof HTMLInputElement && other.form === input.form && other.name === input.name);
}
