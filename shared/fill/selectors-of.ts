/**
 * Every CSS selector a map uses. The planner cannot evaluate CSS, so the collector is given this
 * list and records which selectors each field (`matches`) and each iframe (`frameMatches`) match.
 */
import type { FormMap, Locator, RowStrategy, Step } from './form-map';

export function selectorsOf(map: FormMap): string[] {
  const found = new Set<string>();
  const fromLocator = (locator: Locator | readonly RowStrategy[]): void => {
    for (const strategy of locator) {
      if ('css' in strategy) found.add(strategy.css);
      if (strategy.frame !== undefined) found.add(strategy.frame);
    }
  };
  const fromSteps = (steps: readonly Step[]): void => {
    for (const step of steps) {
      if ('target' in step) fromLocator(step.target);
      if (step.kind === 'waitFor') {
        if (step.selector !== undefined) found.add(step.selector);
        if (step.frame !== undefined) found.add(step.frame);
      }
      if (step.kind === 'forEachRow') {
        fromLocator(step.row);
        if (step.pagination) fromLocator(step.pagination.next);
        fromSteps(step.steps);
      }
    }
  };
  fromSteps(map.steps);
  if (map.success?.selector !== undefined) found.add(map.success.selector);
  return [...found];
}
