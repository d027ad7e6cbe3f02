/**
 * Exit this page (data-module="ds-exit-this-page"). The link (ds-exit-this-page__button) goes to a
 * safe page without JavaScript. With it:
 * - a click, or the Shift key pressed three times within 5 seconds anywhere on the page, hides
 *   the page at once (ds-exit-this-page-hide-content on the body, and an overlay saying
 *   "Loading.") and then goes to the link's address, so nothing of the page stays on screen;
 * - three lights under the button count the Shift presses, and a visually hidden status says how
 *   many more are needed ("Shift, press 2 more times to exit.") and when the count ran out;
 * - when people come back (back button, back-forward cache), the page is shown again.
 * A Shift press that is part of a shortcut or of typing a capital letter does not count: only a
 * press of Shift alone, with no key held with it.
 *
 * Messages follow the page's language (English and Spanish built in); override any of them with
 * data attributes on the root such as data-i18n.activated="Loading.".
 */
export const moduleName = 'ds-exit-this-page';

const timeoutMilliseconds = 5000;
const pressesToExit = 3;

const messages = Object.freeze({
  en: {
    activated: 'Loading.',
    'timed-out': 'Exit this page expired.',
    'press-two-more-times': 'Shift, press 2 more times to exit.',
    'press-one-more-time': 'Shift, press 1 more time to exit.',
  },
  es: {
    activated: 'Cargando.',
    'timed-out': 'El atajo para salir de esta página ha caducado.',
    'press-two-more-times': 'Mayúsculas: pulse 2 veces más para salir.',
    'press-one-more-time': 'Mayúsculas: pulse 1 vez más para salir.',
  },
});

/** @param {HTMLElement} root */
export function initExitThisPage(root) {
  const button = root.querySelector('.ds-exit-this-page__button');
  if (!(button instanceof HTMLAnchorElement) || !button.href) {
    return;
  }

  const language = (root.closest('[lang]')?.getAttribute('lang') ?? 'en').toLowerCase();
  const table = messages[language.split('-')[0]] ?? messages.en;
  const text = (key) => root.getAttribute(`data-i18n.${key}`) ?? table[key];

  const indicator = document.createElement('div');
  indicator.className = 'ds-exit-this-page__indicator';
  indicator.setAttribute('aria-hidden', 'true');
  const lights = Array.from({ length: pressesToExit }, () => {
    const light = document.createElement('div');
    light.className = 'ds-exit-this-page__indicator-light';
    indicator.appendChild(light);
    return light;
  });
  button.appendChild(indicator);

  const status = document.createElement('span');
  status.className = 'ds-visually-hidden';
  status.setAttribute('role', 'status');
  root.appendChild(status);

  let presses = 0;
  let lastKeyWasModified = false;
  let pressTimer = 0;
  let messageTimer = 0;
  /** @type {HTMLElement | null} */
  let overlay = null;

  const showPresses = () => {
    indicator.classList.toggle('ds-exit-this-page__indicator--visible', presses > 0);
    lights.forEach((light, index) => light.classList.toggle('ds-exit-this-page__indicator-light--on', index < presses));
  };

  const exitPage = () => {
    status.textContent = '';
    document.body.classList.add('ds-exit-this-page-hide-content');
    overlay = document.createElement('div');
    overlay.className = 'ds-exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.appendChild(overlay);
    overlay.textContent = text('activated');
    window.location.href = button.href;
  };

  const resetPresses = () => {
    window.clearTimeout(pressTimer);
    pressTimer = 0;
    presses = 0;
    status.textContent = text('timed-out');
    messageTimer = window.setTimeout(() => {
      status.textContent = '';
    }, timeoutMilliseconds);
    showPresses();
  };

  button.addEventListener('click', (event) => {
    event.preventDefault();
    exitPage();
  });

  // One listener per page, however many exit buttons it has: three presses leave once.
  if (!('dsExitThisPageKeypress' in document.body.dataset)) {
    document.body.dataset.dsExitThisPageKeypress = 'true';
    document.addEventListener('keyup', (event) => {
      if (event.key === 'Shift' && !lastKeyWasModified) {
        presses += 1;
        showPresses();
        window.clearTimeout(messageTimer);
        if (presses >= pressesToExit) {
          presses = 0;
          window.clearTimeout(pressTimer);
          pressTimer = 0;
          exitPage();
        } else {
          status.textContent = text(presses === 1 ? 'press-two-more-times' : 'press-one-more-time');
          window.clearTimeout(pressTimer);
          pressTimer = window.setTimeout(resetPresses, timeoutMilliseconds);
        }
      } else if (pressTimer) {
        resetPresses();
      }

      lastKeyWasModified = event.shiftKey;
    }, true);
  }

  window.addEventListener('pageshow', () => {
    document.body.classList.remove('ds-exit-this-page-hide-content');
    overlay?.remove();
    overlay = null;
    status.textContent = '';
    presses = 0;
    window.clearTimeout(pressTimer);
    window.clearTimeout(messageTimer);
    pressTimer = 0;
    showPresses();
  });
}
