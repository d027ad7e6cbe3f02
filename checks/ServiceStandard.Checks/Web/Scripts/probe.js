// ServiceStandard's in-page probe. Installed as an init script in every browser context, before
// the page's own scripts, so it can see which elements get click handlers. It only reads the
// page; the few temporary changes it makes (a focus sentinel, a text-spacing style) are undone.
(() => {
  if (window.__servicestandard) return;
  const clickTargets = new WeakSet();
  const clickEvents = new Set(['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']);
  const originalAdd = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (clickEvents.has(type) && this instanceof Element) clickTargets.add(this);
    return originalAdd.call(this, type, listener, options);
  };

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
    if (clickTargets.has(el) || typeof el.onclick === 'function' || el.hasAttribute('onclick')) return 'click handler';
    return null;
  }
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

  window.__servicestandard = {
    // Called first, before anything moves focus: what the page looked like as it loaded.
    initial() {
      const active = document.activeElement;
      const summary = Array.from(document.querySelectorAll('[class*="error-summary"], [role=alert], [data-module*="error-summary"]'))
        .find((el) => visible(el) && el.querySelector('a[href^="#"]'));
      let errorSummary = null;
      if (summary) {
        const root = summary.closest('[class*="error-summary"]') || summary;
        errorSummary = {
          selector: selectorOf(root),
          snippet: snippet(root),
          focusedOnLoad: !!active && (root === active || root.contains(active)),
          focusedOnLoadSelector: active && active !== document.body ? selectorOf(active) : null,
          links: Array.from(root.querySelectorAll('a[href^="#"]')).slice(0, 10).map((a, i) => {
            const id = decodeURIComponent(a.getAttribute('href').slice(1));
            return { index: i, text: (a.textContent || '').trim().slice(0, 200), href: a.getAttribute('href'), targetExists: !!(id && document.getElementById(id)), selector: selectorOf(a) };
          }),
        };
      }
      return {
        title: document.title || '',
        lang: document.documentElement.getAttribute('lang'),
        activeSelector: active && active !== document.body ? selectorOf(active) : null,
        errorSummary,
      };
    },

    // One round trip for what is read right after load: the state on load, the DOM as loaded,
    // and axe's results (run before anything of ours moves focus or changes the page).
    async gather(axeOptions, designOptions) {
      const initial = this.initial();
      const doctype = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>\n' : '';
      const html = doctype + document.documentElement.outerHTML;
      const design = designOptions ? await this.design(designOptions) : null;
      let axeResult = null;
      if (axeOptions) {
        const r = await axe.run(document, axeOptions);
        const rule = (x) => ({ id: x.id, impact: x.impact, tags: x.tags, description: x.description, help: x.help, helpUrl: x.helpUrl,
          nodes: x.nodes.map((n) => ({ target: n.target.map((t) => Array.isArray(t) ? t.join(' ') : String(t)), html: n.html, impact: n.impact, failureSummary: n.failureSummary || null })) });
        axeResult = { version: axe.version, violations: r.violations.map(rule), incomplete: r.incomplete.map(rule) };
      }
      return { initial, html, axe: axeResult, design };
    },

    // For the design-system checks: the distinct computed colours of visible elements (text,
    // background, border), elements that act like controls without being native ones, and the
    // first characters of each stylesheet (its version banner). One pass over the elements,
    // capped, reading only computed style that layout has already produced.
    async design(options) {
      const maxElements = options.maxElements || 5000;
      const colours = new Map();
      const controls = [];
      const toHex = (value) => {
        const m = /^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\)$/.exec(value || '');
        if (!m) return null;
        if (m[4] !== undefined && parseFloat(m[4]) < (m[4].endsWith('%') ? 100 : 1)) return null;
        return '#' + [m[1], m[2], m[3]].map((c) => Math.round(parseFloat(c)).toString(16).padStart(2, '0')).join('');
      };
      const add = (el, value, property) => {
        const hex = toHex(value);
        if (!hex) return;
        const key = property + hex;
        const use = colours.get(key);
        if (use) { use.count++; return; }
        colours.set(key, { colour: hex, property, count: 1, selector: selectorOf(el), snippet: snippet(el) });
      };
      const ownText = (el) => { for (const n of el.childNodes) if (n.nodeType === 3 && n.textContent.trim()) return true; return false; };
      const sides = ['top', 'right', 'bottom', 'left'];
      const natives = new Set(['button', 'input', 'select', 'textarea', 'summary', 'option']);
      const roles = new Set(['button', 'checkbox', 'radio', 'switch']);
      const all = document.body ? document.body.getElementsByTagName('*') : [];
      for (let i = 0; i < all.length && i < maxElements; i++) {
        const el = all[i];
        if (el.closest('svg') && el.localName !== 'svg') continue;
        if (el.checkVisibility ? !el.checkVisibility({ visibilityProperty: true }) : !visible(el)) continue;
        const s = getComputedStyle(el);
        if (ownText(el)) add(el, s.color, 'color');
        add(el, s.backgroundColor, 'background-color');
        for (const side of sides) {
          if (s.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side}-width`)) > 0) add(el, s.getPropertyValue(`border-${side}-color`), 'border-color');
        }
        if (natives.has(el.localName)) continue;
        const role = el.getAttribute('role');
        const click = clickTargets.has(el) || typeof el.onclick === 'function' || el.hasAttribute('onclick');
        if (!click && !(role && roles.has(role)) && !el.hasAttribute('aria-checked')) continue;
        const padded = parseFloat(s.paddingLeft) >= 4 && parseFloat(s.paddingRight) >= 4;
        const ownBackground = !!toHex(s.backgroundColor) && (!el.parentElement || s.backgroundColor !== getComputedStyle(el.parentElement).backgroundColor);
        const boxed = sides.every((side) => s.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side}-width`)) >= 1);
        if (controls.length < 50) {
          controls.push({ selector: selectorOf(el), snippet: snippet(el), element: el.localName, role, classes: el.getAttribute('class') || '', clickHandler: click, styledAsButton: padded && (ownBackground || boxed) });
        }
      }
      const stylesheets = [];
      const links = Array.from(document.querySelectorAll('link[rel~="stylesheet"][href]')).filter((l) => l.href && new URL(l.href).origin === location.origin).slice(0, 5);
      await Promise.all(links.map(async (link) => {
        let head = '';
        try {
          const response = await fetch(link.href, { cache: 'force-cache', credentials: 'same-origin' });
          if (response.ok) head = (await response.text()).slice(0, 300);
        } catch (e) { head = ''; }
        stylesheets.push({ href: link.getAttribute('href'), head });
      }));
      stylesheets.sort((a, b) => (a.href < b.href ? -1 : a.href > b.href ? 1 : 0));
      return { colours: Array.from(colours.values()), controls, stylesheets };
    },

    links() {
      return Array.from(document.querySelectorAll('a[href]')).map((a) => a.href).filter((h) => /^https?:/i.test(h));
    },

    // Prepare a Tab walk: remember how every candidate looks unfocused, and put a sentinel at the
    // top so the first Tab starts from the top of the page, whatever the page focused on load.
    prepareKeyboard() {
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

    // WCAG 1.4.10 / 1.4.12: does the page scroll sideways, and which elements cause it.
    overflow(viewportWidth) {
      const doc = document.documentElement;
      const scrollWidth = Math.max(doc.scrollWidth, document.body ? document.body.scrollWidth : 0);
      const width = doc.clientWidth || viewportWidth;
      const horizontalScroll = scrollWidth > width + 1;
      const offenders = [];
      if (horizontalScroll) {
        const contained = (el) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const ox = getComputedStyle(p).overflowX;
            if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') return true;
          }
          return false;
        };
        const wide = (el) => { const r = el.getBoundingClientRect(); return r.right > width + 1 && r.width > 0; };
        for (const el of document.querySelectorAll('body *')) {
          if (!wide(el) || contained(el)) continue;
          if (el.parentElement && el.parentElement !== document.body && wide(el.parentElement)) continue;
          const r = el.getBoundingClientRect();
          offenders.push({ selector: selectorOf(el), snippet: snippet(el), width: Math.round(r.width), problem: `reaches ${Math.round(r.right)} px in a ${width} px wide viewport` });
          if (offenders.length >= 5) break;
        }
      }
      return { viewportWidth: width, scrollWidth, horizontalScroll, offenders };
    },

    clippedText() {
      const clipped = [];
      for (const el of document.querySelectorAll('body *')) {
        // Cheap tests first: only a box whose content is bigger than itself can clip text.
        if (el.scrollHeight <= el.clientHeight + 2 && el.scrollWidth <= el.clientWidth + 2) continue;
        if (!Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
        const s = getComputedStyle(el);
        const hides = (v) => v === 'hidden' || v === 'clip';
        if (!hides(s.overflowX) && !hides(s.overflowY)) continue;
        if (!visible(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) continue; // visually-hidden text is meant to be clipped
        if ((hides(s.overflowY) && el.scrollHeight > el.clientHeight + 2) || (hides(s.overflowX) && el.scrollWidth > el.clientWidth + 2)) {
          clipped.push({ selector: selectorOf(el), snippet: snippet(el), width: Math.round(r.width), problem: 'text is cut off' });
        }
      }
      return clipped;
    },

    setTextSpacing(on) {
      const id = 'servicestandard-text-spacing';
      const existing = document.getElementById(id);
      if (!on) { if (existing) existing.remove(); return; }
      if (existing) return;
      const style = document.createElement('style');
      style.id = id;
      style.textContent = '*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}p{margin-bottom:2em!important}';
      document.head.appendChild(style);
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
})();
