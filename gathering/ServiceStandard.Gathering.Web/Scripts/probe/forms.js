// Forms (WCAG 3.3.3, 3.3.4, 3.3.7, 3.3.8): the page's fields as it loaded (never their values, only
// whether they had one), the error messages it shows, CAPTCHA widgets, and whether it looks like a
// review of the answers or a declaration. Then, last of all, a paste dispatched into credential
// fields (is it cancelled?), their values put back. During a journey, what each step did: the field
// it acted on, focus before and after, and the text it added (a MutationObserver).
const formsText = (el) => (el ? (el.innerText || el.textContent || '') : '').replace(/\s+/g, ' ').trim();
const formsShort = (s, n) => (s.length <= n ? s : s.slice(0, n - 1) + '…');
const credentialName = /pass(word|wd|code)?\b|passwd|pwd|contrase(ñ|n)a|clave|\bpin\b|\botp\b|one.?time|security.?code|c(ó|o)digo.?de.?(seguridad|verificaci(ó|o)n)/i;
function formsLabel(el) {
  const parts = [];
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    for (const id of labelledby.split(/\s+/)) { const l = document.getElementById(id); if (l) parts.push(formsText(l)); }
  }
  if (parts.length === 0 && el.labels) for (const l of el.labels) parts.push(formsText(l));
  if (parts.length === 0 && el.getAttribute('aria-label')) parts.push(el.getAttribute('aria-label'));
  if (parts.length === 0 && el.getAttribute('title')) parts.push(el.getAttribute('title'));
  if (parts.length === 0 && el.getAttribute('placeholder')) parts.push(el.getAttribute('placeholder'));
  let label = parts.join(' ').replace(/\s+/g, ' ').trim();
  if ((el.type === 'radio' || el.type === 'checkbox')) {
    const legend = el.closest('fieldset')?.querySelector('legend');
    if (legend) label = formsText(legend) + ' — ' + label;
  }
  return formsShort(label, 200);
}
function formsType(el) {
  if (el.localName === 'select') return 'select';
  if (el.localName === 'textarea') return 'textarea';
  return (el.getAttribute('type') || 'text').toLowerCase();
}
function formsIsCredential(el) {
  const type = formsType(el);
  if (type === 'password') return true;
  const autocomplete = (el.getAttribute('autocomplete') || '').toLowerCase();
  if (/\b(current-password|new-password|one-time-code)\b/.test(autocomplete)) return true;
  if (!['text', 'number', 'tel', 'password'].includes(type)) return false;
  return credentialName.test((el.getAttribute('name') || '') + ' ' + (el.id || '')) || /^(pin|password|contraseña|passcode)$/i.test(formsLabel(el));
}
function formsHasValue(el) {
  const type = formsType(el);
  if (type === 'checkbox' || type === 'radio') return el.checked;
  if (type === 'select') {
    const option = el.options[el.selectedIndex];
    return !!option && option.value !== '';
  }
  return (el.value || '') !== '';
}
function formsHint(el) {
  const ids = ((el.getAttribute('aria-describedby') || '') + ' ' + (el.getAttribute('aria-errormessage') || '')).split(/\s+/).filter(Boolean);
  return formsShort(ids.map((id) => formsText(document.getElementById(id))).filter(Boolean).join(' '), 300);
}
function formsField(el) {
  const type = formsType(el);
  return {
    selector: selectorOf(el),
    type,
    name: el.getAttribute('name'),
    id: el.id || null,
    autocomplete: el.getAttribute('autocomplete'),
    label: formsLabel(el),
    hasValue: formsHasValue(el),
    credential: formsIsCredential(el),
    pasteBlocked: null,
    options: type === 'select' ? Array.from(el.options).slice(0, 30).map((o) => formsShort(formsText(o), 100)) : [],
    hint: formsHint(el),
  };
}
const formsFieldSelector = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';
function formsFields() {
  return Array.from(document.querySelectorAll(formsFieldSelector)).filter((el) => visible(el) || ((el.type === 'radio' || el.type === 'checkbox') && el.parentElement && visible(el.parentElement))).slice(0, 100);
}
const reviewHeading = /check (your |the )?answers|check (your |the )?(details|application)|review (your |the )?(answers|application|details|order)|confirm (your )?(answers|details)|summary of (your )?(answers|application)|comprueb[ea] (sus |tus )?(respuestas|datos)|revis[ea] (sus |tus )?(respuestas|datos|solicitud)|resumen de (su |tu )?(solicitud|respuestas)/i;
const changeLink = /^(change|edit|cambiar|modificar|editar)\b/i;
const declarationText = /\b(I|we) (confirm|declare|agree|understand|certify)\b|\bdeclaration\b|declaraci(ó|o)n|\bdeclaro\b|\bconfirmo\b|\bacepto\b|\bcertifico\b/i;
function formsReview() {
  const headings = Array.from(document.querySelectorAll('h1, h2')).filter(visible).map(formsText);
  const heading = headings.find((h) => reviewHeading.test(h)) || (reviewHeading.test(document.title || '') ? document.title : null);
  if (heading) return formsShort('heading: ' + heading, 200);
  const changes = Array.from(document.querySelectorAll('dl a[href], table a[href], [class*=summary-list] a[href]')).filter((a) => visible(a) && changeLink.test(formsText(a)));
  if (changes.length >= 2) return `${changes.length} change links beside the answers`;
  return null;
}
function formsDeclaration() {
  for (const box of document.querySelectorAll('input[type=checkbox]')) {
    const label = formsLabel(box);
    if (declarationText.test(label)) return formsShort('checkbox: ' + label, 200);
  }
  const heading = Array.from(document.querySelectorAll('h1, h2')).filter(visible).map(formsText).find((h) => /^(declaration|declaraci(ó|o)n)\b/i.test(h));
  return heading ? formsShort('heading: ' + heading, 200) : null;
}
function formsErrors() {
  const found = new Map();
  const add = (el, field) => {
    if (!el || found.has(el) || !visible(el)) return;
    for (const other of found.keys()) if (other.contains(el) || el.contains(other)) return;
    found.set(el, { selector: selectorOf(el), text: formsShort(formsText(el), 300), field });
  };
  for (const summary of document.querySelectorAll('[class*="error-summary"], [data-module*="error-summary"]')) {
    if (!visible(summary)) continue;
    for (const item of summary.querySelectorAll('li')) {
      const link = item.querySelector('a[href^="#"]');
      let field = null;
      if (link) { try { const t = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))); field = t ? selectorOf(t) : null; } catch { field = null; } }
      add(item, field);
    }
  }
  for (const el of document.querySelectorAll('[aria-invalid=true]')) {
    const ids = ((el.getAttribute('aria-errormessage') || '') + ' ' + (el.getAttribute('aria-describedby') || '')).split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const message = document.getElementById(id);
      if (!message) continue;
      const named = /error|invalid/i.test(id + ' ' + (message.getAttribute('class') || '') + ' ' + (message.getAttribute('role') || ''));
      if (named || el.getAttribute('aria-errormessage') === id) add(message, selectorOf(el));
    }
  }
  for (const message of document.querySelectorAll('[class*="error-message"], [class*="field-error"], [class*="invalid-feedback"]')) {
    if (message.closest('[class*="error-summary"]')) continue;
    const group = message.closest('[class*="form-group"], fieldset, div');
    const field = group && group.querySelector(formsFieldSelector);
    add(message, field ? selectorOf(field) : null);
  }
  return Array.from(found.values()).slice(0, 50);
}
function formsCaptchas() {
  const found = [];
  const add = (el, kind) => { if (found.length < 10 && !found.some((f) => f.el === el)) found.push({ el, kind }); };
  for (const frame of document.querySelectorAll('iframe[src]')) {
    const src = frame.getAttribute('src') || '';
    if (/recaptcha/i.test(src)) add(frame, 'recaptcha');
    else if (/hcaptcha/i.test(src)) add(frame, 'hcaptcha');
    else if (/challenges\.cloudflare\.com|turnstile/i.test(src)) add(frame, 'turnstile');
  }
  for (const el of document.querySelectorAll('.g-recaptcha, .h-captcha, .cf-turnstile, [data-sitekey]')) {
    add(el, el.matches('.h-captcha') ? 'hcaptcha' : el.matches('.cf-turnstile') ? 'turnstile' : 'recaptcha');
  }
  for (const img of document.querySelectorAll('img')) {
    if (/captcha/i.test((img.getAttribute('src') || '') + ' ' + (img.getAttribute('alt') || '') + ' ' + img.id + ' ' + (img.className || ''))) add(img, 'image');
  }
  return found.map((f) => ({ selector: selectorOf(f.el), kind: f.kind, snippet: snippet(f.el) }));
}
readers.forms = () => ({
  fields: formsFields().map(formsField),
  errors: formsErrors(),
  captchas: formsCaptchas(),
  review: formsReview(),
  declaration: formsDeclaration(),
});

// Live regions, by role or attribute; an element that receives focus is announced too.
const liveRegion = '[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log], [role=marquee], [role=timer], output';
let formsWatch = null;
Object.assign(probe, {
  // A paste into each credential or username field: does the page cancel it? The value is put back.
  pasteTest(selectors) {
    return selectors.map((selector) => {
      let el = null;
      try { el = document.querySelector(selector); } catch { return null; }
      if (!el) return null;
      const value = el.value;
      try {
        const data = new DataTransfer();
        data.setData('text/plain', 'servicestandard');
        const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
        const allowed = el.dispatchEvent(event);
        return !allowed || event.defaultPrevented;
      } catch {
        return null;
      } finally {
        if (el.value !== value) el.value = value;
      }
    });
  },

  // The field a journey step is about to act on, found by the attributes Playwright read.
  describeField(id, name, selector) {
    let el = null;
    if (id) el = document.getElementById(id);
    if (!el && name) el = Array.from(document.getElementsByName(name)).find((e) => e.matches(formsFieldSelector)) || null;
    if (!el && selector) { try { el = document.querySelector(selector); } catch { el = null; } }
    return el && el.matches(formsFieldSelector) ? formsField(el) : null;
  },

  // Before a journey step: start recording the text it adds.
  watchStart() {
    if (formsWatch) formsWatch.observer.disconnect();
    const added = new Set();
    const observer = new MutationObserver((records) => {
      formsWatch.last = performance.now();
      for (const r of records) {
        if (r.type === 'characterData') added.add(r.target.parentElement);
        for (const node of r.addedNodes || []) added.add(node.nodeType === 1 ? node : node.parentElement);
      }
    });
    formsWatch = { observer, added, last: performance.now() };
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const active = document.activeElement;
    return active && active !== document.body ? selectorOf(active) : null;
  },

  // After it: wait until the page has been quiet for 250 ms (at most two seconds), then report
  // the text added outside our own probes, where focus is, and whether it is in a live region.
  async watchStop() {
    if (!formsWatch) return null;
    const started = performance.now();
    formsWatch.last = Math.max(formsWatch.last, started);
    await new Promise((resolve) => setTimeout(resolve, 50));
    while (performance.now() - formsWatch.last < 250 && performance.now() - started < 2000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    formsWatch.observer.disconnect();
    const active = document.activeElement;
    const roots = Array.from(formsWatch.added).filter((el) => el && el.isConnected && el.nodeType === 1);
    const top = roots.filter((el) => !roots.some((other) => other !== el && other.contains(el)));
    const changes = [];
    for (const el of top) {
      if (el.closest('script, style, noscript, template') || !visible(el)) continue;
      const text = formsText(el);
      if (!text) continue;
      const live = !!el.closest(liveRegion) || !!el.querySelector(liveRegion);
      const focused = !!active && active !== document.body && (el.contains(active) || active.contains(el));
      const sectionParts = 'input, select, textarea, button, a[href], label, legend, h1, h2, h3, h4, form, fieldset, table';
      const controls = el.matches(sectionParts) || !!el.querySelector(sectionParts);
      changes.push({ selector: selectorOf(el), text: formsShort(text, 200), liveRegion: live, focused, controls });
      if (changes.length >= 20) break;
    }
    formsWatch = null;
    return { focusAfter: active && active !== document.body ? selectorOf(active) : null, changes };
  },
});
