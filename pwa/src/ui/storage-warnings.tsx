/**
 * Storage warnings outside the data screen's own panel:
 * - `StorageWarnings`: the quota is 80% used or more; says how much the photos take and leads to
 *   freeing space (shown on home; the data screen's storage panel says the same in place).
 *   Chrome 138+ reports usage + 10 GiB to ordinary sites whatever the real room (against
 *   incognito detection), so there this warning cannot fire; a write that does not fit is still
 *   refused atomically and says so (error `db.quota`).
 * - `StorageLostGate`: keeps the marker that this device holds data up to date, and when boot
 *   found the data gone (data/storage-guard.ts), shows the full-screen notice instead of a
 *   first-run setup that would hide the loss.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../app-context';
import { browserMarkerStore, photoUsage } from '../data/storage-guard';
import { formatBytes } from '../platform/storage';
import { isQuotaHigh, usedRatio, useStorageState } from '../platform/storage-watch';
import { href, navigate } from '../router';
import { StorageLostNotice } from '../screens/data/storage-lost';
import { useLiveQuery } from '../use-live-query';
import { formatPercent, localeOf } from './format';
import { Banner } from './kit';

export function StorageWarnings(props: { where: 'home' | 'data' }) {
  const { state } = useStorageState();
  if (state === null || !isQuotaHigh(state)) return null;
  return <QuotaBanner ratio={usedRatio(state) ?? 1} where={props.where} />;
}

function QuotaBanner(props: { ratio: number; where: 'home' | 'data' }) {
  const app = useApp();
  const t = useT();
  const photos = useLiveQuery(() => photoUsage(app.db), []);
  return (
    <div class="storage-warning" data-testid="quota-warning">
      <Banner tone="warn">
        <strong>{t('data.quota.high', { percent: formatPercent(props.ratio, app.lang) })}</strong>
        {photos !== undefined && (
          <p>{t('data.quota.photos', { count: photos.count, size: formatBytes(photos.bytes, localeOf(app.lang)) })}</p>
        )}
        <p>{t('data.quota.advice')}</p>
        {props.where === 'home' && (
          <a class="btn btn-primary" href={`${href('data')}?storage=1`}>
            {t('data.quota.free')}
          </a>
        )}
      </Banner>
    </div>
  );
}

export function StorageLostGate(props: { lost: boolean; children: ComponentChildren }) {
  const app = useApp();
  const [lost, setLost] = useState(props.lost);
  const hasProfile = app.profile !== null;

  useEffect(() => {
    // Once the database holds a profile, remember outside IndexedDB that this install had data.
    if (!lost && hasProfile) browserMarkerStore().write(app.write.deviceId);
  }, [lost, hasProfile, app.write.deviceId]);

  if (!lost) return <>{props.children}</>;
  return (
    <StorageLostNotice
      onRestored={() => {
        setLost(false);
        // Whatever screen was open when the data vanished, the restored data starts at home.
        navigate('#/');
      }}
      onStartOver={() => {
        browserMarkerStore().clear();
        setLost(false);
      }}
    />
  );
}
