/**
 * What happened to a session on the ministry's portal, from the results the extension reported
 * back ("Terkirim ke portal pada …, nomor …"): one line per form the session went to (its report,
 * its attendance table). A record sent once stays sent even if a later retry failed. Renders
 * nothing when the session never went to the portal. Live: it updates when a result arrives.
 */
import { attendanceTableKey, sessionReportKey } from '../../../shared/fill/fill-record';
import type { FillLedgerEntry } from '../../../shared/model/types';
import { useApp, useT } from '../app-context';
import { useLiveQuery } from '../use-live-query';
import { localeOf } from './format';
import { Banner } from './kit';

/** Per record and map, the entry to show: the first `sent`, else the newest. */
export function portalLines(entries: readonly FillLedgerEntry[]): FillLedgerEntry[] {
  const byForm = new Map<string, FillLedgerEntry>();
  const live = entries.filter((e) => e.deletedAt === null).sort((a, b) => a.at.localeCompare(b.at));
  for (const entry of live) {
    const key = `${entry.recordKey}|${entry.mapId}`;
    const shown = byForm.get(key);
    if (shown === undefined || (shown.result !== 'sent' && entry.result !== 'skipped')) byForm.set(key, entry);
  }
  return [...byForm.values()].filter((e) => e.result !== 'skipped');
}

export function PortalStatus(props: { sessionId: string }) {
  const { db, lang } = useApp();
  const t = useT();
  const entries = useLiveQuery(
    () =>
      db.fillLedger
        .where('recordKey')
        .anyOf([sessionReportKey(props.sessionId), attendanceTableKey(props.sessionId)])
        .toArray(),
    [db, props.sessionId],
  );
  if (entries === undefined) return null;
  const lines = portalLines(entries);
  if (lines.length === 0) return null;
  const when = (at: string) =>
    new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  return (
    <div class="portal-status" data-testid="portal-status">
      {lines.map((entry) => (
        <Banner key={entry.id} tone={entry.result === 'sent' ? 'ok' : entry.result === 'failed' ? 'warn' : 'info'}>
          {entry.result === 'sent'
            ? entry.reference === ''
              ? t('panel.portal.sentNoReference', { when: when(entry.at) })
              : t('panel.portal.sent', { when: when(entry.at), reference: entry.reference })
            : t(entry.result === 'failed' ? 'panel.portal.failed' : 'panel.portal.filled', { when: when(entry.at) })}
        </Banner>
      ))}
    </div>
  );
}
