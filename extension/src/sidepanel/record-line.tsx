/** How a record reads in the queue, the results and the ledger: group, session, date, counts. */
import type { ErrorData } from '../../../shared/errors';
import { describeError } from '../../../shared/i18n/translate';
import type { RecordSummary } from '../background/queue';
import { formatDate } from './format';
import { usePanel } from './panel-context';

export function RecordLine(props: { summary: RecordSummary }) {
  const { t, lang } = usePanel();
  const { summary } = props;
  const counts = summary.counts;
  return (
    <span class="record">
      <span class="record-title">
        {summary.groupName} ·{' '}
        {t('panel.record.session', { number: summary.sessionNumber, title: summary.sessionTitle })}
      </span>
      <span class="record-meta">
        {formatDate(summary.date, lang)}
        {counts !== null && ` · ${t('panel.record.counts', counts)}`}
        {summary.member !== null &&
          ` · ${t('panel.record.member', {
            name: summary.member.name,
            nik: summary.member.nik,
            status: t(`attendance.${summary.member.status}`),
          })}`}
      </span>
    </span>
  );
}

/** A stored error text (the ledger keeps ErrorData as JSON) or plain data, translated. */
export function errorText(lang: Parameters<typeof describeError>[0], error: ErrorData | string | null): string {
  if (error === null || error === '') return '';
  if (typeof error !== 'string') return describeError(lang, error);
  try {
    return describeError(lang, JSON.parse(error) as unknown);
  } catch {
    return error;
  }
}
