/**
 * Header (data-module="ds-header"). Below the desktop breakpoint the navigation list folds behind
 * the Menu button (ds-header__menu-button, aria-controls = the list's id, aria-expanded kept in
 * step); from the desktop breakpoint the list is always shown and the button hidden.
 * Without JavaScript the button keeps its hidden attribute and the list is always shown.
 */
import { fromBreakpoint } from '../../js/breakpoints.js';

export const moduleName = 'ds-header';

/** @param {HTMLElement} root */
export function initHeader(root) {
  const button = root.querySelector('.ds-header__menu-button');
  const list = button ? document.getElementById(button.getAttribute('aria-controls') ?? '') : null;
  if (!(button instanceof HTMLElement) || !list) {
    return;
  }

  const desktop = fromBreakpoint('desktop');
  let open = false;

  const render = () => {
    if (desktop.matches) {
      list.removeAttribute('hidden');
      button.setAttribute('hidden', '');
      return;
    }

    button.removeAttribute('hidden');
    button.setAttribute('aria-expanded', String(open));
    list.toggleAttribute('hidden', !open);
  };

  button.addEventListener('click', () => {
    open = !open;
    render();
  });
  desktop.addEventListener('change', render);
  render();
}
