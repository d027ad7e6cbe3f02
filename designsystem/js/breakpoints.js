/**
 * The design system's breakpoints, read from the custom properties that tokens.css defines
 * (--ds-breakpoint-mobile, -tablet, -desktop), so the tokens stay the one source of them.
 */
const fallbacks = Object.freeze({ mobile: '320px', tablet: '641px', desktop: '769px' });

/**
 * @param {'mobile' | 'tablet' | 'desktop'} name
 * @returns {string} a CSS length such as "769px"
 */
export function breakpoint(name) {
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--ds-breakpoint-${name}`).trim();
  return value || fallbacks[name];
}

/**
 * @param {'mobile' | 'tablet' | 'desktop'} name
 * @returns {MediaQueryList} matches from that breakpoint up
 */
export function fromBreakpoint(name) {
  return window.matchMedia(`(min-width: ${breakpoint(name)})`);
}
