/**
 * ServiceStandard Design System JavaScript: progressive enhancement only. Every component works
 * without it; each module enhances the elements that carry its data-module="ds-…" attribute.
 *
 *   <script type="module">import { initAll } from '/_content/ServiceStandard.DesignSystem.Assets/js/all.js'; initAll();</script>
 * or, with a strict Content Security Policy (no inline script):
 *   <script type="module" src="/_content/ServiceStandard.DesignSystem.Assets/js/init.js"></script>
 *
 * Generated from the components' scripts (components/<id>/<id>.js) by ServiceStandard.DesignSystem.Build:
 * do not edit. Run dotnet run --project designsystem/ServiceStandard.DesignSystem.Build.
 */
import { initAccordion } from '../components/accordion/accordion.js';
import { initButton } from '../components/button/button.js';
import { initCharacterCount } from '../components/character-count/character-count.js';
import { initCheckboxes } from '../components/checkboxes/checkboxes.js';
import { initCookieBanner } from '../components/cookie-banner/cookie-banner.js';
import { initErrorSummary } from '../components/error-summary/error-summary.js';
import { initExitThisPage } from '../components/exit-this-page/exit-this-page.js';
import { initFileUpload } from '../components/file-upload/file-upload.js';
import { initHeader } from '../components/header/header.js';
import { initNotificationBanner } from '../components/notification-banner/notification-banner.js';
import { initPasswordInput } from '../components/password-input/password-input.js';
import { initRadios } from '../components/radios/radios.js';
import { initServiceNavigation } from '../components/service-navigation/service-navigation.js';
import { initSkipLink } from '../components/skip-link/skip-link.js';
import { initTabs } from '../components/tabs/tabs.js';
import { initModules } from './init-modules.js';

export { initAccordion, initButton, initCharacterCount, initCheckboxes, initCookieBanner, initErrorSummary, initExitThisPage, initFileUpload, initHeader, initNotificationBanner, initPasswordInput, initRadios, initServiceNavigation, initSkipLink, initTabs };

/** data-module name → initialiser. */
export const modules = Object.freeze({
  'ds-accordion': initAccordion,
  'ds-button': initButton,
  'ds-character-count': initCharacterCount,
  'ds-checkboxes': initCheckboxes,
  'ds-cookie-banner': initCookieBanner,
  'ds-error-summary': initErrorSummary,
  'ds-exit-this-page': initExitThisPage,
  'ds-file-upload': initFileUpload,
  'ds-header': initHeader,
  'ds-notification-banner': initNotificationBanner,
  'ds-password-input': initPasswordInput,
  'ds-radios': initRadios,
  'ds-service-navigation': initServiceNavigation,
  'ds-skip-link': initSkipLink,
  'ds-tabs': initTabs,
});

/**
 * Marks the page as enhanced (class ds-frontend-supported on <body>) and initialises every module
 * in scope once; see js/init-modules.js.
 * @param {Document | Element} [scope]
 */
export function initAll(scope = document) {
  initModules(modules, scope);
}
