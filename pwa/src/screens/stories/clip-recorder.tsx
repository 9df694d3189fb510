/**
 * Recording a voice or video testimony on the device, or taking one from the gallery. While
 * recording: the camera preview (video), a countdown to the time limit and a big Stop; at the
 * limit it stops by itself. The finished clip goes to `onClip` (which stores it); any problem —
 * no permission, no microphone, a file that is not a clip, too large — is said in plain words.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isAppError } from '../../../../shared/errors';
import { describeError } from '../../../../shared/i18n/translate';
import { STORY_LIMITS } from '../../../../shared/supervision/story-rules';
import { useApp, useT } from '../../app-context';
import {
  type Clip,
  type ClipKind,
  canRecord,
  clipOfFile,
  type Recording,
  recordProblemOf,
  startRecording,
} from '../../platform/record-media';
import { Banner, Button } from '../../ui/kit';
import { formatBytes } from '../session/photos-thumb';

export function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export function ClipRecorder(props: {
  kinds: readonly ClipKind[];
  /** What a file from the gallery may be; the recording kinds unless told. */
  fileKinds?: readonly ClipKind[];
  onClip: (clip: Clip) => Promise<void>;
  testId: string;
}) {
  const app = useApp();
  const t = useT();
  const [recording, setRecording] = useState<Recording | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const preview = useRef<HTMLVideoElement>(null);
  const max = STORY_LIMITS.clipSeconds;
  const fileKinds = props.fileKinds ?? props.kinds;

  useEffect(() => {
    if (recording?.kind === 'video' && preview.current !== null) preview.current.srcObject = recording.stream;
  }, [recording]);
  // Leaving the screen mid-recording releases the camera and microphone.
  useEffect(() => () => recording?.cancel(), [recording]);

  function describe(error: unknown): string {
    const reason = recordProblemOf(error);
    if (reason !== null) return t(`stories.record.problem.${reason}`);
    if (isAppError(error) && error.details.field === 'media') {
      if (error.details.reason === 'tooLarge') {
        return t('stories.media.tooLarge', { max: formatBytes(STORY_LIMITS.mediaBytes, app.lang) });
      }
      return t('stories.record.problem.notMedia');
    }
    return describeError(app.lang, error);
  }

  async function keep(clip: Clip) {
    setBusy(true);
    try {
      await props.onClip(clip);
    } catch (error) {
      setProblem(describe(error));
    } finally {
      setBusy(false);
    }
  }

  async function start(kind: ClipKind) {
    setProblem(null);
    setElapsed(0);
    setBusy(true);
    let started: Recording;
    try {
      started = await startRecording(kind, { maxSeconds: max, onTick: setElapsed });
    } catch (error) {
      setProblem(describe(error));
      setBusy(false);
      return;
    }
    setBusy(false);
    setRecording(started);
    let clip: Clip | null = null;
    try {
      clip = await started.done;
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setProblem(describe(error));
    }
    setRecording(null);
    if (clip !== null) await keep(clip);
  }

  async function pick(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    setProblem(null);
    try {
      const clip = await clipOfFile(file);
      if (fileKinds.includes(clip.kind)) await keep(clip);
      else setProblem(t('stories.record.problem.notMedia'));
    } catch (error) {
      setProblem(describe(error));
    }
  }

  if (recording !== null) {
    const left = max - elapsed;
    return (
      <div class="sty-recording" data-testid={`${props.testId}-recording`}>
        {recording.kind === 'video' && <video ref={preview} class="sty-preview" autoPlay muted playsInline />}
        <p class="sty-rec-line">
          <span class="sty-rec-dot" aria-hidden="true" />
          <strong>
            {t(recording.kind === 'video' ? 'stories.record.recordingVideo' : 'stories.record.recordingAudio')}
          </strong>
          <span data-testid="record-countdown">{t('stories.record.left', { time: formatSeconds(left) })}</span>
        </p>
        <progress max={max} value={elapsed} aria-label={t('stories.record.progress')} />
        <div class="row">
          <Button tone="primary" onClick={() => recording.stop()}>
            {t('stories.record.stop')}
          </Button>
          <Button onClick={() => recording.cancel()}>{t('stories.record.discard')}</Button>
        </div>
      </div>
    );
  }

  return (
    <div class="sty-recorder">
      <div class="row">
        {props.kinds.map((kind) => (
          <Button key={kind} tone="primary" disabled={busy || !canRecord(kind)} onClick={() => void start(kind)}>
            {t(kind === 'video' ? 'stories.record.video' : 'stories.record.audio')}
          </Button>
        ))}
        <label class={`btn${busy ? ' sty-disabled' : ''}`}>
          <input
            class="visually-hidden"
            type="file"
            accept={fileKinds.map((kind) => `${kind}/*`).join(',')}
            data-testid={`${props.testId}-file`}
            disabled={busy}
            onChange={(e) => void pick(e)}
          />
          {t('stories.record.fromGallery')}
        </label>
      </div>
      <p class="muted sty-limit">{t('stories.record.limit', { seconds: max })}</p>
      {busy && (
        <p class="muted" role="status" aria-busy="true">
          {t('stories.record.working')}
        </p>
      )}
      {problem !== null && <Banner tone="error">{problem}</Banner>}
    </div>
  );
}
