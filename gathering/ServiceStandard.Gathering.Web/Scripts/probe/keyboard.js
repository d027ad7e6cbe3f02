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
let lastFocusEvent = 0;

function deepActive() {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
const atDocument = (el) => !el || el === document.body || el === document.documentElement || el === sentinel;

// A focus style that arrives through a transition is measured at its end, whatever the machine's
// speed: reading the style starts the transition, and finishing it jumps to where it was going.
function finishTransitions(el) {
  for (const node of [el, el.parentElement]) {
    if (!node) continue;
    getComputedStyle(node).getPropertyValue('outline-color');
    for (const a of node.getAnimations()) {
      if (a.effect && a.effect.getComputedTiming().endTime !== Infinity) a.finish();
    }
  }
}

function describeFocus(el) {
  if (atDocument(el)) return { key: 0, atDocument: true };
  const key = keyOf(el);
  byKey.set(key, el);
  finishTransitions(el);
  const before = unfocused.get(el);
  const now = { self: styleOf(el), parent: el.parentElement ? styleOf(el.parentElement) : null };
  let change = before ? describeChange(before.self, now.self) : 'not measured';
  if (!change && before && before.parent) {
    const parentChange = describeChange(before.parent, now.parent);
    if (parentChange) change = 'parent ' + parentChange;
  }
  // WCAG 1.4.11: the colours of what focus changed on the element itself, and of what they sit on.
  const look = before && change && !change.startsWith('parent ') ? indicatorLook(el, before.self, now.self, before.box) : null;
  // A field that takes text shows focus with its blinking insertion caret (Understanding 2.4.7).
  if (!change && isTextEntry(el)) change = 'text caret';
  return { key, atDocument: false, selector: selectorOf(el), tag: el.localName, snippet: snippet(el), indicatorVisible: !!change, indicatorChange: change, look };
}

// The parts of a focus indicator drawn on the element itself (an outline, a box-shadow ring or
// line, a border or background that changed), each with the colours next to it, and any change
// that is not one of colour (an underline added, a thicker line), which shows focus whatever the
// colours. `against` names what a part sits on: "backdrop" (the colours behind the element),
// "own" (its own background) or a border colour. The check measures; this only reads.
// Its size and whether it is clipped: an element that appears or grows on focus (a skip link
// shown from visually hidden) shows focus by more than colour.
function boxOf(el) {
  const style = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return { width: r.width, height: r.height, clipped: (style.clip && style.clip !== 'auto') || (style.clipPath && style.clipPath !== 'none') };
}
function indicatorLook(el, before, after, beforeBox) {
  const style = getComputedStyle(el);
  const backdrop = backdropOf(parentOf(el));
  const ownUnclear = style.backgroundImage && style.backgroundImage !== 'none' ? 'background image on the element' : null;
  const borders = bordersOf(style);
  const borderColours = [...new Set(borders.map((b) => b.colour))];
  const edge = borderColours.length ? borderColours : ['own'];
  const parts = [];
  const other = [];
  const outlineWidth = parseFloat(after['outline-width']) || 0;
  if (after['outline-style'] !== 'none' && outlineWidth > 0) {
    const beforeWidth = before['outline-style'] === 'none' ? 0 : parseFloat(before['outline-width']) || 0;
    if (after['outline-style'] === 'auto') {
      // The browser's own focus ring, drawn in colours it chooses: 1.4.11's user agent exception.
      parts.push({ kind: 'outline', colour: after['outline-color'], width: outlineWidth, against: [], userAgent: true });
    } else if (before['outline-color'] !== after['outline-color'] || beforeWidth === 0) {
      const offset = parseFloat(after['outline-offset']) || 0;
      // Drawn outside the border edge, with a gap (offset) it sits on the backdrop only; without
      // one it also touches the element's border (or background); inset, it lies on the element.
      const against = offset > 0 ? ['backdrop'] : offset === 0 ? ['backdrop', ...edge] : ['own', ...borderColours];
      parts.push({ kind: 'outline', colour: after['outline-color'], width: outlineWidth, offset, against, inside: offset < 0 });
    }
    if (beforeWidth > 0 && outlineWidth > beforeWidth) other.push(`outline ${before['outline-width']} → ${after['outline-width']}`);
  }
  if (before['box-shadow'] !== after['box-shadow']) {
    const old = new Set(shadowsOf(before['box-shadow']).map((s) => s.text));
    for (const shadow of shadowsOf(after['box-shadow'])) {
      if (old.has(shadow.text)) continue;
      const width = Math.max(shadow.spread, 0) + Math.max(Math.abs(shadow.x), Math.abs(shadow.y));
      if (width <= 0 && shadow.blur <= 0) continue;
      const part = { kind: shadow.inset ? 'inset box-shadow' : 'box-shadow', colour: shadow.colour, width, against: shadow.inset ? ['own', ...borderColours.length ? borderColours : ['backdrop']] : ['backdrop', ...edge], inside: shadow.inset };
      // A blurred glow has no line of one colour to measure: a person judges it.
      if (width <= 0 || shadow.blur > width) part.unclear = `blurred shadow (${shadow.text})`;
      parts.push(part);
    }
  }
  for (const side of ['top', 'right', 'bottom', 'left']) {
    const border = borders.find((b) => b.side === side);
    if (!border) continue;
    // Left and right widths are not kept unfocused; the top's stands in for them.
    const beforeWidth = parseFloat(before[`border-${side}-width`] ?? before['border-top-width']);
    if (before[`border-${side}-color`] !== border.colour || beforeWidth === 0) {
      const part = { kind: `border-${side}`, colour: border.colour, width: border.width, against: ['backdrop', 'own'], inside: true };
      if (beforeWidth > 0) part.previous = before[`border-${side}-color`];
      parts.push(part);
    }
    if (beforeWidth > 0 && border.width > beforeWidth) other.push(`border-${side} ${beforeWidth}px → ${border.width}px`);
  }
  if (before['background-color'] !== after['background-color'] && alphaOfColour(after['background-color']) > 0) {
    parts.push({ kind: 'background', colour: after['background-color'], width: 0, against: ['backdrop'], previous: before['background-color'] });
  }
  if (before['text-decoration-line'] !== after['text-decoration-line'] && after['text-decoration-line'] !== 'none') other.push(`text-decoration-line: ${after['text-decoration-line']}`);
  if (before['text-decoration-thickness'] !== after['text-decoration-thickness'] && after['text-decoration-line'] !== 'none') other.push(`text-decoration-thickness: ${after['text-decoration-thickness']}`);
  if (beforeBox) {
    const box = boxOf(el);
    if (beforeBox.clipped !== box.clipped || Math.abs(beforeBox.width - box.width) >= 2 || Math.abs(beforeBox.height - box.height) >= 2) {
      other.push(`shown or resized on focus (${Math.round(beforeBox.width)}×${Math.round(beforeBox.height)} → ${Math.round(box.width)}×${Math.round(box.height)})`);
    }
  }
  // An indicator may also be drawn beside or inside the element (a pseudo-element, an inner
  // element, the next sibling's ::before) as well as on it; its colours are not measured here, so
  // its presence is noted as another change and the element is not judged on its own parts alone.
  if (parts.length > 0 && other.length === 0) {
    const drawn = (node, pseudo) => {
      // An interactive neighbour measured before focus that looks as it did is not part of it.
      const before = !pseudo && unfocused.get(node);
      if (before && !describeChange(before.self, styleOf(node))) return false;
      const s = getComputedStyle(node, pseudo);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && alphaOfColour(s.outlineColor) > 0) ||
        shadowsOf(s.boxShadow).some((x) => alphaOfColour(x.colour) > 0);
    };
    const near = [[el, '::before'], [el, '::after'], ...Array.from(el.querySelectorAll('*')).slice(0, 30).map((n) => [n, null])];
    if (el.nextElementSibling) near.push([el.nextElementSibling, null], [el.nextElementSibling, '::before'], [el.nextElementSibling, '::after']);
    const found = near.find(([node, pseudo]) => drawn(node, pseudo));
    if (found) other.push(`also drawn on ${found[1] ? found[1] + ' of ' : ''}${found[0] === el ? 'the element' : selectorOf(found[0])}`);
  }
  if (parts.length === 0 && other.length === 0) return null;
  return { parts, otherChanges: other, backdrop: backdrop.layers, backdropUnclear: backdrop.unclear, ownBackground: style.backgroundColor, ownUnclear };
}
const textInputTypes = new Set(['', 'text', 'email', 'search', 'tel', 'url', 'password', 'number']);
function isTextEntry(el) {
  if (el.isContentEditable) return true;
  if (el.localName === 'textarea') return !el.readOnly;
  return el.localName === 'input' && textInputTypes.has((el.getAttribute('type') || '').toLowerCase()) && !el.readOnly;
}

// WCAG 2.4.11: whether the focused element is entirely hidden behind content the author fixed in
// place (a sticky header, a cookie banner, a chat panel). Measured once the browser has scrolled it
// into view: every sample point of its visible box must land on one opaque fixed or sticky layer.
function fixedLayerOf(el) {
  for (let n = el; n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
    const position = getComputedStyle(n).position;
    if (position === 'fixed' || position === 'sticky') return n;
  }
  return null;
}
function opaqueUpTo(hit, layer) {
  let painted = false;
  for (let n = hit; n; n = n.parentElement) {
    const style = getComputedStyle(n);
    if (parseFloat(style.opacity) < 0.9 || style.visibility === 'hidden') return false;
    if (/^(img|video|canvas|svg|iframe)$/.test(n.localName) || style.backgroundImage !== 'none' || alphaOfColour(style.backgroundColor) >= 0.9) painted = true;
    if (n === layer) break;
  }
  return painted;
}
function obscuredBy(el) {
  if (atDocument(el) || !(el instanceof Element)) return null;
  const r = el.getBoundingClientRect();
  const width = document.documentElement.clientWidth || innerWidth;
  const height = document.documentElement.clientHeight || innerHeight;
  const left = Math.max(r.left, 0), right = Math.min(r.right, width), top = Math.max(r.top, 0), bottom = Math.min(r.bottom, height);
  if (right - left < 1 || bottom - top < 1) return null;
  let cover = null;
  for (const fx of [0.1, 0.5, 0.9]) {
    for (const fy of [0.2, 0.5, 0.8]) {
      const hit = document.elementFromPoint(left + (right - left) * fx, top + (bottom - top) * fy);
      if (!hit || hit === el || el.contains(hit) || hit.contains(el)) return null;
      const layer = fixedLayerOf(hit);
      if (!layer || layer.contains(el) || !opaqueUpTo(hit, layer)) return null;
      cover = cover || layer;
    }
  }
  return cover ? selectorOf(cover) : null;
}

// Each Tab keydown is logged (in the capture phase, before any page handler) with where focus was
// when it was pressed: that is where the press before it left focus, timers included. The event
// is kept so that, when the log is read, we can tell whether a page handler cancelled the press.
window.addEventListener('keydown', (e) => {
  if (!logging || e.key !== 'Tab') return;
  const from = deepActive();
  focusLog.push({ press: true, event: e, from, obscured: obscuredBy(from) });
}, true);
document.addEventListener('focusin', (e) => {
  if (!logging) return;
  lastFocusEvent = performance.now();
  let el = e.target;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  // Measured as focus arrives: a script may move it on a moment later.
  focusLog.push({ focus: el, described: describeFocus(el) });
}, true);
document.addEventListener('focusout', () => { if (logging) lastFocusEvent = performance.now(); }, true);
// WCAG 3.2.1: a navigation to another document that the page starts while focus moves (the guard
// holds it, so the page stays). Seen here, in order with the presses, rather than by the guard,
// whose word arrives later.
if (window.navigation) {
  window.navigation.addEventListener('navigate', (e) => {
    if (!logging || e.hashChange || (e.destination && e.destination.sameDocument)) return;
    lastFocusEvent = performance.now();
    focusLog.push({ navigate: e.destination ? e.destination.url : '' });
  });
}

// Per Tab press: whether a handler cancelled it, how many focus changes followed, and where focus was
// when the next press came (or now, for the last).
function pressesOf(entries, now) {
  const presses = [];
  let current = null;
  for (const entry of entries) {
    if (entry.press) {
      if (current) { current.after = entry.from; current.obscured = entry.obscured; }
      current = { prevented: entry.event.defaultPrevented, focusins: 0, seen: new Map() };
      presses.push(current);
    } else if (entry.navigate !== undefined) {
      // A navigation's own task may run after the presses were read: one that comes with no press
      // of its own still counts, so the walk never takes such a page for one where only focus moved.
      if (!current) { current = { prevented: false, focusins: 0, seen: new Map() }; presses.push(current); }
      current.navigated = entry.navigate;
    } else {
      // Focus arriving with no press of ours in this document: the press went to a frame's document.
      if (!current) { current = { prevented: false, focusins: 0, seen: new Map() }; presses.push(current); }
      current.focusins++;
      current.seen.set(entry.focus, entry.described);
      current.last = entry.focus;
    }
  }
  if (current) { current.after = now; current.obscured = obscuredBy(now); }
  return presses.map((p) => {
    const flags = { prevented: p.prevented, focusins: p.focusins, obscuredBy: p.obscured || null, navigated: p.navigated || null };
    if (!atDocument(p.after)) return Object.assign(flags, p.seen.get(p.after) || describeFocus(p.after));
    // Focus at the document after an element received it: something other than the press took
    // it off (a script, or the browser's own focus handling, on a busy machine after the read
    // had begun). Only a press that focused nothing took focus past the last element; from here
    // the next Tab goes on from the element focus was taken from (the sequential focus
    // navigation starting point), so the press is where it put focus, marked as lost after.
    if (p.last && !atDocument(p.last)) return Object.assign(flags, p.seen.get(p.last), { lostAfter: true });
    return Object.assign(flags, { key: 0, atDocument: true });
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// WCAG 2.4.1 as ACT rule cf77f2 reads it: what lets users bypass the blocks before the main content
// (a main landmark, b40fd1; a heading that starts it, 047fe0; a skip link that leads to it, ye5d6e).
function mainContentOf() {
  const landmark = Array.from(document.querySelectorAll('main, [role=main]')).find(visible);
  if (landmark) return { main: landmark, landmark: true };
  const named = Array.from(document.querySelectorAll('#main, #main-content, #maincontent, #content, [id*=main i], .main, .content')).find((el) => visible(el) && el !== document.body);
  const heading = document.querySelector('h1');
  return { main: named || heading || null, landmark: false };
}
const isHeading = (el) => /^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading';
function startsWithHeading(main) {
  if (isHeading(main) || main.closest('h1, h2, h3, h4, h5, h6, [role=heading]')) return true;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el || !visible(el)) continue;
    if (node.nodeType === 1 && isHeading(node)) return true;
    if (node.nodeType === 1 && isTabbable(node)) return false;
    if (node.nodeType === 3 && node.textContent.trim()) return !!el.closest('h1, h2, h3, h4, h5, h6, [role=heading]');
  }
  return false;
}
function bypassOf(visitedEls) {
  const { main, landmark } = mainContentOf();
  const tabbables = Array.from(document.querySelectorAll('body *')).filter(isTabbable);
  const before = (el) => main && !main.contains(el) && !el.contains(main) && (el.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING);
  const beforeMain = main ? tabbables.filter(before).length : 0;
  const isSkipLink = (a) => a && a.matches('a[href^="#"]') && a.getAttribute('href').length > 1;
  const targetOf = (a) => { try { return document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))); } catch { return null; } };
  const skip = visitedEls.slice(0, 3).find((a) => isSkipLink(a) &&
    (/skip|saltar|ir al contenido|main content|contenido principal/i.test(a.textContent || '') || (main && targetOf(a) === main)));
  const target = skip ? targetOf(skip) : null;
  // Following the link moves the sequential focus starting point to its target, with or without
  // tabindex: what matters is that no block of repeated content is left between it and the content.
  const atContent = !!target && !!main && (target === main || target.contains(main) || main.contains(target) ||
    ((target.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING) &&
      !tabbables.some((el) => el !== skip && (target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && before(el))));
  return {
    present: !!skip,
    isFirst: !!skip && skip === visitedEls[0],
    selector: skip ? selectorOf(skip) : null,
    target: skip ? skip.getAttribute('href') : null,
    targetExists: !!target,
    targetFocusable: !!target && (target.matches(nativelyFocusable) || target.hasAttribute('tabindex')),
    targetAtContent: atContent,
    focusablesBeforeMain: beforeMain,
    mainLandmark: landmark,
    headingStartsContent: !!main && startsWithHeading(main),
  };
}

function playwrightKeys(spelled) {
  const parts = spelled.split('+').map((p) => p.trim().toLowerCase());
  const names = { ctrl: 'Control', control: 'Control', alt: 'Alt', shift: 'Shift', meta: 'Meta', cmd: 'Meta', command: 'Meta', esc: 'Escape', escape: 'Escape' };
  return parts.map((p) => names[p] || (/^may/.test(p) ? 'Shift' : /^f\d+$/.test(p) ? p.toUpperCase() : p)).join('+');
}

Object.assign(probe, {
  // Prepare a Tab walk: remember how every candidate looks unfocused, and put a sentinel at the
  // top so the first Tab starts from the top of the page, whatever the page focused on load.
  prepareKeyboard() {
    refreshClickTargets();
    unfocused.clear();
    byKey.clear();
    // Unfocused styles must be measured with nothing focused (a page may autofocus a field), and
    // where transitions out of a focused look have ended.
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    for (const a of document.getAnimations()) {
      if (a.effect && a.effect.getComputedTiming().endTime !== Infinity) a.finish();
    }
    let tabbables = 0;
    for (const el of document.querySelectorAll('body *')) {
      const reason = interactiveReason(el);
      if (!reason) continue;
      if (!visible(el)) continue;
      const key = keyOf(el);
      byKey.set(key, el);
      unfocused.set(el, { self: styleOf(el), parent: el.parentElement ? styleOf(el.parentElement) : null, box: boxOf(el) });
      if (isTabbable(el)) tabbables++;
    }
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    sentinel = document.createElement('span');
    sentinel.tabIndex = -1;
    sentinel.setAttribute('data-servicestandard-sentinel', '');
    // Focused, it must draw nothing: the pictures of "nothing focused" compare against it.
    sentinel.style.cssText = 'position:absolute !important;width:0 !important;height:0 !important;overflow:hidden !important;outline:none !important;';
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
    const entries = focusLog;
    focusLog = [];
    return pressesOf(entries, deepActive());
  },

  // The careful walk's read: once focus has been still for `quiet` ms (a script that moves focus on
  // blur does it within that), or after `max` ms, the presses since the last read.
  // Whether a script listens to focus leaving an element (blur, focusout on an element or the
  // document): it may take focus back in a timer, which key presses sent in a batch can hide (the
  // browser handles queued input before timers), so such a page is walked one press at a time.
  watchesFocusLeaving() {
    const { byElement, root } = readListeners(new Set(['blur', 'focusout']));
    if (root.length > 0) return true;
    for (const events of byElement.values()) {
      if (events.length > 0) return true;
    }
    return false;
  },

  async settleFocus(quiet, max) {
    const start = performance.now();
    for (;;) {
      await delay(quiet);
      const now = performance.now();
      if (now - lastFocusEvent >= quiet || now - start >= max) break;
    }
    return this.takeFocusLog();
  },

  stopFocusLog() {
    logging = false;
    focusLog = [];
  },

  // Where focus is now: in the region, on the page outside it, or gone to the document (the
  // browser's own interface, for a user), and whether the region is still there to hold it.
  regionState(keysInRegion) {
    const region = keysInRegion.map((k) => byKey.get(k)).filter(Boolean);
    const active = deepActive();
    return {
      atDocument: atDocument(active),
      inside: !!active && region.some((r) => r === active || r.contains(active)),
      open: region.some((r) => r.isConnected && visible(r) && !r.closest('[inert], [hidden]')),
    };
  },

  // Focuses the element anew (from nothing focused) and tells whether the page then started a
  // navigation: confirms that focus itself causes it.
  // Of these stops, the ones a script listens to focus arriving on (focus, focusin, onfocus).
  focusListened(keys) {
    const { byElement } = readListeners(new Set(['focus', 'focusin']));
    return keys.filter((k) => {
      const el = byKey.get(k);
      return !!el && (byElement.get(el) || []).length > 0;
    });
  },

  // A form submission or location= runs in a task of its own, which a busy browser may run after a
  // timer set later: look until the navigation shows or `wait` ms have passed, not for a fixed time.
  // Returns where it went, or null.
  async focusNavigates(key, wait) {
    const el = byKey.get(key);
    if (!el || !el.isConnected || !sentinel) return null;
    sentinel.focus({ preventScroll: true });
    focusLog = [];
    el.focus({ preventScroll: true });
    const start = performance.now();
    let found = null;
    for (;;) {
      await delay(20);
      const entry = focusLog.find((e) => e.navigate !== undefined);
      if (entry) { found = entry.navigate || ''; break; }
      if (performance.now() - start >= wait) break;
    }
    focusLog = [];
    return found;
  },

  // Whether a Tab from this element that lands on the first stop is the browser going round:
  // headless Chromium has no interface of its own to take focus past the last element, so it
  // moves on to the first. True when nothing follows the element in the sequential focus order.
  wrapsRound(lastKey) {
    const last = byKey.get(lastKey);
    if (!last || !last.isConnected) return false;
    const tabbables = Array.from(document.querySelectorAll('body *')).filter(isTabbable);
    const order = tabbables.filter((el) => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex)
      .concat(tabbables.filter((el) => el.tabIndex <= 0));
    const at = order.indexOf(last);
    if (at >= 0) return at === order.length - 1;
    // An element our list does not hold (a scroll container the browser made focusable): last when
    // no element of the plain order comes after it.
    return last.tabIndex <= 0 &&
      !order.some((el) => el.tabIndex <= 0 && (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
  },

  // Focus back at the top of the page, as if nothing had been focused yet.
  park() {
    if (!sentinel) return false;
    sentinel.focus({ preventScroll: true });
    return true;
  },

  focusKey(key) {
    const el = byKey.get(key);
    if (!el || !el.isConnected) return false;
    el.focus();
    return deepActive() === el;
  },

  // What the page tells users about leaving a region that keeps focus (WCAG 2.1.2: "the user is
  // advised of the method for moving focus away"): a visible sentence that names keys to press, and
  // any help control inside the region. Keys come back in Playwright's spelling (Control+m).
  exitAdvice(keysInRegion) {
    const region = keysInRegion.map((k) => byKey.get(k)).filter(Boolean);
    const keyPattern = /\b(?:press|pulse|presione|pulsa|use|usa|utilice|hit|type)\b[^.\n]{0,40}?((?:(?:ctrl|control|alt|shift|meta|cmd|command|may[uú]s(?:culas)?)\s*\+\s*)+[a-z0-9]\b|\besc(?:ape)?\b|\bf\d{1,2}\b)/i;
    let advice = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let read = 0;
    for (let node = walker.nextNode(); node && read < 200000; node = walker.nextNode()) {
      const text = (node.textContent || '').replace(/\s+/g, ' ').trim();
      read += text.length;
      if (!text || !node.parentElement || !visible(node.parentElement)) continue;
      const found = keyPattern.exec(text);
      if (found) { advice = { text: text.slice(0, 200), keys: playwrightKeys(found[1]) }; break; }
      if (!advice && /\b(?:to (?:leave|exit|escape|move on)|para salir|para continuar)\b/i.test(text)) advice = { text: text.slice(0, 200), keys: null };
    }
    const common = region.length ? region.reduce((acc, el) => { let c = acc; while (c && !c.contains(el)) c = c.parentElement; return c; }, region[0]) : null;
    const help = common ? Array.from(common.querySelectorAll('a[href], button')).find((el) => /\b(help|ayuda|how to|c[oó]mo)\b/i.test(el.textContent || '')) : null;
    return { text: advice ? advice.text : null, keys: advice ? advice.keys : null, helpControl: help ? selectorOf(help) : null };
  },

  // Focus indicators the walk did not see in the element's own style or its parent's (ACT oj04fd
  // counts any pixel that changes): drawn on another element — a sibling (a:focus + .marker), a
  // descendant, a pseudo-element, an element a focus handler changes — or arriving through a
  // transition. Each element is focused and unfocused again; what differs between the two states,
  // among its neighbours and whatever the handlers touched, is the indicator. Styles, not pictures:
  // the same answer however busy the browser is.
  async indicatorsElsewhere(keysToCheck) {
    const settle = async () => {
      // Let handlers' timers run, then jump every finite animation to its end (as the walk does).
      await delay(30);
      for (const a of document.getAnimations()) {
        if (a.effect && a.effect.getComputedTiming().endTime !== Infinity) a.finish();
      }
    };
    const lookOf = (node, pseudo) => {
      const style = getComputedStyle(node, pseudo);
      const out = {};
      for (const p of styleProps.concat(['display', 'visibility', 'opacity', 'content', 'width', 'height', 'transform'])) out[p] = style.getPropertyValue(p);
      return out;
    };
    const results = [];
    for (const key of keysToCheck) {
      const el = byKey.get(key);
      if (!el || !el.isConnected || !sentinel) { results.push(null); continue; }
      sentinel.focus({ preventScroll: true });
      await settle();
      const touched = new Set();
      const observer = new MutationObserver((records) => { for (const r of records) touched.add(r.target.nodeType === 1 ? r.target : r.target.parentElement); });
      observer.observe(document.documentElement, { subtree: true, attributes: true, childList: true, characterData: true });
      el.focus({ preventScroll: true });
      await settle();
      observer.disconnect();
      const near = new Set([...touched].filter(Boolean));
      for (const node of [el.previousElementSibling, el.nextElementSibling, ...(el.parentElement ? el.parentElement.children : []), ...el.querySelectorAll('*')]) if (node) near.add(node);
      const watched = [...near].filter((n) => n !== el && n !== sentinel && n.isConnected).slice(0, 200);
      const focusedLook = watched.map((n) => lookOf(n));
      const focusedPseudo = [lookOf(el, '::before'), lookOf(el, '::after')];
      sentinel.focus({ preventScroll: true });
      await settle();
      let change = null;
      watched.forEach((n, i) => {
        if (change || !n.isConnected) return;
        const diff = describeChange(lookOf(n), focusedLook[i]) || (['display', 'visibility', 'opacity'].find((p) => lookOf(n)[p] !== focusedLook[i][p]) ? 'shown' : null);
        if (diff && (visible(n) || focusedLook[i].display !== 'none')) change = `${n === el.previousElementSibling || n === el.nextElementSibling ? 'sibling' : el.contains(n) ? 'inner element' : 'another element'} ${diff}`;
      });
      ['::before', '::after'].forEach((pseudo, i) => {
        if (!change) { const diff = describeChange(lookOf(el, pseudo), focusedPseudo[i]); if (diff) change = `${pseudo} ${diff}`; }
      });
      if (!change) {
        // A transition that had not reached its focused look when the walk measured it.
        el.focus({ preventScroll: true });
        await settle();
        const again = describeFocus(el);
        if (again.indicatorVisible && again.indicatorChange !== 'not measured') change = again.indicatorChange;
        sentinel.focus({ preventScroll: true });
      }
      results.push(change);
    }
    return results;
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
      // Content the browser skips (a closed accordion section's hidden="until-found", a closed
      // <details>: content-visibility hidden) is not rendered until opened, so no key can reach it
      // yet; getBoundingClientRect still measures it, checkVisibility does not.
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) continue;
      // Focus inside a frame belongs to the frame's document, which this walk does not follow.
      if (el.localName === 'iframe') continue;
      const reason = interactiveReason(el);
      if (!reason) continue;
      notReached.push({ selector: selectorOf(el), snippet: snippet(el), reason });
      if (notReached.length >= 50) break;
    }
    const bypass = bypassOf(visitedEls);
    if (sentinel) { sentinel.remove(); sentinel = null; }
    // Leave nothing focused: a focused skip link, say, changes the layout a journey's next click sees.
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.scrollTo(0, 0);
    return {
      notReached,
      skipLink: bypass,
    };
  },
});
