/**
 * The planner: a form map + a record + the fields the collector found → the actions that enter
 * the record, decided before anything on the page is touched. Pure; no DOM.
 *
 * Policies:
 * - All or nothing: a missing target, a too-long value, an unknown option or template path throws
 *   an AppError; there is never a partial plan.
 * - Submitting is off unless `options.submit` is true; then the first submit step and every step
 *   after it are left out, and the plan says `submit: 'off'`.
 * - A plan covers what the current page shows. It stops after a `waitFor` (the page changes) and
 *   before the next page of a paginated table, returning `continuation`; the caller executes,
 *   collects again and calls `planFill` with `resume: continuation`.
 */
import { AppError } from '../errors';
import type { MessageValues } from '../i18n/translate';
import type { CollectedField } from './collected-field';
import type { FillAction, FillPlan, FillWarning, FillWarningKey, PlanResume } from './fill-plan';
import { type FillMember, type FillRecord, templateScope } from './fill-record';
import type { ForEachRowStep, FormMap } from './form-map';
import { planStep, type StepContext } from './plan-step';
import { renderTemplate } from './render-template';
import { groupRows, locate, locateRow } from './resolve-locator';

export interface PlanOptions {
  /** Run the map's submit step. Off unless the user turned it on for this map. */
  readonly submit?: boolean;
  /** Pick up where an earlier plan's `continuation` left off, with freshly collected fields. */
  readonly resume?: PlanResume;
}

const DEFAULT_MAX_PAGES = 50;

interface Acc {
  readonly map: FormMap;
  readonly record: FillRecord;
  readonly fields: readonly CollectedField[];
  readonly actions: FillAction[];
  readonly warnings: FillWarning[];
}

function warner(acc: Acc, step: string): (key: FillWarningKey, values: MessageValues) => void {
  return (key, values) => acc.warnings.push({ key, step, values });
}

function membersOf(record: FillRecord): readonly FillMember[] {
  return record.kind === 'memberAttendance' ? [record.member] : record.members;
}

/** Plans one forEachRow on the current page; returns a continuation when a next page is needed. */
function planRows(acc: Acc, step: ForEachRowStep, index: number, resume: PlanResume | null): PlanResume | null {
  const label = `${index + 1} (forEachRow)`;
  const path = `steps[${index}]`;
  const rows = groupRows(acc.fields);
  const done = new Set(resume?.doneMemberIds ?? []);
  const page = resume?.page ?? 1;
  const usedRows = new Map<string, FillMember>();
  const pending: FillMember[] = [];
  for (const member of membersOf(acc.record)) {
    if (done.has(member.id)) continue;
    const scope = templateScope(acc.record, member);
    const render = (text: string, where: string): string => renderTemplate(text, scope, acc.map.valueTables, where);
    const row = locateRow(step.row, rows, render, `${path}.row`);
    if (row === null) {
      pending.push(member);
      continue;
    }
    const other = usedRows.get(row.key);
    if (other !== undefined) {
      throw new AppError('input.invalid', {
        detail: `step ${label}: ${other.name} and ${member.name} match the same row (same NIK or name?)`,
      });
    }
    usedRows.set(row.key, member);
    if (row.matchedBy.fallback) {
      acc.warnings.push({
        key: 'extension.warning.fallbackUsed',
        step: label,
        values: {
          step: label,
          field: `${step.field}: ${member.name}`,
          strategy: row.matchedBy.strategyIndex + 1,
          by: `row: ${step.row[row.matchedBy.strategyIndex]?.row.column ?? '*'}`,
        },
      });
    }
    step.steps.forEach((inner, j) => {
      const ctx: StepContext = {
        map: acc.map,
        record: acc.record,
        pool: row.fields,
        member,
        stepIndex: index,
        rowStepIndex: j,
        path: `${path}.steps[${j}]`,
        label: `${index + 1}.${j + 1} (${inner.kind})`,
        warn: warner(acc, `${index + 1}.${j + 1} (${inner.kind})`),
      };
      const action = planStep(inner, ctx);
      if (action) acc.actions.push(action);
    });
    done.add(member.id);
  }
  if (pending.length === 0) return null;

  const { pagination } = step;
  if (pagination !== undefined && page < (pagination.maxPages ?? DEFAULT_MAX_PAGES)) {
    const render = (text: string, where: string): string =>
      renderTemplate(text, templateScope(acc.record), acc.map.valueTables, where);
    const next = locate(pagination.next, acc.fields, render, `${path}.pagination.next`, (f) => !f.disabled);
    if (next !== null) {
      const { framePath, shadowPath, css, tag, type } = next.field;
      acc.actions.push({
        stepIndex: index,
        rowStepIndex: null,
        step: label,
        field: step.field,
        member: null,
        matchedBy: next.matchedBy,
        value: '',
        target: { framePath, shadowPath, css, tag, type },
        action: 'click',
        purpose: 'nextPage',
        expect: null,
      });
      return { stepIndex: index, doneMemberIds: [...done], page: page + 1 };
    }
  }
  const skip = step.missingRow === 'skip' || (step.missingRow === undefined && step.optional === true);
  for (const member of pending) {
    if (!skip) {
      throw new AppError('fill.targetNotFound', {
        step: label,
        field: `${step.field}: ${member.name} (NIK ${member.nik})`,
      });
    }
    acc.warnings.push({
      key: 'extension.warning.rowSkipped',
      step: label,
      values: { step: label, field: step.field, name: member.name, nik: member.nik },
    });
  }
  return null;
}

/** The index of the step where a plan stops because submitting is off, or the map's length. */
function endOf(map: FormMap, submit: boolean): number {
  const at = map.steps.findIndex((s) => s.kind === 'submit');
  return submit || at < 0 ? map.steps.length : at;
}

/**
 * Plan how to enter `record` on the page described by `fields` following `map`. Throws
 * `fill.targetNotFound` (step and field named), `fill.tooLong`, `formMap.invalid` (a template,
 * option or ambiguous locator) or `input.invalid` (the record cannot be entered as it is).
 */
export function planFill(
  map: FormMap,
  record: FillRecord,
  fields: readonly CollectedField[],
  options: PlanOptions = {},
): FillPlan {
  if (record.kind !== map.recordKind) {
    throw new AppError('formMap.invalid', {
      path: 'recordKind',
      detail: `the map enters ${map.recordKind} records, this is a ${record.kind}`,
    });
  }
  const submit = options.submit === true;
  const end = endOf(map, submit);
  const resume = options.resume ?? null;
  const acc: Acc = { map, record, fields, actions: [], warnings: [] };
  let continuation: PlanResume | null = null;

  for (let index = resume?.stepIndex ?? 0; index < end && continuation === null; index++) {
    const step = map.steps[index];
    if (step === undefined) break;
    if (step.kind === 'forEachRow') {
      continuation = planRows(acc, step, index, resume?.stepIndex === index ? resume : null);
      continue;
    }
    const label = `${index + 1} (${step.kind})`;
    const action = planStep(step, {
      map,
      record,
      pool: fields,
      member: record.kind === 'memberAttendance' ? record.member : null,
      stepIndex: index,
      rowStepIndex: null,
      path: `steps[${index}]`,
      label,
      warn: warner(acc, label),
    });
    if (action) acc.actions.push(action);
    if (step.kind === 'waitFor' && index + 1 < end) {
      continuation = { stepIndex: index + 1, doneMemberIds: [], page: 1 };
    }
  }

  const hasSubmit = map.steps.some((s) => s.kind === 'submit');
  return {
    mapId: map.id,
    mapVersion: map.version,
    recordKey: record.recordKey,
    recordKind: record.kind,
    actions: acc.actions,
    warnings: acc.warnings,
    submit: hasSubmit ? (submit ? 'on' : 'off') : 'none',
    success: map.success ?? null,
    continuation,
  };
}
