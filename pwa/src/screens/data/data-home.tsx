/**
 * "Data": everything that keeps a facilitator's records from being lost. Backup first (one tap,
 * always locked with a passphrase), then moving data (export a part, import a file), storage
 * (protection, space, old photos) and the app lock. Each task opens on its own, so one finger on a
 * tablet always sees one thing to do.
 *
 * Query: `shared=1` (the service worker kept a file shared to the app: import it), `shared=0` (a
 * share arrived without a usable file), `backup=1` (home's reminder: straight to the backup),
 * `storage=1` (the quota warning: straight to freeing space).
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../../app-context';
import { REMINDER_CHOICES, readBackupState, setReminderDays } from '../../data/backup';
import { BUNDLE_ACCEPT, takeSharedFile } from '../../platform/share';
import { localeOf } from '../../ui/format';
import { Banner, Button, Field, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { ExportPanel } from './export-panel';
import { ImportFlow } from './import-flow';
import { LockSettings } from './lock-settings';
import { PhotoCleanup } from './photo-cleanup';
import { StoragePanel } from './storage-panel';
import './data.css';

type Mode = 'home' | 'backup' | 'export' | 'import' | 'cleanup';

export function DataHome(props: { shared?: string; backup?: string; storage?: string }) {
  const app = useApp();
  const t = useT();
  const [mode, setMode] = useState<Mode>(
    props.shared === '1' ? 'import' : props.backup === '1' ? 'backup' : props.storage === '1' ? 'cleanup' : 'home',
  );
  const [file, setFile] = useState<File | null>(null);
  const [sharedProblem, setSharedProblem] = useState<'failed' | 'gone' | null>(props.shared === '0' ? 'failed' : null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the shared file is taken once, on arrival
  useEffect(() => {
    if (props.shared !== '1') return;
    void app.guard(takeSharedFile()).then((taken) => {
      if (taken) setFile(taken);
      else {
        setSharedProblem('gone');
        setMode('home');
      }
    });
  }, []);

  function close() {
    setMode('home');
    setFile(null);
    // A reload must not reopen the task that just ended.
    if (location.hash !== '#/data') history.replaceState(null, '', '#/data');
    scrollTo(0, 0);
  }

  let body = null;
  if (mode === 'backup') body = <ExportPanel mode="backup" title={t('data.backup.title')} onClose={close} />;
  else if (mode === 'export') body = <ExportPanel mode="custom" title={t('data.export.title')} onClose={close} />;
  else if (mode === 'import') body = <ImportFlow file={file} onClose={close} />;
  else if (mode === 'cleanup') body = <PhotoCleanup onClose={close} />;

  return (
    <Screen title={t('data.title')}>
      {body ?? (
        <>
          {sharedProblem !== null && (
            <Banner tone="error">
              {t(sharedProblem === 'failed' ? 'data.import.sharedFailed' : 'data.import.sharedGone')}
            </Banner>
          )}
          <BackupSection onBackup={() => setMode('backup')} />
          <section class="card data-section" aria-labelledby="move-title">
            <h2 id="move-title">{t('data.move.title')}</h2>
            <p>{t('data.move.explain')}</p>
            <div class="data-actions">
              <Button onClick={() => setMode('export')}>{t('data.export.open')}</Button>
              <label class="btn btn-plain data-file-pick">
                <input
                  class="visually-hidden"
                  type="file"
                  accept={BUNDLE_ACCEPT.join(',')}
                  data-testid="data-import-file"
                  onChange={(event) => {
                    const input = event.currentTarget;
                    const picked = input.files?.[0];
                    input.value = '';
                    if (picked === undefined) return;
                    setFile(picked);
                    setMode('import');
                  }}
                />
                {t('data.import.fromFile')}
              </label>
            </div>
          </section>
          <StoragePanel onCleanup={() => setMode('cleanup')} />
          <LockSettings />
        </>
      )}
      <NavBar current="data" />
    </Screen>
  );
}

function BackupSection(props: { onBackup: () => void }) {
  const app = useApp();
  const t = useT();
  const state = useLiveQuery(() => readBackupState(app.db, app.write.clock.now()), []);
  if (state === undefined) return null;
  const when = (instant: string) =>
    new Intl.DateTimeFormat(localeOf(app.lang), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant));
  return (
    <section class="card data-section" aria-labelledby="backup-title" data-testid="backup-section">
      <h2 id="backup-title">{t('data.backup.title')}</h2>
      <p data-testid="last-backup">
        {state.lastExportAt === null
          ? t('data.backup.never')
          : t('data.backup.last', { date: when(state.lastExportAt) })}
      </p>
      {state.due ? (
        <Banner tone="warn">
          {t('data.backup.due', { days: state.days, date: when(state.unexportedSince ?? '') })}
        </Banner>
      ) : (
        state.unexportedSince !== null && (
          <p class="muted">{t('data.backup.pending', { date: when(state.unexportedSince) })}</p>
        )
      )}
      <Button tone="primary" class="data-big" onClick={props.onBackup}>
        {t('data.backup.now')}
      </Button>
      <p class="field-hint">{t('data.backup.hint')}</p>
      <Field label={t('data.backup.remindAfter')}>
        <select
          value={String(state.reminderDays)}
          onChange={(e) => void app.guard(setReminderDays(app.db, Number(e.currentTarget.value)))}
        >
          {[...new Set([...REMINDER_CHOICES, state.reminderDays])]
            .sort((a, b) => a - b)
            .map((days) => (
              <option key={days} value={String(days)}>
                {t('data.backup.days', { count: days })}
              </option>
            ))}
        </select>
      </Field>
    </section>
  );
}
