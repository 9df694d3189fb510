/**
 * The note sheet of one family: pick the status directly (no cycling needed) and write a note.
 * The note saves itself a moment after typing stops and when the sheet closes; "Tersimpan" shows
 * only after the write committed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type Member } from '../../../../shared/model/types';
import { useApp, useT } from '../../app-context';
import { NOTE_MAX, setAttendanceNote } from '../../data/attendance';
import { STATUS_ICON } from './attendance-card';
import { Sheet } from './record-kit';

const AUTOSAVE_MS = 700;

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed';

export function AttendanceNote(props: {
  sessionId: string;
  member: Member;
  status: AttendanceStatus | null;
  /** A status is on disk: a note needs a saved row to hang on. */
  marked: boolean;
  savedNote: string;
  editable: boolean;
  onSetStatus: (status: AttendanceStatus) => void;
  onClose: () => void;
}) {
  const app = useApp();
  const t = useT();
  const { member, sessionId } = props;
  const [text, setText] = useState(props.savedNote);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ text, saved: props.savedNote });
  latest.current.text = text;
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));

  /** Saves what is typed, after any save still running; resolves false when it failed (and says so). */
  function save(): Promise<boolean> {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const note = latest.current.text;
      if (note === latest.current.saved) return true;
      setState('saving');
      try {
        await setAttendanceNote(app.write, sessionId, member.id, note);
        latest.current.saved = note;
        setState(latest.current.text === note ? 'saved' : 'dirty');
        setError(null);
        return true;
      } catch (failure) {
        const message = describeError(app.lang, failure);
        setState('failed');
        setError(message);
        app.notify(message, 'error');
        return false;
      }
    });
    return chain.current;
  }

  // A note typed but not yet saved is saved when the sheet goes away, whichever way it goes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on unmount
  useEffect(() => () => void save(), []);

  // A note that could not be saved keeps the sheet open with the error, so the text is not lost.
  async function close() {
    if (await save()) props.onClose();
  }

  const canWrite = props.editable && props.marked;
  return (
    <Sheet title={t('run.att.noteTitle', { name: member.name })} onClose={() => void close()} testId="attendance-note">
      <p class="muted">
        {t('run.att.nik')} {member.nik}
      </p>
      <fieldset class="att-pick">
        <legend>{t('run.att.pickStatus')}</legend>
        {ATTENDANCE_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            class={`att-pick-btn att-${status}`}
            aria-pressed={props.status === status}
            disabled={!props.editable}
            onClick={() => props.onSetStatus(status)}
          >
            <span aria-hidden="true">{STATUS_ICON[status]}</span> {t(`attendance.${status}`)}
          </button>
        ))}
      </fieldset>
      <label class="field">
        <span class="field-label">{t('run.att.note')}</span>
        <textarea
          value={text}
          maxLength={NOTE_MAX}
          disabled={!canWrite}
          placeholder={t('run.att.notePlaceholder')}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setState('dirty');
            clearTimeout(timer.current);
            timer.current = window.setTimeout(() => void save(), AUTOSAVE_MS);
          }}
          onBlur={() => void save()}
        />
        {!props.marked && <span class="field-hint">{t('run.att.noteNeedsStatus')}</span>}
      </label>
      <p class="note-state" role="status">
        {state === 'saving' && t('run.saving')}
        {state === 'saved' && t('pwa.saved')}
        {state === 'dirty' && t('run.att.noteUnsaved')}
      </p>
      {error !== null && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </Sheet>
  );
}
