/**
 * Import, one step at a time: pick a file (or take the one shared to the app) → the passphrase if
 * it is locked → what will change → import on confirmation → the result.
 *
 * Nothing is written before the facilitator confirms, and the import itself is one transaction
 * (the core's `applyImport`): a wrong passphrase, a damaged file or a full disk leave the device
 * exactly as it was, and the message says so. The same file imported again changes nothing and
 * says "nothing new" before anyone taps "import".
 *
 * When `restoring` (the data of this device was lost, see storage-lost.tsx) and no profile exists
 * yet, the profile is taken from the file, so the facilitator lands on their home screen.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  applyImport,
  type ImportPreview,
  type ImportResult,
  isEncryptedBundle,
  type ParsedBundle,
  previewImport,
  readBundle,
} from '../../../../shared/bundle';
import { useApp, useT } from '../../app-context';
import { BUNDLE_ACCEPT } from '../../platform/share';
import { requestPersistence } from '../../platform/storage';
import { refreshStorage } from '../../platform/storage-watch';
import { Banner, Button, Field } from '../../ui/kit';
import { type ImportProblem, importProblem } from './import-error';
import { ImportPreviewView } from './import-preview';
import { ProgressBar } from './progress-bar';

type Phase =
  | { readonly name: 'pick' }
  | { readonly name: 'reading'; readonly file: File; readonly done: number; readonly total: number }
  | { readonly name: 'passphrase'; readonly file: File; readonly problem: ImportProblem | null }
  | { readonly name: 'preview'; readonly parsed: ParsedBundle; readonly preview: ImportPreview }
  | { readonly name: 'applying'; readonly done: number; readonly total: number }
  | { readonly name: 'done'; readonly result: ImportResult }
  | { readonly name: 'failed'; readonly problem: ImportProblem };

export function ImportFlow(props: {
  /** A file to start with (shared to the app); otherwise the flow starts at the picker. */
  file?: File | null;
  restoring?: boolean;
  onClose: () => void;
}) {
  const app = useApp();
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ name: 'pick' });
  const [passphrase, setPassphrase] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: a given file is read once, when it arrives
  useEffect(() => {
    if (props.file) void open(props.file);
  }, [props.file]);

  async function open(file: File) {
    setPhase({ name: 'reading', file, done: 0, total: 1 });
    try {
      const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
      if (isEncryptedBundle(head)) {
        setPassphrase('');
        setPhase({ name: 'passphrase', file, problem: null });
        return;
      }
      await read(file, undefined);
    } catch (failure) {
      fail(failure);
    }
  }

  async function read(file: File, secret: string | undefined) {
    setPhase({ name: 'reading', file, done: 0, total: 1 });
    try {
      const parsed = await readBundle(file, {
        ...(secret === undefined ? {} : { passphrase: secret }),
        onProgress: (done, total) => setPhase({ name: 'reading', file, done, total }),
      });
      setPassphrase('');
      const preview = await previewImport(app.db, parsed);
      setPhase({ name: 'preview', parsed, preview });
    } catch (failure) {
      const problem = importProblem(app.lang, failure);
      if (problem.wrongPassphrase) setPhase({ name: 'passphrase', file, problem });
      else fail(failure);
    }
  }

  function fail(failure: unknown) {
    console.error(failure);
    setPhase({ name: 'failed', problem: importProblem(app.lang, failure) });
  }

  async function apply(parsed: ParsedBundle) {
    setPhase({ name: 'applying', done: 0, total: 1 });
    try {
      const result = await applyImport(app.write, parsed, {
        onProgress: (done, total) => setPhase({ name: 'applying', done, total }),
      });
      if (props.restoring && app.profile === null) {
        const { name, region, role } = parsed.manifest.facilitator;
        await app.setProfile({ name: name.slice(0, 100), region: region.slice(0, 200), role });
        await requestPersistence().catch(() => false);
      }
      refreshStorage();
      setPhase({ name: 'done', result });
    } catch (failure) {
      fail(failure);
    }
  }

  const picker = (
    <label class="btn btn-primary data-file-pick">
      <input
        class="visually-hidden"
        type="file"
        accept={BUNDLE_ACCEPT.join(',')}
        data-testid="import-file"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file !== undefined) void open(file);
        }}
      />
      {t(phase.name === 'pick' ? 'data.import.pick' : 'data.import.pickOther')}
    </label>
  );

  return (
    <section class="card data-panel" aria-labelledby="import-title" data-testid="import-flow">
      <h2 id="import-title">{t(props.restoring ? 'data.lost.restore' : 'data.import.title')}</h2>
      {phase.name === 'pick' && (
        <>
          <p>{t('data.import.explain')}</p>
          <div class="data-actions">
            {picker}
            <Button onClick={props.onClose}>{t('pwa.cancel')}</Button>
          </div>
        </>
      )}
      {phase.name === 'reading' && (
        <ProgressBar
          label={t('bundle.progress.read', { done: phase.done, total: phase.total })}
          done={phase.done}
          total={phase.total}
        />
      )}
      {phase.name === 'passphrase' && (
        <form
          class="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (passphrase !== '') void read(phase.file, passphrase);
          }}
        >
          <p>{t('bundle.passphrase.ask')}</p>
          <p class="muted">{phase.file.name}</p>
          <Field label={t('bundle.passphrase.label')}>
            <input
              type="password"
              name="import-passphrase"
              autocomplete="off"
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
            />
          </Field>
          {phase.problem !== null && <Banner tone="error">{phase.problem.message}</Banner>}
          <div class="data-actions">
            <Button tone="primary" type="submit" disabled={passphrase === ''}>
              {t('data.import.open')}
            </Button>
            <Button onClick={props.onClose}>{t('pwa.cancel')}</Button>
          </div>
        </form>
      )}
      {phase.name === 'preview' && (
        <>
          <ImportPreviewView preview={phase.preview} parsed={phase.parsed} />
          <div class="data-actions">
            {phase.preview.writes > 0 && (
              <Button tone="primary" onClick={() => void apply(phase.parsed)}>
                {t('data.import.apply')}
              </Button>
            )}
            <Button onClick={props.onClose}>{t(phase.preview.writes > 0 ? 'pwa.cancel' : 'data.done')}</Button>
          </div>
        </>
      )}
      {phase.name === 'applying' && (
        <ProgressBar
          label={t('bundle.progress.apply', { done: phase.done, total: phase.total })}
          done={phase.done}
          total={phase.total}
        />
      )}
      {phase.name === 'done' && (
        <>
          <Banner tone="ok">
            <strong data-testid="import-result">
              {phase.result.writes === 0
                ? t('data.import.nothingNew')
                : t('bundle.result.done', {
                    added: phase.result.totals.added,
                    updated: phase.result.totals.updated,
                    deleted: phase.result.totals.deleted,
                  })}
            </strong>
          </Banner>
          <div class="data-actions">
            <Button tone="primary" onClick={props.onClose}>
              {t('data.done')}
            </Button>
          </div>
        </>
      )}
      {phase.name === 'failed' && (
        <>
          <Banner tone="error">
            <p data-testid="import-error">{phase.problem.message}</p>
            {phase.problem.detail !== null && <p class="data-detail">{phase.problem.detail}</p>}
          </Banner>
          <div class="data-actions">
            {picker}
            <Button onClick={props.onClose}>{t('pwa.cancel')}</Button>
          </div>
        </>
      )}
    </section>
  );
}
