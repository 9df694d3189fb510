/**
 * The shell: provides the services, language and profile to every screen, shows the first-run
 * setup until a profile exists, and picks the screen for the current hash route.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { type Profile, writeSetting } from '../../shared/db/settings';
import { describeError, type Lang } from '../../shared/i18n/translate';
import { AppContext, type AppState } from './app-context';
import type { Services } from './boot';
import { type Route, useRoute } from './router';
import { routes } from './routes';
import { Setup } from './screens/setup';
import { AppLockGate } from './ui/app-lock-gate';
import { BackupReminder } from './ui/backup-reminder';
import { StorageLostGate, StorageWarnings } from './ui/storage-warnings';
import { Toast, useToast } from './ui/toast';
import { UpdateBanner } from './ui/update-banner';

export function App(props: { services: Services }) {
  const { services } = props;
  const [lang, setLangState] = useState<Lang>(services.initialLang);
  const [profile, setProfileState] = useState<Profile | null>(services.initialProfile);
  const toast = useToast();

  const setLang = useCallback(
    async (next: Lang) => {
      await writeSetting(services.db, 'lang', next);
      document.documentElement.lang = next;
      setLangState(next);
    },
    [services.db],
  );
  const setProfile = useCallback(
    async (next: Profile) => {
      await writeSetting(services.db, 'profile', next);
      setProfileState(next);
    },
    [services.db],
  );

  const guard = useCallback(
    async <T,>(work: Promise<T>): Promise<T | undefined> => {
      try {
        return await work;
      } catch (error) {
        console.error(error);
        toast.show(describeError(lang, error), 'error');
        return undefined;
      }
    },
    [lang, toast.show],
  );
  const state = useMemo<AppState>(
    () => ({ ...services, lang, profile, setLang, setProfile, notify: toast.show, guard }),
    [services, lang, profile, setLang, setProfile, toast.show, guard],
  );
  const route = useRoute();

  return (
    <AppContext.Provider value={state}>
      {/* Data safety: the lock renders nothing of the app while locked; a lost database is announced, not hidden. */}
      <AppLockGate>
        <UpdateBanner />
        <main class="app" lang={lang}>
          <StorageLostGate lost={services.storageLost}>
            {profile === null ? (
              <Setup />
            ) : (
              <>
                {route.path === '/' && (
                  <div class="home-notices">
                    <BackupReminder />
                    <StorageWarnings where="home" />
                  </div>
                )}
                <RouteView route={route} />
              </>
            )}
          </StorageLostGate>
        </main>
        <Toast message={toast.message} />
      </AppLockGate>
    </AppContext.Provider>
  );
}

function RouteView(props: { route: Route }): ComponentChildren {
  for (const entry of routes) {
    const params = entry.match(props.route.parts);
    if (params !== null) return entry.render(params, props.route.query);
  }
  return routes[0]?.render({}, props.route.query) ?? null;
}
