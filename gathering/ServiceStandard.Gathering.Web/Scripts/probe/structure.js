// Page structure for the rules that compare pages (WCAG 3.2.3, 3.2.4, 3.2.6, 2.4.5): landmarks,
// links and buttons with their accessible names and visible text, and forms, numbered in one
// document order. One pass over the body, capped; it only reads (layout is already computed).
readers.structure = (options) => {
  const maxLandmarks = options.maxLandmarks || 60;
  const maxControls = options.maxControls || 400;
  const maxForms = options.maxForms || 30;
  const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const explicitRoles = new Set(['banner', 'navigation', 'main', 'complementary', 'contentinfo', 'search']);
  const sectioning = 'article, aside, main, nav, section, [role=article], [role=complementary], [role=main], [role=navigation], [role=region]';
  const roleOf = (el) => {
    const explicit = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
    if (explicit) return explicitRoles.has(explicit) ? explicit : null;
    switch (el.localName) {
      case 'nav': return 'navigation';
      case 'main': return 'main';
      case 'aside': return 'complementary';
      case 'search': return 'search';
      case 'header': return el.parentElement && el.parentElement.closest(sectioning) ? null : 'banner';
      case 'footer': return el.parentElement && el.parentElement.closest(sectioning) ? null : 'contentinfo';
      default: return null;
    }
  };
  const hiddenForAt = (el) => !!el.closest('[aria-hidden=true]');
  // Text of a subtree as a name: text nodes, image alternatives, aria-label of nested elements;
  // aria-hidden and display:none parts left out.
  const textOf = (root, visibleOnly) => {
    let out = '';
    const walk = (node) => {
      if (node.nodeType === 3) {
        if (visibleOnly) {
          const parent = node.parentElement;
          const r = parent ? parent.getBoundingClientRect() : null;
          if (!r || r.width <= 1 || r.height <= 1) return;
        }
        out += node.textContent;
        return;
      }
      if (node.nodeType !== 1) return;
      if (node.getAttribute('aria-hidden') === 'true') return;
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      if (node !== root && node.getAttribute('aria-label') && !visibleOnly) { out += ' ' + node.getAttribute('aria-label') + ' '; return; }
      if (node.localName === 'img' || (node.localName === 'input' && node.type === 'image')) { if (!visibleOnly) out += ' ' + (node.getAttribute('alt') || '') + ' '; return; }
      if (node.localName === 'svg') { const t = node.querySelector('title'); if (t && !visibleOnly) out += ' ' + t.textContent + ' '; return; }
      if (node.localName === 'br') { out += ' '; return; }
      for (const child of node.childNodes) walk(child);
      if (style.display !== 'inline') out += ' ';
    };
    walk(root);
    return squash(out);
  };
  const nameOf = (el) => {
    const ids = (el.getAttribute('aria-labelledby') || '').trim();
    if (ids) {
      const text = squash(ids.split(/\s+/).map((id) => { const t = document.getElementById(id); return t ? textOf(t, false) : ''; }).join(' '));
      if (text) return text;
    }
    const label = squash(el.getAttribute('aria-label'));
    if (label) return label;
    if (el.localName === 'input') return squash(el.value || el.getAttribute('alt') || el.getAttribute('title'));
    const text = textOf(el, false);
    return text || squash(el.getAttribute('title'));
  };
  const landmarks = [];
  const controls = [];
  const forms = [];
  const landmarkOf = new Map();
  const formOf = new Map();
  let truncated = false;
  let order = 0;
  const innermost = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) if (landmarkOf.has(node)) return landmarkOf.get(node);
    return null;
  };
  const all = document.body ? document.body.getElementsByTagName('*') : [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el.closest('template')) continue;
    const role = roleOf(el);
    if (role) {
      if (landmarks.length >= maxLandmarks) truncated = true;
      else {
        const index = landmarks.length;
        const label = el.getAttribute('aria-labelledby') || el.getAttribute('aria-label') ? nameOf(el) : '';
        landmarks.push({ index, order: order++, role, label: label ? clip(label, 120) : null, parent: innermost(el), visible: visible(el), selector: selectorOf(el) });
        landmarkOf.set(el, index);
      }
    }
    if (el.localName === 'form') {
      if (forms.length >= maxForms) { truncated = true; continue; }
      const fields = Array.from(el.querySelectorAll('input, select, textarea')).filter((f) => !/^(hidden|submit|button|image|reset)$/i.test(f.type || ''));
      const search = el.matches('[role=search], search form, [role=search] form') || !!el.closest('search, [role=search]') || fields.some((f) => f.type === 'search');
      formOf.set(el, forms.length);
      let action = '';
      try { action = new URL(el.getAttribute('action') || '', document.baseURI).href; } catch { action = ''; }
      forms.push({ order: order++, action, method: (el.getAttribute('method') || 'get').toLowerCase() === 'post' ? 'post' : 'get', search, fields: fields.length, landmark: innermost(el), selector: selectorOf(el) });
      continue;
    }
    const isLink = (el.localName === 'a' || el.localName === 'area') && el.hasAttribute('href');
    const isButton = el.localName === 'button' || (el.localName === 'input' && /^(submit|button|image)$/i.test(el.type || '')) || el.getAttribute('role') === 'button';
    if (!isLink && !isButton) continue;
    if (hiddenForAt(el)) continue;
    if (controls.length >= maxControls) { truncated = true; continue; }
    const img = el.querySelector('img[src], svg, input[type=image]');
    const name = clip(nameOf(el), 200);
    const visibleText = clip(textOf(el, true), 200);
    const form = el.form ? formOf.get(el.form) : el.closest('form') ? formOf.get(el.closest('form')) : undefined;
    controls.push({
      order: order++,
      element: isLink && el.getAttribute('role') !== 'button' ? 'link' : 'button',
      name,
      visibleText,
      href: isLink ? el.href : null,
      landmark: innermost(el),
      visible: visible(el),
      selector: selectorOf(el),
      image: img && !visibleText ? clip(img.getAttribute('src') || (img.localName === 'svg' ? 'svg' : ''), 200) : null,
      form: form === undefined ? null : form,
      current: el.hasAttribute('aria-current') && el.getAttribute('aria-current') !== 'false',
    });
  }
  return { landmarks, controls, forms, truncated };
};
