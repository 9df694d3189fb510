import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../app-context';
import { formatBytes, readStorageState, requestPersistence, type StorageState } from '../platform/storage';
import { useOnline } from '../platform/use-online';
import { localeOf } from '../ui/format';
import { Banner, Button, Screen } from '../ui/kit';
import { LanguageSwitch } from '../ui/language-switch';
import { NavBar } from '../ui/nav-bar';
import { useLiveQuery } from '../use-live-query';

/** Is my data safe here? Storage protection, space used, connectivity, what is stored. */
export function Status() {
  const app = useApp();
  const t = useT();
  const online = useOnline();
  const [storage, setStorage] = useState<StorageState | null>(null);
  const refresh = () => app.guard(readStorageState().then(setStorage));
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once on open
  useEffect(() => void refresh(), []);
  const counts = useLiveQuery(async () => {
    const [groups, members, sessions, photos] = await Promise.all([
      app.db.groups.filter((r) => r.deletedAt === null).count(),
      app.db.members.filter((r) => r.deletedAt === null && r.active).count(),
      app.db.sessions.filter((r) => r.deletedAt === null).count(),
      app.db.photos.filter((r) => r.deletedAt === null).count(),
    ]);
    return { groups, members, sessions, photos };
  }, []);
  const locale = localeOf(app.lang);

  async function askPersistence() {
    await app.guard(requestPersistence());
    await refresh();
  }

  return (
    <Screen title={t('pwa.status.title')}>
      <Banner tone={storage?.persisted ? 'ok' : 'warn'}>
        <strong data-testid="persist-state">
          {storage?.persisted ? t('pwa.status.persisted') : t('pwa.status.notPersisted')}
        </strong>
        <p>{t('pwa.status.persistExplain')}</p>
        {storage?.persisted === false && (
          <Button tone="primary" onClick={() => void askPersistence()}>
            {t('pwa.status.persistAsk')}
          </Button>
        )}
      </Banner>
      <p data-testid="storage-usage">
        {storage?.usage != null && storage.quota != null && storage.quota > 0
          ? t('pwa.status.usage', {
              used: formatBytes(storage.usage, locale),
              quota: formatBytes(storage.quota, locale),
              percent: Math.round((storage.usage / storage.quota) * 1000) / 10,
            })
          : t('pwa.status.usageUnknown')}
      </p>
      <p>{online ? t('pwa.status.online') : t('pwa.status.offline')}</p>
      {counts !== undefined && <p data-testid="record-counts">{t('pwa.status.counts', counts)}</p>}
      <p class="muted">{t('pwa.status.version', { version: __APP_VERSION__ })}</p>
      <p class="muted">{t('pwa.status.device', { id: app.write.deviceId.slice(-8) })}</p>
      <h2>{t('pwa.language')}</h2>
      <LanguageSwitch />
      <NavBar current="status" />
    </Screen>
  );
}
