/**
 * Export: choose what (everything, a date range, some groups), lock it with a passphrase, watch
 * the progress, then share or save the finished file with one more tap (the share sheet needs a
 * fresh tap; a long export has used up the first one).
 *
 * `backup` is the one-tap backup: everything, always encrypted, only the passphrase is asked.
 * `fixed` exports a scope chosen by the caller (the photo clean-up). Only a file holding
 * everything counts as a backup for the reminder, and only once it was shared or saved.
 */
import { useState } from 'preact/hooks';
import type { BundleScope } from '../../../../shared/bundle';
import { describeError } from '../../../../shared/i18n/translate';
import { isLocalDate, localDate } from '../../../../shared/model/clock';
import { useApp, useT } from '../../app-context';
import { recordBackup } from '../../data/backup';
import { listGroups } from '../../data/queries';
import { canShareFile, downloadFile, type SaveOutcome, shareOrDownload } from '../../platform/file-save';
import { formatBytes } from '../../platform/storage';
import { refreshStorage } from '../../platform/storage-watch';
import { localeOf } from '../../ui/format';
import { Banner, Button, Field } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { makeExportFile } from './export-file';
import { PassphraseFields, type PassphraseValue, passphraseProblem } from './passphrase-fields';
import { ProgressBar } from './progress-bar';

type ScopeKind = BundleScope['kind'];
type Phase =
  | { readonly name: 'form' }
  | { readonly name: 'working'; readonly done: number; readonly total: number }
  | { readonly name: 'ready'; readonly file: File; readonly madeAt: Date; readonly saved: SaveOutcome | null };

export function ExportPanel(props: {
  mode: 'backup' | 'custom' | 'fixed';
  fixedScope?: BundleScope;
  title: string;
  onSaved?: (file: File) => void;
  onClose: () => void;
}) {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const [kind, setKind] = useState<ScopeKind>('all');
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [groupIds, setGroupIds] = useState<ReadonlySet<string>>(new Set());
  const [encrypt, setEncrypt] = useState(true);
  const [pass, setPass] = useState<PassphraseValue>({ first: '', second: '' });
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'form' });
  const groups = useLiveQuery(() => listGroups(app.db), []);

  const needsPass = props.mode === 'backup' || encrypt;
  const scope: BundleScope | null =
    props.mode === 'fixed'
      ? (props.fixedScope ?? null)
      : props.mode === 'backup' || kind === 'all'
        ? { kind: 'all' }
        : kind === 'dateRange'
          ? isLocalDate(from) && isLocalDate(to) && from <= to
            ? { kind: 'dateRange', from, to }
            : null
          : groupIds.size > 0
            ? { kind: 'groups', groupIds: [...groupIds] }
            : null;

  async function start(event: Event) {
    event.preventDefault();
    setTried(true);
    setError(null);
    const profile = app.profile;
    if (scope === null || profile === null) return;
    if (needsPass && passphraseProblem(pass) !== null) return;
    const madeAt = app.write.clock.now();
    setPhase({ name: 'working', done: 0, total: 1 });
    try {
      const file = await makeExportFile(app.db, profile, madeAt, {
        scope,
        ...(needsPass ? { passphrase: pass.first } : {}),
        onProgress: (done, total) => setPhase({ name: 'working', done, total }),
      });
      // The passphrase has done its job: it is not kept anywhere.
      setPass({ first: '', second: '' });
      setPhase({ name: 'ready', file, madeAt, saved: null });
    } catch (failure) {
      console.error(failure);
      setError(describeError(app.lang, failure));
      setPhase({ name: 'form' });
    }
  }

  async function save(ready: Extract<Phase, { name: 'ready' }>, how: 'share' | 'download') {
    let outcome: SaveOutcome;
    if (how === 'share') outcome = await shareOrDownload(ready.file, ready.file.name);
    else {
      downloadFile(ready.file);
      outcome = 'downloaded';
    }
    if (outcome === 'cancelled') return;
    if (scope?.kind === 'all') await app.guard(recordBackup(app.db, ready.madeAt));
    setPhase({ ...ready, saved: outcome });
    app.notify(t(outcome === 'shared' ? 'data.export.sharedDone' : 'data.export.savedDone', { name: ready.file.name }));
    refreshStorage();
    props.onSaved?.(ready.file);
  }

  if (phase.name === 'working') {
    return (
      <section class="card data-panel" aria-labelledby="export-title">
        <h2 id="export-title">{props.title}</h2>
        <ProgressBar
          label={t('bundle.progress.export', { done: phase.done, total: phase.total })}
          done={phase.done}
          total={phase.total}
        />
      </section>
    );
  }

  if (phase.name === 'ready') {
    const shareable = canShareFile(phase.file);
    return (
      <section class="card data-panel" aria-labelledby="export-title" data-testid="export-ready">
        <h2 id="export-title">{props.title}</h2>
        <Banner tone="ok">
          <p>
            {t('data.export.ready', {
              name: phase.file.name,
              size: formatBytes(phase.file.size, localeOf(app.lang)),
            })}
          </p>
        </Banner>
        <p>{t('data.export.whereTo')}</p>
        <div class="data-actions">
          {shareable && (
            <Button tone="primary" onClick={() => void save(phase, 'share')}>
              {t('data.export.share')}
            </Button>
          )}
          <Button tone={shareable ? 'plain' : 'primary'} onClick={() => void save(phase, 'download')}>
            {t('data.export.download')}
          </Button>
          <Button onClick={props.onClose}>{t(phase.saved === null ? 'pwa.cancel' : 'data.done')}</Button>
        </div>
        {phase.saved !== null && (
          <p class="muted" data-testid="export-saved">
            {t(phase.saved === 'shared' ? 'data.export.sharedDone' : 'data.export.savedDone', {
              name: phase.file.name,
            })}
          </p>
        )}
      </section>
    );
  }

  return (
    <form class="card data-panel form" aria-labelledby="export-title" onSubmit={(e) => void start(e)}>
      <h2 id="export-title">{props.title}</h2>
      {props.mode === 'backup' && <p>{t('data.backup.explain')}</p>}
      {props.mode === 'custom' && (
        <fieldset class="choices">
          <legend>{t('data.export.what')}</legend>
          {(['all', 'dateRange', 'groups'] as const).map((value) => (
            <label key={value} class="choice">
              <input type="radio" name="scope" checked={kind === value} onChange={() => setKind(value)} />
              <span>{t(`data.export.scope.${value}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {props.mode === 'custom' && kind === 'dateRange' && (
        <div class="data-dates">
          <Field label={t('data.export.from')}>
            <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
          </Field>
          <Field label={t('data.export.to')} error={tried && scope === null ? t('data.export.badRange') : undefined}>
            <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
          </Field>
        </div>
      )}
      {props.mode === 'custom' && kind === 'groups' && (
        <fieldset class="choices" data-testid="export-groups">
          <legend>{t('data.export.pickGroups')}</legend>
          {(groups ?? []).map((group) => (
            <label key={group.id} class="choice">
              <input
                type="checkbox"
                checked={groupIds.has(group.id)}
                onChange={(e) => {
                  const next = new Set(groupIds);
                  if (e.currentTarget.checked) next.add(group.id);
                  else next.delete(group.id);
                  setGroupIds(next);
                }}
              />
              <span>{group.name}</span>
            </label>
          ))}
          {tried && scope === null && (
            <span class="field-error" role="alert">
              {t('data.export.noGroups')}
            </span>
          )}
        </fieldset>
      )}
      {props.mode !== 'backup' && (
        <label class="choice">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />
          <span>{t('data.export.encrypt')}</span>
        </label>
      )}
      {needsPass ? (
        <PassphraseFields value={pass} onChange={setPass} showErrors={tried} />
      ) : (
        <Banner tone="warn">{t('data.export.plainWarning')}</Banner>
      )}
      {error !== null && <Banner tone="error">{error}</Banner>}
      <div class="data-actions">
        <Button tone="primary" type="submit">
          {t(props.mode === 'backup' ? 'data.backup.make' : 'data.export.make')}
        </Button>
        <Button onClick={props.onClose}>{t('pwa.cancel')}</Button>
      </div>
    </form>
  );
}
