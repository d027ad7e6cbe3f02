// Content and pointer evidence (WCAG 1.2.x, 1.3.2, 1.4.5, 1.4.13, 2.5.2, 2.5.4, 2.5.7). Read on
// load: which elements listen to pointer, drag and hover events (from the page hook, ../page-hook.js,
// through marks named at random, taken off at once), device-motion listeners, media, candidate
// images of text, reordered blocks, and the triggers of content that may appear on hover. Later
// (ContentUnit, a layout-changing phase), each hover trigger is hovered and Escape pressed; the
// mouse is put back at the corner.
const contentEvents = new Set(['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend',
  'mousemove', 'pointermove', 'touchmove', 'dragstart', 'drop', 'mouseover', 'mouseenter', 'pointerenter', 'pointerover',
  'focus', 'focusin', 'canvas-text', 'devicemotion', 'deviceorientation', 'deviceorientationabsolute']);
const downEvents = ['mousedown', 'pointerdown', 'touchstart'];
const hoverEvents = ['mouseover', 'mouseenter', 'pointerenter', 'pointerover'];
const nativeControls = 'input, select, textarea, option, label, video, audio, iframe, [contenteditable=""], [contenteditable=true]';
const buttonLike = 'button, [role=button], input[type=button], input[type=submit], input[type=number], input[type=range], select';

const shortText = (s, n = 80) => {
  const t = (s || '').replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};
const nameOf = (el) => shortText(el.getAttribute('aria-label') || el.getAttribute('alt') || el.getAttribute('title') || el.innerText || el.textContent || '');

function pointerTargets(listeners) {
  const out = [];
  const seen = new Set();
  const consider = (el, events) => {
    if (seen.has(el) || el === document.body || !(el instanceof HTMLElement || el instanceof SVGElement) || !visible(el)) return;
    const role = el.getAttribute('role');
    const draggable = el.getAttribute('draggable') === 'true';
    const relevant = events.some((e) => downEvents.includes(e) || e === 'dragstart') || draggable || (role === 'slider' && !el.matches('input'));
    if (!relevant) return;
    seen.add(el);
    const region = el.parentElement || el;
    const alternatives = Array.from(region.querySelectorAll(buttonLike)).filter((b) => b !== el && visible(b)).length;
    out.push({
      selector: selectorOf(el),
      snippet: snippet(el),
      name: nameOf(el),
      events: events.filter((e) => e !== 'canvas-text'),
      draggable,
      role: role || null,
      nativeControl: el.matches(nativeControls),
      nearbyButtons: alternatives,
    });
  };
  for (const [el, events] of listeners.byElement) {
    if (out.length >= 50) break;
    consider(el, events);
  }
  for (const el of Array.from(document.querySelectorAll('[draggable=true], [role=slider]')).slice(0, 50)) consider(el, listeners.byElement.get(el) || []);
  return out;
}

const playerHosts = /^(www\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be|player\.vimeo\.com|vimeo\.com|dailymotion\.com|player\.twitch\.tv)$/i;
const transcriptWords = /transcript|transcripci[oó]n|text version|versi[oó]n (en )?texto/i;
const descriptionWords = /audio[- ]?descri|audio[- ]described|audiodescri|descripci[oó]n (de|en) audio|con audiodescripci[oó]n/i;
function nearbyText(el) {
  const parts = [];
  let region = el.closest('figure, section, article, details') || el.parentElement;
  for (let i = 0; i < 2 && region && region.parentElement && region.parentElement !== document.body && (region.innerText || '').length < 400; i++) region = region.parentElement;
  if (region) {
    for (const a of Array.from(region.querySelectorAll('a, button, summary, h1, h2, h3, h4, h5, h6, figcaption, p')).slice(0, 60)) parts.push(a.textContent || '');
  }
  let next = (region && region !== el ? region : el).nextElementSibling;
  for (let i = 0; i < 2 && next; i++, next = next.nextElementSibling) parts.push((next.textContent || '').slice(0, 400));
  for (const id of (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)) {
    const target = document.getElementById(id);
    if (target) parts.push(target.textContent || '');
  }
  return parts.join(' \n ');
}

function mediaElements() {
  const out = [];
  for (const el of Array.from(document.querySelectorAll('video, audio, iframe[src], embed[src], object[data]')).slice(0, 30)) {
    let kind = el.localName;
    let source = '';
    if (kind === 'iframe' || kind === 'embed' || kind === 'object') {
      let host = '';
      try { host = new URL(el.getAttribute('src') || el.getAttribute('data') || '', location.href).hostname; } catch { host = ''; }
      if (!playerHosts.test(host)) continue;
      kind = 'embed';
      source = host;
    } else {
      source = shortText(el.currentSrc || el.getAttribute('src') || (el.querySelector('source') && el.querySelector('source').getAttribute('src')) || '', 200);
    }
    const hiddenAudio = el.localName === 'audio' && !el.hasAttribute('controls') && !el.hasAttribute('autoplay');
    if (hiddenAudio || (!visible(el) && el.localName !== 'audio')) continue;
    const around = nearbyText(el);
    out.push({
      selector: selectorOf(el),
      snippet: snippet(el),
      kind,
      source,
      tracks: Array.from(el.querySelectorAll('track')).map((t) => (t.getAttribute('kind') || 'subtitles').toLowerCase()),
      autoplay: el.hasAttribute('autoplay'),
      muted: el.hasAttribute('muted') || el.muted === true,
      controls: el.hasAttribute('controls'),
      transcriptNearby: transcriptWords.test(around),
      descriptionNearby: descriptionWords.test(around),
    });
  }
  return out;
}

const textLikeFile = /(^|[-_.\s])(banner|heading|headline|title|button|btn|text|quote|slogan|caption|cta|signpost)s?([-_.\s\d]|$)/i;
const logoLike = /logo|brand|crest|emblem|coat-of-arms|escudo/i;
function fileName(url) {
  try {
    const path = new URL(url, location.href).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return '';
  }
}
function isLogo(el, name) {
  if (logoLike.test(name) || logoLike.test(el.getAttribute('alt') || '') || logoLike.test(String(el.className && el.className.baseVal !== undefined ? el.className.baseVal : el.className || '')) || logoLike.test(el.id || '')) return true;
  const owner = el.closest('a, header, [role=banner], [class*=logo], [class*=header__]');
  return !!owner && (owner.matches('header, [role=banner], [class*=logo], [class*=header__]') || !!owner.closest('header, [role=banner]'));
}
function textImages(listeners) {
  const out = [];
  const push = (el, kind, text, source) => { if (out.length < 20) out.push({ selector: selectorOf(el), snippet: snippet(el), kind, text: shortText(text, 120), source: shortText(source, 200) }); };
  for (const img of Array.from(document.querySelectorAll('img')).slice(0, 300)) {
    const alt = img.getAttribute('alt');
    if (alt === null || alt.trim() === '' || !visible(img)) continue;
    const name = fileName(img.currentSrc || img.getAttribute('src') || '');
    const rect = img.getBoundingClientRect();
    if (rect.width < 40 || rect.height < 12 || !textLikeFile.test(name.replace(/\.[a-z0-9]+$/i, '')) || isLogo(img, name)) continue;
    push(img, 'file-name', alt, name);
  }
  for (const input of Array.from(document.querySelectorAll('input[type=image]')).slice(0, 50)) {
    const name = fileName(input.getAttribute('src') || '');
    if (!visible(input) || isLogo(input, name)) continue;
    push(input, 'image-button', input.getAttribute('alt') || input.getAttribute('value') || '', name);
  }
  for (const [el, events] of listeners.byElement) {
    if (el.localName === 'canvas' && events.includes('canvas-text') && visible(el)) push(el, 'canvas-text', el.getAttribute('aria-label') || el.textContent || '', '');
  }
  for (const el of Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, a, button, [role=heading], [role=button]')).slice(0, 1500)) {
    const style = getComputedStyle(el);
    if (!/url\(/.test(style.backgroundImage) || !visible(el)) continue;
    const text = (el.textContent || '').trim();
    const hiddenText = parseFloat(style.textIndent) <= -999 || style.color === 'rgba(0, 0, 0, 0)' || parseFloat(style.fontSize) === 0;
    const source = fileName((style.backgroundImage.match(/url\("?([^")]*)"?\)/) || [])[1] || '');
    if (text.length > 0 && hiddenText && !isLogo(el, source)) push(el, 'image-replacement', text, source);
  }
  for (const image of Array.from(document.querySelectorAll('svg image')).slice(0, 50)) {
    const name = fileName(image.getAttribute('href') || image.getAttribute('xlink:href') || '');
    const svg = image.closest('svg');
    if (svg && visible(svg) && textLikeFile.test(name.replace(/\.[a-z0-9]+$/i, '')) && !isLogo(svg, name)) push(svg, 'file-name', svg.getAttribute('aria-label') || '', name);
  }
  return out;
}

function meaningfulBlock(el) {
  return (el.innerText || '').trim().length >= 2 || el.matches(nativelyFocusable) || !!el.querySelector(nativelyFocusable);
}
function visualOrder(items, rtl) {
  const rows = [];
  for (const item of [...items].sort((a, b) => a.rect.top - b.rect.top)) {
    const middle = item.rect.top + item.rect.height / 2;
    const row = rows.find((r) => middle >= r.top && middle <= r.bottom);
    if (row) { row.items.push(item); row.bottom = Math.max(row.bottom, item.rect.bottom); } else rows.push({ top: item.rect.top, bottom: item.rect.bottom, items: [item] });
  }
  return rows.flatMap((r) => r.items.sort((a, b) => (rtl ? b.rect.right - a.rect.right : a.rect.left - b.rect.left)));
}
function reorderedBlocks() {
  const out = [];
  const all = document.body ? document.body.getElementsByTagName('*') : [];
  const limit = Math.min(all.length, 5000);
  for (let i = 0; i < limit && out.length < 10; i++) {
    const el = all[i];
    if (el.childElementCount < 2) continue;
    const style = getComputedStyle(el);
    const flex = style.display.includes('flex');
    const grid = style.display.includes('grid');
    if (!flex && !grid) continue;
    const children = Array.from(el.children).filter((c) => {
      const s = getComputedStyle(c);
      return s.position !== 'absolute' && s.position !== 'fixed' && visible(c);
    });
    if (children.length < 2) continue;
    const reasons = [];
    if (flex && style.flexDirection.endsWith('-reverse')) reasons.push('flex-direction: ' + style.flexDirection);
    if (flex && style.flexWrap === 'wrap-reverse') reasons.push('flex-wrap: wrap-reverse');
    if (children.some((c) => getComputedStyle(c).order !== '0')) reasons.push('order');
    if (grid && (style.gridAutoFlow.includes('dense') || children.some((c) => {
      const s = getComputedStyle(c);
      return s.gridRowStart !== 'auto' || s.gridColumnStart !== 'auto';
    }))) reasons.push('grid placement');
    if (reasons.length === 0) continue;
    const items = children.filter(meaningfulBlock).map((c, index) => ({ el: c, index, rect: c.getBoundingClientRect() }));
    if (items.length < 2) continue;
    const visual = visualOrder(items, style.direction === 'rtl');
    if (visual.every((item, i) => item.index === i)) continue;
    const describe = (item) => shortText(item.el.innerText || nameOf(item.el), 60);
    out.push({
      selector: selectorOf(el),
      snippet: snippet(el),
      reason: reasons.join(', '),
      domOrder: items.slice(0, 8).map(describe),
      visualOrder: visual.slice(0, 8).map(describe),
    });
  }
  return out;
}

function hoverTriggers(listeners) {
  const triggers = new Set();
  const add = (el) => { if (el && el !== document.body && el !== document.documentElement && triggers.size < 10 && visible(el)) triggers.add(el); };
  for (const tip of Array.from(document.querySelectorAll('[role=tooltip]')).slice(0, 20)) {
    if (visible(tip) || !tip.id) continue;
    for (const el of Array.from(document.querySelectorAll('[aria-describedby], [aria-labelledby]'))) {
      const ids = ((el.getAttribute('aria-describedby') || '') + ' ' + (el.getAttribute('aria-labelledby') || '')).split(/\s+/);
      if (ids.includes(tip.id)) add(el);
    }
  }
  const hoverRules = [];
  const walk = (rules, depth) => {
    for (const rule of Array.from(rules || [])) {
      if (hoverRules.length >= 40 || depth > 3) return;
      if (rule.cssRules && !rule.selectorText) { walk(rule.cssRules, depth + 1); continue; }
      if (!rule.selectorText || !rule.selectorText.includes(':hover')) continue;
      const st = rule.style;
      if (!st || !(st.display || st.visibility || st.opacity)) continue;
      for (const selector of rule.selectorText.split(',')) {
        const m = selector.match(/^(.*?:hover)(?=\s*[\s>+~])/);
        if (m) hoverRules.push(m[1].replace(/:hover/g, '').trim());
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets).slice(0, 50)) {
    let rules = null;
    try { rules = sheet.cssRules; } catch { rules = null; }
    walk(rules, 0);
  }
  for (const selector of hoverRules) {
    let found = [];
    try { found = Array.from(document.querySelectorAll(selector || '*')).slice(0, 3); } catch { found = []; }
    found.forEach(add);
  }
  for (const [el, events] of listeners.byElement) {
    if (events.some((e) => hoverEvents.includes(e))) add(el);
  }
  return Array.from(triggers).map((el) => ({ selector: selectorOf(el), snippet: snippet(el) }));
}

// WCAG 1.4.11, boundaries of form controls: each visible, enabled text field, text area, select,
// and checkbox or radio the author restyled (appearance: none), whose look the author changed from
// the browser's own, with the colours that identify it (its border sides, its background, a
// box-shadow, a wrapper hugging it) and the colours behind it. A control left as the browser draws
// it is 1.4.11's user agent exception, and a disabled one is inactive: neither is listed.
const textFieldTypes = new Set(['', 'text', 'email', 'search', 'tel', 'url', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);
const boundaryProps = ['appearance', 'background-color', 'background-image', 'box-shadow',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [`border-${side}-width`, `border-${side}-style`, `border-${side}-color`])];
function controlKind(el) {
  if (el.localName === 'textarea') return 'textarea';
  if (el.localName === 'select') return 'select';
  if (el.localName !== 'input') return null;
  const type = (el.getAttribute('type') || '').toLowerCase();
  if (type === 'checkbox' || type === 'radio') return type;
  return textFieldTypes.has(type) ? 'text' : null;
}
// How the browser draws a control of this kind with none of the page's styles: a fresh one in a
// closed shadow root (page stylesheets do not reach into it), on a host reset with `all: initial`
// but for what the control inherits that changes the browser's colours (colour scheme, colour).
const browserLooks = new Map();
function browserLookOf(el, style) {
  const parentStyle = getComputedStyle(parentOf(el) || document.documentElement);
  const cacheKey = [el.localName, el.getAttribute('type') || '', el.multiple, el.getAttribute('size') || '', style.colorScheme, parentStyle.color].join('|');
  if (browserLooks.has(cacheKey)) return browserLooks.get(cacheKey);
  const host = document.createElement('span');
  host.style.cssText = `all: initial !important; position: absolute !important; width: 0 !important; height: 0 !important; overflow: hidden !important; color-scheme: ${style.colorScheme} !important; color: ${parentStyle.color} !important;`;
  const root = host.attachShadow({ mode: 'closed' });
  const fresh = document.createElement(el.localName);
  for (const name of ['type', 'multiple', 'size']) if (el.hasAttribute(name)) fresh.setAttribute(name, el.getAttribute(name));
  root.appendChild(fresh);
  document.documentElement.appendChild(host);
  const freshStyle = getComputedStyle(fresh);
  const look = {};
  for (const p of boundaryProps) look[p] = freshStyle.getPropertyValue(p);
  host.remove();
  browserLooks.set(cacheKey, look);
  return look;
}
function boxColours(el, style) {
  const backdrop = backdropOf(parentOf(el));
  const unclear = backdrop.unclear || (style.backgroundImage !== 'none' ? `background image on ${selectorOf(el)}` : null);
  return { borders: bordersOf(style), background: style.backgroundColor, backdrop: backdrop.layers, unclear };
}
// The nearest ancestor (up to three up) that hugs the control and draws a border or a background:
// a search box and its button in one framed group show their boundary on the frame.
function wrapperOf(el) {
  const r = el.getBoundingClientRect();
  let n = parentOf(el);
  for (let level = 0; n && level < 3 && n !== document.body; level++, n = parentOf(n)) {
    const w = n.getBoundingClientRect();
    if (r.top - w.top > 12 || r.left - w.left > 12 || w.bottom - r.bottom > 12 || (w.right - r.right > 12 && w.width > r.width * 2.5)) break;
    const style = getComputedStyle(n);
    if (bordersOf(style).length || alphaOfColour(style.backgroundColor) > 0 || style.backgroundImage !== 'none') {
      return Object.assign({ selector: selectorOf(n) }, boxColours(n, style));
    }
  }
  return null;
}
function controlBoundaries() {
  const out = [];
  for (const el of document.querySelectorAll('input, textarea, select')) {
    if (out.length >= 200) break;
    const kind = controlKind(el);
    if (!kind || el.matches(':disabled') || el.closest('[aria-disabled=true], [inert]') || !visible(el)) continue;
    const style = getComputedStyle(el);
    // A native checkbox or radio made transparent or tiny is drawn by something else (a label's
    // pseudo-element): its own boundary is not what identifies it.
    const box = el.getBoundingClientRect();
    if (parseFloat(style.opacity) < 0.1 || box.width < 4 || box.height < 4) continue;
    if ((kind === 'checkbox' || kind === 'radio') && style.appearance !== 'none') continue;
    const browser = browserLookOf(el, style);
    const styled = boundaryProps.filter((p) => style.getPropertyValue(p) !== browser[p]);
    if (styled.length === 0) continue;
    out.push(Object.assign(
      { selector: selectorOf(el), snippet: snippet(el), control: kind, styled, shadows: shadowsOf(style.boxShadow).filter((s) => alphaOfColour(s.colour) > 0).map((s) => s.text), wrapper: wrapperOf(el) },
      boxColours(el, style)));
  }
  return out;
}

readers.content = () => {
  const listeners = readListeners(contentEvents);
  return {
    pointerTargets: pointerTargets(listeners),
    motionEvents: listeners.root.filter((e) => e.startsWith('device')),
    media: mediaElements(),
    textImages: textImages(listeners),
    reordered: reorderedBlocks(),
    hoverTriggers: hoverTriggers(listeners),
    controlBoundaries: controlBoundaries(),
  };
};

// Hovering: before, which elements were hidden (and watch for new ones); after, what appeared.
let hoverHidden = null;
let hoverAdded = [];
let hoverObserver = null;
let hoverContent = null;
const shown = (el) => {
  if (!el.isConnected || !visible(el)) return false;
  for (let node = el; node && node !== document.body; node = node.parentElement) if (getComputedStyle(node).opacity === '0') return false;
  return true;
};
probe.hoverStart = (selector) => {
  let trigger = null;
  try { trigger = document.querySelector(selector); } catch { return null; }
  if (!trigger || !visible(trigger)) return null;
  trigger.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  hoverHidden = new Set();
  const all = document.body.getElementsByTagName('*');
  for (let i = 0; i < Math.min(all.length, 5000); i++) if (!visible(all[i]) || getComputedStyle(all[i]).opacity === '0') hoverHidden.add(all[i]);
  hoverAdded = [];
  if (hoverObserver) hoverObserver.disconnect();
  hoverObserver = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && hoverAdded.length < 200) hoverAdded.push(n);
  });
  hoverObserver.observe(document.body, { childList: true, subtree: true });
  hoverContent = null;
  const r = trigger.getBoundingClientRect();
  return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
};
probe.hoverAppeared = (selector) => {
  let trigger = null;
  try { trigger = document.querySelector(selector); } catch { trigger = null; }
  const fresh = [...Array.from(hoverHidden || []), ...hoverAdded].filter((el) => el.isConnected && !(trigger && (el === trigger || el.contains(trigger))) && shown(el) && ((el.innerText || '').trim().length > 0 || el.querySelector('img, svg')));
  const freshSet = new Set(fresh);
  const top = fresh.filter((el) => !(el.parentElement && freshSet.has(el.parentElement)) && !(trigger && trigger.contains(el) && el.getBoundingClientRect().width < 2));
  if (top.length === 0) return null;
  const content = top.sort((a, b) => (b.innerText || '').length - (a.innerText || '').length)[0];
  hoverContent = content;
  const r = content.getBoundingClientRect();
  // Covers other content: some visible element outside it (and not around it) under its box.
  let obscures = false;
  const others = document.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, label, legend, input, select, textarea, button, a, img, svg, figure, pre, blockquote');
  for (let i = 0; i < Math.min(others.length, 3000) && !obscures; i++) {
    const other = others[i];
    if (content.contains(other) || other.contains(content) || (trigger && (other === trigger || other.contains(trigger) || trigger.contains(other)))) continue;
    const o = other.getBoundingClientRect();
    const overlapX = Math.min(o.right, r.right) - Math.max(o.left, r.left);
    const overlapY = Math.min(o.bottom, r.bottom) - Math.max(o.top, r.top);
    if (overlapX > 4 && overlapY > 4 && visible(other)) obscures = true;
  }
  return { selector: selectorOf(content), snippet: snippet(content), text: shortText(content.innerText || '', 120), obscures, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};
probe.hoverShown = () => !!hoverContent && shown(hoverContent);
probe.hoverEnd = () => {
  if (hoverObserver) hoverObserver.disconnect();
  hoverObserver = null;
  hoverHidden = null;
  hoverAdded = [];
  hoverContent = null;
  window.scrollTo(0, 0);
};
