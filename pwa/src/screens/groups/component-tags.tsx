/** A family's components as small tags: what a facilitator scans for before a health or school session. */
import type { Components } from '../../../../shared/model/types';
import { useT } from '../../app-context';

export function ComponentTags(props: { components: Components }) {
  const t = useT();
  const { components: c } = props;
  const tags: Array<[string, string]> = [];
  if (c.pregnant) tags.push(['pregnant', t('groups.tag.pregnant')]);
  if (c.toddlers > 0) tags.push(['toddlers', t('groups.tag.toddlers', { count: c.toddlers })]);
  if (c.school.sd > 0) tags.push(['school', t('groups.tag.sd', { count: c.school.sd })]);
  if (c.school.smp > 0) tags.push(['school', t('groups.tag.smp', { count: c.school.smp })]);
  if (c.school.sma > 0) tags.push(['school', t('groups.tag.sma', { count: c.school.sma })]);
  if (c.elderly > 0) tags.push(['elderly', t('groups.tag.elderly', { count: c.elderly })]);
  if (c.severeDisability > 0) tags.push(['disability', t('groups.tag.disability', { count: c.severeDisability })]);
  if (tags.length === 0) return null;
  return (
    <span class="comp-tags">
      {tags.map(([kind, text]) => (
        <span key={text} class={`comp-tag comp-${kind}`}>
          {text}
        </span>
      ))}
    </span>
  );
}
