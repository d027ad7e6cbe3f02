// For the design-system checks: the distinct computed colours of visible elements (text,
// background, border), elements that act like controls without being native ones, and the
// first characters of each stylesheet (its version banner). One pass over the elements,
// capped, reading only computed style that layout has already produced.
readers.design = async (options) => {
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
    const click = clickTargets.has(el) || el.hasAttribute('onclick');
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
};
