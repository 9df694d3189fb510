/**
 * A new photo, already compressed, waiting for its caption and the consent tick. Nothing is stored
 * until "Simpan foto"; a failed save (storage full) keeps the draft on screen to try again.
 */
import { useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import { useApp, useT } from '../../app-context';
import { addPhoto, CAPTION_MAX } from '../../data/photos';
import type { CompressedImage } from '../../platform/compress-image';
import { Banner, Button, Field } from '../../ui/kit';
import { formatBytes, useObjectUrl } from './photos-thumb';

export interface Draft {
  readonly image: CompressedImage;
  readonly takenAt: string;
}

export function PhotoDraft(props: { sessionId: string; draft: Draft; onDone: () => void }) {
  const app = useApp();
  const t = useT();
  const { image } = props.draft;
  const url = useObjectUrl(image.blob, 'draft');
  const [caption, setCaption] = useState('');
  const [consent, setConsent] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: Event) {
    event.preventDefault();
    setSaving(true);
    try {
      await addPhoto(app.write, {
        sessionId: props.sessionId,
        blob: image.blob,
        width: image.width,
        height: image.height,
        caption,
        consent,
        takenAt: props.draft.takenAt,
      });
      app.notify(t('run.photos.saved'));
      props.onDone();
    } catch (failure) {
      const message = describeError(app.lang, failure);
      setError(message);
      app.notify(message, 'error');
      setSaving(false);
    }
  }

  return (
    <form class="card photo-draft" onSubmit={save} aria-labelledby="photo-draft-title" data-testid="photo-draft">
      <h2 id="photo-draft-title">{t('run.photos.newPhoto')}</h2>
      {url !== null && <img class="photo-preview" src={url} alt={t('run.photos.previewAlt')} />}
      <p class="muted" data-testid="photo-sizes">
        {t('run.photos.sizes', {
          original: formatBytes(image.originalBytes, app.lang),
          originalDims: `${image.originalWidth}×${image.originalHeight}`,
          compressed: formatBytes(image.blob.size, app.lang),
          dims: `${image.width}×${image.height}`,
        })}
      </p>
      <Field label={t('run.photos.caption')} hint={t('run.photos.captionHint')}>
        <input value={caption} maxLength={CAPTION_MAX} onInput={(e) => setCaption(e.currentTarget.value)} />
      </Field>
      <label class="choice photo-consent">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
        <span>{t('run.photos.consent')}</span>
      </label>
      {!consent && <p class="field-hint">{t('run.photos.noConsentHint')}</p>}
      {error !== null && <Banner tone="error">{error}</Banner>}
      <div class="row">
        <Button tone="primary" type="submit" disabled={saving}>
          {t('run.photos.save')}
        </Button>
        <Button onClick={props.onDone} disabled={saving}>
          {t('pwa.cancel')}
        </Button>
      </div>
    </form>
  );
}
