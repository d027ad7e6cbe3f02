/**
 * Notification banner (data-module="ds-notification-banner"). A banner with role="alert" (the
 * success variant, after an action) takes focus on load so it is read at once;
 * data-disable-auto-focus="true" turns this off.
 */
export const moduleName = 'ds-notification-banner';

/** @param {HTMLElement} root */
export function initNotificationBanner(root) {
  if (root.getAttribute('role') !== 'alert' || root.dataset.disableAutoFocus === 'true') {
    return;
  }

  if (!root.hasAttribute('tabindex')) {
    root.setAttribute('tabindex', '-1');
    root.addEventListener('blur', () => root.removeAttribute('tabindex'), { once: true });
  }

  root.focus();
}
