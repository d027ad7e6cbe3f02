/**
 * Button (data-module="ds-button"). Two enhancements, both optional:
 * - a link styled as a button (role="button", e.g. the start button) also activates with the
 *   space bar, as a real button does;
 * - data-prevent-double-click="true" ignores a second click within a second, so a form is not
 *   sent twice by users who double-click out of habit.
 */
export const moduleName = 'ds-button';

const debounceMilliseconds = 1000;

/** @param {HTMLElement} root */
export function initButton(root) {
  let lastClick = 0;

  root.addEventListener('keydown', (event) => {
    const target = event.target;
    if (event.key === ' ' && target instanceof HTMLElement && target.getAttribute('role') === 'button') {
      event.preventDefault();
      target.click();
    }
  });

  root.addEventListener('click', (event) => {
    if (root.dataset.preventDoubleClick !== 'true') {
      return;
    }

    const now = Date.now();
    if (now - lastClick < debounceMilliseconds) {
      event.preventDefault();
      return;
    }

    lastClick = now;
  });
}
