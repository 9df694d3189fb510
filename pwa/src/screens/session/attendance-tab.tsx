/**
 * Attendance of a running session: the expected families as big cards. One tap marks present,
 * further taps cycle izin → sakit → alpa → hadir; "Semua hadir" marks every unmarked family present
 * at once, then the exceptions are tapped. Live counts stay on top; they count only what is saved.
 */
import { useMemo, useState } from 'preact/hooks';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type Member } from '../../../../shared/model/types';
import { summarizeSession } from '../../../../shared/rules/summarize-attendance';
import { useApp, useT } from '../../app-context';
import { listAttendance, markAllPresent, nextStatus, setAttendance } from '../../data/attendance';
import { Button, Empty, Loading } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { AttendanceCard, STATUS_ICON } from './attendance-card';
import { AttendanceNote } from './attendance-note';
import { StickyBar, useCorrectionLock, useWriteQueue } from './record-kit';
import type { RunContext } from './run-context';
import './record.css';

type Filter = AttendanceStatus | 'none' | null;

/** Lower-case, accents and spacing folded, so "siti" finds "Siti" and a NIK fragment finds its family. */
function matches(member: Member, query: string): boolean {
  const fold = (text: string) => text.toLocaleLowerCase('id').normalize('NFD').replace(/\p{M}/gu, '');
  const q = fold(query.trim());
  return q === '' || fold(member.name).includes(q) || member.nik.includes(q.replace(/\s/g, ''));
}

export function AttendanceTab(props: { run: RunContext }) {
  const { session, members, finished } = props.run;
  const app = useApp();
  const t = useT();
  const rows = useLiveQuery(() => listAttendance(app.db, session.id), [app.db, session.id]);
  const queue = useWriteQueue<AttendanceStatus | null>((memberId) => rows?.get(memberId)?.status ?? null);
  const lock = useCorrectionLock(finished);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>(null);
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);

  const summary = useMemo(
    () => (rows === undefined ? null : summarizeSession(session, members, [...rows.values()])),
    [rows, session, members],
  );
  if (rows === undefined || summary === null) return <Loading />;

  const shownStatus = queue.shown;

  /** A tap on a card or in the note sheet: `pick` turns the status shown into the one to save. */
  function tap(memberId: string, pick: (shown: AttendanceStatus | null) => AttendanceStatus) {
    queue.enqueue(memberId, pick, (status) =>
      status === null ? Promise.resolve() : setAttendance(app.write, session.id, memberId, status),
    );
  }

  async function allPresent() {
    setMarking(true);
    const ids = summary?.unmarkedMemberIds ?? [];
    const count = await app.guard(markAllPresent(app.write, session.id, ids));
    setMarking(false);
    if (count !== undefined) app.notify(t('run.att.allPresentDone', { count }));
  }

  const visible = members.filter(
    (member) => matches(member, query) && (filter === null || (shownStatus(member.id) ?? 'none') === filter),
  );
  const noteMember = noteFor === null ? undefined : members.find((m) => m.id === noteFor);
  const counts: readonly { key: AttendanceStatus | 'none'; count: number; label: string }[] = [
    ...ATTENDANCE_STATUSES.map((s) => ({ key: s, count: summary.counts[s], label: t(`attendance.${s}`) })),
    { key: 'none', count: summary.unmarked, label: t('run.att.unmarkedShort') },
  ];

  return (
    <div class="record attendance">
      {lock.notice}
      <StickyBar testId="attendance-counts">
        <fieldset class="att-counts">
          <legend class="visually-hidden">{t('run.att.countsLabel')}</legend>
          {counts.map((c) => (
            <button
              key={c.key}
              type="button"
              class={`att-count att-${c.key}${filter === c.key ? ' att-count-on' : ''}`}
              aria-pressed={filter === c.key}
              data-testid={`count-${c.key}`}
              onClick={() => setFilter(filter === c.key ? null : c.key)}
            >
              <span class="att-count-n">{c.count}</span>
              <span class="att-count-label">
                <span aria-hidden="true">{STATUS_ICON[c.key]}</span> {c.label}
              </span>
            </button>
          ))}
        </fieldset>
      </StickyBar>
      {members.length === 0 ? (
        <Empty>{t('run.att.noMembers')}</Empty>
      ) : (
        <>
          <div class="att-tools">
            <Button
              tone="primary"
              class="att-all"
              disabled={!lock.editable || marking || summary.unmarked === 0}
              onClick={() => void allPresent()}
            >
              <span aria-hidden="true">✓</span> {t('run.att.allPresent')}
              {summary.unmarked > 0 && (
                <span class="att-all-n">{t('run.att.allPresentCount', { count: summary.unmarked })}</span>
              )}
            </Button>
            <label class="field att-search">
              <span class="field-label">{t('run.att.search')}</span>
              <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
            </label>
          </div>
          <p class="muted att-hint">{t('run.att.hint')}</p>
          {filter !== null && (
            <p class="att-filter-note">
              {t('run.att.filtered', { label: counts.find((c) => c.key === filter)?.label ?? '' })}{' '}
              <button type="button" class="link-btn" onClick={() => setFilter(null)}>
                {t('run.att.showAll')}
              </button>
            </p>
          )}
          {visible.length === 0 ? (
            <Empty>{t('run.att.noMatch')}</Empty>
          ) : (
            <ul class="att-grid" aria-label={t('run.att.listLabel')}>
              {visible.map((member) => {
                return (
                  <AttendanceCard
                    key={member.id}
                    member={member}
                    status={shownStatus(member.id)}
                    saving={queue.saving(member.id)}
                    note={rows.get(member.id)?.note ?? ''}
                    disabled={!lock.editable}
                    onTap={() => tap(member.id, nextStatus)}
                    onOpenNote={() => setNoteFor(member.id)}
                  />
                );
              })}
            </ul>
          )}
        </>
      )}
      {noteMember !== undefined && (
        <AttendanceNote
          key={noteMember.id}
          sessionId={session.id}
          member={noteMember}
          status={shownStatus(noteMember.id)}
          marked={rows.has(noteMember.id)}
          savedNote={rows.get(noteMember.id)?.note ?? ''}
          editable={lock.editable}
          onSetStatus={(status) => tap(noteMember.id, () => status)}
          onClose={() => setNoteFor(null)}
        />
      )}
    </div>
  );
}
