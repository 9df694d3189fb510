/**
 * One group: who is in it and what to do next. The family list filters as the user types (name
 * or NIK, ignoring case and accents); the buttons lead to the family form, the roster import,
 * planning, history and catch-up. A sample group can be removed here in one (confirmed) tap.
 */
import { useState } from 'preact/hooks';
import type { Group, Member } from '../../../../shared/model/types';
import { memberMatcher } from '../../../../shared/roster/search-members';
import { useApp, useT } from '../../app-context';
import { findGroup, setGroupArchived } from '../../data/groups';
import { listMembers } from '../../data/queries';
import { href, navigate } from '../../router';
import { Banner, Button, Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { ComponentTags } from './component-tags';
import './groups.css';

export function GroupDetail(props: { groupId?: string }) {
  const app = useApp();
  const t = useT();
  const groupId = props.groupId ?? '';
  const data = useLiveQuery(async () => {
    const group = await findGroup(app.db, groupId);
    if (group === undefined) return null;
    return { group, members: await listMembers(app.db, groupId) };
  }, [groupId]);

  if (data === undefined) return <Loading />;
  if (data === null) {
    return (
      <Screen title={t('groups.title')} back={href('groups')}>
        <Empty>{t('groups.notFound')}</Empty>
      </Screen>
    );
  }
  const { group, members } = data;
  return (
    <Screen
      title={group.name}
      back={href('groups')}
      actions={<LinkButton href={href('groups', group.id, 'edit')}>{t('pwa.edit')}</LinkButton>}
    >
      {group.demo && <DemoBanner />}
      {group.archived && <ArchivedBanner group={group} />}
      <GroupFacts group={group} members={members} />
      <div class="grp-actions">
        <LinkButton tone="primary" href={href('groups', group.id, 'members', 'new')}>
          {t('groups.addMember')}
        </LinkButton>
        <LinkButton href={href('groups', group.id, 'import')}>{t('groups.importRoster')}</LinkButton>
        <LinkButton href={`${href('plan', 'new')}?group=${encodeURIComponent(group.id)}`}>
          {t('groups.planSession')}
        </LinkButton>
        <LinkButton href={href('groups', group.id, 'history')}>{t('groups.history')}</LinkButton>
        <LinkButton href={href('groups', group.id, 'catch-up')}>{t('groups.catchUp')}</LinkButton>
        <Button
          onClick={async () => {
            const active = members.filter((member) => member.active);
            // The CSV writer (papaparse) loads on first use; most visits never export.
            const loaded = await app.guard(import('./download-roster'));
            if (loaded === undefined) return;
            loaded.downloadRosterCsv(group, active);
            app.notify(t('groups.exported', { count: active.length }));
          }}
        >
          {t('groups.exportCsv')}
        </Button>
      </div>
      <FamilyList members={members} />
    </Screen>
  );
}

function GroupFacts(props: { group: Group; members: readonly Member[] }) {
  const t = useT();
  const { group, members } = props;
  const { region } = group;
  const active = members.filter((member) => member.active);
  const sum = (pick: (member: Member) => number) => active.reduce((total, member) => total + pick(member), 0);
  const totals = [
    ['groups.count.pregnant', sum((m) => (m.components.pregnant ? 1 : 0))],
    ['groups.count.toddlers', sum((m) => m.components.toddlers)],
    ['groups.count.school', sum((m) => m.components.school.sd + m.components.school.smp + m.components.school.sma)],
    ['groups.count.elderly', sum((m) => m.components.elderly)],
    ['groups.count.disability', sum((m) => m.components.severeDisability)],
  ] as const;
  const place = [region.villageName, region.districtName, region.regencyName, region.provinceName].filter(Boolean);
  return (
    <div class="card group-facts">
      {place.length > 0 && (
        <p>
          {place.join(', ')}
          {region.villageCode !== '' && <span class="muted"> ({region.villageCode})</span>}
        </p>
      )}
      {group.leaderName !== '' && <p class="muted grp-line">{t('groups.leaderLine', { name: group.leaderName })}</p>}
      {group.meetingPlace !== '' && (
        <p class="muted grp-line">{t('groups.placeLine', { place: group.meetingPlace })}</p>
      )}
      <ul class="grp-counts" data-testid="family-counts">
        <li>
          <strong>{t('groups.count.active', { count: active.length })}</strong>
        </li>
        {members.length > active.length && (
          <li>{t('groups.count.inactive', { count: members.length - active.length })}</li>
        )}
        {totals
          .filter(([, value]) => value > 0)
          .map(([key, value]) => (
            <li key={key}>{t(key, { count: value })}</li>
          ))}
      </ul>
    </div>
  );
}

function FamilyList(props: { members: readonly Member[] }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const pool = props.members.filter((member) => showInactive || member.active);
  const matches = memberMatcher(query);
  const shown = pool.filter(matches);
  const inactiveCount = props.members.length - props.members.filter((member) => member.active).length;

  return (
    <>
      <h2>{t('groups.families')}</h2>
      {props.members.length === 0 ? (
        <Empty>{t('groups.noMembers')}</Empty>
      ) : (
        <>
          <div class="grp-search">
            <input
              type="search"
              aria-label={t('groups.search')}
              placeholder={t('groups.search')}
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            {inactiveCount > 0 && (
              <label class="grp-toggle">
                <input
                  type="checkbox"
                  checked={showInactive}
                  onChange={(e) => setShowInactive(e.currentTarget.checked)}
                />
                <span>
                  {t('groups.showInactive')} ({inactiveCount})
                </span>
              </label>
            )}
            <p class="muted grp-line" aria-live="polite" data-testid="search-count">
              {t('groups.searchCount', { shown: shown.length, total: pool.length })}
            </p>
          </div>
          {shown.length === 0 ? (
            <Empty>{t('groups.noMatch', { query })}</Empty>
          ) : (
            <ul class="family-list" data-testid="member-list">
              {shown.map((member) => (
                <li key={member.id}>
                  <a class={`card${member.active ? '' : ' family-inactive'}`} href={href('members', member.id)}>
                    <span class="group-card-head">
                      <span class="family-name">{member.name}</span>
                      {!member.active && <span class="tag grp-tag-archived">{t('groups.inactiveTag')}</span>}
                    </span>
                    <span class="grp-nik">{t('groups.nik', { nik: member.nik })}</span>
                    <ComponentTags components={member.components} />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function DemoBanner() {
  const app = useApp();
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  async function remove() {
    setBusy(true);
    const { removeDemoData } = await import('../../data/demo');
    const removed = await app.guard(removeDemoData(app.write));
    setBusy(false);
    if (removed === undefined) return;
    app.notify(t('groups.demoRemoved'));
    navigate(href('groups'));
  }
  return (
    <Banner tone="info">
      <p>
        <span class="tag">{t('pwa.demo')}</span> {t('groups.demoBanner')}
      </p>
      {confirming ? (
        <div class="row">
          <Button tone="danger" disabled={busy} onClick={() => void remove()}>
            {t('groups.removeDemoConfirm')}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t('pwa.cancel')}</Button>
        </div>
      ) : (
        <Button tone="danger" onClick={() => setConfirming(true)}>
          {t('groups.removeDemo')}
        </Button>
      )}
    </Banner>
  );
}

function ArchivedBanner(props: { group: Group }) {
  const app = useApp();
  const t = useT();
  async function unarchive() {
    const saved = await app.guard(setGroupArchived(app.write, props.group, false));
    if (saved !== undefined) app.notify(t('groups.unarchived', { name: saved.name }));
  }
  return (
    <Banner tone="warn">
      <p>{t('groups.archivedBanner')}</p>
      <Button onClick={() => void unarchive()}>{t('groups.unarchive')}</Button>
    </Banner>
  );
}
