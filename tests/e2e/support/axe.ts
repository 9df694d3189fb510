/** Accessibility check used on every main screen: no serious or critical axe-core violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Interactive elements smaller than 44×44 CSS px (the touch-target floor), by text or label. */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea, [role="button"]',
    )) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)) {
        const label = element.closest('label');
        const box = (label ?? element).getBoundingClientRect();
        if (box.height < 44) small.push(`${element.type}:${label?.textContent?.trim() ?? element.name}`);
        continue;
      }
      if (element instanceof HTMLInputElement && element.type === 'file') continue;
      if (rect.height < 44 || rect.width < 44) {
        small.push(
          `${element.tagName.toLowerCase()}:${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40)}`,
        );
      }
    }
    return small;
  });
}
