/**
 * Photos of the session: take one with the camera or pick one from the gallery; it is shrunk on the
 * device (long side 1280 px, JPEG) before anything is stored, then saved with a caption and the
 * consent of the people shown. A picture that is not an image, or too large to open, is refused
 * with a message and nothing is written.
 */
import { useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import { useApp, useT } from '../../app-context';
import { listPhotos, takenAtOf } from '../../data/photos';
import { compressImage, imageProblemOf, MAX_INPUT_BYTES } from '../../platform/compress-image';
import { Banner, Empty, Loading } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { type Draft, PhotoDraft } from './photos-draft';
import { PhotoSheet } from './photos-sheet';
import { formatBytes, PhotoThumb } from './photos-thumb';
import { Icon, useCorrectionLock } from './record-kit';
import type { RunContext } from './run-context';
import './record.css';

export function PhotosTab(props: { run: RunContext }) {
  const { session, finished } = props.run;
  const app = useApp();
  const t = useT();
  const photos = useLiveQuery(() => listPhotos(app.db, session.id), [app.db, session.id]);
  const lock = useCorrectionLock(finished);
  const [draft, setDraft] = useState<(Draft & { key: number }) | null>(null);
  const [processing, setProcessing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared at once, so picking the same file again still fires a change.
    input.value = '';
    if (file === undefined) return;
    setProblem(null);
    setDraft(null);
    setProcessing(true);
    try {
      const image = await compressImage(file);
      setDraft({ image, takenAt: takenAtOf(file, app.write.clock.now()), key: Date.now() });
    } catch (failure) {
      const reason = imageProblemOf(failure);
      setProblem(
        reason === 'tooLarge'
          ? t('run.photos.tooLarge', {
              size: formatBytes(file.size, app.lang),
              max: formatBytes(MAX_INPUT_BYTES, app.lang),
            })
          : reason === 'notImage'
            ? t('run.photos.notImage', { name: file.name })
            : reason === 'unreadable'
              ? t('run.photos.unreadable', { name: file.name })
              : describeError(app.lang, failure),
      );
    } finally {
      setProcessing(false);
    }
  }

  // While a new photo waits for its caption, the pickers rest: a second pick must not silently
  // replace a photo the facilitator has not saved yet.
  const open = openId === null ? undefined : photos?.find((p) => p.id === openId);
  return (
    <div class="record photos">
      {lock.notice}
      {lock.editable && (
        <div class="photo-pickers">
          <label class="btn btn-primary photo-pick">
            <input
              class="visually-hidden"
              type="file"
              accept="image/*"
              capture="environment"
              data-testid="photo-camera"
              disabled={processing || draft !== null}
              onChange={(e) => void pick(e)}
            />
            <Icon name="camera" /> {t('run.photos.camera')}
          </label>
          <label class="btn photo-pick">
            <input
              class="visually-hidden"
              type="file"
              accept="image/*"
              data-testid="photo-gallery"
              disabled={processing || draft !== null}
              onChange={(e) => void pick(e)}
            />
            <Icon name="gallery" /> {t('run.photos.gallery')}
          </label>
        </div>
      )}
      {processing && (
        <p class="photo-processing" role="status" aria-busy="true">
          {t('run.photos.processing')}
        </p>
      )}
      {problem !== null && <Banner tone="error">{problem}</Banner>}
      {draft !== null && (
        <PhotoDraft key={draft.key} sessionId={session.id} draft={draft} onDone={() => setDraft(null)} />
      )}
      <h2>{t('run.photos.listTitle', { count: photos?.length ?? 0 })}</h2>
      {photos === undefined ? (
        <Loading />
      ) : photos.length === 0 ? (
        <Empty>{t('run.photos.empty')}</Empty>
      ) : (
        <ul class="photo-grid">
          {photos.map((photo) => (
            <PhotoThumb key={photo.id} photo={photo} onOpen={() => setOpenId(photo.id)} />
          ))}
        </ul>
      )}
      {open !== undefined && (
        <PhotoSheet key={open.id} photo={open} editable={lock.editable} onClose={() => setOpenId(null)} />
      )}
    </div>
  );
}
