/**
 * Skip link (data-module="ds-skip-link"). Following the link already moves the page; this also
 * moves focus to the target (usually <main id="main-content">), so the next Tab starts there in
 * every browser and screen readers read from it. The target's focus outline is suppressed
 * (ds-skip-link-focused-element): it is not a control.
 */
export const moduleName = 'ds-skip-link';

/** @param {HTMLAnchorElement} link */
export function initSkipLink(link) {
  link.addEventListener('click', () => {
    const id = decodeURIComponent(link.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) {
      return;
    }

    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.classList.add('ds-skip-link-focused-element');
      target.addEventListener('blur', () => {
        target.removeAttribute('tabindex');
        target.classList.remove('ds-skip-link-focused-element');
      }, { once: true });
    }

    target.focus();
  });
}
