/**
 * Records from the Lentera app open in this browser: the user names the app's address and grants
 * it (the bridge runs there and nowhere else), then pulls the app's ready records while the app
 * is open in a tab. Results go back to the app after each fill (and at every pull).
 */
import { useEffect, useState } from 'preact/hooks';
import type { BridgeStatus } from '../../../shared/bridge/bridge-messages';
import '../../../shared/bridge/bridge-messages';
import { requestOrigin, sendToBackground } from '../platform/browser';
import { formatInstant } from './format';
import { usePanel } from './panel-context';

function toOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function AppBridgeView(props: { onStatus(status: BridgeStatus): void }) {
  const { t, lang, fail, notify, dataVersion, dataChanged } = usePanel();
  const [status, setStatus] = useState<BridgeStatus | null>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const { onStatus } = props;

  const show = (next: BridgeStatus) => {
    setStatus(next);
    onStatus(next);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `show` only sets state
  useEffect(() => {
    sendToBackground('bridge.status', {}).then(show, fail);
  }, [dataVersion, fail]);

  async function connect(event: Event) {
    event.preventDefault();
    const origin = toOrigin(address);
    if (origin === null) {
      notify(t('panel.badSite'), 'error');
      return;
    }
    try {
      // Straight from the click: Chrome only asks the user inside a user gesture.
      if (!(await requestOrigin(origin))) {
        notify(t('error.fill.notGranted', { origin }), 'error');
        return;
      }
      show(await sendToBackground('bridge.connect', { origin }));
      setAddress('');
      notify(t('panel.app.connected', { origin }), 'ok');
    } catch (error) {
      fail(error);
    }
  }

  async function disconnect(origin: string) {
    try {
      show(await sendToBackground('bridge.disconnect', { origin }));
    } catch (error) {
      fail(error);
    }
  }

  async function pull() {
    setBusy(true);
    try {
      const now = await sendToBackground('bridge.status', {});
      show(now);
      if (now.openTabs === 0) {
        notify(t('panel.app.openIt'), 'error');
        return;
      }
      const result = await sendToBackground('bridge.pull', {});
      notify(t('panel.app.pulled', { records: result.records, photos: result.photos }), 'ok');
      dataChanged();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  const origins = status?.origins ?? [];
  return (
    <section class="card" aria-labelledby="app-title">
      <h3 id="app-title">{t('panel.app.title')}</h3>
      <p class="muted">{t('panel.app.help')}</p>
      {origins.length > 0 && (
        <ul class="sites" data-testid="app-origins">
          {origins.map((origin) => (
            <li key={origin}>
              <span>{origin}</span>
              <button type="button" class="btn btn-plain" onClick={() => void disconnect(origin)}>
                {t('panel.app.disconnect')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {origins.length > 0 && (
        <>
          <p class="muted">
            {status !== null && status.openTabs === 0
              ? t('panel.app.openIt')
              : t('panel.app.ready', { count: status?.records ?? 0 })}
            {status?.lastPullAt != null &&
              ` ${t('panel.app.lastPull', { when: formatInstant(status.lastPullAt, lang) })}`}
          </p>
          <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void pull()}>
            {t('panel.app.pull')}
          </button>
        </>
      )}
      <form class="stack" onSubmit={(event) => void connect(event)}>
        <label class="field">
          <span class="field-label">{t('panel.app.address')}</span>
          <input
            name="app"
            type="url"
            value={address}
            placeholder="https://…"
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="btn">
          {t('panel.app.connect')}
        </button>
      </form>
    </section>
  );
}
