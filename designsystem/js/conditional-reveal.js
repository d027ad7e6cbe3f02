/**
 * Conditional reveals for radios and checkboxes, as GOV.UK Frontend does them: an input with
 * data-aria-controls="<id>" controls the ds-…__conditional element with that id. With JavaScript
 * the attribute becomes aria-controls, a checkbox gets aria-expanded, and the content is hidden
 * (class ds-…__conditional--hidden) while the input is unchecked. Without JavaScript all
 * conditional content stays visible.
 */

/**
 * @param {HTMLElement} root the ds-radios or ds-checkboxes element
 * @param {'radios' | 'checkboxes'} component
 * @returns {HTMLInputElement[]} the inputs that control a reveal
 */
export function connectConditionalReveals(root, component) {
  const controlling = [];
  for (const input of root.querySelectorAll(`input.ds-${component}__input[data-aria-controls]`)) {
    const id = input.getAttribute('data-aria-controls') ?? '';
    if (!(input instanceof HTMLInputElement) || !document.getElementById(id)) {
      continue;
    }

    input.setAttribute('aria-controls', id);
    input.removeAttribute('data-aria-controls');
    controlling.push(input);
  }

  return controlling;
}

/**
 * Shows or hides the content an input controls, to match whether it is checked.
 * @param {HTMLInputElement} input
 * @param {'radios' | 'checkboxes'} component
 */
export function syncConditionalReveal(input, component) {
  const target = document.getElementById(input.getAttribute('aria-controls') ?? '');
  if (!target || !target.classList.contains(`ds-${component}__conditional`)) {
    return;
  }

  // aria-expanded is allowed on a checkbox but not on a radio (ARIA 1.2), so radios go without.
  if (input.type === 'checkbox') {
    input.setAttribute('aria-expanded', String(input.checked));
  }
  target.classList.toggle(`ds-${component}__conditional--hidden`, !input.checked);
}
