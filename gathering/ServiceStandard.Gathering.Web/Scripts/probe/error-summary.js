// Error summary (WCAG 3.3.1, 2.4.3): the summary as the page loaded, read before anything moves
// focus; following its links is the last phase (PageProber), as it moves focus and the fragment.
readers.errorSummary = () => {
  const active = document.activeElement;
  const summary = Array.from(document.querySelectorAll('[class*="error-summary"], [role=alert], [data-module*="error-summary"]'))
    .find((el) => visible(el) && el.querySelector('a[href^="#"]'));
  if (!summary) return null;
  const root = summary.closest('[class*="error-summary"]') || summary;
  return {
    selector: selectorOf(root),
    snippet: snippet(root),
    focusedOnLoad: !!active && (root === active || root.contains(active)),
    focusedOnLoadSelector: active && active !== document.body ? selectorOf(active) : null,
    links: Array.from(root.querySelectorAll('a[href^="#"]')).slice(0, 10).map((a, i) => {
      const id = decodeURIComponent(a.getAttribute('href').slice(1));
      return { index: i, text: (a.textContent || '').trim().slice(0, 200), href: a.getAttribute('href'), targetExists: !!(id && document.getElementById(id)), selector: selectorOf(a) };
    }),
  };
};
