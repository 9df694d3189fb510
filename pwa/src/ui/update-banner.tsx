/**
 * Offers a new version. While a session is running the update waits, so a facilitator in front of
 * a group never loses the screen; it applies when they accept or when nothing is in progress.
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../app-context';
import { registerServiceWorker, type UpdateHandle } from '../platform/service-worker';
import { useLiveQuery } from '../use-live-query';
import { Banner, Button } from './kit';

export function UpdateBanner() {
  const app = useApp();
  const t = useT();
  const [update, setUpdate] = useState<UpdateHandle | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const running = useLiveQuery(
    () =>
      app.db.sessions
        .where('status')
        .equals('running')
        .filter((session) => session.deletedAt === null)
        .count(),
    [],
  );
  useEffect(() => registerServiceWorker(setUpdate), []);

  if (update === null || dismissed || running === undefined) return null;
  if (running > 0) {
    return (
      <div class="update-banner no-print">
        <Banner tone="info">{t('pwa.update.waitSession')}</Banner>
      </div>
    );
  }
  return (
    <div class="update-banner no-print">
      <Banner tone="info">
        <span>{t('pwa.update.ready')}</span>{' '}
        <Button tone="primary" onClick={() => update.apply()}>
          {t('pwa.update.apply')}
        </Button>{' '}
        <Button onClick={() => setDismissed(true)}>{t('pwa.update.later')}</Button>
      </Banner>
    </div>
  );
}
