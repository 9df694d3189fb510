/**
 * The side panel (also usable as a tab: the tests open it so, and Firefox for Android has no side
 * panel). Four views: the queue for the portal tab (with the allowed sites below it), the ledger,
 * where records come from (bundle file, the Lentera app), and the form maps. Language: Indonesian
 * first, English on request, remembered on this device.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { BridgeStatus } from '../../../shared/bridge/bridge-messages';
import {
  describeError,
  isLang,
  type Lang,
  type MessageKey,
  type MessageValues,
  t,
} from '../../../shared/i18n/translate';
import { api, sendToBackground } from '../platform/browser';
import type { BatchRun } from './batch-view';
import { DataSources } from './data-sources';
import { LedgerView } from './ledger-view';
import { MapsView } from './maps-view';
import { type Notice, PanelContext, type PanelState } from './panel-context';
import { QueueView } from './queue-view';
import { SitesView } from './sites-view';
import { useTargetTab } from './use-target-tab';

const VIEWS = ['queue', 'ledger', 'data', 'maps'] as const;
type View = (typeof VIEWS)[number];
const LANG_KEY = 'lang';

export function Panel() {
  const [lang, setLang] = useState<Lang>('id');
  const [view, setView] = useState<View>('queue');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const [appOrigins, setAppOrigins] = useState<readonly string[]>([]);
  const { tabs, target, choose } = useTargetTab(appOrigins);
  const [batchRun, setBatchRun] = useState<BatchRun | null>(null);
  const running = batchRun !== null && batchRun.state.phase !== 'done';

  useEffect(() => {
    api.storage.local.get(LANG_KEY).then(
      (stored) => {
        const value = stored[LANG_KEY];
        if (isLang(value)) setLang(value);
      },
      (error: unknown) => console.error(error),
    );
    sendToBackground('bridge.status', {}).then(
      (status) => setAppOrigins(status.origins),
      (error: unknown) => console.error(error),
    );
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // A confirmation fades after a while; an error stays until dismissed.
  useEffect(() => {
    if (notice === null || notice.tone === 'error') return;
    const timer = setTimeout(() => setNotice(null), 10_000);
    return () => clearTimeout(timer);
  }, [notice]);

  const translate = useCallback((key: MessageKey, values?: MessageValues) => t(lang, key, values), [lang]);
  const notify = useCallback((text: string, tone: Notice['tone'] = 'info') => setNotice({ text, tone }), []);
  const fail = useCallback(
    (error: unknown) => {
      console.error(error);
      setNotice({ text: describeError(lang, error), tone: 'error' });
    },
    [lang],
  );
  const dataChanged = useCallback(() => setDataVersion((n) => n + 1), []);
  const state = useMemo<PanelState>(
    () => ({ lang, t: translate, notify, fail, dataVersion, dataChanged }),
    [lang, translate, notify, fail, dataVersion, dataChanged],
  );

  async function switchLang(next: Lang) {
    setLang(next);
    await api.storage.local.set({ [LANG_KEY]: next });
  }

  const onBridgeStatus = useCallback((status: BridgeStatus) => setAppOrigins(status.origins), []);
  const suggestion = target === null ? null : new URL(target.url).origin;

  return (
    <PanelContext.Provider value={state}>
      <main class="panel">
        <header class="panel-head">
          <h1>{t(lang, 'app.name')}</h1>
          <fieldset class="langs">
            <legend class="visually-hidden">{t(lang, 'panel.language')}</legend>
            {(['id', 'en'] as const).map((code) => (
              <button
                key={code}
                type="button"
                class="btn btn-small"
                aria-pressed={lang === code}
                onClick={() => void switchLang(code)}
              >
                {code.toUpperCase()}
              </button>
            ))}
          </fieldset>
        </header>
        <nav class="tabs" aria-label={t(lang, 'panel.views')}>
          {VIEWS.map((name) => (
            <button
              key={name}
              type="button"
              class="tab"
              aria-current={view === name ? 'page' : undefined}
              onClick={() => setView(name)}
            >
              {t(lang, `panel.view.${name}`)}
              {name === 'queue' && running && ` (${batchRun.state.done}/${batchRun.state.total})`}
            </button>
          ))}
        </nav>
        {notice !== null && (
          <div class={`banner banner-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            <button
              type="button"
              class="btn btn-small btn-plain"
              aria-label={t(lang, 'panel.dismiss')}
              onClick={() => setNotice(null)}
            >
              ×
            </button>
          </div>
        )}
        {view === 'queue' && (
          <>
            <QueueView tabs={tabs} target={target} choose={choose} run={batchRun} onRun={setBatchRun} />
            <SitesView suggestion={suggestion} />
          </>
        )}
        {view === 'ledger' && <LedgerView target={target} />}
        {view === 'data' && <DataSources onBridgeStatus={onBridgeStatus} />}
        {view === 'maps' && <MapsView target={target} />}
      </main>
    </PanelContext.Provider>
  );
}
