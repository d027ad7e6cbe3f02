/**
 * Character count (data-module="ds-character-count", data-maxlength="200" or data-maxwords="50",
 * optional data-threshold="75" to show the count only from 75% of the limit).
 *
 * The static hint (id "<textarea id>-info", class ds-character-count__message) says the limit
 * without JavaScript. With it, a live count replaces the hint on screen; the hint stays in the
 * textarea's aria-describedby (visually hidden), and a polite live region announces the count
 * once typing pauses. The browser's maxlength is removed so people can paste long text and edit
 * it down, seeing how far over they are, as the server validates anyway.
 *
 * Messages follow the page's language (English and Spanish built in); override any of them with
 * data attributes such as data-i18n.characters-under-limit.one="%{count} character left".
 */
export const moduleName = 'ds-character-count';

const screenReaderDelayMilliseconds = 1000;

const messages = Object.freeze({
  en: {
    'characters-under-limit.one': 'You have %{count} character remaining',
    'characters-under-limit.other': 'You have %{count} characters remaining',
    'characters-at-limit': 'You have 0 characters remaining',
    'characters-over-limit.one': 'You have %{count} character too many',
    'characters-over-limit.other': 'You have %{count} characters too many',
    'words-under-limit.one': 'You have %{count} word remaining',
    'words-under-limit.other': 'You have %{count} words remaining',
    'words-at-limit': 'You have 0 words remaining',
    'words-over-limit.one': 'You have %{count} word too many',
    'words-over-limit.other': 'You have %{count} words too many',
  },
  es: {
    'characters-under-limit.one': 'Le queda %{count} carácter',
    'characters-under-limit.other': 'Le quedan %{count} caracteres',
    'characters-at-limit': 'Le quedan 0 caracteres',
    'characters-over-limit.one': 'Tiene %{count} carácter de más',
    'characters-over-limit.other': 'Tiene %{count} caracteres de más',
    'words-under-limit.one': 'Le queda %{count} palabra',
    'words-under-limit.other': 'Le quedan %{count} palabras',
    'words-at-limit': 'Le quedan 0 palabras',
    'words-over-limit.one': 'Tiene %{count} palabra de más',
    'words-over-limit.other': 'Tiene %{count} palabras de más',
  },
});

/** @param {HTMLElement} root */
export function initCharacterCount(root) {
  const field = root.querySelector('.ds-js-character-count');
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) {
    return;
  }

  const maxWords = Number.parseInt(root.dataset.maxwords ?? '', 10);
  const maxLength = Number.parseInt(root.dataset.maxlength ?? '', 10);
  const countWords = Number.isFinite(maxWords);
  const limit = countWords ? maxWords : maxLength;
  const hint = document.getElementById(`${field.id}-info`);
  if (!Number.isFinite(limit) || limit <= 0 || !hint) {
    return;
  }

  const threshold = Number.parseInt(root.dataset.threshold ?? '0', 10) || 0;
  const language = (root.closest('[lang]')?.getAttribute('lang') ?? 'en').toLowerCase();
  const table = messages[language.split('-')[0]] ?? messages.en;
  const plurals = new Intl.PluralRules(language);

  const status = document.createElement('div');
  status.className = 'ds-hint ds-character-count__message ds-character-count__status';
  status.setAttribute('aria-hidden', 'true');
  const screenReaderStatus = document.createElement('div');
  screenReaderStatus.className = 'ds-character-count__sr-status ds-visually-hidden';
  screenReaderStatus.setAttribute('aria-live', 'polite');
  field.insertAdjacentElement('afterend', status);
  status.insertAdjacentElement('afterend', screenReaderStatus);

  hint.classList.add('ds-visually-hidden');
  field.removeAttribute('maxlength');

  const message = (count, kind) => {
    const remaining = limit - count;
    const state = remaining > 0 ? 'under-limit' : remaining === 0 ? 'at-limit' : 'over-limit';
    const key = state === 'at-limit'
      ? `${kind}-at-limit`
      : `${kind}-${state}.${plurals.select(Math.abs(remaining)) === 'one' ? 'one' : 'other'}`;
    const template = root.getAttribute(`data-i18n.${key}`) ?? table[key];
    return template.replace('%{count}', String(Math.abs(remaining)));
  };

  const measure = () => countWords ? (field.value.match(/\S+/g) ?? []).length : field.value.length;

  let timer = 0;
  const update = (announce) => {
    const count = measure();
    const over = count > limit;
    const shown = count >= (limit * threshold) / 100;
    const text = message(count, countWords ? 'words' : 'characters');

    field.classList.toggle('ds-textarea--error', over && field instanceof HTMLTextAreaElement);
    field.classList.toggle('ds-input--error', over && field instanceof HTMLInputElement);
    status.classList.toggle('ds-error-message', over);
    status.classList.toggle('ds-hint', !over);
    status.classList.toggle('ds-character-count__message--disabled', !shown);
    status.textContent = text;

    if (shown) {
      screenReaderStatus.removeAttribute('aria-hidden');
    } else {
      screenReaderStatus.setAttribute('aria-hidden', 'true');
    }

    window.clearTimeout(timer);
    if (announce) {
      timer = window.setTimeout(() => {
        screenReaderStatus.textContent = text;
      }, screenReaderDelayMilliseconds);
    } else {
      screenReaderStatus.textContent = text;
    }
  };

  field.addEventListener('input', () => update(true));
  // Browsers restore a textarea's text on back navigation without an input event.
  window.addEventListener('pageshow', () => update(false));
  update(false);
}
