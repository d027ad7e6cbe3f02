/**
 * Accordion (data-module="ds-accordion"). Served, it is headings each followed by its content, all
 * shown: nothing is hidden without JavaScript. The script:
 * - turns each heading's ds-accordion__section-button span into a <button type="button"> inside
 *   the same heading, with aria-controls naming the section's content and aria-expanded, holding
 *   the heading text, the summary (if any) and a "Show" / "Hide" toggle with a chevron, each
 *   after a visually hidden comma; the toggle ends with a visually hidden "this section";
 * - hides each closed section's content with hidden="until-found", so the browser's find in page
 *   still finds its text and opens the section (the beforematch event);
 * - adds a "Show all sections" / "Hide all sections" button above the sections;
 * - remembers which sections people opened for this browser session (sessionStorage, keyed by
 *   the content's id), unless the root has data-remember-expanded="false".
 * Sections served with ds-accordion__section--expanded start open.
 *
 * Messages follow the page's language (English and Spanish built in); override any of them with
 * data attributes on the root such as data-i18n.show-all-sections="Show all".
 */
export const moduleName = 'ds-accordion';

const messages = Object.freeze({
  en: {
    'show-all-sections': 'Show all sections',
    'hide-all-sections': 'Hide all sections',
    'show-section': 'Show',
    'hide-section': 'Hide',
    'this-section': ' this section',
  },
  es: {
    'show-all-sections': 'Mostrar todas las secciones',
    'hide-all-sections': 'Ocultar todas las secciones',
    'show-section': 'Mostrar',
    'hide-section': 'Ocultar',
    'this-section': ' esta sección',
  },
});

const expandedClass = 'ds-accordion__section--expanded';
const chevronClass = 'ds-accordion-nav__chevron';
const chevronDownClass = 'ds-accordion-nav__chevron--down';

/**
 * @param {string} tag
 * @param {Record<string, string>} attributes
 * @param {...(Node | string)} children
 */
function element(tag, attributes, ...children) {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    created.setAttribute(name, value);
  }
  created.append(...children);
  return created;
}

const punctuation = () => element('span', { class: 'ds-visually-hidden ds-accordion__section-heading-divider' }, ', ');

/** @param {HTMLElement} root */
export function initAccordion(root) {
  const sections = [...root.querySelectorAll('.ds-accordion__section')]
    .filter((section) => section.closest('.ds-accordion') === root);
  if (sections.length === 0) {
    return;
  }

  const language = (root.closest('[lang]')?.getAttribute('lang') ?? 'en').toLowerCase();
  const table = messages[language.split('-')[0]] ?? messages.en;
  const text = (key) => root.getAttribute(`data-i18n.${key}`) ?? table[key];
  const remember = root.dataset.rememberExpanded !== 'false';

  // Every section must have its parts before any is changed: a broken accordion stays as served.
  const found = sections.map((section) => {
    const header = section.querySelector('.ds-accordion__section-header');
    const placeholder = header?.querySelector('.ds-accordion__section-heading .ds-accordion__section-button');
    const content = section.querySelector('.ds-accordion__section-content');
    return header && placeholder && content instanceof HTMLElement && content.id ? { section, header, placeholder, content } : null;
  });
  if (found.some((f) => f === null)) {
    return;
  }

  /** @type {{ section: Element, button: HTMLButtonElement, content: HTMLElement, toggleText: HTMLElement, chevron: HTMLElement }[]} */
  const parts = [];
  for (const { section, header, placeholder, content } of /** @type {NonNullable<typeof found[number]>[]} */ (found)) {
    const button = /** @type {HTMLButtonElement} */ (element('button', { type: 'button', 'aria-controls': content.id }));
    for (const attribute of [...placeholder.attributes]) {
      if (attribute.name !== 'id') {
        button.setAttribute(attribute.name, attribute.value);
      }
    }

    const headingText = element('span', { class: 'ds-accordion__section-heading-text', id: placeholder.id || `${content.id}-heading` },
      element('span', { class: 'ds-accordion__section-heading-text-focus' }, ...placeholder.childNodes));
    button.append(headingText, punctuation());

    const summary = header.querySelector('.ds-accordion__section-summary');
    if (summary) {
      const summaryInButton = element('span', {}, element('span', { class: 'ds-accordion__section-summary-focus' }, ...summary.childNodes));
      for (const attribute of [...summary.attributes]) {
        summaryInButton.setAttribute(attribute.name, attribute.value);
      }
      summary.remove();
      button.append(summaryInButton, punctuation());
    }

    const chevron = element('span', { class: chevronClass });
    const toggleText = element('span', { class: 'ds-accordion__section-toggle-text' });
    button.append(element('span', { class: 'ds-accordion__section-toggle', 'data-nosnippet': '' },
      element('span', { class: 'ds-accordion__section-toggle-focus' }, chevron, toggleText)));

    placeholder.replaceWith(button);
    parts.push({ section, button, content, toggleText, chevron });
  }

  const showAllChevron = element('span', { class: chevronClass });
  const showAllText = element('span', { class: 'ds-accordion__show-all-text' });
  const showAll = element('button', { type: 'button', class: 'ds-accordion__show-all', 'aria-expanded': 'false' }, showAllChevron, showAllText);
  root.insertBefore(element('div', { class: 'ds-accordion__controls' }, showAll), root.firstChild);

  const allOpen = () => parts.every((part) => part.section.classList.contains(expandedClass));

  const updateShowAll = () => {
    const open = allOpen();
    showAll.setAttribute('aria-expanded', String(open));
    showAllText.textContent = text(open ? 'hide-all-sections' : 'show-all-sections');
    showAllChevron.classList.toggle(chevronDownClass, !open);
  };

  const store = (part, expanded) => {
    if (!remember) {
      return;
    }
    try {
      window.sessionStorage.setItem(part.content.id, String(expanded));
    } catch {
      // Storage can be unavailable (private modes, blocked cookies): the state is then not kept.
    }
  };

  const setExpanded = (part, expanded) => {
    // The button's name is its text, so what people see is what voice control users say (WCAG
    // 2.5.3): "Writing well for the web, Show this section", the last words visually hidden.
    part.toggleText.replaceChildren(text(expanded ? 'hide-section' : 'show-section'),
      element('span', { class: 'ds-visually-hidden' }, text('this-section')));
    part.button.setAttribute('aria-expanded', String(expanded));
    part.section.classList.toggle(expandedClass, expanded);
    part.chevron.classList.toggle(chevronDownClass, !expanded);
    if (expanded) {
      part.content.removeAttribute('hidden');
    } else {
      part.content.setAttribute('hidden', 'until-found');
    }
  };

  for (const part of parts) {
    let expanded = part.section.classList.contains(expandedClass);
    if (remember) {
      try {
        const stored = window.sessionStorage.getItem(part.content.id);
        if (stored !== null) {
          expanded = stored === 'true';
        }
      } catch {
        // As above: without storage, sections start as served.
      }
    }

    setExpanded(part, expanded);
    part.button.addEventListener('click', () => {
      const now = !part.section.classList.contains(expandedClass);
      setExpanded(part, now);
      store(part, now);
      updateShowAll();
    });
    // Find in page reveals a hidden="until-found" section: keep the accordion's state in step.
    part.content.addEventListener('beforematch', () => {
      setExpanded(part, true);
      store(part, true);
      updateShowAll();
    });
  }

  showAll.addEventListener('click', () => {
    const now = !allOpen();
    for (const part of parts) {
      setExpanded(part, now);
      store(part, now);
    }
    updateShowAll();
  });

  updateShowAll();
}
