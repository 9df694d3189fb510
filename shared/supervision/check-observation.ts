/**
 * The checks an observation passes before it is written. Every problem is returned at once, with
 * the field it belongs to, so the form can point at each; nothing is written while any remains.
 * Follow-up rows left completely empty are dropped (an unused "add" row is not a mistake).
 */
import type { MessageKey } from '../i18n/translate';
import { isLocalDate } from '../model/clock';
import type { FollowUp, Observation, ObservationScore } from '../model/supervision';
import type { LocalDate } from '../model/types';

export const MAX_NAME = 100;
export const MAX_NOTE = 1000;
export const MAX_NOTES = 4000;

export type ObservationFields = Omit<Observation, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'deviceId'>;

export interface ObservationIssue {
  readonly field: 'facilitator' | 'groupName' | 'date' | 'scores' | 'notes' | 'followUp';
  readonly key: MessageKey;
  /** The follow-up row or scored item concerned. */
  readonly index?: number;
}

export type ObservationCheck =
  | { readonly ok: true; readonly fields: ObservationFields }
  | { readonly ok: false; readonly issues: readonly ObservationIssue[] };

export function checkObservation(draft: ObservationFields, today: LocalDate): ObservationCheck {
  const issues: ObservationIssue[] = [];
  const facilitator = draft.facilitator.trim();
  const groupName = draft.groupName.trim();
  if (facilitator === '') issues.push({ field: 'facilitator', key: 'care.obs.error.facilitator' });
  if (facilitator.length > MAX_NAME) issues.push({ field: 'facilitator', key: 'care.error.tooLong' });
  if (groupName.length > MAX_NAME) issues.push({ field: 'groupName', key: 'care.error.tooLong' });
  if (!isLocalDate(draft.date)) issues.push({ field: 'date', key: 'care.error.date' });
  else if (draft.date > today) issues.push({ field: 'date', key: 'care.error.future' });
  if (draft.scores.every((item) => item.score === null))
    issues.push({ field: 'scores', key: 'care.obs.error.noScore' });
  draft.scores.forEach((item, index) => {
    if (item.note.length > MAX_NOTE) issues.push({ field: 'scores', key: 'care.error.tooLong', index });
  });
  if (draft.notes.length > MAX_NOTES) issues.push({ field: 'notes', key: 'care.error.tooLong' });

  const followUps: FollowUp[] = [];
  draft.followUps.forEach((row, index) => {
    const text = row.text.trim();
    if (text === '' && row.dueDate === null) return;
    if (text === '') issues.push({ field: 'followUp', key: 'care.obs.error.followUpText', index });
    else if (text.length > MAX_NOTE) issues.push({ field: 'followUp', key: 'care.error.tooLong', index });
    if (row.dueDate !== null && !isLocalDate(row.dueDate))
      issues.push({ field: 'followUp', key: 'care.error.date', index });
    followUps.push({ ...row, text });
  });

  if (issues.length > 0) return { ok: false, issues };
  const scores: ObservationScore[] = draft.scores.map((item) => ({ ...item, note: item.note.trim() }));
  return {
    ok: true,
    fields: {
      ...draft,
      facilitator,
      groupName,
      curriculumCode: draft.curriculumCode.trim(),
      notes: draft.notes.trim(),
      scores,
      followUps,
    },
  };
}
