/**
 * Plays a stored clip. WebM from MediaRecorder has no duration in its header, so the browser's
 * player shows no length and cannot seek; seeking once far past the end makes it find the real
 * duration, after which the player is put back at the start.
 */
import type { Media } from '../../../../shared/model/supervision';
import { useObjectUrl } from '../session/photos-thumb';

function fixDuration(event: Event) {
  const element = event.currentTarget as HTMLMediaElement;
  if (Number.isFinite(element.duration)) return;
  const rewind = () => {
    element.removeEventListener('timeupdate', rewind);
    element.currentTime = 0;
  };
  element.addEventListener('timeupdate', rewind);
  element.currentTime = Number.MAX_SAFE_INTEGER;
}

export function MediaPlayer(props: { media: Pick<Media, 'id' | 'updatedAt' | 'blob' | 'kind'>; label: string }) {
  const { media } = props;
  const url = useObjectUrl(media.blob, `${media.id}@${media.updatedAt}`);
  if (url === null) return null;
  if (media.kind === 'video') {
    return (
      // biome-ignore lint/a11y/useMediaCaption: a family's own spoken testimony; there is no caption track to offer
      <video
        class="sty-video"
        src={url}
        controls
        preload="metadata"
        playsInline
        aria-label={props.label}
        onLoadedMetadata={fixDuration}
      />
    );
  }
  return (
    // biome-ignore lint/a11y/useMediaCaption: a family's own spoken testimony; there is no caption track to offer
    <audio
      class="sty-audio"
      src={url}
      controls
      preload="metadata"
      aria-label={props.label}
      onLoadedMetadata={fixDuration}
    />
  );
}
