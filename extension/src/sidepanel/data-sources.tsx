/** Where records come from: a bundle file, or the Lentera app open in this browser; and what is held. */
import { useEffect, useState } from 'preact/hooks';
import type { BridgeStatus } from '../../../shared/bridge/bridge-messages';
import { describeError } from '../../../shared/i18n/translate';
import type { RecordsOverview } from '../background/queue-messages';
import '../background/queue-messages';
import { sendToBackground } from '../platform/browser';
import { AppBridgeView } from './app-bridge-view';
import { BundleImport } from './bundle-import';
import { usePanel } from './panel-context';

function Held() {
  const { t, lang, fail, dataVersion } = usePanel();
  const [overview, setOverview] = useState<RecordsOverview | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the data changed
  useEffect(() => {
    sendToBackground('panel.records', {}).then(setOverview, fail);
  }, [dataVersion, fail]);
  if (overview === null) return null;
  const { byKind } = overview;
  return (
    <section class="card" aria-labelledby="held-title">
      <h3 id="held-title">{t('panel.held.title')}</h3>
      <p data-testid="held">
        {t('panel.held.counts', {
          reports: byKind.sessionReport,
          tables: byKind.attendanceTable,
          families: byKind.memberAttendance,
        })}
      </p>
      {overview.skipped.length > 0 && (
        <details>
          <summary>{t('panel.held.skipped', { count: overview.skipped.length })}</summary>
          <ul>
            {overview.skipped.map((s) => (
              <li key={`${s.sessionId}|${s.kind}`}>
                {t(`panel.kind.${s.kind}`)}: {describeError(lang, s.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function DataSources(props: { onBridgeStatus(status: BridgeStatus): void }) {
  const { t } = usePanel();
  return (
    <section class="view" aria-labelledby="data-title">
      <h2 id="data-title">{t('panel.data.title')}</h2>
      <Held />
      <BundleImport />
      <AppBridgeView onStatus={props.onBridgeStatus} />
    </section>
  );
}
