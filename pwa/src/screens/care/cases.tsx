/**
 * The case list: open cases first with what is overdue or due today, closed ones after; find one
 * by the family's name or NIK or the case title. Opening a case and the monthly report start here.
 */
import { useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import { foldText, memberMatcher } from '../../../../shared/roster/search-members';
import { caseDueStates } from '../../../../shared/supervision/case-rules';
import { useApp, useT } from '../../app-context';
import { listAllEntries, listCases } from '../../data/cases';
import { href } from '../../router';
import { formatDate } from '../../ui/format';
import { Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { needKey } from './care-labels';
import './care.css';

const FILTERS = ['open', 'closed', 'all'] as const;
type Filter = (typeof FILTERS)[number];

export function Cases(_props: { readonly [key: string]: string | undefined }) {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const [filter, setFilter] = useState<Filter>('open');
  const [query, setQuery] = useState('');
  const data = useLiveQuery(async () => {
    const [cases, entries] = await Promise.all([listCases(app.db), listAllEntries(app.db)]);
    return { cases, entries };
  }, []);

  if (data === undefined) {
    return (
      <Screen title={t('care.cases.title')} back={href('care')}>
        <Loading />
      </Screen>
    );
  }
  const counts = {
    open: data.cases.filter((c) => c.status === 'open').length,
    closed: data.cases.filter((c) => c.status === 'closed').length,
    all: data.cases.length,
  };
  const byFamily = memberMatcher(query);
  const folded = foldText(query);
  const shown = data.cases.filter(
    (c) => (filter === 'all' || c.status === filter) && (byFamily(c.family) || foldText(c.title).includes(folded)),
  );

  return (
    <Screen title={t('care.cases.title')} back={href('care')}>
      <div class="row">
        <LinkButton href={href('cases', 'new')} tone="primary">
          {t('care.cases.new')}
        </LinkButton>
        <LinkButton href={`${href('cases', 'report')}?month=${today.slice(0, 7)}`}>{t('care.report.open')}</LinkButton>
      </div>
      <fieldset class="care-chips">
        <legend class="visually-hidden">{t('care.cases.filter')}</legend>
        {FILTERS.map((value) => (
          <label key={value} class={`chip care-chip${filter === value ? ' chip-on' : ''}`}>
            <input type="radio" name="case-filter" checked={filter === value} onChange={() => setFilter(value)} />
            <span>{t(`care.cases.filter.${value}`, { count: counts[value] })}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span class="field-label">{t('care.cases.search')}</span>
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {shown.length === 0 ? (
        <Empty>{data.cases.length === 0 ? t('care.cases.empty') : t('care.cases.noMatch')}</Empty>
      ) : (
        <ul class="cards" data-testid="case-list">
          {shown.map((c) => {
            const states = [
              ...caseDueStates(
                c,
                data.entries.filter((e) => e.caseId === c.id),
                today,
              ).values(),
            ];
            const overdue = states.filter((s) => s === 'overdue').length;
            const dueToday = states.filter((s) => s === 'today').length;
            return (
              <li key={c.id}>
                <a class="card care-case-card" href={href('cases', c.id)} data-testid="case-card">
                  <strong>{c.title}</strong>
                  <span>{c.family.name}</span>
                  <span class="muted">
                    {c.status === 'open'
                      ? t('care.cases.openedOn', { date: formatDate(c.openedDate, app.lang) })
                      : t('care.cases.closedOn', { date: formatDate(c.closedDate ?? c.openedDate, app.lang) })}
                  </span>
                  <span class="care-tags">
                    {c.status === 'closed' && (
                      <span class="care-badge care-badge-done">{t('care.case.status.closed')}</span>
                    )}
                    {overdue > 0 && (
                      <span class="care-badge care-badge-overdue">
                        {t('care.hub.casesOverdue', { count: overdue })}
                      </span>
                    )}
                    {dueToday > 0 && (
                      <span class="care-badge care-badge-today">{t('care.hub.casesToday', { count: dueToday })}</span>
                    )}
                    {c.assessment.needs.map((need) => (
                      <span key={need} class="care-badge care-badge-muted">
                        {t(needKey(need))}
                      </span>
                    ))}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <NavBar current="care" />
    </Screen>
  );
}
