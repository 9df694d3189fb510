/** The portal tab the panel fills, chosen from the web tabs it may see. */

import { usePanel } from './panel-context';
import type { TargetTab } from './use-target-tab';

export function TabPicker(props: { tabs: readonly TargetTab[]; target: TargetTab | null; onChoose(id: number): void }) {
  const { t } = usePanel();
  if (props.tabs.length === 0) return <p class="muted">{t('panel.tab.none')}</p>;
  return (
    <label class="field">
      <span class="field-label">{t('panel.tab.label')}</span>
      <select
        value={String(props.target?.id ?? '')}
        onChange={(event) => props.onChoose(Number(event.currentTarget.value))}
      >
        {props.tabs.map((tab) => (
          <option key={tab.id} value={String(tab.id)}>
            {tab.title} — {new URL(tab.url).host}
          </option>
        ))}
      </select>
    </label>
  );
}
