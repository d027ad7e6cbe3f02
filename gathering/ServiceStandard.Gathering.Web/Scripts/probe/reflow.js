// Reflow (WCAG 1.4.10): at 320 CSS px wide, does the page scroll sideways, and what causes it.

// WCAG 1.4.10 excepts "parts of the content which require two-dimensional layout for usage or
// meaning" (Understanding 1.4.10: images, maps, diagrams, video, games, presentations, data
// tables). What kind, when the element that sticks out is one, or holds one that reaches its edge.
function twoDimensionalKind(el) {
  switch (el.localName) {
    case 'table': {
      // A data table, not a layout table: headers, or more than one row and column.
      const role = (el.getAttribute('role') || '').toLowerCase();
      if (role === 'presentation' || role === 'none') return null;
      const rows = el.rows ? el.rows.length : 0;
      const columns = rows > 0 ? Math.max(...Array.from(el.rows).map((row) => row.cells.length)) : 0;
      return el.querySelector('th') || (rows > 1 && columns > 1) ? 'data table' : null;
    }
    case 'img': case 'picture': case 'svg': return 'image';
    case 'video': return 'video';
    case 'canvas': return 'canvas';
    case 'object': case 'embed': return 'embedded content';
    default:
      return (el.getAttribute('role') || '').toLowerCase() === 'img' ? 'image' : null;
  }
}
function twoDimensionalIn(el, box) {
  const own = twoDimensionalKind(el);
  if (own) return own;
  for (const inner of el.querySelectorAll('table, img, picture, svg, video, canvas, object, embed, [role=img]')) {
    const kind = twoDimensionalKind(inner);
    if (kind && inner.getBoundingClientRect().right >= box.right - 1) return kind;
  }
  return null;
}
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
        offenders.push({ selector: selectorOf(el), snippet: snippet(el), width: Math.round(r.width), problem: `reaches ${Math.round(r.right)} px in a ${width} px wide viewport`, twoDimensional: twoDimensionalIn(el, r) });
        if (offenders.length >= 5) break;
      }
    }
    return { viewportWidth: width, scrollWidth, horizontalScroll, offenders };
  },
});
