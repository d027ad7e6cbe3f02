/**
 * Tabs (data-module="ds-tabs"), after the WAI-ARIA Authoring Practices' tabs with automatic
 * activation and GOV.UK Frontend's tabs.
 *
 * The markup is a table of contents (links to the panels' ids) and the panels, which is what
 * people get without JavaScript and below the tablet breakpoint. From the tablet breakpoint the
 * list becomes a tablist: links get role="tab", aria-selected, aria-controls and a roving
 * tabindex, panels get role="tabpanel" named by their tab, and only the selected panel shows
 * (ds-tabs__panel--hidden on the others). Arrow keys move between tabs, Home and End to the
 * first and last; choosing a tab puts its panel's id in the address, so Back and a shared link
 * reopen it. Crossing the breakpoint back puts the markup as it was.
 */
import { fromBreakpoint } from '../../js/breakpoints.js';

export const moduleName = 'ds-tabs';

const hiddenClass = 'ds-tabs__panel--hidden';
const selectedClass = 'ds-tabs__list-item--selected';

/** @param {HTMLElement} root */
export function initTabs(root) {
  const list = root.querySelector('.ds-tabs__list');
  /** @type {HTMLAnchorElement[]} */
  const tabs = [...root.querySelectorAll('a.ds-tabs__tab')].filter(tab => panelOf(tab) !== null);
  if (!list || tabs.length === 0) {
    return;
  }

  const query = fromBreakpoint('tablet');
  let enhanced = false;
  let changingHash = false;

  /** @param {HTMLAnchorElement} tab */
  function panelOf(tab) {
    const id = decodeURIComponent(tab.hash.slice(1));
    if (!id) {
      return null;
    }

    const panel = document.getElementById(id);
    return panel && root.contains(panel) && panel.classList.contains('ds-tabs__panel') ? panel : null;
  }

  function current() {
    return tabs.find(tab => tab.parentElement?.classList.contains(selectedClass)) ?? tabs[0];
  }

  /** @param {HTMLAnchorElement} tab @param {boolean} selected */
  function mark(tab, selected) {
    tab.parentElement?.classList.toggle(selectedClass, selected);
    tab.setAttribute('aria-selected', String(selected));
    tab.setAttribute('tabindex', selected ? '0' : '-1');
    panelOf(tab)?.classList.toggle(hiddenClass, !selected);
  }

  /** @param {HTMLAnchorElement} tab @param {{ focus?: boolean, history?: boolean }} options */
  function select(tab, { focus = false, history = false } = {}) {
    for (const other of tabs) {
      mark(other, other === tab);
    }

    if (focus) {
      tab.focus();
    }

    if (history) {
      // Changing the hash scrolls to the element with that id: take the id off for the moment.
      const panel = panelOf(tab);
      if (panel) {
        const id = panel.id;
        panel.id = '';
        changingHash = true;
        window.location.hash = id;
        panel.id = id;
      }
    }
  }

  /** @param {MouseEvent} event */
  function onClick(event) {
    const tab = /** @type {HTMLAnchorElement} */ (event.currentTarget);
    event.preventDefault();
    select(tab, { history: true });
  }

  /** @param {KeyboardEvent} event */
  function onKeydown(event) {
    const index = tabs.indexOf(current());
    const target = {
      ArrowLeft: index - 1,
      Left: index - 1,
      ArrowRight: index + 1,
      Right: index + 1,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (target === undefined) {
      return;
    }

    event.preventDefault();
    if (target >= 0 && target < tabs.length && target !== index) {
      select(tabs[target], { focus: true, history: true });
    }
  }

  function onHashChange() {
    if (changingHash) {
      changingHash = false;
      return;
    }

    const tab = tabs.find(t => t.hash === window.location.hash);
    if (tab) {
      select(tab, { focus: true });
    }
  }

  function setup() {
    list.setAttribute('role', 'tablist');
    for (const tab of tabs) {
      const panel = /** @type {HTMLElement} */ (panelOf(tab));
      tab.parentElement?.setAttribute('role', 'presentation');
      tab.id = tab.id || `tab_${panel.id}`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      tab.addEventListener('click', onClick);
      tab.addEventListener('keydown', onKeydown);
    }

    select(tabs.find(t => t.hash !== '' && t.hash === window.location.hash) ?? current());
    window.addEventListener('hashchange', onHashChange);
    enhanced = true;
  }

  function teardown() {
    list.removeAttribute('role');
    for (const tab of tabs) {
      const panel = panelOf(tab);
      tab.parentElement?.removeAttribute('role');
      for (const name of ['role', 'aria-selected', 'aria-controls', 'tabindex']) {
        tab.removeAttribute(name);
      }

      if (tab.id.startsWith('tab_')) {
        tab.removeAttribute('id');
      }

      panel?.removeAttribute('role');
      panel?.removeAttribute('aria-labelledby');
      panel?.classList.remove(hiddenClass);
      tab.removeEventListener('click', onClick);
      tab.removeEventListener('keydown', onKeydown);
    }

    window.removeEventListener('hashchange', onHashChange);
    enhanced = false;
  }

  function checkMode() {
    if (query.matches && !enhanced) {
      setup();
    } else if (!query.matches && enhanced) {
      teardown();
    } else if (!query.matches) {
      for (const tab of tabs) {
        panelOf(tab)?.classList.remove(hiddenClass);
      }
    }
  }

  query.addEventListener('change', checkMode);
  checkMode();
}
