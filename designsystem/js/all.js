/**
 * ServiceStandard Design System JavaScript: progressive enhancement only. Every component works
 * without it; each module enhances the elements that carry its data-module="ds-…" attribute.
 *
 *   <script type="module">import { initAll } from '/_content/ServiceStandard.DesignSystem.Assets/js/all.js'; initAll();</script>
 * or, with a strict Content Security Policy (no inline script):
 *   <script type="module" src="/_content/ServiceStandard.DesignSystem.Assets/js/init.js"></script>
 */
import { initButton } from './components/button.js';
import { initCharacterCount } from './components/character-count.js';
import { initCheckboxes } from './components/checkboxes.js';
import { initCookieBanner } from './components/cookie-banner.js';
import { initErrorSummary } from './components/error-summary.js';
import { initHeader } from './components/header.js';
import { initNotificationBanner } from './components/notification-banner.js';
import { initRadios } from './components/radios.js';
import { initSkipLink } from './components/skip-link.js';

export { initButton, initCharacterCount, initCheckboxes, initCookieBanner, initErrorSummary, initHeader, initNotificationBanner, initRadios, initSkipLink };

/** data-module name → initialiser. */
export const modules = Object.freeze({
  'ds-button': initButton,
  'ds-character-count': initCharacterCount,
  'ds-checkboxes': initCheckboxes,
  'ds-cookie-banner': initCookieBanner,
  'ds-error-summary': initErrorSummary,
  'ds-header': initHeader,
  'ds-notification-banner': initNotificationBanner,
  'ds-radios': initRadios,
  'ds-skip-link': initSkipLink,
});

/**
 * Marks the page as enhanced (class ds-frontend-supported on <body>, which CSS uses to show
 * controls that need JavaScript) and initialises every module in scope once: an element that
 * has been initialised gets data-<module>-init and is skipped next time. A module that throws is
 * reported on the console and does not stop the others.
 * @param {Document | Element} [scope]
 */
export function initAll(scope = document) {
  document.body?.classList.add('ds-frontend-supported');

  for (const [name, init] of Object.entries(modules)) {
    const selector = `[data-module~="${name}"]`;
    const elements = [...scope.querySelectorAll(selector)];
    if (scope instanceof Element && scope.matches(selector)) {
      elements.unshift(scope);
    }

    for (const element of elements) {
      const flag = `data-${name}-init`;
      if (element.hasAttribute(flag)) {
        continue;
      }

      try {
        init(element);
        element.setAttribute(flag, '');
      } catch (error) {
        console.error(`${name}: could not initialise`, element, error);
      }
    }
  }
}
