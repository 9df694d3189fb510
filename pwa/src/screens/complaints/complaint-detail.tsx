/**
 * One complaint: `#/complaints/new?member=<id>` receives a new one (the family filled in when
 * known); `#/complaints/:complaintId` shows who, what, how old it is and where it stands, the next
 * steps the flow allows, and every step taken with its note.
 */
import { localDate } from '../../../../shared/model/clock';
import type { Complaint, FamilyRef } from '../../../../shared/model/supervision';
import { useApp, useT } from '../../app-context';
import { familyRefOf, findComplaint } from '../../data/complaints';
import { href } from '../../router';
import { formatDate, localeOf } from '../../ui/format';
import { Empty, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { AgeBadge, StatusBadge } from './complaint-badges';
import { ComplaintForm } from './complaint-form';
import { ComplaintSteps } from './complaint-steps';
import './complaints.css';

export function ComplaintDetail(props: { complaintId?: string; member?: string }) {
  return props.complaintId === undefined ? (
    <NewComplaint memberId={props.member} />
  ) : (
    <ShowComplaint id={props.complaintId} />
  );
}

function NewComplaint(props: { memberId: string | undefined }) {
  const app = useApp();
  const t = useT();
  const family = useLiveQuery(async (): Promise<FamilyRef | null> => {
    if (props.memberId === undefined) return null;
    const member = await app.db.members.get(props.memberId);
    return member === undefined || member.deletedAt !== null ? null : familyRefOf(member);
  }, [props.memberId]);
  return (
    <Screen title={t('complaints.new')} back={href('complaints')}>
      {family === undefined ? <Loading /> : <ComplaintForm family={family} />}
      <NavBar current="care" />
    </Screen>
  );
}

function ShowComplaint(props: { id: string }) {
  const app = useApp();
  const t = useT();
  const complaint = useLiveQuery(async () => (await findComplaint(app.db, props.id)) ?? null, [props.id]);
  if (complaint === undefined) return <Loading />;
  return (
    <Screen title={t('complaints.detailTitle')} back={href('complaints')}>
      {complaint === null ? <Empty>{t('complaints.notFound')}</Empty> : <ComplaintView complaint={complaint} />}
      <NavBar current="care" />
    </Screen>
  );
}

function ComplaintView(props: { complaint: Complaint }) {
  const app = useApp();
  const t = useT();
  const { complaint } = props;
  const { complainant: family } = complaint;
  const today = localDate(app.write.clock.now());
  const when = new Intl.DateTimeFormat(localeOf(app.lang), { dateStyle: 'medium', timeStyle: 'short' });
  const ids = [family.nik && `NIK ${family.nik}`, family.pkhId && `PKH ${family.pkhId}`, family.address].filter(
    Boolean,
  );

  return (
    <>
      <section class="card cs-summary" aria-labelledby="cmp-family">
        <h2 id="cmp-family">{family.name}</h2>
        {ids.length > 0 && <p class="muted">{ids.join(' · ')}</p>}
        <div class="cs-badges">
          <StatusBadge complaint={complaint} />
          <AgeBadge complaint={complaint} today={today} />
        </div>
        <dl class="cs-facts">
          <div>
            <dt>{t('complaints.what')}</dt>
            <dd>{t(`complaints.category.${complaint.category}`)}</dd>
          </div>
          <div>
            <dt>{t('complaints.channelLabel')}</dt>
            <dd>{t(`complaints.channel.${complaint.channel}`)}</dd>
          </div>
          <div>
            <dt>{t('complaints.receivedDate')}</dt>
            <dd>{formatDate(complaint.receivedDate, app.lang, 'long')}</dd>
          </div>
          {complaint.worker !== '' && (
            <div>
              <dt>{t('complaints.worker')}</dt>
              <dd>{complaint.worker}</dd>
            </div>
          )}
          {complaint.escalatedTo !== '' && (
            <div>
              <dt>{t('complaints.escalatedTo')}</dt>
              <dd data-testid="complaint-escalated-to">{complaint.escalatedTo}</dd>
            </div>
          )}
        </dl>
        <h3>{t('complaints.description')}</h3>
        <p class="cs-text" data-testid="complaint-description">
          {complaint.description}
        </p>
        {complaint.status === 'closed' && (
          <>
            <h3>{t('complaints.answerGiven')}</h3>
            <p class="cs-text" data-testid="complaint-answer">
              {complaint.answer}
            </p>
            {complaint.closedDate !== null && (
              <p class="muted">
                {t('complaints.closedOn', { date: formatDate(complaint.closedDate, app.lang, 'long') })}
              </p>
            )}
          </>
        )}
      </section>
      <ComplaintSteps key={`${complaint.id}@${complaint.status}`} complaint={complaint} />
      <section aria-labelledby="cmp-history">
        <h2 id="cmp-history">{t('complaints.history')}</h2>
        <ol class="cs-history" data-testid="complaint-history">
          {complaint.history.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: history is append-only, so a step keeps its index
            <li key={index}>
              <strong>{t(`complaints.status.${step.status}`)}</strong>
              <span class="muted"> · {when.format(new Date(step.at))}</span>
              {step.note !== '' && <p class="cs-text">{step.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
