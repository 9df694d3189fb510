/**
 * Home's reminder to take a backup: shown when changes older than the chosen number of days
 * (default 7, set on the data screen) are in no export yet. Nothing shows when there is no data or
 * everything is exported (data/backup.ts). One tap leads to the backup itself.
 */
import { useApp, useT } from '../app-context';
import { readBackupState } from '../data/backup';
import { href } from '../router';
import { useLiveQuery } from '../use-live-query';
import { localeOf } from './format';
import { Banner } from './kit';

export function BackupReminder() {
  const app = useApp();
  const t = useT();
  const state = useLiveQuery(() => readBackupState(app.db, app.write.clock.now()), []);
  if (state === undefined || !state.due || state.unexportedSince === null) return null;
  const since = new Intl.DateTimeFormat(localeOf(app.lang), { dateStyle: 'long' }).format(
    new Date(state.unexportedSince),
  );
  return (
    <div class="backup-reminder" data-testid="backup-reminder">
      <Banner tone="warn">
        <strong>
          {state.lastExportAt === null
            ? t('data.reminder.never', { days: state.days, date: since })
            : t('data.reminder.since', { days: state.days, date: since })}
        </strong>
        <p>{t('data.reminder.why')}</p>
        <a class="btn btn-primary" href={`${href('data')}?backup=1`}>
          {t('data.backup.now')}
        </a>
      </Banner>
    </div>
  );
}
