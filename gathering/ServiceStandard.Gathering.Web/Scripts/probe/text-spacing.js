// Text spacing (WCAG 1.4.12): with the criterion's spacing applied, is text cut off or does the
// page overflow (probe.overflow, from reflow.js).
Object.assign(probe, {
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
});
