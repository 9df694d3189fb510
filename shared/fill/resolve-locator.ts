/**
 * Locators against collected fields. Strategies are tried in order; the first that finds anything
 * wins, so a map lists its most precise guess first. Finding several fields is an error (a map
 * that guesses would fill the wrong box) unless the strategy says `pick: "firstVisible"`.
 * Label matches through an explicit label (for=, wrapping, aria) outrank nearby or column text.
 */
import { AppError } from '../errors';
import { type CollectedField, type LabelSource, normalizeLabel, normalizeText, rowKeyOf } from './collected-field';
import type { MatchedBy } from './fill-plan';
import {
  FIELD_STRATEGY_KINDS,
  type FieldStrategy,
  type FieldStrategyKind,
  type Locator,
  type RowStrategy,
} from './form-map';

export type Render = (text: string, where: string) => string;

const EXPLICIT: ReadonlySet<LabelSource> = new Set(['for', 'wrap', 'ariaLabelledby', 'ariaLabel']);

export interface Located {
  readonly field: CollectedField;
  readonly matchedBy: MatchedBy;
}

export function strategyKind(strategy: FieldStrategy): FieldStrategyKind {
  return FIELD_STRATEGY_KINDS.find((k) => k in strategy) ?? 'css';
}

function strategyText(strategy: FieldStrategy): string {
  if ('label' in strategy) return strategy.label;
  if ('name' in strategy) return strategy.name;
  if ('id' in strategy) return strategy.id;
  if ('placeholder' in strategy) return strategy.placeholder;
  if ('ariaLabel' in strategy) return strategy.ariaLabel;
  return strategy.css;
}

/** 0 when an explicit label says `wanted`, 1 for other label sources, null when none does. */
export function labelRank(field: CollectedField, wanted: string): 0 | 1 | null {
  const target = normalizeLabel(wanted);
  if (target === '') return null;
  let rank: 0 | 1 | null = null;
  if (field.text !== '' && normalizeLabel(field.text) === target) return 0;
  for (const label of field.labels) {
    if (normalizeLabel(label.text) !== target) continue;
    if (EXPLICIT.has(label.source)) return 0;
    rank = 1;
  }
  return rank;
}

function matchStrategy(pool: readonly CollectedField[], strategy: FieldStrategy, value: string): CollectedField[] {
  const inFrame = pool.filter((f) => strategy.frame === undefined || f.frameMatches.includes(strategy.frame));
  const kind = strategyKind(strategy);
  if (kind === 'label') {
    const ranked = inFrame.map((f) => ({ f, rank: labelRank(f, value) }));
    const best = Math.min(...ranked.map((r) => r.rank ?? 2));
    return ranked.filter((r) => r.rank !== null && r.rank === best).map((r) => r.f);
  }
  const wanted = normalizeLabel(value);
  return inFrame.filter((f) => {
    switch (kind) {
      case 'name':
        return f.name === value;
      case 'id':
        return f.id === value;
      case 'css':
        return f.matches.includes(value);
      case 'placeholder':
        return wanted !== '' && normalizeLabel(f.placeholder) === wanted;
      case 'ariaLabel':
        return wanted !== '' && normalizeLabel(f.ariaLabel) === wanted;
    }
    return false;
  });
}

/**
 * The field a locator finds among `pool`, only counting fields `accept` allows; null when no
 * strategy finds one. `path` is the locator's place in the map, for the ambiguity error.
 */
export function locate(
  locator: Locator,
  pool: readonly CollectedField[],
  render: Render,
  path: string,
  accept: (field: CollectedField) => boolean,
): Located | null {
  for (const [index, strategy] of locator.entries()) {
    const kind = strategyKind(strategy);
    const where = `${path}[${index}].${kind}`;
    const value = kind === 'css' ? strategyText(strategy) : render(strategyText(strategy), where);
    let found = matchStrategy(pool.filter(accept), strategy, value);
    if (strategy.pick === 'firstVisible') found = found.filter((f) => f.visible).slice(0, 1);
    const [first] = found;
    if (first === undefined) continue;
    if (found.length > 1) {
      throw new AppError('formMap.invalid', {
        path: `${path}[${index}]`,
        detail: `finds ${found.length} fields on this page (${found.map((f) => f.css).join(', ')}); make it narrower or add "pick": "firstVisible"`,
      });
    }
    return { field: first, matchedBy: { strategyIndex: index, strategy: kind, fallback: index > 0 } };
  }
  return null;
}

/** Collected fields grouped by the table row they sit in. */
export function groupRows(fields: readonly CollectedField[]): Map<string, CollectedField[]> {
  const rows = new Map<string, CollectedField[]>();
  for (const field of fields) {
    const key = rowKeyOf(field);
    if (key === null) continue;
    const row = rows.get(key);
    if (row) row.push(field);
    else rows.set(key, [field]);
  }
  return rows;
}

export interface LocatedRow {
  readonly key: string;
  readonly fields: readonly CollectedField[];
  readonly matchedBy: MatchedBy;
}

function rowMatches(fields: readonly CollectedField[], strategy: RowStrategy, wanted: string): boolean {
  const [first] = fields;
  if (first?.row == null) return false;
  if (strategy.frame !== undefined && !first.frameMatches.includes(strategy.frame)) return false;
  const { headers, cells } = first.row;
  const { column } = strategy.row;
  const candidates =
    column === undefined ? cells : [cells[headers.findIndex((h) => normalizeLabel(h) === normalizeLabel(column))]];
  return candidates.some((cell) => cell !== undefined && normalizeText(cell) === wanted);
}

/** The row a family's row strategies find; null when none does; an error when several rows do. */
export function locateRow(
  strategies: readonly RowStrategy[],
  rows: ReadonlyMap<string, readonly CollectedField[]>,
  render: Render,
  path: string,
): LocatedRow | null {
  for (const [index, strategy] of strategies.entries()) {
    const wanted = normalizeText(render(strategy.row.equals, `${path}[${index}].row.equals`));
    if (wanted === '') continue;
    const found = [...rows].filter(([, fields]) => rowMatches(fields, strategy, wanted));
    const [first] = found;
    if (first === undefined) continue;
    if (found.length > 1) {
      throw new AppError('formMap.invalid', {
        path: `${path}[${index}]`,
        detail: `"${wanted}" matches ${found.length} rows on this page`,
      });
    }
    return {
      key: first[0],
      fields: first[1],
      matchedBy: { strategyIndex: index, strategy: 'row', fallback: index > 0 },
    };
  }
  return null;
}
