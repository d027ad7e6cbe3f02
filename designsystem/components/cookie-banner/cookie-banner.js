/**
 * Cookie banner (data-module="ds-cookie-banner"). Without JavaScript its buttons submit a form
 * (name="cookies", value "accept" or "reject") and the service sets the cookie; with it:
 * - "accept" / "reject" store the choice in a cookie (data-cookie-name, default "cookies_policy",
 *   value {"essential":true,"analytics":true|false}, one year, SameSite=Lax, Secure on https),
 *   hide the question, show the matching confirmation (data-cookie-consent="accept" or "reject"),
 *   move focus to it and dispatch a bubbling "ds:cookie-consent" event ({ detail: { analytics } })
 *   so the service can start or stop its analytics;
 * - "hide" hides the banner;
 * - a banner whose cookie is already set hides itself on load.
 */
export const moduleName = 'ds-cookie-banner';

const oneYearSeconds = 60 * 60 * 24 * 365;

/** @param {HTMLElement} root */
export function initCookieBanner(root) {
  const cookieName = root.dataset.cookieName ?? 'cookies_policy';
  if (readCookie(cookieName) !== null) {
    root.hidden = true;
    return;
  }

  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[name="cookies"]') : null;
    if (!(button instanceof HTMLButtonElement) || !root.contains(button)) {
      return;
    }

    const choice = button.value;
    if (choice === 'hide') {
      event.preventDefault();
      root.hidden = true;
      return;
    }

    if (choice !== 'accept' && choice !== 'reject') {
      return;
    }

    event.preventDefault();
    const analytics = choice === 'accept';
    writeCookie(cookieName, JSON.stringify({ essential: true, analytics }));

    const confirmation = root.querySelector(`.ds-cookie-banner__message[data-cookie-consent="${choice}"]`);
    if (confirmation instanceof HTMLElement) {
      for (const message of root.querySelectorAll('.ds-cookie-banner__message')) {
        if (message instanceof HTMLElement) {
          message.hidden = message !== confirmation;
        }
      }

      if (!confirmation.hasAttribute('tabindex')) {
        confirmation.setAttribute('tabindex', '-1');
      }

      confirmation.focus();
    } else {
      root.hidden = true;
    }

    root.dispatchEvent(new CustomEvent('ds:cookie-consent', { bubbles: true, detail: { analytics } }));
  });
}

/** @param {string} name */
function readCookie(name) {
  const prefix = `${encodeURIComponent(name)}=`;
  const entry = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith(prefix));
  return entry === undefined ? null : decodeURIComponent(entry.slice(prefix.length));
}

/**
 * @param {string} name
 * @param {string} value
 */
function writeCookie(name, value) {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)}; path=/; max-age=${oneYearSeconds}; SameSite=Lax${secure}`;
}
