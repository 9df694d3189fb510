/**
 * The sites Lentera may work on, each removable (the browser forgets the permission, the content
 * scripts unregister), and the form to allow one more: the site of the current tab, or one the
 * user names. Nothing runs on a site that is not in this list.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, grantedOrigins, requestOrigin } from '../platform/browser';
import { usePanel } from './panel-context';

function toOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** `http://127.0.0.1/*` → `127.0.0.1` for people; patterns are what the browser stores. */
function hostOf(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');
}

export function SitesView(props: { suggestion: string | null }) {
  const { t, fail, notify, dataVersion, dataChanged } = usePanel();
  const [origins, setOrigins] = useState<readonly string[]>([]);
  const [site, setSite] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the data changed
  useEffect(() => {
    grantedOrigins().then(setOrigins, fail);
  }, [dataVersion, fail]);
  useEffect(() => {
    if (props.suggestion !== null) setSite((current) => (current === '' ? (props.suggestion ?? '') : current));
  }, [props.suggestion]);

  async function grant(event: Event) {
    event.preventDefault();
    const origin = toOrigin(site);
    if (origin === null) {
      notify(t('panel.badSite'), 'error');
      return;
    }
    try {
      // Called straight from the click: Chrome only asks the user inside a user gesture.
      const granted = await requestOrigin(origin);
      if (granted) notify(t('panel.sites.granted', { site: new URL(origin).host }), 'ok');
      else notify(t('error.fill.notGranted', { origin }), 'error');
      dataChanged();
    } catch (error) {
      fail(error);
    }
  }

  async function revoke(pattern: string) {
    try {
      await api.permissions.remove({ origins: [pattern] });
      notify(t('panel.sites.revoked', { site: hostOf(pattern) }), 'ok');
      dataChanged();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section class="card" aria-labelledby="sites-title">
      <h3 id="sites-title">{t('panel.sites')}</h3>
      {origins.length === 0 ? (
        <p class="muted">{t('panel.noSites')}</p>
      ) : (
        <ul class="sites" data-testid="granted">
          {origins.map((pattern) => (
            <li key={pattern}>
              <span>{pattern}</span>
              <button
                type="button"
                class="btn btn-plain"
                aria-label={t('panel.sites.revokeLabel', { site: hostOf(pattern) })}
                onClick={() => void revoke(pattern)}
              >
                {t('panel.sites.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="stack" onSubmit={(event) => void grant(event)}>
        <label class="field">
          <span class="field-label">{t('panel.siteLabel')}</span>
          <input name="site" value={site} placeholder="https://…" onInput={(e) => setSite(e.currentTarget.value)} />
        </label>
        <button type="submit" class="btn">
          {t('panel.grant')}
        </button>
      </form>
    </section>
  );
}
