/**
 * Recording a short testimony on the device (MediaRecorder), and reading clips picked from the
 * gallery. Sizes are kept small on purpose, because clips live on a cheap tablet and travel in
 * bundles: video asks the camera for 640×360 and records at about 500 kbit/s with 32 kbit/s
 * Opus audio (about 4 MB a minute), voice alone at 32 kbit/s (about 240 KB a minute). A recording
 * stops by itself at the time limit.
 *
 * MediaRecorder writes WebM without a duration in its header, so the duration is measured while
 * recording; for a gallery file it is read from the media element (with the seek trick WebM needs).
 */
import { AppError } from '../../../shared/errors';
import type { MediaKind } from '../../../shared/model/supervision';

export type ClipKind = Exclude<MediaKind, 'photo'>;

export const VIDEO_SIZE = { width: 640, height: 360 } as const;
export const VIDEO_BITS_PER_SECOND = 500_000;
export const AUDIO_BITS_PER_SECOND = 32_000;

const MIME_CANDIDATES: Readonly<Record<ClipKind, readonly string[]>> = {
  audio: ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'],
  video: ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp9,opus', 'video/webm', 'video/mp4'],
};

export type RecordProblem = 'unsupported' | 'denied' | 'noDevice' | 'busy' | 'failed' | 'notMedia';

export interface Clip {
  readonly kind: ClipKind;
  readonly blob: Blob;
  readonly durationSeconds: number | null;
}

function problem(reason: RecordProblem, detail: string, cause?: unknown): AppError {
  return new AppError('input.invalid', { field: 'media', reason, detail }, { cause });
}

/** The problem named by an error from this module, if it was one of ours. */
export function recordProblemOf(error: unknown): RecordProblem | null {
  if (!(error instanceof AppError) || error.code !== 'input.invalid' || error.details.field !== 'media') return null;
  const reason = error.details.reason;
  const known: readonly RecordProblem[] = ['unsupported', 'denied', 'noDevice', 'busy', 'failed', 'notMedia'];
  return known.find((item) => item === reason) ?? null;
}

/** The first container this browser records, '' to let the browser choose, null when it records nothing. */
export function pickMimeType(
  kind: ClipKind,
  isSupported: (type: string) => boolean = (type) => MediaRecorder.isTypeSupported(type),
): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return MIME_CANDIDATES[kind].find((type) => isSupported(type)) ?? '';
}

export function canRecord(kind: ClipKind): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function' &&
    pickMimeType(kind) !== null
  );
}

function constraints(kind: ClipKind): MediaStreamConstraints {
  const audio: MediaTrackConstraints = { channelCount: 1, echoCancellation: true, noiseSuppression: true };
  if (kind === 'audio') return { audio, video: false };
  return {
    audio,
    video: {
      width: { ideal: VIDEO_SIZE.width },
      height: { ideal: VIDEO_SIZE.height },
      frameRate: { ideal: 24, max: 30 },
      facingMode: 'user',
    },
  };
}

function mapGetUserMediaError(error: unknown): AppError {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return problem('denied', name, error);
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return problem('noDevice', name, error);
  if (name === 'NotReadableError' || name === 'AbortError') return problem('busy', name, error);
  return problem('failed', String(error), error);
}

export interface Recording {
  readonly kind: ClipKind;
  /** The live camera/microphone, for a preview. */
  readonly stream: MediaStream;
  readonly maxSeconds: number;
  /** Resolves with the clip once stopped (by `stop()` or at the time limit); rejects if recording failed. */
  readonly done: Promise<Clip>;
  stop(): void;
  /** Stops and throws the recording away; `done` then rejects with an AbortError. */
  cancel(): void;
}

/**
 * Asks for the microphone (and camera) and starts recording at once. `onTick` gets the seconds
 * recorded so far, about four times a second, for the countdown.
 */
export async function startRecording(
  kind: ClipKind,
  options: { readonly maxSeconds: number; readonly onTick?: (elapsedSeconds: number) => void },
): Promise<Recording> {
  const mimeType = pickMimeType(kind);
  if (mimeType === null || typeof navigator.mediaDevices?.getUserMedia !== 'function') {
    throw problem('unsupported', kind);
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia(constraints(kind));
  } catch (error) {
    throw mapGetUserMediaError(error);
  }
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
  };
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, {
      ...(mimeType === '' ? {} : { mimeType }),
      audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
      ...(kind === 'video' ? { videoBitsPerSecond: VIDEO_BITS_PER_SECOND } : {}),
    });
  } catch (error) {
    release();
    throw problem('failed', String(error), error);
  }

  const chunks: Blob[] = [];
  const startedAt = performance.now();
  let cancelled = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const elapsed = () => Math.min(options.maxSeconds, (performance.now() - startedAt) / 1000);

  const done = new Promise<Clip>((resolve, reject) => {
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onerror = (event) => {
      clearInterval(timer);
      release();
      reject(problem('failed', String((event as Event & { error?: unknown }).error ?? 'recorder error')));
    };
    recorder.onstop = () => {
      clearInterval(timer);
      release();
      if (cancelled) {
        reject(new DOMException('cancelled', 'AbortError'));
        return;
      }
      const type = recorder.mimeType || mimeType || (kind === 'audio' ? 'audio/webm' : 'video/webm');
      const blob = new Blob(chunks, { type });
      if (blob.size === 0) reject(problem('failed', 'empty recording'));
      else resolve({ kind, blob, durationSeconds: Math.round(elapsed() * 10) / 10 });
    };
  });

  const stop = () => {
    if (recorder.state !== 'inactive') recorder.stop();
  };
  try {
    // Chunks every second: a recording cut short by the system still keeps what came before.
    recorder.start(1000);
  } catch (error) {
    release();
    throw problem('failed', String(error), error);
  }
  timer = setInterval(() => {
    const seconds = elapsed();
    options.onTick?.(seconds);
    if (seconds >= options.maxSeconds) stop();
  }, 250);

  return {
    kind,
    stream,
    maxSeconds: options.maxSeconds,
    done,
    stop,
    cancel() {
      cancelled = true;
      stop();
    },
  };
}

/** A clip picked from the gallery: its kind from its type, its duration read from the file. */
export async function clipOfFile(file: File): Promise<Clip> {
  const kind: ClipKind | null = file.type.startsWith('audio/')
    ? 'audio'
    : file.type.startsWith('video/')
      ? 'video'
      : null;
  if (kind === null || file.size === 0) throw problem('notMedia', file.type || file.name);
  return { kind, blob: file, durationSeconds: await mediaDuration(file, kind) };
}

/** The duration of a clip in seconds, or null when the browser cannot tell within a few seconds. */
export function mediaDuration(blob: Blob, kind: ClipKind): Promise<number | null> {
  return new Promise((resolve) => {
    const element = document.createElement(kind);
    const url = URL.createObjectURL(blob);
    let settled = false;
    const finish = (value: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      element.removeAttribute('src');
      element.load();
      URL.revokeObjectURL(url);
      resolve(value);
    };
    const timeout = setTimeout(() => finish(null), 5000);
    const check = () => {
      if (Number.isFinite(element.duration)) finish(element.duration);
    };
    element.preload = 'metadata';
    element.muted = true;
    element.onerror = () => finish(null);
    element.onloadedmetadata = () => {
      if (Number.isFinite(element.duration)) finish(element.duration);
      // WebM without a duration header: seeking far past the end makes the browser find it.
      else element.currentTime = Number.MAX_SAFE_INTEGER;
    };
    element.ondurationchange = check;
    element.ontimeupdate = check;
    element.src = url;
  });
}
