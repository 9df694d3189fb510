/**
 * How the care screens name things: entry kinds, referral services, statuses, needs and ratings
 * by catalogue key, and the due badge (words and colour together, never colour alone).
 */
import type { Lang, MessageKey } from '../../../../shared/i18n/translate';
import type { CaseEntryKind, CaseEntryStatus, CaseNeed, ReferralService } from '../../../../shared/model/supervision';
import { type Rating, ratingOf } from '../../../../shared/supervision/observation-summary';
import { useT } from '../../app-context';
import { formatNumber } from '../../ui/format';

export const entryKindKey = (kind: CaseEntryKind): MessageKey => `care.entry.kind.${kind}`;
export const serviceKey = (service: ReferralService): MessageKey => `care.service.${service}`;
export const entryStatusKey = (status: CaseEntryStatus): MessageKey => `care.entry.status.${status}`;
export const needKey = (need: CaseNeed): MessageKey => `care.need.${need}`;
export const ratingKey = (rating: Rating): MessageKey => `care.rating.${rating}`;

/** A mean score as "3,2" (one decimal, the user's way of writing numbers). */
export function formatScore(mean: number, lang: Lang): string {
  return formatNumber(Math.round(mean * 10) / 10, lang, 1);
}

/** "3,2 (Baik)", or a dash when nothing was scored. */
export function useMeanText(): (mean: number | null, lang: Lang) => string {
  const t = useT();
  return (mean, lang) =>
    mean === null
      ? t('care.obs.noMean')
      : t('care.obs.meanValue', { mean: formatScore(mean, lang), rating: t(ratingKey(ratingOf(mean))) });
}

/** "Terlambat 3 hari" in red, or "Hari ini" in amber. */
export function DueBadge(props: { days: number }) {
  const t = useT();
  return props.days > 0 ? (
    <span class="care-badge care-badge-overdue">{t('care.due.overdue', { days: props.days })}</span>
  ) : (
    <span class="care-badge care-badge-today">{t('care.due.today')}</span>
  );
}
