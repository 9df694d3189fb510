/**
 * One stored photo, large: change its caption or consent, or delete it after a confirmation.
 */
import { useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import type { Photo } from '../../../../shared/model/types';
import { useApp, useT } from '../../app-context';
import { CAPTION_MAX, deletePhoto, updatePhoto } from '../../data/photos';
import { Banner, Button, Field } from '../../ui/kit';
import { formatBytes, useObjectUrl } from './photos-thumb';
import { Sheet } from './record-kit';

export function PhotoSheet(props: { photo: Photo; editable: boolean; onClose: () => void }) {
  const app = useApp();
  const t = useT();
  const { photo } = props;
  const url = useObjectUrl(photo.blob, `${photo.id}@${photo.updatedAt}`);
  const [caption, setCaption] = useState(photo.caption);
  const [consent, setConsent] = useState(photo.consent);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = caption.trim() !== photo.caption || consent !== photo.consent;

  async function run(work: () => Promise<unknown>, done: string) {
    setBusy(true);
    try {
      await work();
      app.notify(done);
      props.onClose();
    } catch (failure) {
      setError(describeError(app.lang, failure));
      setBusy(false);
    }
  }

  return (
    <Sheet title={t('run.photos.photoTitle')} onClose={props.onClose} testId="photo-sheet">
      {url !== null && (
        <img
          class="photo-large"
          src={url}
          alt={photo.caption === '' ? t('run.photos.noCaption') : photo.caption}
          width={photo.width}
          height={photo.height}
        />
      )}
      <p class="muted">
        {photo.width}×{photo.height} · {formatBytes(photo.blob.size, app.lang)}
      </p>
      <Field label={t('run.photos.caption')}>
        <input
          value={caption}
          maxLength={CAPTION_MAX}
          disabled={!props.editable}
          onInput={(e) => setCaption(e.currentTarget.value)}
        />
      </Field>
      <label class="choice photo-consent">
        <input
          type="checkbox"
          checked={consent}
          disabled={!props.editable}
          onChange={(e) => setConsent(e.currentTarget.checked)}
        />
        <span>{t('run.photos.consent')}</span>
      </label>
      {error !== null && <Banner tone="error">{error}</Banner>}
      {props.editable &&
        (confirming ? (
          <div class="photo-confirm" role="alert">
            <p>{t('run.photos.deleteConfirm')}</p>
            <div class="row">
              <Button
                tone="danger"
                disabled={busy}
                onClick={() => void run(() => deletePhoto(app.write, photo), t('run.photos.deleted'))}
              >
                {t('run.photos.deleteYes')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t('pwa.cancel')}</Button>
            </div>
          </div>
        ) : (
          <div class="row">
            <Button
              tone="primary"
              disabled={busy || !changed}
              onClick={() => void run(() => updatePhoto(app.write, photo, { caption, consent }), t('pwa.saved'))}
            >
              {t('pwa.save')}
            </Button>
            <Button tone="danger" onClick={() => setConfirming(true)}>
              {t('run.photos.delete')}
            </Button>
          </div>
        ))}
    </Sheet>
  );
}
