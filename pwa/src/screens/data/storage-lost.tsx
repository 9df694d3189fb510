/**
 * Full screen, at start, when the data this device held is gone (see data/storage-guard.ts).
 * Restoring from a backup file comes first; starting over is one deliberate extra tap, because the
 * first thing a facilitator types into an empty app would otherwise bury the loss.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useApp, useT } from '../../app-context';
import { Banner, Button, Loading } from '../../ui/kit';
import { LanguageSwitch } from '../../ui/language-switch';

type ImportFlowComponent = ComponentType<{ restoring?: boolean; onClose: () => void }>;

export function StorageLostNotice(props: { onRestored: () => void; onStartOver: () => void }) {
  const app = useApp();
  const t = useT();
  const [flow, setFlow] = useState<ImportFlowComponent | 'loading' | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function restore() {
    setFlow('loading');
    // The import code (zip, crypto, checks) loads only when it is needed.
    const loaded = await app.guard(import('./import-flow'));
    setFlow(loaded === undefined ? null : () => loaded.ImportFlow);
  }

  const Flow = typeof flow === 'function' ? flow : null;
  return (
    <section class="screen storage-lost" aria-labelledby="lost-title" data-testid="storage-lost">
      <header class="screen-head">
        <h1 id="lost-title">{t('data.lost.title')}</h1>
        <LanguageSwitch />
      </header>
      <div class="screen-body">
        {Flow !== null ? (
          <Flow
            restoring
            onClose={() => {
              if (app.profile !== null) props.onRestored();
              else setFlow(null);
            }}
          />
        ) : flow === 'loading' ? (
          <Loading />
        ) : (
          <>
            <Banner tone="error">
              <p>{t('data.lost.what')}</p>
              <p>{t('data.lost.why')}</p>
            </Banner>
            <p>{t('data.lost.advice')}</p>
            <Button tone="primary" class="data-big" onClick={() => void restore()}>
              {t('data.lost.restore')}
            </Button>
            {confirming ? (
              <Banner tone="warn">
                <p>{t('data.lost.startOverConfirm')}</p>
                <div class="data-actions">
                  <Button tone="danger" onClick={props.onStartOver}>
                    {t('data.lost.startOverYes')}
                  </Button>
                  <Button onClick={() => setConfirming(false)}>{t('pwa.cancel')}</Button>
                </div>
              </Banner>
            ) : (
              <Button onClick={() => setConfirming(true)}>{t('data.lost.startOver')}</Button>
            )}
          </>
        )}
      </div>
    </section>
  );
}
