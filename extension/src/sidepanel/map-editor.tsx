/**
 * Editing a form map as JSON, with its name in its own field (rename). Saving validates the whole
 * map; a problem is shown with the path it is at (`steps[3].target[0].label`) and nothing is
 * stored until the map is valid.
 */
import { useState } from 'preact/hooks';
import { AppError } from '../../../shared/errors';
import { describeError } from '../../../shared/i18n/translate';
import '../background/queue-messages';
import { sendToBackground } from '../platform/browser';
import { usePanel } from './panel-context';

/** Parses JSON text; a syntax error becomes a map problem at the root. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('formMap.invalid', { path: '(root)', detail: error instanceof Error ? error.message : 'JSON' });
  }
}

export function MapEditor(props: { json: unknown; builtIn: boolean; onClose(): void }) {
  const { t, lang, notify, dataChanged } = usePanel();
  const initial = props.json as { name?: unknown } | null;
  const [name, setName] = useState(typeof initial?.name === 'string' ? initial.name : '');
  const [text, setText] = useState(JSON.stringify(props.json, null, 2));
  const [problem, setProblem] = useState<string | null>(null);

  async function save(event: Event) {
    event.preventDefault();
    try {
      const json = parseJsonText(text);
      const named = typeof json === 'object' && json !== null && !Array.isArray(json) ? { ...json, name } : json;
      const { map } = await sendToBackground('panel.maps.save', { json: named });
      setProblem(null);
      notify(t('panel.maps.saved', { name: map.name }), 'ok');
      dataChanged();
      props.onClose();
    } catch (error) {
      setProblem(describeError(lang, error));
    }
  }

  return (
    <form class="card stack" onSubmit={(event) => void save(event)} aria-label={t('panel.editor.title')}>
      <h3>{t('panel.editor.title')}</h3>
      {props.builtIn && <p class="muted">{t('panel.editor.builtIn')}</p>}
      <label class="field">
        <span class="field-label">{t('panel.editor.name')}</span>
        <input value={name} onInput={(event) => setName(event.currentTarget.value)} />
      </label>
      <label class="field">
        <span class="field-label">{t('panel.editor.json')}</span>
        <textarea
          class="json"
          rows={18}
          spellcheck={false}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      {problem !== null && (
        <p class="banner banner-error" role="alert" data-testid="map-problem">
          {problem}
        </p>
      )}
      <div class="row">
        <button type="submit" class="btn btn-primary">
          {t('panel.editor.save')}
        </button>
        <button type="button" class="btn btn-plain" onClick={props.onClose}>
          {t('panel.cancel')}
        </button>
      </div>
    </form>
  );
}
