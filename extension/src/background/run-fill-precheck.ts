/**
 * Before the page is touched: render every value the map will put in, for the record and for
 * each of its families, so a record the map cannot enter (an `izin` family where the portal has
 * no such status, a module with no Materi option, a malformed date) stops the fill before the
 * first field is typed — not on step 3 of a wizard with steps 1 and 2 already entered.
 */
import { AppError, isAppError } from '../../../shared/errors';
import { type FillMember, type FillRecord, templateScope } from '../../../shared/fill/fill-record';
import type { FormMap, Step } from '../../../shared/fill/form-map';
import { renderTemplate } from '../../../shared/fill/render-template';

function templatesOf(step: Step): string[] {
  const out: string[] = [];
  if ('value' in step && step.value !== undefined) out.push(step.value);
  if (step.kind === 'select' && step.search !== undefined) out.push(step.search);
  return out;
}

function membersOf(record: FillRecord): readonly FillMember[] {
  return record.kind === 'memberAttendance' ? [record.member] : record.members;
}

/** Throws the error the planner would throw later (`formMap.invalid`, `input.invalid`), naming the step. */
export function precheckRecord(map: FormMap, record: FillRecord): void {
  const member = record.kind === 'memberAttendance' ? record.member : undefined;
  map.steps.forEach((step, i) => {
    if (step.kind !== 'forEachRow') {
      for (const template of templatesOf(step)) {
        renderTemplate(template, templateScope(record, member), map.valueTables, `steps[${i}].value`);
      }
      return;
    }
    for (const family of membersOf(record)) {
      const scope = templateScope(record, family);
      step.steps.forEach((inner, j) => {
        for (const template of templatesOf(inner)) {
          try {
            renderTemplate(template, scope, map.valueTables, `steps[${i}].steps[${j}].value`);
          } catch (error) {
            if (!isAppError(error)) throw error;
            const who = `${family.name}, NIK ${family.nik}`;
            throw new AppError(error.code, { ...error.details, detail: `${error.details.detail ?? ''} (${who})` });
          }
        }
      });
    }
  });
}
