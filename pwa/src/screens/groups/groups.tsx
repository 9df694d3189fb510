/**
 * The facilitator's groups. Archived groups are hidden unless asked for; sample groups carry the
 * SAMPLE tag. A new group is typed in place (the same form as the group screen), and once saved
 * the list says so and offers the next step: its families.
 */
import { useState } from 'preact/hooks';
import { useApp, useT } from '../../app-context';
import { countMembersByGroup, listGroups } from '../../data/queries';
import { href } from '../../router';
import { Banner, Button, Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { GroupForm } from './group-edit';
import './groups.css';

export function Groups(props: { created?: string }) {
  const app = useApp();
  const t = useT();
  const [showArchived, setShowArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  // A group saved here; `created` comes from the group screen after a save there.
  const [savedId, setSavedId] = useState<string | undefined>(props.created);
  const data = useLiveQuery(
    async () => ({ groups: await listGroups(app.db), counts: await countMembersByGroup(app.db) }),
    [],
  );
  const created = data?.groups.find((group) => group.id === savedId);
  const shown = data?.groups.filter((group) => showArchived || !group.archived) ?? [];
  const archivedCount = data?.groups.filter((group) => group.archived).length ?? 0;

  return (
    <Screen title={t('groups.title')} back="#/">
      {created !== undefined && (
        <div class="grp-created">
          <Banner tone="ok">
            <p>{t('groups.createdNext', { name: created.name })}</p>
            <div class="row">
              <LinkButton href={href('groups', created.id, 'members', 'new')} tone="primary">
                {t('groups.addMember')}
              </LinkButton>
              <LinkButton href={href('groups', created.id, 'import')}>{t('groups.importRoster')}</LinkButton>
            </div>
          </Banner>
        </div>
      )}
      {adding ? (
        <div class="card">
          <h2>{t('groups.new')}</h2>
          <GroupForm
            group={undefined}
            onSaved={(group) => {
              setAdding(false);
              setSavedId(group.id);
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      ) : (
        <Button tone="primary" onClick={() => setAdding(true)}>
          {t('groups.add')}
        </Button>
      )}
      {archivedCount > 0 && (
        <label class="grp-toggle">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          <span>
            {t('groups.showArchived')} ({archivedCount})
          </span>
        </label>
      )}
      {data === undefined ? (
        <Loading />
      ) : shown.length === 0 ? (
        <Empty>{t('groups.empty')}</Empty>
      ) : (
        <ul class="cards" data-testid="group-list">
          {shown.map((group) => (
            <li key={group.id}>
              <a class="card" href={href('groups', group.id)}>
                <span class="group-card-head">
                  <strong>{group.name}</strong>
                  {group.demo && <span class="tag">{t('pwa.demo')}</span>}
                  {group.archived && <span class="tag grp-tag-archived">{t('groups.archivedTag')}</span>}
                </span>
                <span class="muted">
                  {[group.region.villageName, t('pwa.home.families', { count: data.counts.get(group.id) ?? 0 })]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <NavBar current="groups" />
    </Screen>
  );
}
