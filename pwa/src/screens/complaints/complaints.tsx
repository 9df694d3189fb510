/**
 * Complaints at a glance: open ones first, the longest-waiting on top, each with its status and
 * its age in days (marked in colour and words past 14 and 30 days); filters by status and
 * category; one big button to receive a new one.
 */
import { useId, useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  type Complaint,
  type ComplaintCategory,
  type ComplaintStatus,
} from '../../../../shared/model/supervision';
import { complaintAgeDays, complaintAgeLevel, isOpenComplaint } from '../../../../shared/supervision/complaint-rules';
import { useApp, useT } from '../../app-context';
import { listComplaints } from '../../data/complaints';
import { href } from '../../router';
import { formatDate } from '../../ui/format';
import { Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { AgeBadge, StatusBadge } from './complaint-badges';
import './complaints.css';

type StatusFilter = 'open' | 'all' | ComplaintStatus;
type CategoryFilter = 'all' | ComplaintCategory;

const isStatusFilter = (value: string | undefined): value is StatusFilter =>
  value === 'open' || value === 'all' || (COMPLAINT_STATUSES as readonly string[]).includes(value ?? '');
const isCategoryFilter = (value: string | undefined): value is CategoryFilter =>
  value === 'all' || (COMPLAINT_CATEGORIES as readonly string[]).includes(value ?? '');

function shown(complaint: Complaint, status: StatusFilter, category: CategoryFilter): boolean {
  const statusOk = status === 'all' || (status === 'open' ? isOpenComplaint(complaint) : complaint.status === status);
  return statusOk && (category === 'all' || complaint.category === category);
}

export function Complaints(props: { status?: string; category?: string }) {
  const app = useApp();
  const t = useT();
  const id = useId();
  const today = localDate(app.write.clock.now());
  const [status, setStatus] = useState<StatusFilter>(isStatusFilter(props.status) ? props.status : 'open');
  const [category, setCategory] = useState<CategoryFilter>(isCategoryFilter(props.category) ? props.category : 'all');
  const complaints = useLiveQuery(() => listComplaints(app.db), []);

  const open = complaints?.filter(isOpenComplaint) ?? [];
  const levels = open.map((c) => complaintAgeLevel(c, complaintAgeDays(c, today)));
  const list = complaints?.filter((c) => shown(c, status, category)) ?? [];

  return (
    <Screen title={t('complaints.title')} back={href('care')}>
      <LinkButton href={href('complaints', 'new')} tone="primary">
        {t('complaints.add')}
      </LinkButton>
      {complaints !== undefined && complaints.length > 0 && (
        <p class="cs-counts" data-testid="complaint-counts">
          {[
            t('complaints.count.open', { count: open.length }),
            t('complaints.count.late', { count: levels.filter((level) => level === 'late').length }),
            t('complaints.count.overdue', { count: levels.filter((level) => level === 'overdue').length }),
          ].join(' · ')}
        </p>
      )}
      <div class="cs-filters">
        <div class="field">
          <label class="field-label" for={`${id}-status`}>
            {t('complaints.filter.status')}
          </label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
            <option value="open">{t('complaints.filter.open')}</option>
            <option value="all">{t('complaints.filter.all')}</option>
            {COMPLAINT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`complaints.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field-label" for={`${id}-category`}>
            {t('complaints.filter.category')}
          </label>
          <select
            id={`${id}-category`}
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as CategoryFilter)}
          >
            <option value="all">{t('complaints.filter.allCategories')}</option>
            {COMPLAINT_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`complaints.category.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {complaints === undefined ? (
        <Loading />
      ) : list.length === 0 ? (
        <Empty>{complaints.length === 0 ? t('complaints.empty') : t('complaints.emptyFilter')}</Empty>
      ) : (
        <ul class="cards cs-list" data-testid="complaint-list">
          {list.map((complaint) => (
            <li key={complaint.id}>
              <a class="card cs-card" href={href('complaints', complaint.id)} data-testid="complaint-card">
                <span class="cs-card-head">
                  <strong>{complaint.complainant.name}</strong>
                  <StatusBadge complaint={complaint} />
                </span>
                <span class="cs-card-meta">
                  <AgeBadge complaint={complaint} today={today} />
                  <span class="muted">
                    {t(`complaints.category.${complaint.category}`)} · {formatDate(complaint.receivedDate, app.lang)}
                  </span>
                </span>
                <span class="cs-excerpt">{complaint.description}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <NavBar current="care" />
    </Screen>
  );
}
