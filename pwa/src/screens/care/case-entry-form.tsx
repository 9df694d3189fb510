/**
 * Adding or changing one entry of a case: a planned action (what, by when), a referral (to which
 * service, when, why, what came back) or a follow-up visit (when, what was found). The checks are
 * the same ones the write runs (shared/supervision/check-case.ts).
 */
import { useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import {
  CASE_ENTRY_STATUSES,
  type CaseEntry,
  type CaseEntryKind,
  type CaseEntryStatus,
  type CaseRecord,
  REFERRAL_SERVICES,
  type ReferralService,
} from '../../../../shared/model/supervision';
import { checkEntry, type EntryDraft } from '../../../../shared/supervision/check-case';
import { useApp, useT } from '../../app-context';
import { addEntry, updateEntry } from '../../data/cases';
import { Button } from '../../ui/kit';
import { CareField, useIssueText } from './care-field';
import { entryStatusKey, serviceKey } from './care-labels';

export function newEntryDraft(kind: CaseEntryKind, today: string): EntryDraft {
  switch (kind) {
    case 'action':
      return { kind, text: '', service: null, status: 'planned', dueDate: null, doneDate: null, notes: '' };
    case 'referral':
      return { kind, text: '', service: null, status: 'planned', dueDate: today, doneDate: null, notes: '' };
    case 'visit':
      return { kind, text: '', service: null, status: 'done', dueDate: today, doneDate: today, notes: '' };
  }
}

export function draftOf(entry: CaseEntry): EntryDraft {
  const { kind, text, service, status, dueDate, doneDate, notes } = entry;
  return { kind, text, service, status, dueDate, doneDate, notes };
}

export function EntryForm(props: {
  caseRecord: CaseRecord;
  kind: CaseEntryKind;
  entry?: CaseEntry;
  onDone: () => void;
}) {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const [draft, setDraft] = useState<EntryDraft>(props.entry ? draftOf(props.entry) : newEntryDraft(props.kind, today));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const { kind } = props;
  // A visit is done on the day it happened; an action or referral is done the day it is ticked.
  const effective: EntryDraft =
    kind === 'visit' ? { ...draft, doneDate: draft.status === 'done' ? draft.dueDate : null } : draft;
  const check = checkEntry(effective, today);
  const text = useIssueText(check.ok ? [] : check.issues);
  const shown = (field: string) => (submitted ? text(field) : []);
  const set = (changes: Partial<EntryDraft>) => setDraft({ ...draft, ...changes });

  async function save(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    if (!check.ok) return;
    setBusy(true);
    const saved = await app.guard(
      props.entry
        ? updateEntry(app.write, props.entry, effective, today)
        : addEntry(app.write, props.caseRecord, effective, today),
    );
    setBusy(false);
    if (saved === undefined) return;
    app.notify(t(`care.entry.saved.${kind}`));
    props.onDone();
  }

  const dateLabel = t(`care.entry.date.${kind}`);
  return (
    <form
      class="card form care-entry-form"
      onSubmit={(e) => void save(e)}
      noValidate
      data-testid={`entry-form-${kind}`}
    >
      {kind === 'referral' && (
        <fieldset class="care-chips care-services">
          <legend class="field-label">{t('care.entry.service')}</legend>
          {REFERRAL_SERVICES.map((service: ReferralService) => (
            <label key={service} class={`chip care-chip${draft.service === service ? ' chip-on' : ''}`}>
              <input
                type="radio"
                name="service"
                checked={draft.service === service}
                onChange={() => set({ service })}
              />
              <span>{t(serviceKey(service))}</span>
            </label>
          ))}
          {shown('service').map((message) => (
            <p key={message} class="field-error" role="alert">
              {message}
            </p>
          ))}
        </fieldset>
      )}
      <CareField label={t(`care.entry.text.${kind}`)} errors={shown('text')}>
        <textarea
          name="entryText"
          rows={2}
          value={draft.text}
          maxLength={4000}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </CareField>
      <div class="care-grid-2">
        <CareField label={dateLabel} errors={shown('dueDate')}>
          <input
            name="entryDate"
            type="date"
            value={draft.dueDate ?? ''}
            onInput={(e) => set({ dueDate: e.currentTarget.value === '' ? null : e.currentTarget.value })}
          />
        </CareField>
        {kind === 'visit' ? (
          <label class="choice care-done">
            <input
              type="checkbox"
              name="visitDone"
              checked={draft.status === 'done'}
              onChange={(e) => set({ status: e.currentTarget.checked ? 'done' : 'planned' })}
            />
            <span>{t('care.entry.visitDone')}</span>
          </label>
        ) : (
          <CareField label={t('care.entry.status')}>
            <select
              name="entryStatus"
              value={draft.status}
              onChange={(e) => {
                const status = e.currentTarget.value as CaseEntryStatus;
                set({ status, doneDate: status === 'done' ? (draft.doneDate ?? today) : null });
              }}
            >
              {CASE_ENTRY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(entryStatusKey(status))}
                </option>
              ))}
            </select>
          </CareField>
        )}
        {kind !== 'visit' && draft.status === 'done' && (
          <CareField label={t('care.entry.doneDate')} errors={shown('doneDate')}>
            <input
              name="doneDate"
              type="date"
              max={today}
              value={draft.doneDate ?? ''}
              onInput={(e) => set({ doneDate: e.currentTarget.value === '' ? null : e.currentTarget.value })}
            />
          </CareField>
        )}
      </div>
      {kind === 'visit' && shown('doneDate').length > 0 && (
        <p class="field-error" role="alert">
          {t('care.entry.visitFuture')}
        </p>
      )}
      {kind !== 'visit' && (
        <CareField label={t(`care.entry.notes.${kind}`)} errors={shown('notes')}>
          <textarea
            name="entryNotes"
            rows={2}
            value={draft.notes}
            maxLength={4000}
            onInput={(e) => set({ notes: e.currentTarget.value })}
          />
        </CareField>
      )}
      <div class="row">
        <Button tone="primary" type="submit" disabled={busy}>
          {props.entry ? t('care.save') : t(`care.entry.add.${kind}`)}
        </Button>
        <Button onClick={props.onDone}>{t('care.cancel')}</Button>
      </div>
    </form>
  );
}
