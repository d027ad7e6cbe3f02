/**
 * What initAll (js/all.js) does with the design system's modules. It lives here, not in all.js,
 * because all.js is generated from the component folders and this logic is written by hand.
 *
 * Marks the page as enhanced (class ds-frontend-supported on <body>, which CSS uses to show
 * controls that need JavaScript) and initialises every module in scope once: an element that
 * has been initialised gets data-<module>-init and is skipped next time. A module that throws is
 * reported on the console and does not stop the others.
 * @param {Readonly<Record<string, (element: Element) => void>>} modules data-module name → initialiser
 * @param {Document | Element} scope
 */
export function initModules(modules, scope) {
  document.body?.classList.add('ds-frontend-supported');

  for (const [name, init] of Object.entries(modules)) {
    const selector = `[data-module~="${name}"]`;
    const elements = [...scope.querySelectorAll(selector)];
    if (scope instanceof Element && scope.matches(selector)) {
      elements.unshift(scope);
    }

    for (const element of elements) {
      const flag = `data-${name}-init`;
      if (element.hasAttribute(flag)) {
        continue;
      }

      try {
        init(element);
        element.setAttribute(flag, '');
      } catch (error) {
        console.error(`${name}: could not initialise`, element, error);
      }
    }
  }
}
