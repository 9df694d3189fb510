/**
 * One part of a case's work: its plan (actions), its referrals or its visits. Each entry shows
 * where it stands (overdue, due today, in progress, done…) in words, and moves along with one tap.
 * A closed case's entries are shown, not changed: reopen the case to change them.
 */
import { useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import type { CaseEntry, CaseEntryKind, CaseEntryStatus, CaseRecord } from '../../../../shared/model/supervision';
import type { DueState } from '../../../../shared/supervision/case-rules';
import { daysBetween } from '../../../../shared/supervision/case-rules';
import { useApp, useT } from '../../app-context';
import { removeEntry, setEntryStatus } from '../../data/cases';
import { formatDate } from '../../ui/format';
import { Button } from '../../ui/kit';
import { CareConfirm } from './care-confirm';
import { DueBadge, entryStatusKey, serviceKey } from './care-labels';
import { EntryForm } from './case-entry-form';

/** The next statuses offered as buttons, by current status. */
const MOVES: Readonly<Record<CaseEntryStatus, readonly CaseEntryStatus[]>> = {
  planned: ['inProgress', 'done', 'cancelled'],
  inProgress: ['done', 'cancelled'],
  done: ['planned'],
  cancelled: ['planned'],
};

export function EntrySection(props: {
  kind: CaseEntryKind;
  caseRecord: CaseRecord;
  entries: readonly CaseEntry[];
  states: ReadonlyMap<string, DueState>;
}) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const { kind } = props;
  const open = props.caseRecord.status === 'open';
  const mine = props.entries.filter((e) => e.kind === kind);
  return (
    <section class="care-section" aria-labelledby={`entries-${kind}`} data-testid={`entries-${kind}`}>
      <h2 id={`entries-${kind}`}>{t(`care.entry.section.${kind}`, { count: mine.length })}</h2>
      {mine.length === 0 && <p class="muted">{t(`care.entry.none.${kind}`)}</p>}
      <ul class="care-entry-list">
        {mine.map((entry) => (
          <EntryCard key={entry.id} entry={entry} caseRecord={props.caseRecord} state={props.states.get(entry.id)} />
        ))}
      </ul>
      {open &&
        (adding ? (
          <EntryForm caseRecord={props.caseRecord} kind={kind} onDone={() => setAdding(false)} />
        ) : (
          <Button tone="primary" onClick={() => setAdding(true)}>
            {t(`care.entry.add.${kind}`)}
          </Button>
        ))}
    </section>
  );
}

function EntryCard(props: { entry: CaseEntry; caseRecord: CaseRecord; state: DueState | undefined }) {
  const app = useApp();
  const t = useT();
  const { entry } = props;
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [busy, setBusy] = useState(false);
  const today = localDate(app.write.clock.now());
  const open = props.caseRecord.status === 'open';

  if (editing) {
    return (
      <li>
        <EntryForm caseRecord={props.caseRecord} kind={entry.kind} entry={entry} onDone={() => setEditing(false)} />
      </li>
    );
  }

  async function move(status: CaseEntryStatus) {
    setBusy(true);
    const saved = await app.guard(setEntryStatus(app.write, entry, status, today));
    setBusy(false);
    if (saved !== undefined) app.notify(t('care.entry.moved', { status: t(entryStatusKey(status)) }));
  }

  async function remove() {
    const gone = await app.guard(removeEntry(app.write, entry));
    if (gone !== undefined) app.notify(t('care.entry.removed'));
  }

  const dateLine = [
    entry.dueDate === null ? '' : `${t(`care.entry.date.${entry.kind}`)}: ${formatDate(entry.dueDate, app.lang)}`,
    entry.doneDate === null || entry.kind === 'visit'
      ? ''
      : `${t('care.entry.doneDate')}: ${formatDate(entry.doneDate, app.lang)}`,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <li class={`card care-entry care-entry-${entry.status}`} data-testid="entry" data-status={entry.status}>
      <div class="care-entry-head">
        {props.state === 'overdue' || props.state === 'today' ? (
          <DueBadge days={entry.dueDate === null ? 0 : daysBetween(entry.dueDate, today)} />
        ) : (
          <span
            class={`care-badge ${entry.status === 'done' ? 'care-badge-done' : entry.status === 'cancelled' ? 'care-badge-muted' : 'care-badge-upcoming'}`}
          >
            {entry.kind === 'visit' && entry.status === 'planned'
              ? t('care.entry.visitPlanned')
              : t(entryStatusKey(entry.status))}
          </span>
        )}
        {entry.service !== null && <strong class="care-service">{t(serviceKey(entry.service))}</strong>}
      </div>
      <p class="care-pre care-entry-text">{entry.text}</p>
      {dateLine !== '' && <p class="muted">{dateLine}</p>}
      {entry.notes !== '' && <p class="care-pre muted">{entry.notes}</p>}
      {open &&
        (removing ? (
          <CareConfirm
            question={t('care.entry.removeConfirm')}
            yes={t('care.remove')}
            no={t('care.cancel')}
            tone="danger"
            onYes={() => void remove()}
            onNo={() => setRemoving(false)}
          />
        ) : (
          <div class="row care-entry-actions">
            {MOVES[entry.status]
              .filter((status) => !(entry.kind === 'visit' && status === 'inProgress'))
              .map((status) => (
                <Button
                  key={status}
                  tone={status === 'done' ? 'primary' : 'plain'}
                  disabled={busy}
                  aria-label={t('care.entry.moveLabel', { action: t(`care.entry.move.${status}`), text: entry.text })}
                  onClick={() => void move(status)}
                >
                  {t(`care.entry.move.${status}`)}
                </Button>
              ))}
            <Button onClick={() => setEditing(true)} aria-label={t('care.entry.editLabel', { text: entry.text })}>
              {t('care.edit')}
            </Button>
            <Button
              tone="danger"
              onClick={() => setRemoving(true)}
              aria-label={t('care.entry.removeLabel', { text: entry.text })}
            >
              {t('care.remove')}
            </Button>
          </div>
        ))}
    </li>
  );
}
