import { localTime } from '../../../../shared/model/clock';
import type { Session } from '../../../../shared/model/types';
import { useApp, useT } from '../../app-context';
import type { Curriculum } from '../../data/curriculum';
import type { SessionRecords } from '../../data/followup';
import { formatDate, localeOf } from '../../ui/format';
import { moduleName, sessionName } from './session-name';

/** When the meeting happened: the recorded start and end once run, the planned time before. */
export function meetingTime(session: Session, range: (start: string, end: string) => string): string {
  if (session.startedAt !== null && session.endedAt !== null) {
    return range(localTime(new Date(session.startedAt)), localTime(new Date(session.endedAt)));
  }
  if (session.startedAt !== null) return localTime(new Date(session.startedAt));
  return session.plannedTime;
}

/** Who ran it: the group's facilitator, else the person using this device. */
export function useFacilitator(records: SessionRecords): string {
  const { profile } = useApp();
  return records.group?.facilitator || profile?.name || '';
}

/** The top of a printed sheet: programme lines, the document's name, and the meeting's details. */
export function PaperHeader(props: { heading: string; records: SessionRecords; curriculum: Curriculum | undefined }) {
  const { lang } = useApp();
  const t = useT();
  const { session, group } = props.records;
  const found = props.curriculum?.find(session.curriculumCode);
  const facilitator = useFacilitator(props.records);
  const region = group?.region;
  const left: [string, string][] = [
    [t('followup.sheet.group'), group?.name ?? '—'],
    [t('followup.sheet.village'), region?.villageName || '—'],
    [t('followup.sheet.district'), region?.districtName || '—'],
    [t('followup.sheet.regency'), region?.regencyName || '—'],
    [t('followup.sheet.facilitator'), facilitator || '—'],
  ];
  const right: [string, string][] = [
    [t('followup.sheet.module'), moduleName(found ? props.curriculum?.moduleOf(found) : undefined, lang)],
    [t('followup.sheet.session'), sessionName(props.curriculum, session.curriculumCode, lang)],
    [t('followup.sheet.date'), formatDate(session.actualDate ?? session.plannedDate, lang, 'long')],
    [t('followup.sheet.time'), meetingTime(session, (start, end) => t('followup.sheet.timeRange', { start, end }))],
    [t('followup.sheet.place'), session.place || group?.meetingPlace || '—'],
  ];
  return (
    <header class="paper-head">
      <p class="paper-program">{t('followup.sheet.pkh')}</p>
      <h2 class="paper-title">{props.heading}</h2>
      <p class="paper-program">{t('followup.sheet.program')}</p>
      {session.catchUpFor.length > 0 && <p class="paper-catchup">{t('followup.sheet.catchUp')}</p>}
      <div class="paper-meta">
        {[left, right].map((column, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two fixed columns
          <dl key={i}>
            {column.map(([label, value]) => (
              <div key={label} class="paper-pair">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ))}
      </div>
    </header>
  );
}

/** Signature lines at the foot of a sheet: the group leader's and the facilitator's. */
export function PaperSignatures(props: { records: SessionRecords; withLeader: boolean }) {
  const { lang } = useApp();
  const t = useT();
  const { session, group } = props.records;
  const facilitator = useFacilitator(props.records);
  // "Pakansari, 10 Januari 2026": the way a letter is dated, without the weekday.
  const [y, m, d] = (session.actualDate ?? session.plannedDate).split('-').map(Number);
  const date = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1),
  );
  return (
    <footer class="paper-signatures">
      {props.withLeader && (
        <div class="paper-sign">
          <p>&nbsp;</p>
          <p>{t('followup.sheet.signLeader')}</p>
          <p class="paper-sign-name">{group?.leaderName || ''}</p>
        </div>
      )}
      <div class="paper-sign">
        <p>{t('followup.sheet.placeDate', { place: group?.region.villageName || '…………', date })}</p>
        <p>{t('followup.sheet.signFacilitator')}</p>
        <p class="paper-sign-name">{facilitator}</p>
      </div>
    </footer>
  );
}
