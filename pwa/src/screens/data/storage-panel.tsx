/**
 * Is there room, and is it protected? Persistent storage (with a retry: the browser may say yes
 * later, e.g. once the app is installed), how full the quota is, how much the photos take, and
 * the way to free space: export the photos of old sessions, then remove them here.
 */
import { useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import { useApp, useT } from '../../app-context';
import { findOldPhotos, PHOTO_AGE_DAYS, photoUsage } from '../../data/storage-guard';
import { formatBytes, requestPersistence } from '../../platform/storage';
import { isQuotaHigh, usedRatio, useStorageState } from '../../platform/storage-watch';
import { formatPercent, localeOf } from '../../ui/format';
import { Banner, Button } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';

export function StoragePanel(props: { onCleanup: () => void }) {
  const app = useApp();
  const t = useT();
  const locale = localeOf(app.lang);
  const today = localDate(app.write.clock.now());
  const { state, refresh } = useStorageState();
  const photos = useLiveQuery(() => photoUsage(app.db), []);
  const old = useLiveQuery(() => findOldPhotos(app.db, today), [today]);
  const [refused, setRefused] = useState(false);

  async function askAgain() {
    const granted = await app.guard(requestPersistence());
    await refresh();
    setRefused(granted !== true);
  }

  const ratio = state === null ? null : usedRatio(state);
  return (
    <section class="card data-section" aria-labelledby="storage-title" data-testid="storage-panel">
      <h2 id="storage-title">{t('data.storage.title')}</h2>
      {state !== null && (
        <Banner tone={state.persisted ? 'ok' : 'warn'}>
          <strong data-testid="data-persist-state">
            {t(state.persisted ? 'pwa.status.persisted' : 'pwa.status.notPersisted')}
          </strong>
          <p>{t('pwa.status.persistExplain')}</p>
          {state.persisted === false && (
            <>
              <Button tone="primary" onClick={() => void askAgain()}>
                {t('data.storage.persistRetry')}
              </Button>
              {refused && <p data-testid="persist-refused">{t('data.storage.persistRefused')}</p>}
            </>
          )}
        </Banner>
      )}
      {state !== null && ratio !== null && state.usage !== null && state.quota !== null ? (
        <div class="data-usage">
          <meter
            min={0}
            max={1}
            low={0.6}
            high={0.8}
            optimum={0}
            value={ratio}
            aria-label={t('data.storage.usedLabel')}
          />
          <p data-testid="data-usage">
            {t('data.storage.used', {
              used: formatBytes(state.usage, locale),
              quota: formatBytes(state.quota, locale),
              percent: formatPercent(ratio, app.lang),
            })}
          </p>
          {isQuotaHigh(state) && <Banner tone="warn">{t('data.storage.nearlyFull')}</Banner>}
        </div>
      ) : (
        <p>{t('pwa.status.usageUnknown')}</p>
      )}
      {photos !== undefined && (
        <p data-testid="data-photo-usage">
          {t('data.storage.photos', { count: photos.count, size: formatBytes(photos.bytes, locale) })}
        </p>
      )}
      {old !== undefined && old.photoIds.length > 0 && (
        <div class="data-old-photos">
          <p data-testid="old-photos">
            {t('data.cleanup.offer', {
              count: old.photoIds.length,
              sessions: old.sessions.length,
              size: formatBytes(old.bytes, locale),
              days: PHOTO_AGE_DAYS,
            })}
          </p>
          <Button onClick={props.onCleanup}>{t('data.cleanup.start')}</Button>
        </div>
      )}
    </section>
  );
}
