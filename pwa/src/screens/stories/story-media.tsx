/**
 * A story's photos and testimony clips. Photos are shrunk on the device before they are stored
 * (platform/compress-image.ts); clips are recorded small (platform/record-media.ts) and each shows
 * its length and size, so the facilitator sees what the tablet — and the next bundle — carries.
 */
import { useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import type { Media, Story } from '../../../../shared/model/supervision';
import { useApp, useT } from '../../app-context';
import { takenAtOf } from '../../data/photos';
import { addStoryMedia, deleteStoryMedia } from '../../data/stories';
import { compressImage, imageProblemOf, MAX_INPUT_BYTES } from '../../platform/compress-image';
import { Banner, Button, Empty } from '../../ui/kit';
import { formatBytes, useObjectUrl } from '../session/photos-thumb';
import { ClipRecorder, formatSeconds } from './clip-recorder';
import { MediaPlayer } from './media-player';

/** Turns a picked picture into a compressed JPEG, or says why it cannot. */
export function usePhotoPicker(onPhoto: (blob: Blob, takenAt: string) => Promise<void>) {
  const app = useApp();
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    setProblem(null);
    setBusy(true);
    try {
      const image = await compressImage(file);
      await onPhoto(image.blob, takenAtOf(file, app.write.clock.now()));
    } catch (error) {
      const reason = imageProblemOf(error);
      setProblem(
        reason === 'tooLarge'
          ? t('stories.photo.tooLarge', { max: formatBytes(MAX_INPUT_BYTES, app.lang) })
          : reason !== null
            ? t('stories.photo.notImage', { name: file.name })
            : describeError(app.lang, error),
      );
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, pick };
}

export function PhotoPickers(props: { busy: boolean; pick: (event: Event) => void; testId: string }) {
  const t = useT();
  return (
    <div class="row">
      <label class="btn btn-primary">
        <input
          class="visually-hidden"
          type="file"
          accept="image/*"
          capture="environment"
          data-testid={`${props.testId}-camera`}
          disabled={props.busy}
          onChange={props.pick}
        />
        {t('stories.photo.camera')}
      </label>
      <label class="btn">
        <input
          class="visually-hidden"
          type="file"
          accept="image/*"
          data-testid={`${props.testId}-gallery`}
          disabled={props.busy}
          onChange={props.pick}
        />
        {t('stories.photo.gallery')}
      </label>
    </div>
  );
}

export function StoryPhotos(props: { story: Story; photos: readonly Media[] }) {
  const app = useApp();
  const t = useT();
  const { busy, problem, pick } = usePhotoPicker(async (blob, takenAt) => {
    await addStoryMedia(app.write, props.story.id, { kind: 'photo', blob, durationSeconds: null, takenAt });
    app.notify(t('stories.photo.saved'));
  });
  return (
    <section class="card sty-section" aria-labelledby="sty-photos">
      <h2 id="sty-photos">{t('stories.photo.title', { count: props.photos.length })}</h2>
      <PhotoPickers busy={busy} pick={(e) => void pick(e)} testId="story-photo" />
      {busy && (
        <p class="muted" role="status" aria-busy="true">
          {t('stories.photo.processing')}
        </p>
      )}
      {problem !== null && <Banner tone="error">{problem}</Banner>}
      {props.photos.length === 0 ? (
        <Empty>{t('stories.photo.empty')}</Empty>
      ) : (
        <ul class="sty-photos" data-testid="story-photos">
          {props.photos.map((photo, index) => (
            <PhotoItem key={photo.id} photo={photo} cover={index === 0} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PhotoItem(props: { photo: Media; cover: boolean }) {
  const app = useApp();
  const t = useT();
  const url = useObjectUrl(props.photo.blob, `${props.photo.id}@${props.photo.updatedAt}`);
  return (
    <li class="sty-photo" data-testid="story-photo">
      {url !== null && <img src={url} alt={t('stories.photo.alt')} loading="lazy" />}
      <span class="muted">
        {props.cover ? `${t('stories.photo.cover')} · ` : ''}
        {formatBytes(props.photo.size, app.lang)}
      </span>
      <DeleteButton media={props.photo} label={t('stories.photo.delete')} />
    </li>
  );
}

/** Two taps to delete: the first asks, the second deletes. */
export function DeleteButton(props: { media: Media; label: string }) {
  const app = useApp();
  const t = useT();
  const [asking, setAsking] = useState(false);
  async function remove() {
    if (!asking) {
      setAsking(true);
      return;
    }
    const done = await app.guard(deleteStoryMedia(app.write, props.media));
    if (done !== undefined) app.notify(t('stories.media.deleted'));
    setAsking(false);
  }
  return (
    <Button tone="danger" onClick={() => void remove()} onBlur={() => setAsking(false)}>
      {asking ? t('stories.media.deleteConfirm') : props.label}
    </Button>
  );
}

export function StoryClips(props: { story: Story; clips: readonly Media[] }) {
  const app = useApp();
  const t = useT();
  return (
    <section class="card sty-section" aria-labelledby="sty-clips">
      <h2 id="sty-clips">{t('stories.clip.title', { count: props.clips.length })}</h2>
      <p class="muted">{t('stories.clip.hint')}</p>
      <ClipRecorder
        kinds={['audio', 'video']}
        testId="story-clip"
        onClip={async (clip) => {
          await addStoryMedia(app.write, props.story.id, {
            kind: clip.kind,
            blob: clip.blob,
            durationSeconds: clip.durationSeconds,
            takenAt: app.write.clock.now().toISOString(),
          });
          app.notify(t('stories.clip.saved', { size: formatBytes(clip.blob.size, app.lang) }));
        }}
      />
      {props.clips.length > 0 && (
        <ul class="sty-clips" data-testid="story-clips">
          {props.clips.map((clip) => (
            <li key={clip.id} class="sty-clip" data-testid="story-clip">
              <p class="sty-clip-facts">
                <strong>{t(clip.kind === 'video' ? 'stories.clip.video' : 'stories.clip.audio')}</strong>
                {clip.durationSeconds !== null && <span> · {formatSeconds(clip.durationSeconds)}</span>}
                <span data-testid="clip-size"> · {formatBytes(clip.size, app.lang)}</span>
              </p>
              <MediaPlayer
                media={clip}
                label={t(clip.kind === 'video' ? 'stories.clip.video' : 'stories.clip.audio')}
              />
              <DeleteButton media={clip} label={t('stories.clip.delete')} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
