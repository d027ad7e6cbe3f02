// The keyboard walk (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.7): moves focus, so it runs after the
// read-only units. KeyboardWalker drives it with real Tab presses; this side measures.
const styleProps = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow', 'border-top-color', 'border-bottom-color', 'border-left-color', 'border-right-color', 'border-top-width', 'border-bottom-width', 'background-color', 'color', 'text-decoration-line', 'text-decoration-thickness', 'text-decoration-color'];
function styleOf(el) {
  const s = getComputedStyle(el);
  const out = {};
  for (const p of styleProps) out[p] = s.getPropertyValue(p);
  return out;
}
function describeChange(before, after) {
  if (!before || !after) return null;
  if (after['outline-style'] !== 'none' && parseFloat(after['outline-width']) > 0 &&
      (before['outline-style'] === 'none' || parseFloat(before['outline-width']) === 0 ||
       before['outline-color'] !== after['outline-color'] || before['outline-width'] !== after['outline-width'])) {
    return `outline ${after['outline-width']} ${after['outline-style']}`;
  }
  for (const p of styleProps) {
    if (p.startsWith('outline')) continue;
    if (before[p] !== after[p]) return `${p}: ${after[p]}`;
  }
  return null;
}

const unfocused = new Map();
let sentinel = null;
let focusLog = [];
let logging = false;

function describeFocus(el) {
  if (!el || el === document.body || el === document.documentElement || el === sentinel) {
    return { key: 0, atDocument: true };
  }
  const key = keyOf(el);
  byKey.set(key, el);
  const before = unfocused.get(el);
  const now = { self: styleOf(el), parent: el.parentElement ? styleOf(el.parentElement) : null };
  let change = before ? describeChange(before.self, now.self) : 'not measured';
  if (!change && before && before.parent) {
    const parentChange = describeChange(before.parent, now.parent);
    if (parentChange) change = 'parent ' + parentChange;
  }
  return { key, atDocument: false, selector: selectorOf(el), tag: el.localName, snippet: snippet(el), indicatorVisible: !!change, indicatorChange: change };
}

// The event itself is kept so that, when the log is read, we can tell whether a page handler
// cancelled the Tab (a trap) or the browser simply had nowhere else to move focus.
window.addEventListener('keydown', (e) => { if (logging && e.key === 'Tab') focusLog.push({ press: true, event: e }); }, true);
document.addEventListener('focusin', (e) => {
  if (!logging) return;
  let el = e.target;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  focusLog.push(describeFocus(el));
}, true);
document.addEventListener('focusout', (e) => { if (logging && !e.relatedTarget) focusLog.push({ key: 0, atDocument: true }); }, true);

Object.assign(probe, {
  // Prepare a Tab walk: remember how every candidate looks unfocused, and put a sentinel at the
  // top so the first Tab starts from the top of the page, whatever the page focused on load.
  prepareKeyboard() {
    refreshClickTargets();
    unfocused.clear();
    byKey.clear();
    // Unfocused styles must be measured with nothing focused (a page may autofocus a field).
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    let tabbables = 0;
    for (const el of document.querySelectorAll('body *')) {
      const reason = interactiveReason(el);
      if (!reason) continue;
      if (!visible(el)) continue;
      const key = keyOf(el);
      byKey.set(key, el);
      unfocused.set(el, { self: styleOf(el), parent: el.parentElement ? styleOf(el.parentElement) : null });
      if (isTabbable(el)) tabbables++;
    }
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    sentinel = document.createElement('span');
    sentinel.tabIndex = -1;
    sentinel.setAttribute('data-servicestandard-sentinel', '');
    document.body.insertBefore(sentinel, document.body.firstChild);
    sentinel.focus({ preventScroll: true });
    return tabbables;
  },

  focusInfo() {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return describeFocus(el);
  },

  // The Tab walk's log: a marker per Tab keydown (seen first, in the capture phase, before any
  // page handler) and where focus went after it, measured as it happened. Reading it once per
  // batch of presses halves the round trips of asking after every press.
  startFocusLog() {
    focusLog = [];
    logging = true;
  },

  takeFocusLog() {
    const entries = focusLog.map((entry) => (entry.event ? { press: true, prevented: entry.event.defaultPrevented } : entry));
    focusLog = [];
    return entries;
  },

  stopFocusLog() {
    logging = false;
    focusLog = [];
  },

  // After a trap: focus the first tabbable element after the trapping region, to go on walking.
  focusAfter(keysInRegion) {
    const region = keysInRegion.map((k) => byKey.get(k)).filter(Boolean);
    const all = Array.from(document.querySelectorAll('body *')).filter(isTabbable);
    const last = region.reduce((acc, el) => (acc && (acc.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) ? el : acc), region[0]);
    const next = all.find((el) => last && (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && !region.some((r) => r.contains(el)));
    if (!next) return false;
    next.focus();
    return true;
  },

  describeRegion(keysInRegion) {
    const region = keysInRegion.map((k) => byKey.get(k)).filter(Boolean);
    if (region.length === 0) return null;
    let common = region[0];
    while (common && !region.every((el) => common.contains(el))) common = common.parentElement;
    const target = region.length === 1 ? region[0] : common || region[0];
    return { selector: selectorOf(target), snippet: snippet(target) };
  },

  finishKeyboard(visitedKeys) {
    const compositeWidgets = '[role=tablist], [role=radiogroup], [role=listbox], [role=menu], [role=menubar], [role=grid], [role=treegrid], [role=tree], [role=toolbar]';
    const visited = new Set(visitedKeys);
    const visitedEls = visitedKeys.map((k) => byKey.get(k)).filter(Boolean);
    const notReached = [];
    for (const [key, el] of byKey) {
      if (visited.has(key) || !el.isConnected || !visible(el)) continue;
      // A container of reached controls (event delegation) or a part of a reached control is fine.
      if (visitedEls.some((v) => el.contains(v) || v.contains(el))) continue;
      // A radio group is one Tab stop; arrow keys move within it.
      if (el.matches('input[type=radio]') && el.name &&
          visitedEls.some((v) => v.matches('input[type=radio]') && v.name === el.name && v.form === el.form)) continue;
      // A composite widget (tabs, a listbox, a menu, a grid…) is one Tab stop too: arrow keys move
      // within it (WAI-ARIA's roving tabindex), so a member is fine when the walk reached another.
      const composite = el.closest(compositeWidgets);
      if (composite && visitedEls.some((v) => composite.contains(v))) continue;
      if (el.closest('[aria-hidden=true], [inert]')) continue;
      // Focus inside a frame belongs to the frame's document, which this walk does not follow.
      if (el.localName === 'iframe') continue;
      const reason = interactiveReason(el);
      if (!reason) continue;
      notReached.push({ selector: selectorOf(el), snippet: snippet(el), reason });
      if (notReached.length >= 50) break;
    }
    const first = visitedEls[0] || null;
    const main = document.querySelector('main, [role=main]') || document.querySelector('h1');
    const isSkipLink = (a) => a && a.matches('a[href^="#"]') && a.getAttribute('href').length > 1;
    const skip = visitedEls.slice(0, 3).find((a) => isSkipLink(a) &&
      (/skip|saltar|ir al contenido|main content|contenido principal/i.test(a.textContent || '') ||
       (main && document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))) === main)));
    let target = null;
    if (skip) target = document.getElementById(decodeURIComponent(skip.getAttribute('href').slice(1)));
    const tabbables = Array.from(document.querySelectorAll('body *')).filter(isTabbable);
    const beforeMain = main ? tabbables.filter((el) => !main.contains(el) && (el.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING)).length : 0;
    if (sentinel) { sentinel.remove(); sentinel = null; }
    // Leave nothing focused: a focused skip link, say, changes the layout a journey's next click sees.
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.scrollTo(0, 0);
    return {
      notReached,
      skipLink: {
        present: !!skip,
        isFirst: !!skip && skip === first,
        selector: skip ? selectorOf(skip) : null,
        target: skip ? skip.getAttribute('href') : null,
        targetExists: !!target,
        targetFocusable: !!target && (target.matches(nativelyFocusable) || target.hasAttribute('tabindex')),
        focusablesBeforeMain: beforeMain,
      },
    };
  },
});
