/**
 * The side panel: where the user grants a portal, sees the queue of records and runs a batch.
 * This first version shows which sites Lentera may work on and lets the user grant the site of
 * the current tab.
 */
import { useEffect, useState } from 'preact/hooks';
import { describeError, type Lang, t } from '../../../shared/i18n/translate';
import { api, grantedOrigins, requestOrigin } from '../platform/browser';

export function Panel() {
  const [lang] = useState<Lang>('id');
  const [origins, setOrigins] = useState<string[]>([]);
  const [tabOrigin, setTabOrigin] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function refresh() {
    setOrigins(await grantedOrigins());
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    setTabOrigin(tab?.url?.startsWith('http') ? new URL(tab.url).origin : null);
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once when the panel opens
  useEffect(() => {
    refresh().catch((failure: unknown) => setError(describeError(lang, failure)));
  }, [lang]);

  async function grant() {
    if (tabOrigin === null) return;
    try {
      await requestOrigin(tabOrigin);
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
      {tabOrigin !== null && !origins.some((o) => o.startsWith(tabOrigin.replace(/:\d+$/, ''))) && (
        <button type="button" class="btn" onClick={() => void grant()}>
          {t(lang, 'panel.grant', { origin: tabOrigin })}
        </button>
      )}
    </main>
  );
}
