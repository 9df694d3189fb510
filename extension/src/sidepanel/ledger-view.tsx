/**
 * The ledger: everything Lentera entered in a portal, newest first, searchable by group, session,
 * reference, map or site. "Send again" exists only for a record the extension still holds, and
 * only after the user confirms it in so many words: the portal would get it a second time.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AppError } from '../../../shared/errors';
import { normalizeText } from '../../../shared/fill/collected-field';
import type { FillOutcome } from '../../../shared/fill/fill-messages';
import type { LedgerRow } from '../background/queue-messages';
import { sendToBackground } from '../platform/browser';
import { problemText } from './batch-view';
import { formatInstant } from './format';
import { usePanel } from './panel-context';
import { errorText, RecordLine } from './record-line';
import { fillOne } from './run-fill';
import { readSubmit } from './submit-setting';
import type { TargetTab } from './use-target-tab';

function searchText(row: LedgerRow, mapName: string): string {
  const s = row.summary;
  const parts = [row.reference, row.mapId, mapName, row.portalOrigin, row.recordKey, row.result];
  if (s !== null) parts.push(s.groupName, s.sessionTitle, String(s.sessionNumber), s.date, s.member?.name ?? '');
  return normalizeText(parts.join(' '));
}

function SendAgain(props: { row: LedgerRow; target: TargetTab | null; onDone(): void }) {
  const { t, lang, fail } = usePanel();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FillOutcome | null>(null);
  const { row, target } = props;

  async function send() {
    if (target === null) return;
    setBusy(true);
    try {
      const { record } = await sendToBackground('panel.record', { recordKey: row.recordKey });
      if (record === null) throw new AppError('db.notFound', { what: row.recordKey });
      const submit = await readSubmit(row.mapId);
      const fillTarget = { tabId: target.id, formUrl: target.url, mapId: row.mapId, submit };
      setOutcome(await fillOne(fillTarget, record, { reopen: false, force: true }));
      setAsking(false);
      props.onDone();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  if (outcome !== null) {
    return (
      <p class="muted" role="status">
        {outcome.status === 'sent'
          ? t('panel.result.sent', { reference: outcome.reference ?? '—' })
          : t(`panel.result.${outcome.status}`)}
        {outcome.problems.map((p) => ` ${problemText(lang, p)}`).join('')}
      </p>
    );
  }
  if (!asking) {
    return (
      <button type="button" class="btn btn-plain" onClick={() => setAsking(true)} disabled={row.summary === null}>
        {t('panel.ledger.sendAgain')}
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend>{t('panel.ledger.sendAgain')}</legend>
      <p>
        {t('panel.ledger.confirm', {
          when: formatInstant(row.at, lang),
          reference: row.reference || '—',
          page: target === null ? '—' : new URL(target.url).host,
        })}
      </p>
      <div class="row">
        <button type="button" class="btn btn-danger" disabled={busy || target === null} onClick={() => void send()}>
          {t('panel.ledger.confirmYes')}
        </button>
        <button type="button" class="btn btn-plain" onClick={() => setAsking(false)}>
          {t('panel.cancel')}
        </button>
      </div>
    </fieldset>
  );
}

export function LedgerView(props: { target: TargetTab | null }) {
  const { t, lang, fail, dataVersion, dataChanged } = usePanel();
  const [rows, setRows] = useState<readonly LedgerRow[] | null>(null);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [query, setQuery] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the data changed
  useEffect(() => {
    let live = true;
    Promise.all([sendToBackground('panel.ledger', {}), sendToBackground('fill.maps', {})]).then(([ledger, maps]) => {
      if (!live) return;
      setRows(ledger.entries);
      setNames(new Map(maps.maps.map((m) => [m.id, m.name])));
    }, fail);
    return () => {
      live = false;
    };
  }, [dataVersion, fail]);

  const shown = useMemo(() => {
    const wanted = normalizeText(query);
    return (rows ?? []).filter((row) => wanted === '' || searchText(row, names.get(row.mapId) ?? '').includes(wanted));
  }, [rows, names, query]);

  return (
    <section class="view" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('panel.ledger.title')}</h2>
      <label class="field">
        <span class="field-label">{t('panel.ledger.search')}</span>
        <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </label>
      {rows !== null && shown.length === 0 && <p class="empty">{t('panel.ledger.empty')}</p>}
      <ul class="ledger" data-testid="ledger">
        {shown.map((row) => (
          <li key={row.id} class={`result result-${row.result}`}>
            {row.summary !== null ? <RecordLine summary={row.summary} /> : <span>{row.recordKey}</span>}
            <strong class="result-status">
              {row.result === 'sent'
                ? t('panel.result.sent', { reference: row.reference || '—' })
                : t(`panel.result.${row.result}`)}
            </strong>
            <span class="record-meta">
              {t('panel.ledger.meta', {
                when: formatInstant(row.at, lang),
                map: names.get(row.mapId) ?? row.mapId,
                site: row.portalOrigin,
              })}
            </span>
            {row.error !== null && <span class="problem">{errorText(lang, row.error)}</span>}
            {row.result === 'sent' && <SendAgain row={row} target={props.target} onDone={dataChanged} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
