/**
 * The panel's main view: the portal tab, the form map that applies to it, the records waiting for
 * that map, and a batch over the ones the user picks. Submitting is off unless turned on for the
 * map; turning it on shows what that means.
 */
import { useEffect, useState } from 'preact/hooks';
import '../../../shared/fill/fill-messages';
import type { FormMap } from '../../../shared/fill/form-map';
import type { QueueItem } from '../background/queue';
import '../background/queue-messages';
import { hasOrigin, requestOrigin, sendToBackground } from '../platform/browser';
import { Batch } from './batch-runner';
import { type BatchRun, BatchView } from './batch-view';
import { usePanel } from './panel-context';
import { RecordLine } from './record-line';
import { fillOne } from './run-fill';
import { readSubmit, writeSubmit } from './submit-setting';
import { TabPicker } from './tab-picker';
import type { TargetTab } from './use-target-tab';

function QueueList(props: {
  items: readonly QueueItem[];
  selected: ReadonlySet<string>;
  onToggle(key: string, on: boolean): void;
  onAll(on: boolean): void;
}) {
  const { t } = usePanel();
  const { items, selected } = props;
  if (items.length === 0) return <p class="empty">{t('panel.queue.empty')}</p>;
  return (
    <>
      <label class="check">
        <input
          type="checkbox"
          checked={selected.size === items.length}
          onChange={(event) => props.onAll(event.currentTarget.checked)}
        />
        {t('panel.queue.selectAll', { count: items.length })}
      </label>
      <ul class="queue" data-testid="queue">
        {items.map((item) => (
          <li key={item.record.recordKey}>
            <label class="check">
              <input
                type="checkbox"
                checked={selected.has(item.record.recordKey)}
                onChange={(event) => props.onToggle(item.record.recordKey, event.currentTarget.checked)}
              />
              <RecordLine summary={item.summary} />
            </label>
            <span class="tags">
              <span class="tag">{t(`panel.source.${item.source}`)}</span>
              {item.last !== null && <span class="tag tag-warn">{t(`panel.last.${item.last.result}`)}</span>}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function QueueView(props: {
  tabs: readonly TargetTab[];
  target: TargetTab | null;
  choose(id: number): void;
  run: BatchRun | null;
  onRun(run: BatchRun): void;
}) {
  const { t, fail, dataVersion, dataChanged } = usePanel();
  const { target } = props;
  const [maps, setMaps] = useState<readonly FormMap[]>([]);
  const [mapId, setMapId] = useState<string | null>(null);
  const [granted, setGranted] = useState(true);
  const [submit, setSubmit] = useState(false);
  const [skipErrors, setSkipErrors] = useState(false);
  const [items, setItems] = useState<readonly QueueItem[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { run, onRun } = props;
  const running = run !== null && run.state.phase !== 'done';
  const map = maps.find((m) => m.id === mapId) ?? null;

  const targetUrl = target?.url ?? null;
  const mapKind = map?.recordKind ?? null;
  const currentMapId = map?.id ?? null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the data changed
  useEffect(() => {
    if (targetUrl === null) {
      setMaps([]);
      return;
    }
    let live = true;
    (async () => {
      const [ok, found] = await Promise.all([hasOrigin(targetUrl), sendToBackground('fill.maps', { url: targetUrl })]);
      if (!live) return;
      setGranted(ok);
      setMaps(found.maps);
      setMapId((current) => (found.maps.some((m) => m.id === current) ? current : (found.maps[0]?.id ?? null)));
    })().catch(fail);
    return () => {
      live = false;
    };
  }, [targetUrl, dataVersion, fail]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the data changed
  useEffect(() => {
    if (currentMapId === null || mapKind === null) {
      setItems([]);
      return;
    }
    let live = true;
    (async () => {
      const [on, queue] = await Promise.all([
        readSubmit(currentMapId),
        sendToBackground('panel.queue', { mapId: currentMapId, recordKind: mapKind }),
      ]);
      if (!live) return;
      setSubmit(on);
      setItems(queue.items);
      setSelected(new Set(queue.items.map((item) => item.record.recordKey)));
    })().catch(fail);
    return () => {
      live = false;
    };
  }, [currentMapId, mapKind, dataVersion, fail]);

  async function toggleSubmit(on: boolean) {
    if (map === null) return;
    try {
      await writeSubmit(map.id, on);
      setSubmit(on);
    } catch (error) {
      fail(error);
    }
  }

  async function grant() {
    if (target === null) return;
    try {
      setGranted(await requestOrigin(target.url));
    } catch (error) {
      fail(error);
    }
  }

  async function start() {
    if (target === null || map === null) return;
    const records = items.filter((item) => selected.has(item.record.recordKey)).map((item) => item.record);
    if (records.length === 0) return;
    // What the batch's records were, kept after they leave the queue.
    const summaries = new Map(items.map((item) => [item.record.recordKey, item.summary]));
    const fillTarget = { tabId: target.id, formUrl: target.url, mapId: map.id, submit };
    const batch: Batch = new Batch(records, {
      run: (record, index) => fillOne(fillTarget, record, { reopen: index > 0 }),
      skipErrors,
      pauseAfterFilled: !submit,
      // The panel holds the batch, so it carries on (and shows) when the user looks at another view.
      onChange: (state) => onRun({ batch, state, summaries }),
    });
    try {
      await batch.run();
    } catch (error) {
      fail(error);
    } finally {
      dataChanged();
    }
  }

  return (
    <section class="view" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('panel.queue.title')}</h2>
      <TabPicker tabs={props.tabs} target={target} onChoose={props.choose} />
      {target !== null && !granted && (
        <div class="banner banner-warn" role="status">
          <p>{t('panel.tab.notGranted', { origin: new URL(target.url).host })}</p>
          <button type="button" class="btn" onClick={() => void grant()}>
            {t('panel.tab.grant', { site: new URL(target.url).host })}
          </button>
        </div>
      )}
      {target !== null && granted && maps.length === 0 && <p class="empty">{t('panel.map.none')}</p>}
      {maps.length > 1 && (
        <label class="field">
          <span class="field-label">{t('panel.map.label')}</span>
          <select value={mapId ?? ''} onChange={(event) => setMapId(event.currentTarget.value)} disabled={running}>
            {maps.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {map !== null && (
        <>
          <p class="map-name">{t('panel.map.applies', { name: map.name, kind: t(`panel.kind.${map.recordKind}`) })}</p>
          <label class="check">
            <input
              type="checkbox"
              checked={submit}
              disabled={running}
              onChange={(event) => void toggleSubmit(event.currentTarget.checked)}
            />
            {t('panel.submit.label')}
          </label>
          {submit ? (
            <p class="banner banner-warn" role="status">
              {t('panel.submit.warning')}
            </p>
          ) : (
            <p class="muted">{t('panel.submit.off')}</p>
          )}
          <label class="check">
            <input
              type="checkbox"
              checked={skipErrors}
              disabled={running}
              onChange={(event) => setSkipErrors(event.currentTarget.checked)}
            />
            {t('panel.skipErrors')}
          </label>
          {!running && (
            <QueueList
              items={items}
              selected={selected}
              onToggle={(key, on) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (on) next.add(key);
                  else next.delete(key);
                  return next;
                })
              }
              onAll={(on) => setSelected(new Set(on ? items.map((item) => item.record.recordKey) : []))}
            />
          )}
          {!running && items.length > 0 && (
            <button
              type="button"
              class="btn btn-primary"
              disabled={selected.size === 0 || !granted}
              onClick={() => void start()}
            >
              {t('panel.queue.fill', { count: selected.size })}
            </button>
          )}
        </>
      )}
      {run !== null && <BatchView batch={run.batch} state={run.state} summaries={run.summaries} />}
    </section>
  );
}
