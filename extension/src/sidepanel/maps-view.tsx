/**
 * Form maps: the built-in ones and the user's own. Map a new form by clicking it ("Petakan
 * formulir ini"), edit a map as JSON, rename or delete the user's own, export one as a file for a
 * colleague, import one a colleague or supervisor shared (validated; a clear error otherwise).
 */
import { useEffect, useState } from 'preact/hooks';
import { AppError } from '../../../shared/errors';
import type { FormMap } from '../../../shared/fill/form-map';
import { findFormMaps } from '../../../shared/fill/match-url-pattern';
import { describeError } from '../../../shared/i18n/translate';
import type { UserMap } from '../background/maps-store';
import '../background/queue-messages';
import { sendToBackground } from '../platform/browser';
import { MapEditor, parseJsonText } from './map-editor';
import { MapTester } from './map-tester';
import { usePanel } from './panel-context';
import { RecorderView } from './recorder-view';
import type { TargetTab } from './use-target-tab';

const MAX_MAP_FILE = 1024 * 1024;

function download(json: unknown, id: string): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(json, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${id}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Row {
  readonly id: string;
  readonly name: string;
  readonly json: unknown;
  readonly map: FormMap | null;
  readonly user: UserMap | null;
}

function MapRow(props: { row: Row; target: TargetTab | null; onEdit(): void }) {
  const { t, lang, fail, notify, dataChanged } = usePanel();
  const [confirming, setConfirming] = useState(false);
  const { row } = props;

  async function remove() {
    try {
      await sendToBackground('panel.maps.delete', { id: row.id });
      notify(t('panel.maps.deleted', { name: row.name }), 'ok');
      dataChanged();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <li class="map-row">
      <span class="record-title">{row.name}</span>
      <span class="record-meta">
        {row.id} · {row.user !== null ? t('panel.maps.mine') : t('panel.maps.builtIn')}
        {row.map !== null && ` · ${t(`panel.kind.${row.map.recordKind}`)}`}
      </span>
      {row.user?.problem != null && <span class="problem">{describeError(lang, row.user.problem)}</span>}
      <div class="row">
        <button type="button" class="btn btn-plain" onClick={props.onEdit}>
          {t('panel.maps.edit')}
        </button>
        <button type="button" class="btn btn-plain" onClick={() => download(row.json, row.id)}>
          {t('panel.maps.export')}
        </button>
        {row.user !== null && !confirming && (
          <button type="button" class="btn btn-plain" onClick={() => setConfirming(true)}>
            {t('panel.maps.delete')}
          </button>
        )}
      </div>
      {confirming && (
        <fieldset class="confirm">
          <legend>{t('panel.maps.delete')}</legend>
          <p>{t('panel.maps.confirmDelete', { name: row.name })}</p>
          <div class="row">
            <button type="button" class="btn btn-danger" onClick={() => void remove()}>
              {t('panel.maps.delete')}
            </button>
            <button type="button" class="btn btn-plain" onClick={() => setConfirming(false)}>
              {t('panel.cancel')}
            </button>
          </div>
        </fieldset>
      )}
      {row.map !== null && props.target !== null && findFormMaps([row.map], props.target.url).length > 0 && (
        <MapTester map={row.map} target={props.target} />
      )}
    </li>
  );
}

export function MapsView(props: { target: TargetTab | null }) {
  const { t, lang, fail, notify, dataVersion, dataChanged } = usePanel();
  const [rows, setRows] = useState<readonly Row[]>([]);
  const [editing, setEditing] = useState<Row | null>(null);
  const [recording, setRecording] = useState(false);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the data changed
  useEffect(() => {
    Promise.all([sendToBackground('fill.maps', {}), sendToBackground('panel.maps.list', {})]).then(([all, mine]) => {
      const users = new Map(mine.maps.map((m) => [m.id, m]));
      const listed: Row[] = all.maps.map((map) => ({
        id: map.id,
        name: map.name,
        json: users.get(map.id)?.json ?? map,
        map,
        user: users.get(map.id) ?? null,
      }));
      const seen = new Set(listed.map((r) => r.id));
      for (const user of mine.maps) {
        if (!seen.has(user.id)) listed.push({ id: user.id, name: user.name, json: user.json, map: user.map, user });
      }
      setRows(listed);
    }, fail);
  }, [dataVersion, fail]);

  async function importFile(file: File | undefined) {
    setImportProblem(null);
    if (file === undefined) return;
    try {
      if (file.size > MAX_MAP_FILE) throw new AppError('formMap.invalid', { path: '(file)', detail: '> 1 MB' });
      const { map } = await sendToBackground('panel.maps.save', { json: parseJsonText(await file.text()) });
      notify(t('panel.maps.imported', { name: map.name }), 'ok');
      dataChanged();
    } catch (error) {
      setImportProblem(describeError(lang, error));
    } finally {
      setInputKey((k) => k + 1);
    }
  }

  if (editing !== null) {
    return <MapEditor json={editing.json} builtIn={editing.user === null} onClose={() => setEditing(null)} />;
  }
  return (
    <section class="view" aria-labelledby="maps-title">
      <h2 id="maps-title">{t('panel.maps.title')}</h2>
      {recording && props.target !== null ? (
        <RecorderView
          target={props.target}
          takenIds={new Set(rows.map((r) => r.id))}
          onClose={() => setRecording(false)}
        />
      ) : (
        <>
          <button
            type="button"
            class="btn btn-primary"
            disabled={props.target === null}
            onClick={() => setRecording(true)}
          >
            {t('panel.recorder.open')}
          </button>
          {props.target === null && <p class="muted">{t('panel.tab.none')}</p>}
        </>
      )}
      <ul class="maps" data-testid="maps">
        {rows.map((row) => (
          <MapRow key={row.id} row={row} target={props.target} onEdit={() => setEditing(row)} />
        ))}
      </ul>
      <label class="field">
        <span class="field-label">{t('panel.maps.import')}</span>
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          data-testid="map-file"
          onChange={(event) => void importFile(event.currentTarget.files?.[0])}
        />
      </label>
      {importProblem !== null && (
        <p class="banner banner-error" role="alert">
          {importProblem}
        </p>
      )}
    </section>
  );
}
