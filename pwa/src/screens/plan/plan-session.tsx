/**
 * `#/plan/new?group=&code=&catchUpFor=` and `#/sessions/:sessionId/edit`: loads what the form
 * needs (groups, the curriculum, the session being edited) and hands it to `PlanForm`.
 */
import type { Member } from '../../../../shared/model/types';
import { useApp, useT } from '../../app-context';
import { useCurriculum } from '../../data/curriculum';
import { listGroups } from '../../data/queries';
import { href } from '../../router';
import { Banner, Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { PlanForm } from './plan-form';
import './plan.css';

export function PlanSession(props: Record<string, string>) {
  const app = useApp();
  const t = useT();
  const curriculum = useCurriculum(app.db);
  const sessionId = props.sessionId;
  const requestedCatchUp = (props.catchUpFor ?? '').split(',').filter((id) => id !== '');
  const data = useLiveQuery(async () => {
    const groups = await listGroups(app.db, { archived: false });
    const existing = sessionId === undefined ? null : ((await app.db.sessions.get(sessionId)) ?? null);
    const catchUpIds = existing?.catchUpFor ?? requestedCatchUp;
    const catchUpMembers = (await app.db.members.bulkGet([...catchUpIds])).filter(
      (m): m is Member => m !== undefined && m.deletedAt === null,
    );
    // The group of a session being edited stays choosable even if it was archived since.
    const own = existing === null ? undefined : await app.db.groups.get(existing.groupId);
    if (own !== undefined && own.deletedAt === null && !groups.some((g) => g.id === own.id)) groups.push(own);
    return { groups, existing, catchUpIds, catchUpMembers };
  }, [sessionId, props.catchUpFor]);

  const editing = sessionId !== undefined;
  const catchUp = (data?.catchUpIds.length ?? requestedCatchUp.length) > 0;
  const title = editing
    ? t('session.plan.editTitle')
    : catchUp
      ? t('session.plan.catchUpTitle')
      : t('session.plan.title');

  if (data === undefined || curriculum === undefined) {
    return (
      <Screen title={title} back={href('plan')}>
        <Loading />
      </Screen>
    );
  }
  const { existing } = data;
  if (editing && (existing === null || existing.deletedAt !== null)) {
    return (
      <Screen title={title} back={href('plan')}>
        <Empty>{t('session.plan.notFound')}</Empty>
      </Screen>
    );
  }
  if (existing !== null && existing.status !== 'planned') {
    return (
      <Screen title={title} back={href('sessions', existing.id)}>
        <Banner tone="info">{t('session.plan.notPlanned')}</Banner>
        <LinkButton href={href('sessions', existing.id)} tone="primary">
          {t('session.plan.openSession')}
        </LinkButton>
      </Screen>
    );
  }
  if (data.catchUpIds.length > 0 && data.catchUpMembers.length === 0) {
    return (
      <Screen title={title} back={href('plan')}>
        <Banner tone="error">{t('session.problem.catchUpMembers')}</Banner>
      </Screen>
    );
  }
  if (data.groups.length === 0) {
    return (
      <Screen title={title} back={href('plan')}>
        <Empty>{t('session.plan.noGroups')}</Empty>
        <LinkButton href={href('groups')} tone="primary">
          {t('session.plan.addGroup')}
        </LinkButton>
      </Screen>
    );
  }
  return (
    <Screen title={title} back={existing === null ? href('plan') : href('sessions', existing.id)}>
      <PlanForm
        key={existing?.id ?? 'new'}
        groups={data.groups}
        curriculum={curriculum}
        existing={existing}
        initialGroupId={data.catchUpMembers[0]?.groupId ?? props.group}
        initialCode={props.code}
        catchUpMembers={data.catchUpMembers}
      />
    </Screen>
  );
}
