/**
 * "Petakan formulir ini": the user clicks the portal's fields one by one; each pick appears here
 * with what the recorder found (label, name, id) and a value to put in it, chosen from the record
 * in words ("Tanggal sesi (dd/MM/yyyy)") or typed as a fixed text. Saved as a user map (validated
 * like any map), then testable on one record with submitting off.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { RECORD_KINDS, type RecordKind } from '../../../shared/fill/fill-record';
import type { FormMap } from '../../../shared/fill/form-map';
import { mapIdFrom } from '../background/maps-store';
import '../background/queue-messages';
import { parseRecorderMessage, RECORDER_PORT, type RecordedField } from '../content/recorder-protocol';
import { api, sendToBackground } from '../platform/browser';
import { MapTester } from './map-tester';
import { usePanel } from './panel-context';
import { type DraftStep, draftToMap, guessValue, urlPatternOf } from './recorded-map';
import { StepEditor } from './step-editor';
import type { TargetTab } from './use-target-tab';
import { valueChoices } from './value-choices';

export function RecorderView(props: { target: TargetTab; takenIds: ReadonlySet<string>; onClose(): void }) {
  const { t, fail, notify, dataChanged } = usePanel();
  const { target } = props;
  const host = new URL(target.url).host;
  const [name, setName] = useState(t('panel.recorder.defaultName', { host }));
  const [recordKind, setRecordKind] = useState<RecordKind>('sessionReport');
  const [urlPattern, setUrlPattern] = useState(urlPatternOf(target.url));
  const [successText, setSuccessText] = useState('');
  const [referencePattern, setReferencePattern] = useState('');
  const [steps, setSteps] = useState<readonly DraftStep[]>([]);
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState<FormMap | null>(null);
  const port = useRef<chrome.runtime.Port | null>(null);
  const uid = useRef(0);
  const choices = useMemo(() => valueChoices(recordKind), [recordKind]);
  const available = useMemo(() => new Set(choices.map((c) => c.template)), [choices]);

  const disconnect = () => {
    port.current?.disconnect();
    port.current = null;
    setRecording(false);
  };
  // Closing this view (or the panel) ends the recording on the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run once on unmount
  useEffect(() => disconnect, []);

  const addPick = (field: RecordedField) => {
    uid.current += 1;
    const kind = field.suggestedKind === 'upload' && recordKind !== 'sessionReport' ? 'click' : field.suggestedKind;
    const step: DraftStep = { uid: uid.current, field, kind, value: guessValue(field, kind, available) };
    setSteps((current) => [...current, step]);
  };
  // The port's listener outlives renders; it calls the newest `addPick` (current kind and choices).
  const onPick = useRef(addPick);
  onPick.current = addPick;

  async function start() {
    try {
      await sendToBackground('panel.prepareTab', { tabId: target.id });
      disconnect();
      const connected = api.tabs.connect(target.id, { name: RECORDER_PORT, frameId: 0 });
      port.current = connected;
      connected.onMessage.addListener((raw: unknown) => {
        const message = parseRecorderMessage(raw);
        if (message === null) return;
        if (message.kind === 'picked') onPick.current(message.field);
        else disconnect();
      });
      connected.onDisconnect.addListener(() => {
        if (port.current === connected) {
          port.current = null;
          setRecording(false);
        }
      });
      connected.postMessage({
        kind: 'start',
        texts: {
          hint: t('panel.recorder.pageHint'),
          done: t('panel.recorder.done'),
          picked: t('panel.recorder.picked'),
        },
      });
      setRecording(true);
      setSaved(null);
    } catch (error) {
      fail(error);
    }
  }

  function stop() {
    port.current?.postMessage({ kind: 'stop' });
    disconnect();
  }

  async function save() {
    const draft = {
      id: saved?.id ?? mapIdFrom(name, props.takenIds),
      name,
      urlPattern,
      recordKind,
      steps,
      successText,
      referencePattern,
    };
    try {
      const { map } = await sendToBackground('panel.maps.save', { json: draftToMap(draft) });
      stop();
      setSaved(map);
      notify(t('panel.maps.saved', { name: map.name }), 'ok');
      dataChanged();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section class="card" aria-labelledby="recorder-title">
      <h3 id="recorder-title">{t('panel.recorder.title')}</h3>
      <label class="field">
        <span class="field-label">{t('panel.recorder.name')}</span>
        <input value={name} onInput={(event) => setName(event.currentTarget.value)} />
      </label>
      <label class="field">
        <span class="field-label">{t('panel.recorder.kind')}</span>
        <select
          value={recordKind}
          disabled={steps.length > 0}
          onChange={(event) => setRecordKind(event.currentTarget.value as RecordKind)}
        >
          {RECORD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`panel.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span class="field-label">{t('panel.recorder.url')}</span>
        <input value={urlPattern} onInput={(event) => setUrlPattern(event.currentTarget.value)} />
      </label>
      {recording ? (
        <div class="banner banner-info" role="status">
          <p>{t('panel.recorder.recording')}</p>
          <button type="button" class="btn" onClick={stop}>
            {t('panel.recorder.done')}
          </button>
        </div>
      ) : (
        <button type="button" class="btn btn-primary" onClick={() => void start()}>
          {steps.length === 0 ? t('panel.recorder.start') : t('panel.recorder.more')}
        </button>
      )}
      <ol class="steps" data-testid="recorded-steps">
        {steps.map((step, index) => (
          <StepEditor
            key={step.uid}
            index={index}
            step={step}
            choices={choices}
            recordKind={recordKind}
            onChange={(next) => setSteps((current) => current.map((s) => (s.uid === step.uid ? next : s)))}
            onRemove={() => setSteps((current) => current.filter((s) => s.uid !== step.uid))}
          />
        ))}
      </ol>
      {steps.length > 0 && (
        <>
          <label class="field">
            <span class="field-label">{t('panel.recorder.success')}</span>
            <input value={successText} onInput={(event) => setSuccessText(event.currentTarget.value)} />
          </label>
          <label class="field">
            <span class="field-label">{t('panel.recorder.reference')}</span>
            <input
              value={referencePattern}
              placeholder="Nomor referensi: (\S+)"
              onInput={(event) => setReferencePattern(event.currentTarget.value)}
            />
          </label>
          <div class="row">
            <button type="button" class="btn btn-primary" onClick={() => void save()}>
              {t('panel.recorder.save')}
            </button>
            <button type="button" class="btn btn-plain" onClick={props.onClose}>
              {t('panel.close')}
            </button>
          </div>
        </>
      )}
      {saved !== null && <MapTester map={saved} target={target} />}
    </section>
  );
}
