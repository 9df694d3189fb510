/**
 * Due today and overdue: case actions, referrals and visits of open cases, and follow-ups agreed
 * after a session observation, each a link to where it is handled. Home shows the first few; the
 * "Layanan" hub shows them all. Renders nothing at all when nothing is due, so home stays calm.
 */
import { useId } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import { daysBetween } from '../../../../shared/supervision/case-rules';
import { useApp, useT } from '../../app-context';
import { href } from '../../router';
import { useLiveQuery } from '../../use-live-query';
import { DueBadge, entryKindKey } from './care-labels';
import { loadDueWork } from './care-overview';
import './care-due.css';

export function CareDue(props: { readonly limit?: number }) {
  const app = useApp();
  const t = useT();
  const titleId = useId();
  const today = localDate(app.write.clock.now());
  const supervisor = app.profile?.role === 'supervisor';
  const mine = supervisor ? null : (app.profile?.name ?? '');
  const due = useLiveQuery(() => loadDueWork(app.db, today, mine), [today, mine]);
  if (due === undefined) return null;
  const total = due.entries.length + due.followUps.length;
  if (total === 0) return null;
  const limit = props.limit ?? 5;
  const lines = [
    ...due.entries.map((d) => ({
      key: d.entry.id,
      date: d.entry.dueDate ?? '',
      link: href('cases', d.caseRecord.id),
      days: d.daysLate,
      title: t('care.due.entry', { kind: t(entryKindKey(d.entry.kind)), text: d.entry.text }),
      sub: [d.caseRecord.family.name, d.caseRecord.title].filter(Boolean).join(' · '),
    })),
    ...due.followUps.map((f) => ({
      key: `${f.observation.id}:${f.followUp.id}`,
      date: f.followUp.dueDate ?? '',
      link: href('observations', f.observation.id),
      days: f.followUp.dueDate === null ? 0 : Math.max(0, daysBetween(f.followUp.dueDate, today)),
      title: t('care.due.followUp', { text: f.followUp.text }),
      sub: [f.observation.facilitator, f.observation.groupName].filter(Boolean).join(' · '),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const shown = lines.slice(0, limit);

  return (
    <section class="care-due" aria-labelledby={titleId} data-testid="care-due">
      <h2 id={titleId}>{t('care.due.title', { count: total })}</h2>
      <ul class="care-due-list">
        {shown.map((line) => (
          <li key={line.key}>
            <a class={`care-due-item${line.days > 0 ? '' : ' care-due-item-today'}`} href={line.link}>
              <DueBadge days={line.days} />
              <span class="care-due-text">
                <strong>{line.title}</strong>
                {line.sub !== '' && <span class="muted">{line.sub}</span>}
              </span>
            </a>
          </li>
        ))}
      </ul>
      {lines.length > shown.length && (
        <a class="btn btn-plain" href={href('care')}>
          {t('care.due.more', { count: lines.length - shown.length })}
        </a>
      )}
    </section>
  );
}
