/**
 * The side panel: where the user grants a portal, sees the queue of records and runs a batch.
 * This first version shows which sites Lentera may work on and grants a site the user names (or
 * the site of the current tab).
 */
import { useEffect, useState } from 'preact/hooks';
import { describeError, type Lang, t } from '../../../shared/i18n/translate';
import { api, grantedOrigins, requestOrigin } from '../platform/browser';

function toOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function Panel() {
  const [lang] = useState<Lang>('id');
  const [origins, setOrigins] = useState<string[]>([]);
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function refresh() {
    setOrigins(await grantedOrigins());
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.url?.startsWith('http')) setSite(new URL(tab.url).origin);
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once when the panel opens
  useEffect(() => {
    refresh().catch((failure: unknown) => setError(describeError(lang, failure)));
  }, []);

  async function grant(event: Event) {
    event.preventDefault();
    const origin = toOrigin(site);
    if (origin === null) {
      setError(t(lang, 'panel.badSite'));
      return;
    }
    try {
      // Called straight from the click: Chrome only asks the user inside a user gesture.
      const granted = await requestOrigin(origin);
      setError(granted ? null : t(lang, 'error.fill.notGranted', { origin }));
      await refresh();
    } catch (failure) {
      setError(describeError(lang, failure));
    }
  }

  return (
    <main class="panel">
      <h1>{t(lang, 'app.name')}</h1>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <h2>{t(lang, 'panel.sites')}</h2>
      {origins.length === 0 ? (
        <p class="muted">{t(lang, 'panel.noSites')}</p>
      ) : (
        <ul data-testid="granted">
          {origins.map((origin) => (
            <li key={origin}>{origin}</li>
          ))}
        </ul>
      )}
      <form class="grant" onSubmit={(event) => void grant(event)}>
        <label>
          {t(lang, 'panel.siteLabel')}
          <input name="site" value={site} placeholder="https://…" onInput={(e) => setSite(e.currentTarget.value)} />
        </label>
        <button type="submit" class="btn">
          {t(lang, 'panel.grant')}
        </button>
      </form>
    </main>
  );
}
