import { useApp, useT } from '../../app-context';
import { useCurriculum } from '../../data/curriculum';
import { loadSessionRecords, type SheetRow } from '../../data/followup';
import { href } from '../../router';
import { Empty, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { PaperHeader, PaperSignatures } from './paper-header';
import { PrintBar } from './print-bar';
import { statusKey } from './session-name';
import './followup.css';
import './print.css';

/**
 * The paper attendance sheet (daftar hadir) families sign at the meeting: one row per expected
 * family, tall enough for a pen, the header row repeated on every page. Once attendance is
 * recorded the remarks column says so, which makes it the archive copy too.
 */
export function PrintAttendance(props: { readonly sessionId?: string; readonly [param: string]: string | undefined }) {
  // Route params arrive as text; a missing one finds nothing and shows "not found".
  const sessionId = props.sessionId ?? '';
  const app = useApp();
  const t = useT();
  const records = useLiveQuery(() => loadSessionRecords(app.db, sessionId), [sessionId]);
  const curriculum = useCurriculum(app.db);

  if (records === undefined) return <Loading />;
  if (records === null) {
    return (
      <Screen title={t('followup.sheet.title')} back="#/">
        <Empty>{t('followup.notFound.session')}</Empty>
        <NavBar current="plan" />
      </Screen>
    );
  }
  return (
    <div class="fu-printable">
      <Screen title={t('followup.sheet.title')} back={href('sessions', records.session.id)}>
        <PrintBar />
        <article class="paper" aria-label={t('followup.sheet.title')}>
          <PaperHeader heading={t('followup.sheet.heading')} records={records} curriculum={curriculum} />
          {records.rows.length === 0 ? (
            <Empty>{t('followup.sheet.empty')}</Empty>
          ) : (
            <table class="paper-table sheet-table" data-testid="attendance-sheet">
              <thead>
                <tr>
                  <th scope="col" class="col-no">
                    {t('followup.sheet.no')}
                  </th>
                  <th scope="col">{t('followup.sheet.name')}</th>
                  <th scope="col" class="col-nik">
                    {t('followup.sheet.nik')}
                  </th>
                  <th scope="col" class="col-sign">
                    {t('followup.sheet.signature')}
                  </th>
                  <th scope="col" class="col-remark">
                    {t('followup.sheet.remark')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {records.rows.map((row, i) => (
                  <SheetLine key={row.member.id} row={row} number={i + 1} />
                ))}
              </tbody>
            </table>
          )}
          <p class="paper-total">{t('followup.sheet.total', { count: records.rows.length })}</p>
          <PaperSignatures records={records} withLeader={true} />
        </article>
        <NavBar current="plan" />
      </Screen>
    </div>
  );
}

function SheetLine(props: { row: SheetRow; number: number }) {
  const t = useT();
  const { row, number } = props;
  const remark = [row.status === null ? '' : t(statusKey(row.status)), row.note].filter(Boolean).join(' — ');
  return (
    <tr data-member-id={row.member.id}>
      <td class="col-no">{number}</td>
      <td class="col-name">{row.member.name}</td>
      <td class="col-nik">{row.member.nik}</td>
      {/* Numbers alternate left and right, as on paper sheets, so neighbours sign in turn. */}
      <td class="col-sign">
        <span class={number % 2 === 1 ? 'sign-left' : 'sign-right'}>{number}.</span>
      </td>
      <td class="col-remark">{remark}</td>
    </tr>
  );
}
