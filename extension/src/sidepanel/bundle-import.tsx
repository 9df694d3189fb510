/**
 * Importing a bundle file from the tablet into the extension: pick the file, give the passphrase
 * when it is encrypted, see what it would change (new, changed, conflicts), then import. The bundle
 * core does the work: nothing is written before "import", the import is one transaction, and
 * importing the same file twice writes nothing the second time.
 */
import { useState } from 'preact/hooks';
import {
  applyImport,
  BUNDLE_LIMITS,
  type ImportPreview,
  isEncryptedBundle,
  type ParsedBundle,
  previewImport,
  readBundle,
  type TableCounts,
} from '../../../shared/bundle/index';
import { AppError } from '../../../shared/errors';
import { describeError } from '../../../shared/i18n/translate';
import { TABLE_NAMES } from '../../../shared/model/types';
import { extensionWriteContext } from '../background/ledger';
import { formatInstant } from './format';
import { usePanel } from './panel-context';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'passphrase'; readonly bytes: Uint8Array; readonly name: string }
  | { readonly kind: 'preview'; readonly parsed: ParsedBundle; readonly preview: ImportPreview; readonly name: string };

/** Every table a bundle carries is named in the bundle catalogue; anything else counts as "other". */
const NAMED_TABLES = TABLE_NAMES;

interface Row {
  readonly key: string;
  readonly label: string;
  readonly added: number;
  readonly changed: number;
  readonly conflicts: number;
}

function rowsOf(preview: ImportPreview, t: ReturnType<typeof usePanel>['t']): Row[] {
  const named = new Set<string>(NAMED_TABLES);
  const counts = Object.entries(preview.tables as Readonly<Record<string, TableCounts>>);
  const row = (key: string, label: string, list: readonly TableCounts[]): Row => ({
    key,
    label,
    added: list.reduce((n, c) => n + c.added, 0),
    changed: list.reduce((n, c) => n + c.updated + c.deleted + c.tombstones, 0),
    conflicts: list.reduce((n, c) => n + c.conflicts, 0),
  });
  const rows = NAMED_TABLES.flatMap((table) => {
    const c = (preview.tables as Readonly<Record<string, TableCounts | undefined>>)[table];
    return c === undefined ? [] : [row(table, t(`bundle.table.${table}`), [c])];
  });
  rows.push(
    row(
      'other',
      t('panel.table.other'),
      counts.filter(([k]) => !named.has(k)).map(([, c]) => c),
    ),
  );
  return rows.filter((r) => r.added + r.changed + r.conflicts > 0);
}

function Preview(props: { preview: ImportPreview; name: string }) {
  const { t, lang } = usePanel();
  const { preview } = props;
  const rows = rowsOf(preview, t);
  return (
    <div class="preview" data-testid="bundle-preview">
      <p>
        {t('panel.bundle.from', {
          file: props.name,
          name: preview.manifest.facilitator.name,
          when: formatInstant(preview.manifest.createdAt, lang),
        })}
      </p>
      {preview.writes === 0 ? (
        <p class="banner banner-info">{t('panel.bundle.nothingNew')}</p>
      ) : (
        <table class="counts">
          <thead>
            <tr>
              <th scope="col">{t('panel.bundle.table')}</th>
              <th scope="col">{t('panel.bundle.added')}</th>
              <th scope="col">{t('panel.bundle.updated')}</th>
              <th scope="col">{t('panel.bundle.conflicts')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.added}</td>
                <td>{row.changed}</td>
                <td>{row.conflicts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.totals.conflicts > 0 && <p class="muted">{t('panel.bundle.conflictRule')}</p>}
    </div>
  );
}

export function BundleImport() {
  const { t, fail, notify, dataChanged } = usePanel();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const reset = () => {
    setStep({ kind: 'idle' });
    setPassphrase('');
    setProgress(null);
    setInputKey((k) => k + 1);
  };

  async function open(bytes: Uint8Array, name: string, secret?: string) {
    const parsed = await readBundle(bytes, secret === undefined ? {} : { passphrase: secret });
    const { db } = await extensionWriteContext();
    setStep({ kind: 'preview', parsed, preview: await previewImport(db, parsed), name });
  }

  async function pick(file: File | undefined) {
    setError(null);
    if (file === undefined) return;
    try {
      if (file.size > BUNDLE_LIMITS.fileBytes)
        throw new AppError('bundle.tooLarge', { size: file.size, max: BUNDLE_LIMITS.fileBytes });
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (isEncryptedBundle(bytes)) setStep({ kind: 'passphrase', bytes, name: file.name });
      else await open(bytes, file.name);
    } catch (failure) {
      setError(failure);
      setStep({ kind: 'idle' });
    }
  }

  async function unlock(event: Event) {
    event.preventDefault();
    if (step.kind !== 'passphrase') return;
    setError(null);
    try {
      await open(step.bytes, step.name, passphrase);
    } catch (failure) {
      setError(failure);
    }
  }

  async function apply() {
    if (step.kind !== 'preview') return;
    try {
      const result = await applyImport(await extensionWriteContext(), step.parsed, {
        onProgress: (done, total) => setProgress({ done, total }),
      });
      notify(t('panel.bundle.done', { writes: result.writes }), 'ok');
      reset();
      dataChanged();
    } catch (failure) {
      setProgress(null);
      fail(failure);
    }
  }

  return (
    <section class="card" aria-labelledby="bundle-title">
      <h3 id="bundle-title">{t('panel.bundle.title')}</h3>
      <p class="muted">{t('panel.bundle.help')}</p>
      <label class="field">
        <span class="field-label">{t('panel.bundle.file')}</span>
        <input
          key={inputKey}
          type="file"
          accept=".lentera,.zip,application/zip,application/octet-stream"
          data-testid="bundle-file"
          onChange={(event) => void pick(event.currentTarget.files?.[0])}
        />
      </label>
      {error !== null && <ErrorLine error={error} />}
      {step.kind === 'passphrase' && (
        <form class="stack" onSubmit={(event) => void unlock(event)}>
          <label class="field">
            <span class="field-label">{t('panel.bundle.passphrase')}</span>
            <input
              type="password"
              autocomplete="off"
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="btn btn-primary" disabled={passphrase === ''}>
            {t('panel.bundle.unlock')}
          </button>
        </form>
      )}
      {step.kind === 'preview' && (
        <>
          <Preview preview={step.preview} name={step.name} />
          {progress !== null && (
            <progress max={progress.total} value={progress.done} aria-label={t('panel.bundle.importing')} />
          )}
          <div class="row">
            {step.preview.writes > 0 && (
              <button type="button" class="btn btn-primary" disabled={progress !== null} onClick={() => void apply()}>
                {t('panel.bundle.import')}
              </button>
            )}
            <button type="button" class="btn btn-plain" onClick={reset}>
              {t('panel.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function ErrorLine(props: { error: unknown }) {
  const { lang } = usePanel();
  return (
    <p class="banner banner-error" role="alert">
      {describeError(lang, props.error)}
    </p>
  );
}
