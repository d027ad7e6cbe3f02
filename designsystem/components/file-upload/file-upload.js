/**
 * File upload with a drop zone (data-module="ds-file-upload" on div.ds-drop-zone around the
 * input.ds-file-upload), after GOV.UK Frontend's enhanced file upload, with one difference: the
 * native input stays the control. GOV.UK's script hides the input and gives its id to a new
 * button; this one lays the input, transparent, over the whole zone, so its label, its
 * aria-describedby, the browser's announcement of the chosen file and voice control ("click
 * Upload your documents") all keep working, a click anywhere in the zone opens the picker and a
 * file dropped anywhere on it lands in the input itself.
 *
 * The script draws, hidden from assistive technologies, what the input says (the chosen file's
 * name or how many), a "Choose file" button and "or drop file"; highlights the zone while a
 * file is dragged over it, saying so in an assertive live region as GOV.UK does; and follows the
 * input's disabled state. Texts follow the page's language (English and Spanish built in);
 * override any with data attributes such as data-i18n.choose-file="Choose photo".
 */
export const moduleName = 'ds-file-upload';

const messages = Object.freeze({
  en: {
    'choose-file': 'Choose file',
    'choose-files': 'Choose files',
    'drop-instruction': 'or drop file',
    'drop-instruction-multiple': 'or drop files',
    'no-file-chosen': 'No file chosen',
    'files-chosen.one': '%{count} file chosen',
    'files-chosen.other': '%{count} files chosen',
    'entered-drop-zone': 'Entered drop zone',
    'left-drop-zone': 'Left drop zone',
  },
  es: {
    'choose-file': 'Elegir archivo',
    'choose-files': 'Elegir archivos',
    'drop-instruction': 'o suéltelo aquí',
    'drop-instruction-multiple': 'o suéltelos aquí',
    'no-file-chosen': 'No se ha elegido ningún archivo',
    'files-chosen.one': '%{count} archivo elegido',
    'files-chosen.other': '%{count} archivos elegidos',
    'entered-drop-zone': 'Ha entrado en la zona para soltar archivos',
    'left-drop-zone': 'Ha salido de la zona para soltar archivos',
  },
});

/** @param {HTMLElement} root */
export function initFileUpload(root) {
  const input = root.querySelector('input.ds-file-upload[type="file"]');
  if (!(input instanceof HTMLInputElement)) {
    return;
  }

  const language = (root.closest('[lang]')?.getAttribute('lang') ?? 'en').toLowerCase();
  const table = messages[language.split('-')[0]] ?? messages.en;
  const plurals = new Intl.PluralRules(language);
  /** @param {string} key @param {number} [count] */
  const t = (key, count) => {
    const full = count === undefined ? key : `${key}.${plurals.select(count)}`;
    const text = root.dataset[`i18n.${full}`] ?? table[full] ?? table[`${key}.other`] ?? messages.en[full] ?? key;
    return text.replace('%{count}', String(count ?? ''));
  };

  const element = (tag, className, text) => {
    const created = document.createElement(tag);
    created.className = className;
    if (text !== undefined) {
      created.textContent = text;
    }

    return created;
  };

  const display = element('span', 'ds-drop-zone__display');
  display.setAttribute('aria-hidden', 'true');
  const status = element('span', 'ds-drop-zone__status', t('no-file-chosen'));
  const button = element('span', 'ds-drop-zone__button', t(input.multiple ? 'choose-files' : 'choose-file'));
  const instruction = element('span', 'ds-drop-zone__instruction', t(input.multiple ? 'drop-instruction-multiple' : 'drop-instruction'));
  const row = element('span', 'ds-drop-zone__row');
  row.append(button, ' ', instruction);
  display.append(status, row);
  input.insertAdjacentElement('afterend', display);

  const announcements = element('span', 'ds-drop-zone__announcements ds-visually-hidden');
  announcements.setAttribute('aria-live', 'assertive');
  root.insertAdjacentElement('afterend', announcements);
  root.classList.add('ds-drop-zone--enhanced');

  const update = () => {
    const count = input.files?.length ?? 0;
    status.textContent = count === 0 ? t('no-file-chosen') : count === 1 ? input.files[0].name : t('files-chosen', count);
    root.classList.toggle('ds-drop-zone--empty', count === 0);
  };

  const disabled = () => root.classList.toggle('ds-drop-zone--disabled', input.disabled);
  new MutationObserver(disabled).observe(input, { attributes: true, attributeFilter: ['disabled'] });

  let dragging = false;
  const setDragging = (on) => {
    if (on === dragging) {
      return;
    }

    dragging = on;
    root.classList.toggle('ds-drop-zone--dragging', on);
    announcements.textContent = t(on ? 'entered-drop-zone' : 'left-drop-zone');
  };

  /** @param {DragEvent} event */
  const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');

  // A drag moving from one element to another fires dragenter on the new one before dragleave on
  // the old; a dragleave with no dragenter before it left the window.
  let enteredAnother = false;
  document.addEventListener('dragenter', (event) => {
    enteredAnother = true;
    if (input.disabled || !carriesFiles(event)) {
      return;
    }

    setDragging(event.target instanceof Node && root.contains(event.target));
  });
  document.addEventListener('dragleave', () => {
    if (!enteredAnother) {
      setDragging(false);
    }

    enteredAnother = false;
  });
  document.addEventListener('drop', () => {
    dragging = false;
    root.classList.remove('ds-drop-zone--dragging');
  });

  input.addEventListener('change', update);
  update();
  disabled();
}
