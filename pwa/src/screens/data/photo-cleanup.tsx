/**
 * Freeing space: the photos of sessions held long ago are first exported to a file (which must be
 * shared or saved), then removed from this device after one more explicit confirmation. The list
 * of photos is fixed when the flow starts, so a photo that was not in the file is never removed.
 */
import { useEffect, useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import { useApp, useT } from '../../app-context';
import { findOldPhotos, type OldPhotos, PHOTO_AGE_DAYS, removePhotos } from '../../data/storage-guard';
import { formatBytes } from '../../platform/storage';
import { refreshStorage } from '../../platform/storage-watch';
import { localeOf } from '../../ui/format';
import { Banner, Button, Empty, Loading } from '../../ui/kit';
import { ExportPanel } from './export-panel';

export function PhotoCleanup(props: { onClose: () => void }) {
  const app = useApp();
  const t = useT();
  const [old, setOld] = useState<OldPhotos | null | undefined>(undefined);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void app.guard(findOldPhotos(app.db, localDate(app.write.clock.now()))).then((found) => setOld(found ?? null));
  }, [app]);

  if (old === undefined) return <Loading />;
  if (old === null || old.photoIds.length === 0 || old.from === null || old.to === null) {
    return (
      <section class="card data-panel">
        <h2>{t('data.cleanup.title')}</h2>
        <Empty>{t('data.cleanup.none', { days: PHOTO_AGE_DAYS })}</Empty>
        <Button onClick={props.onClose}>{t('data.done')}</Button>
      </section>
    );
  }
  const size = formatBytes(old.bytes, localeOf(app.lang));

  async function remove(photoIds: readonly string[]) {
    setBusy(true);
    const removed = await app.guard(removePhotos(app.write, photoIds));
    setBusy(false);
    if (removed === undefined) return;
    app.notify(t('data.cleanup.done', { count: removed, size }));
    refreshStorage();
    props.onClose();
  }

  if (savedAs === null) {
    return (
      <div class="data-stack">
        <Banner tone="info">
          <p>
            {t('data.cleanup.step1', {
              count: old.photoIds.length,
              sessions: old.sessions.length,
              size,
              days: PHOTO_AGE_DAYS,
            })}
          </p>
          {old.sentSessions > 0 && <p>{t('data.cleanup.sent', { count: old.sentSessions })}</p>}
        </Banner>
        <ExportPanel
          mode="fixed"
          fixedScope={{ kind: 'dateRange', from: old.from, to: old.to }}
          title={t('data.cleanup.title')}
          onSaved={(file) => setSavedAs(file.name)}
          onClose={props.onClose}
        />
      </div>
    );
  }

  return (
    <section class="card data-panel" aria-labelledby="cleanup-title" data-testid="cleanup-confirm">
      <h2 id="cleanup-title">{t('data.cleanup.title')}</h2>
      <p>{t('data.cleanup.confirm', { count: old.photoIds.length, size, name: savedAs })}</p>
      <Banner tone="warn">{t('data.cleanup.travels')}</Banner>
      <div class="data-actions">
        <Button tone="danger" disabled={busy} onClick={() => void remove(old.photoIds)}>
          {t('data.cleanup.yes', { count: old.photoIds.length })}
        </Button>
        <Button disabled={busy} onClick={props.onClose}>
          {t('pwa.cancel')}
        </Button>
      </div>
    </section>
  );
}
