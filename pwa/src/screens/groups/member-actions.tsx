/** What else can happen to a saved family: move to another group, deactivate or reactivate, history. */
import { useState } from 'preact/hooks';
import type { Group, Member } from '../../../../shared/model/types';
import { useApp, useT } from '../../app-context';
import { moveMember, setMemberActive } from '../../data/members';
import { href } from '../../router';
import { Button, LinkButton } from '../../ui/kit';

export function MemberActions(props: { member: Member; groups: readonly Group[] }) {
  const app = useApp();
  const t = useT();
  const { member } = props;
  const targets = props.groups.filter((group) => group.id !== member.groupId && !group.archived);
  const [target, setTarget] = useState(targets[0]?.id ?? '');

  async function move() {
    const group = targets.find((candidate) => candidate.id === target);
    if (group === undefined) return;
    const moved = await app.guard(moveMember(app.write, member, group.id));
    if (moved !== undefined) app.notify(t('groups.member.moved', { name: moved.name, group: group.name }));
  }

  async function toggleActive() {
    const saved = await app.guard(setMemberActive(app.write, member, !member.active));
    if (saved === undefined) return;
    app.notify(t(saved.active ? 'groups.member.reactivated' : 'groups.member.deactivated', { name: saved.name }));
  }

  return (
    <>
      <div class="grp-section">
        <LinkButton href={href('members', member.id, 'history')}>{t('groups.member.history')}</LinkButton>
      </div>
      <div class="grp-section">
        <h2>{t('groups.member.move')}</h2>
        {targets.length === 0 ? (
          <p class="muted grp-line">{t('groups.member.moveNone')}</p>
        ) : (
          <div class="row">
            <label class="field" style={{ flex: '1 1 240px' }}>
              <span class="field-label">{t('groups.member.moveTo')}</span>
              <select name="moveTo" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                {targets.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </label>
            <Button onClick={() => void move()}>{t('groups.member.moveButton')}</Button>
          </div>
        )}
      </div>
      <div class="grp-section">
        <p class="muted grp-line">{t('groups.member.deactivateExplain')}</p>
        <Button tone={member.active ? 'danger' : 'primary'} onClick={() => void toggleActive()}>
          {member.active ? t('groups.member.deactivate') : t('groups.member.reactivate')}
        </Button>
      </div>
    </>
  );
}
