/**
 * The session's notes, saved as the facilitator types: a short pause writes them, and leaving the
 * field, switching tabs (unmount), hiding the page or closing it writes at once, so nothing typed
 * is lost. "Saved" appears only after the write resolved. The text is this component's own state
 * from the moment it mounts, so a live re-render never overwrites what is being typed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../../app-context';
import { NOTES_MAX, saveSessionNotes } from '../../data/sessions';
import { Field } from '../../ui/kit';
import { describeSessionError } from './session-actions';

/** The portal's summary field takes this many characters (see DOMAIN.md, Uraian Kegiatan). */
const PORTAL_LIMIT = 1000;
const PAUSE_MS = 700;

export function NotesField(props: { sessionId: string; initial: string }) {
  const app = useApp();
  const t = useT();
  const [text, setText] = useState(props.initial);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const latest = useRef(props.initial);
  const stored = useRef(props.initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
  const flushRef = useRef<() => Promise<void>>(async () => {});

  flushRef.current = async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const value = latest.current;
    if (value === stored.current) return;
    if (mounted.current) setState('saving');
    try {
      await saveSessionNotes(app.write, props.sessionId, value);
      stored.current = value;
      if (mounted.current && latest.current === value) setState('saved');
    } catch (error) {
      console.error(error);
      if (mounted.current) setState('error');
      app.notify(describeSessionError(app.lang, error), 'error');
    }
  };

  useEffect(() => {
    mounted.current = true;
    const flush = () => void flushRef.current();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pagehide', flush);
      mounted.current = false;
      flush();
    };
  }, []);

  const saveNote =
    state === 'saving' ? t('session.summary.saving') : state === 'saved' ? t('session.summary.saved') : '';

  return (
    <div class="notes-field">
      <Field label={t('session.summary.notes')} hint={t('session.summary.notesHint', { count: text.length })}>
        <textarea
          name="notes"
          value={text}
          maxLength={NOTES_MAX}
          rows={6}
          data-state={state}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setText(value);
            latest.current = value;
            setState('idle');
            if (timer.current !== null) clearTimeout(timer.current);
            timer.current = setTimeout(() => void flushRef.current(), PAUSE_MS);
          }}
          onBlur={() => void flushRef.current()}
        />
        {text.length > PORTAL_LIMIT && <span class="field-error">{t('session.summary.notesOver')}</span>}
      </Field>
      <span class="save-state" role="status" data-testid="notes-state">
        {saveNote}
      </span>
    </div>
  );
}
