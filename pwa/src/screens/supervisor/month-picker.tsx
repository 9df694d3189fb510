import { shiftMonth } from '../../../../shared/supervision/month-range';
import { useApp, useT } from '../../app-context';
import { formatMonth } from '../../ui/format';

/**
 * The month shown, with big previous / next links (the month lives in the URL, so the back button
 * and a reload keep it). The future has no data: "next" stops at this month.
 */
export function MonthPicker(props: { month: string; current: string; hrefOf: (month: string) => string }) {
  const { lang } = useApp();
  const t = useT();
  const next = shiftMonth(props.month, 1);
  return (
    <nav class="sv-month" aria-label={t('supervisor.month.label')}>
      <a class="btn sv-month-step" href={props.hrefOf(shiftMonth(props.month, -1))} data-testid="month-previous">
        <span aria-hidden="true">‹</span>
        <span class="visually-hidden">{t('supervisor.month.previous')}</span>
      </a>
      <h2 class="sv-month-name" aria-live="polite" data-testid="month-name">
        {formatMonth(props.month, lang)}
      </h2>
      {next <= props.current ? (
        <a class="btn sv-month-step" href={props.hrefOf(next)} data-testid="month-next">
          <span aria-hidden="true">›</span>
          <span class="visually-hidden">{t('supervisor.month.next')}</span>
        </a>
      ) : (
        <span class="btn sv-month-step sv-month-off" aria-hidden="true">
          ›
        </span>
      )}
      {props.month !== props.current && (
        <a class="btn btn-plain sv-month-now" href={props.hrefOf(props.current)}>
          {t('supervisor.month.current')}
        </a>
      )}
    </nav>
  );
}
