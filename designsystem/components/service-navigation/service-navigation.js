/**
 * Service navigation (data-module="ds-service-navigation"). Below the tablet breakpoint the
 * navigation list folds behind the Menu button (ds-js-service-navigation-toggle, aria-controls =
 * the list's id, aria-expanded kept in step); from the tablet breakpoint the list is always shown
 * and the button hidden. Without JavaScript the button keeps its hidden attribute and the list is
 * always shown. A service navigation with only the service's name has no button and nothing to do.
 */
import { fromBreakpoint } from '../../js/breakpoints.js';

export const moduleName = 'ds-service-navigation';

/** @param {HTMLElement} root */
export function initServiceNavigation(root) {
  const button = root.querySelector('.ds-js-service-navigation-toggle');
  const list = button ? document.getElementById(button.getAttribute('aria-controls') ?? '') : null;
  if (!(button instanceof HTMLButtonElement) || !list) {
    return;
  }

  const tablet = fromBreakpoint('tablet');
  let open = false;

  const render = () => {
    if (tablet.matches) {
      list.removeAttribute('hidden');
      button.setAttribute('hidden', '');
      button.removeAttribute('aria-expanded');
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
  tablet.addEventListener('change', render);
  render();
}
