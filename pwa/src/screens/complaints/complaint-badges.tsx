/**
 * Status and age at a glance. Colour is never the only signal: a late complaint also says so in
 * words ("more than 14 days"), and the status is a word, not a dot.
 */
import type { Complaint } from '../../../../shared/model/supervision';
import { complaintAgeDays, complaintAgeLevel } from '../../../../shared/supervision/complaint-rules';
import { useT } from '../../app-context';

export function StatusBadge(props: { complaint: Pick<Complaint, 'status'> }) {
  const t = useT();
  const { status } = props.complaint;
  return (
    <span class={`cs-badge cs-status cs-status-${status}`} data-testid="complaint-status">
      {t(`complaints.status.${status}`)}
    </span>
  );
}

export function AgeBadge(props: { complaint: Complaint; today: string }) {
  const t = useT();
  const days = complaintAgeDays(props.complaint, props.today);
  const level = complaintAgeLevel(props.complaint, days);
  const text =
    props.complaint.status === 'closed'
      ? t('complaints.age.closedAfter', { days })
      : level === 'overdue'
        ? t('complaints.age.overdue', { days })
        : level === 'late'
          ? t('complaints.age.late', { days })
          : days === 0
            ? t('complaints.age.today')
            : t('complaints.age.days', { days });
  return (
    <span class={`cs-badge cs-age cs-age-${level}`} data-testid="complaint-age" data-age-level={level}>
      {level !== 'fresh' && <span aria-hidden="true">!</span>}
      {text}
    </span>
  );
}
