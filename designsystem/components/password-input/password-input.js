/**
 * Password input (data-module="ds-password-input"): shows the button that shows and hides the
 * password (ds-js-password-input-toggle, served with the hidden attribute, so without JavaScript
 * there is no button that would do nothing).
 *
 * The button's text and aria-label say what it will do ("Show" / "Show password", then "Hide" /
 * "Hide password"); a visually hidden polite live region (ds-password-input__sr-status) says
 * "Your password is visible" or "…is hidden" after each change. The password is hidden again
 * when its form is sent (so the browser does not offer to remember a visible field as text) and
 * when the page comes back from the back-forward cache.
 *
 * Messages follow the page's language (English and Spanish built in); override any of them with
 * data attributes on the root such as data-i18n.show-password="Show".
 */
export const moduleName = 'ds-password-input';

const messages = Object.freeze({
  en: {
    'show-password': 'Show',
    'hide-password': 'Hide',
    'show-password-aria-label': 'Show password',
    'hide-password-aria-label': 'Hide password',
    'password-shown-announcement': 'Your password is visible',
    'password-hidden-announcement': 'Your password is hidden',
  },
  es: {
    'show-password': 'Mostrar',
    'hide-password': 'Ocultar',
    'show-password-aria-label': 'Mostrar contraseña',
    'hide-password-aria-label': 'Ocultar contraseña',
    'password-shown-announcement': 'Su contraseña está visible',
    'password-hidden-announcement': 'Su contraseña está oculta',
  },
});

/** @param {HTMLElement} root */
export function initPasswordInput(root) {
  const input = root.querySelector('.ds-js-password-input-input');
  const button = root.querySelector('.ds-js-password-input-toggle');
  if (!(input instanceof HTMLInputElement) || input.type !== 'password'
    || !(button instanceof HTMLButtonElement) || button.type !== 'button') {
    return;
  }

  const language = (root.closest('[lang]')?.getAttribute('lang') ?? 'en').toLowerCase();
  const table = messages[language.split('-')[0]] ?? messages.en;
  const text = (key) => root.getAttribute(`data-i18n.${key}`) ?? table[key];

  const status = document.createElement('div');
  status.className = 'ds-password-input__sr-status ds-visually-hidden';
  status.setAttribute('aria-live', 'polite');
  input.insertAdjacentElement('afterend', status);

  const setType = (type) => {
    if (type === input.type) {
      return;
    }

    input.setAttribute('type', type);
    const hidden = type === 'password';
    button.textContent = text(hidden ? 'show-password' : 'hide-password');
    button.setAttribute('aria-label', text(hidden ? 'show-password-aria-label' : 'hide-password-aria-label'));
    status.textContent = text(hidden ? 'password-hidden-announcement' : 'password-shown-announcement');
  };

  button.removeAttribute('hidden');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    setType(input.type === 'password' ? 'text' : 'password');
  });
  input.form?.addEventListener('submit', () => setType('password'));
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      setType('password');
    }
  });
}
