// Reflow (WCAG 1.4.10): at 320 CSS px wide, does the page scroll sideways, and what causes it.
Object.assign(probe, {
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
});
