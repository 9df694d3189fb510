import type { AttendanceStatus } from '../../../../shared/model/types';
import { useT } from '../../app-context';
import type { CellStatus } from '../../data/followup';
import { statusKey } from './session-name';

/** A status as a word in a coloured pill: the colour helps, the word carries the meaning. */
export function StatusBadge(props: { status: CellStatus | AttendanceStatus | null }) {
  const t = useT();
  return <span class={`fu-badge fu-badge-${props.status ?? 'unmarked'}`}>{t(statusKey(props.status))}</span>;
}
