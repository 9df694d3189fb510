/**
 * Import a roster from CSV or Excel: pick a file → preview and column mapping → a row-by-row
 * report → confirm → every ready family written in ONE transaction (all or nothing). Nothing is
 * stored before the confirm. The report is rebuilt live when the mapping changes or when the
 * database changes underneath (another tab adding a family with one of the NIKs).
 */
import { useMemo, useState } from 'preact/hooks';
import { isAppError } from '../../../../shared/errors';
import { describeError } from '../../../../shared/i18n/translate';
import { localDate } from '../../../../shared/model/clock';
import { buildRosterReport } from '../../../../shared/roster/build-roster-report';
import { guessMapping, type RosterMapping } from '../../../../shared/roster/guess-mapping';
import { ROSTER_LIMITS } from '../../../../shared/roster/roster-fields';
import type { RosterTable } from '../../../../shared/roster/roster-table';
import { ROSTER_CSV_HEADERS } from '../../../../shared/roster/roster-to-csv';
import { useApp, useT } from '../../app-context';
import { findGroup, groupRegionCode } from '../../data/groups';
import { importMembers, knownNiks } from '../../data/members';
import { formatBytes } from '../../platform/storage';
import { href } from '../../router';
import { localeOf } from '../../ui/format';
import { Banner, Button, Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { downloadText } from './download-roster';
import { readRosterFile } from './read-roster-file';
import { rosterErrorText } from './roster-error-text';
import { MappingForm, PreviewTable, ReportView } from './roster-review';
import './groups.css';

type Stage =
  | { readonly kind: 'pick'; readonly error: string | null }
  | { readonly kind: 'reading' }
  | { readonly kind: 'review'; readonly fileName: string; readonly table: RosterTable; readonly pick: number }
  | { readonly kind: 'done'; readonly added: number; readonly skipped: number };

export function RosterImport(props: { groupId?: string }) {
  const app = useApp();
  const t = useT();
  const groupId = props.groupId ?? '';
  const data = useLiveQuery(async () => {
    const group = await findGroup(app.db, groupId);
    return group === undefined ? null : { group, existing: await knownNiks(app.db) };
  }, [groupId]);
  const [stage, setStage] = useState<Stage>({ kind: 'pick', error: null });

  if (data === undefined) return <Loading />;
  if (data === null) {
    return (
      <Screen title={t('groups.import.title')} back={href('groups')}>
        <Empty>{t('groups.notFound')}</Empty>
      </Screen>
    );
  }
  const { group } = data;

  async function pick(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so that picking the same file again (after fixing it) is noticed.
    input.value = '';
    if (file === undefined) return;
    setStage({ kind: 'reading' });
    try {
      const table = await readRosterFile(file);
      // Each pick starts a fresh review (mapping guessed anew), even for a file of the same name.
      setStage({ kind: 'review', fileName: file.name, table, pick: Date.now() });
    } catch (error) {
      console.error(error);
      setStage({ kind: 'pick', error: rosterErrorText(app.lang, error) });
    }
  }

  const locale = localeOf(app.lang);
  return (
    <Screen title={t('groups.import.title')} back={href('groups', group.id)}>
      <p class="muted grp-line">{t('groups.member.inGroup', { name: group.name })}</p>
      {stage.kind === 'pick' && (
        <>
          <p class="grp-line">{t('groups.import.intro')}</p>
          <p class="muted grp-line">
            {t('groups.import.limits', {
              size: formatBytes(ROSTER_LIMITS.maxBytes, locale),
              rows: ROSTER_LIMITS.maxRows,
            })}
          </p>
          {stage.error !== null && (
            <div data-testid="import-error">
              <Banner tone="error">{stage.error}</Banner>
            </div>
          )}
          <label class="btn btn-primary grp-file-button">
            <input
              type="file"
              class="grp-visually-hidden"
              accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => void pick(e.currentTarget)}
            />
            {t('groups.import.pick')}
          </label>
          <Button onClick={() => downloadText('contoh-daftar-kpm.csv', `\uFEFF${ROSTER_CSV_HEADERS.join(',')}\r\n`)}>
            {t('groups.import.template')}
          </Button>
        </>
      )}
      {stage.kind === 'reading' && <p aria-busy="true">{t('groups.import.reading')}</p>}
      {stage.kind === 'review' && (
        <Review
          key={stage.pick}
          fileName={stage.fileName}
          table={stage.table}
          groupId={group.id}
          region={groupRegionCode(group)}
          existing={data.existing}
          onDone={(added, skipped) => setStage({ kind: 'done', added, skipped })}
          onCancel={() => setStage({ kind: 'pick', error: null })}
        />
      )}
      {stage.kind === 'done' && (
        <>
          <div data-testid="import-result">
            <Banner tone="ok">
              <strong>{t('groups.import.done', { added: stage.added, skipped: stage.skipped })}</strong>
            </Banner>
          </div>
          <LinkButton tone="primary" href={href('groups', group.id)}>
            {t('groups.import.toGroup')}
          </LinkButton>
          <Button onClick={() => setStage({ kind: 'pick', error: null })}>{t('groups.import.again')}</Button>
        </>
      )}
    </Screen>
  );
}

function Review(props: {
  fileName: string;
  table: RosterTable;
  groupId: string;
  region: string;
  existing: Parameters<typeof buildRosterReport>[2]['existing'];
  onDone(added: number, skipped: number): void;
  onCancel(): void;
}) {
  const app = useApp();
  const t = useT();
  const { table } = props;
  const [mapping, setMapping] = useState<RosterMapping>(() => guessMapping(table.headers));
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const today = localDate(app.write.clock.now());
  const report = useMemo(
    () =>
      buildRosterReport(table, mapping, {
        existing: props.existing,
        today,
        ...(props.region === '' ? {} : { expectedRegion: props.region }),
      }),
    [table, mapping, props.existing, props.region, today],
  );

  async function confirm() {
    setBusy(true);
    setNotice(null);
    try {
      const added = await importMembers(app.write, props.groupId, report.ready);
      props.onDone(added, report.rows.length - added);
    } catch (error) {
      if (isAppError(error) && error.details.reason === 'duplicateNik') {
        setNotice(t('groups.import.changed', { nik: String(error.details.nik) }));
      } else {
        app.notify(describeError(app.lang, error), 'error');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p class="grp-line">
        <strong>{t('groups.import.file', { name: props.fileName, rows: table.rows.length })}</strong>
      </p>
      <PreviewTable table={table} />
      <MappingForm headers={table.headers} mapping={mapping} onChange={setMapping} />
      {notice !== null && <Banner tone="warn">{notice}</Banner>}
      <ReportView report={report} />
      <div class="grp-confirm">
        <Button tone="primary" disabled={busy || report.ready.length === 0} onClick={() => void confirm()}>
          {report.ready.length === 0
            ? t('groups.import.nothing')
            : t('groups.import.confirm', { count: report.ready.length })}
        </Button>
      </div>
      <Button onClick={props.onCancel}>{t('groups.import.back')}</Button>
    </>
  );
}
