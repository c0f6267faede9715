import type { Page } from 'playwright-core';
import { minChartText } from '../../src/charts/text.ts';

/** The widths every page type must read at, from a small phone to a wide desktop. */
export const widths = [320, 390, 768, 1280, 1920] as const;

export { minChartText };

/**
 * What a reader would lose on the page as laid out now: the page scrolling sideways,
 * an element whose content spills out of (or is cut by) its box with no scroll container
 * to reach it, a scroll container a keyboard cannot reach or a screen reader cannot name,
 * and chart text rendered smaller than `minChartText`. Each problem is described by a
 * short selector, so a failure says where to look.
 */
export function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate((minText) => {
    const problems: string[] = [];
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
        parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls}`);
      }
      return parts.join(' > ');
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`page scrolls sideways: ${root.scrollWidth} px in a ${root.clientWidth} px window`);

    // Visually hidden text is clipped on purpose, for screen readers only.
    const hidden = [...document.body.querySelectorAll('*')].filter((el) => getComputedStyle(el).clipPath !== 'none');
    for (const el of document.body.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'none' || style.display === 'contents') continue;
      if (style.position === 'fixed' || hidden.some((h) => h.contains(el))) continue;
      if (el.closest('details:not([open]) > :not(summary)')) continue;
      const overflows = el.scrollWidth > el.clientWidth + 1;
      if (!overflows) continue;
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (!scrolls) {
        problems.push(`content overflows without a scroll container: ${describe(el)} (${el.scrollWidth} px in ${el.clientWidth} px)`);
        continue;
      }
      const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
      if (el.tabIndex !== 0 || !named) problems.push(`scroll container without tabindex="0" and a label: ${describe(el)}`);
    }

    for (const text of document.querySelectorAll('svg text')) {
      const svgText = text as SVGTextElement;
      const box = svgText.getBoundingClientRect();
      if (box.width === 0 || !svgText.textContent?.trim()) continue;
      const ctm = svgText.getScreenCTM();
      if (!ctm) continue;
      const size = parseFloat(getComputedStyle(svgText).fontSize) * Math.hypot(ctm.a, ctm.b);
      if (size < minText - 0.05)
        problems.push(
          `chart text at ${size.toFixed(1)} px: "${svgText.textContent.trim().slice(0, 30)}" in ${describe(svgText.closest('figure') ?? svgText)}`,
        );
    }
    return [...new Set(problems)];
  }, minChartText);
}
