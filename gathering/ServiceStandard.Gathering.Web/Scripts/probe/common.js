// ServiceStandard's in-page probe, common part. It runs in an isolated world (ProbeWorld): it
// shares the page's DOM but not its JavaScript, so the page can neither reach nor replace it, and
// it sees pristine built-ins whatever the page redefines.
// InitScript wraps this file and one unit per kind of evidence (the other files of this folder, in
// the order of ProbeUnits.All) in one function, so they share these helpers, and installs `probe`
// as window.__servicestandard of that world. The probe only reads the page; the few temporary
// changes a unit makes (a focus sentinel, a text-spacing style) are undone.
if (window.__servicestandard) return;
// Which elements the page gave click handlers: only the page's own world sees that, so the page
// hook (../page-hook.js) marks them with an attribute whose name we choose at random each time,
// and we take the marks off again at once.
let clickTargets = new Set();
function refreshClickTargets() {
  const mark = 'data-servicestandard-' + Math.random().toString(36).slice(2);
  window.dispatchEvent(new CustomEvent('__servicestandard_clicks', { detail: mark }));
  const marked = Array.from(document.querySelectorAll('[' + mark + ']'));
  for (const el of marked) el.removeAttribute(mark);
  clickTargets = new Set(marked);
}

const keys = new WeakMap();
let nextKey = 1;
const keyOf = (el) => { if (!keys.has(el)) keys.set(el, nextKey++); return keys.get(el); };
const byKey = new Map();

const cssEscape = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/[^a-zA-Z0-9_-]/g, '\\$&'));
function selectorOf(el) {
  if (!(el instanceof Element)) return '';
  const parts = [];
  let node = el;
  while (node && node.nodeType === 1 && node !== document.documentElement) {
    if (node.id && document.querySelectorAll('#' + cssEscape(node.id)).length === 1) {
      parts.unshift('#' + cssEscape(node.id));
      break;
    }
    let part = node.localName;
    const parent = node.parentElement;
    if (parent) {
      const same = Array.from(parent.children).filter((c) => c.localName === node.localName);
      if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
    }
    parts.unshift(part);
    node = parent;
  }
  if (parts.length === 0) return 'html';
  return parts.join(' > ');
}
function snippet(el) {
  if (!(el instanceof Element)) return '';
  const html = el.outerHTML || '';
  if (html.length <= 250) return html;
  const open = html.slice(0, html.indexOf('>') + 1);
  return (open.length > 0 && open.length < 250 ? open : html.slice(0, 247)) + '…';
}
function visible(el) {
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}
const nativelyFocusable = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, iframe, summary, [contenteditable=""], [contenteditable=true], [tabindex]';
const widgetRoles = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'slider', 'spinbutton', 'textbox', 'combobox', 'searchbox', 'treeitem']);
function isTabbable(el) {
  if (!el.matches(nativelyFocusable)) return false;
  if (el.disabled || el.closest('[inert]')) return false;
  const tabindex = el.getAttribute('tabindex');
  if (tabindex !== null && parseInt(tabindex, 10) < 0) return false;
  return visible(el);
}
function interactiveReason(el) {
  if (el === document.body || el === document.documentElement) return null;
  if (el.matches(nativelyFocusable) && !el.disabled && el.getAttribute('tabindex') !== '-1') return 'natively focusable';
  const role = el.getAttribute('role');
  if (role && widgetRoles.has(role)) return `role="${role}"`;
  if (clickTargets.has(el) || el.hasAttribute('onclick')) return 'click handler';
  return null;
}

// WCAG 1.4.11: the colours behind an element, for the non-text contrast rules. Walks its ancestors
// (across shadow roots) collecting background colours, innermost first, down to the first opaque
// one; the canvas (white) when none is. Anything that makes the colour behind undecidable from
// styles — a background image or gradient, translucent opacity, a filter or blend mode — is named
// in `unclear`, so the rule asks a person rather than guess.
const parentOf = (n) => n.parentElement || (n.getRootNode && n.getRootNode().host) || null;
function alphaOfColour(colour) {
  const m = /rgba?\(([^)]+)\)/.exec(colour || '');
  if (!m) return colour === 'transparent' ? 0 : 1;
  const parts = m[1].split(/[\s,\/]+/).filter(Boolean);
  return parts.length > 3 ? parseFloat(parts[3]) : 1;
}
function blendsOf(style) {
  if (parseFloat(style.opacity) < 1) return 'opacity ' + style.opacity;
  if (style.filter && style.filter !== 'none') return 'filter ' + style.filter;
  if (style.mixBlendMode && style.mixBlendMode !== 'normal') return 'mix-blend-mode ' + style.mixBlendMode;
  if (style.backdropFilter && style.backdropFilter !== 'none') return 'backdrop-filter ' + style.backdropFilter;
  return null;
}
function backdropOf(start) {
  const layers = [];
  for (let n = start; n; n = parentOf(n)) {
    const style = getComputedStyle(n);
    const blend = blendsOf(style);
    if (blend) return { layers, unclear: `${blend} on ${selectorOf(n)}` };
    if (style.backgroundImage && style.backgroundImage !== 'none') return { layers, unclear: `background image on ${selectorOf(n)}` };
    const colour = style.backgroundColor;
    if (!/^rgba?\(/.test(colour)) return { layers, unclear: `background colour ${colour} on ${selectorOf(n)}` };
    const alpha = alphaOfColour(colour);
    if (alpha > 0) layers.push(colour);
    if (alpha >= 0.999) return { layers, unclear: null };
  }
  // Nothing opaque: the canvas, white unless the page asks for a dark colour scheme.
  const scheme = getComputedStyle(document.documentElement).colorScheme || '';
  if (/dark/.test(scheme) && matchMedia('(prefers-color-scheme: dark)').matches) return { layers, unclear: 'dark canvas' };
  layers.push('rgb(255, 255, 255)');
  return { layers, unclear: null };
}
// The border sides a box draws: style not none/hidden and a width, with their colours.
function bordersOf(style) {
  const sides = [];
  for (const side of ['top', 'right', 'bottom', 'left']) {
    const width = parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0;
    const line = style.getPropertyValue(`border-${side}-style`);
    if (width > 0 && line !== 'none' && line !== 'hidden') sides.push({ side, width, colour: style.getPropertyValue(`border-${side}-color`) });
  }
  return sides;
}
// A computed box-shadow list ("rgb(0, 0, 0) 0px 2px 0px 0px inset, …") as its shadows.
function shadowsOf(value) {
  if (!value || value === 'none') return [];
  const shadows = [];
  let depth = 0, current = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) { shadows.push(current.trim()); current = ''; } else current += ch;
  }
  if (current.trim()) shadows.push(current.trim());
  return shadows.map((text) => {
    const colourMatch = /(rgba?\([^)]*\)|[a-z-]+\([^)]*\)|transparent)/.exec(text);
    const colour = colourMatch ? colourMatch[1] : 'currentcolor';
    const lengths = text.replace(colourMatch ? colourMatch[1] : '', '').match(/-?[\d.]+px/g) || [];
    const [x, y, blur, spread] = lengths.map(parseFloat).concat([0, 0, 0, 0]);
    return { text, colour, x, y, blur, spread, inset: /\binset\b/.test(text) };
  });
}

// The read-only units: each reads one kind of evidence in the first round trip after load,
// before any unit moves focus, scrolls or changes the layout (PageProber's phases).
const readers = {};

// Which elements listen to which events, from the page hook (../page-hook.js): asked with an event
// naming a fresh attribute, it marks them; the marks are read and taken off at once. Only the event
// names in `known` are kept, so a page's marks cannot smuggle anything else in.
function readListeners(known) {
  const mark = 'data-servicestandard-' + Math.random().toString(36).slice(2);
  window.dispatchEvent(new CustomEvent('__servicestandard_listeners', { detail: mark }));
  const byElement = new Map();
  for (const el of Array.from(document.querySelectorAll('[' + mark + ']'))) {
    byElement.set(el, (el.getAttribute(mark) || '').split(' ').filter((t) => known.has(t)));
    el.removeAttribute(mark);
  }
  const root = byElement.get(document.documentElement) || [];
  byElement.delete(document.documentElement);
  return { byElement, root };
}

const probe = {
  // Called first, before anything moves focus: what the page looked like as it loaded.
  initial() {
    const active = document.activeElement;
    return {
      title: document.title || '',
      lang: document.documentElement.getAttribute('lang'),
      activeSelector: active && active !== document.body ? selectorOf(active) : null,
    };
  },

  // One round trip for what is read right after load: the state on load, the DOM as loaded, and
  // what each requested read-only unit reads, in the order requested.
  async gather(requests) {
    const initial = this.initial();
    refreshClickTargets();
    const doctype = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>\n' : '';
    const html = doctype + document.documentElement.outerHTML;
    const read = {};
    const milliseconds = {};
    for (const [name, options] of Object.entries(requests || {})) {
      const start = performance.now();
      read[name] = await readers[name](options || {});
      milliseconds[name] = performance.now() - start;
    }
    return { initial, html, read, milliseconds };
  },

  links() {
    return Array.from(document.querySelectorAll('a[href]')).map((a) => a.href).filter((h) => /^https?:/i.test(h));
  },

  // What `servicestandard sample` compares pages by, with no text kept: the page's element
  // skeleton as distinct paths from <body> (tag, role, classes with digits as #), so repeated
  // siblings and list lengths count once; the technologies the page relies on (WCAG-EM 3.a); and
  // the text of its links, which names the pages they lead to (contact, ayuda, …).
  outline() {
    const skip = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);
    const token = (el) => {
      let t = el.localName;
      const role = el.getAttribute('role');
      if (role) t += '[' + role.trim().toLowerCase() + ']';
      const classes = Array.from(el.classList).map((c) => c.replace(/[0-9]+/g, '#')).filter((c) => c.length < 40).sort().slice(0, 4);
      if (classes.length) t += '.' + classes.join('.');
      return t;
    };
    const paths = new Set();
    const walk = (el, prefix, depth) => {
      for (const child of Array.from(el.children)) {
        if (skip.has(child.localName)) continue;
        const path = prefix + '>' + token(child);
        if (paths.size >= 4000) return;
        paths.add(path);
        // An SVG's drawing and a frame's document are content, not the page's layout.
        if (depth < 24 && child.localName !== 'svg') walk(child, path, depth + 1);
      }
    };
    if (document.body) walk(document.body, 'body', 0);
    const has = (selector) => { try { return document.querySelector(selector) !== null; } catch { return false; } };
    const features = [];
    const add = (name, present) => { if (present) features.push(name); };
    add('form', has('form, input:not([type=hidden]), select, textarea'));
    add('file-upload', has('input[type=file]'));
    add('data-table', has('table th, table caption, [role=grid], [role=table]'));
    add('video', has('video'));
    add('audio', has('audio'));
    add('canvas', has('canvas'));
    add('svg-image', has('svg[role=img], svg title, svg[aria-label]'));
    add('iframe', has('iframe, frame, object, embed'));
    add('pdf', Array.from(document.querySelectorAll('a[href]')).some((a) => /\.pdf($|[?#])/i.test(a.getAttribute('href') || '')));
    for (const role of ['dialog', 'alertdialog', 'tablist', 'menu', 'menubar', 'tree', 'treegrid', 'grid', 'combobox', 'listbox', 'slider', 'spinbutton', 'switch', 'progressbar', 'tooltip']) {
      add('widget:' + role, has('[role=' + role + ']'));
    }
    add('dialog', has('dialog'));
    add('details', has('details'));
    add('custom-elements', Array.from(document.querySelectorAll('body *')).some((el) => el.localName.includes('-')));
    const linkTexts = [];
    for (const a of Array.from(document.querySelectorAll('a[href]')).slice(0, 500)) {
      if (!/^https?:/i.test(a.href)) continue;
      const text = (a.getAttribute('aria-label') || a.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80);
      if (text) linkTexts.push({ href: a.href, text });
    }
    return { title: document.title || '', lang: document.documentElement.getAttribute('lang'), paths: Array.from(paths), features, links: linkTexts };
  },

  // Undo what following in-page links did to the address, so a journey goes on from the page's own URL.
  clearFragment() {
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  },

  // Where a failing element is, for its picture: scrolled to the middle of the viewport when it
  // is not all in view (so the margin around it shows too), with a small margin, cut to the
  // viewport and capped, in page coordinates.
  shotBox(selector, maxWidth, maxHeight) {
    let el = null;
    try { el = document.querySelector(selector); } catch { return null; }
    if (!el) return null;
    let r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return null;
    const viewWidth = document.documentElement.clientWidth || innerWidth;
    const viewHeight = document.documentElement.clientHeight || innerHeight;
    if (r.top < 0 || r.left < 0 || r.bottom > viewHeight || r.right > viewWidth) {
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      r = el.getBoundingClientRect();
    }
    const x = Math.max(0, r.left - 4);
    const y = Math.max(0, r.top - 4);
    const width = Math.floor(Math.min(r.width + 8, maxWidth, viewWidth - x));
    const height = Math.floor(Math.min(r.height + 8, maxHeight, viewHeight - y));
    if (width < 1 || height < 1) return null;
    return { x: x + scrollX, y: y + scrollY, width, height };
  },

  activeSelector() {
    const el = document.activeElement;
    return el && el !== document.body ? { selector: selectorOf(el), tag: el.localName, id: el.id || null } : null;
  },

  selectorOf,
};
