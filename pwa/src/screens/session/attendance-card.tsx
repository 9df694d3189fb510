/**
 * One family's attendance card: one tap marks present, further taps cycle the status; a long press
 * (or the small "Catatan" button) opens the note sheet. Status shows as colour AND icon AND word.
 */
import { useRef } from 'preact/hooks';
import type { AttendanceStatus, Member } from '../../../../shared/model/types';
import { useT } from '../../app-context';

export const STATUS_ICON: Readonly<Record<AttendanceStatus | 'none', string>> = {
  hadir: '✓',
  izin: '✉',
  sakit: '✚',
  alpa: '✗',
  none: '○',
};

const LONG_PRESS_MS = 550;
/** A finger that moves this far is scrolling, not pressing. */
const MOVE_TOLERANCE_PX = 12;

export function AttendanceCard(props: {
  member: Member;
  status: AttendanceStatus | null;
  saving: boolean;
  note: string;
  disabled: boolean;
  onTap: () => void;
  onOpenNote: () => void;
}) {
  const t = useT();
  const { member, status } = props;
  const label = status === null ? t('run.att.unmarked') : t(`attendance.${status}`);
  const press = useRef<{ timer: number; x: number; y: number; fired: boolean } | null>(null);

  function cancelPress() {
    if (press.current !== null) clearTimeout(press.current.timer);
  }

  return (
    <li class={`att-card att-${status ?? 'none'}`} data-testid="attendance-card" data-status={status ?? 'none'}>
      <button
        type="button"
        class="att-main"
        aria-label={t('run.att.cardLabel', { name: member.name, status: label })}
        aria-pressed={status !== null}
        aria-busy={props.saving}
        disabled={props.disabled}
        onClick={() => {
          if (press.current?.fired) {
            press.current = null;
            return;
          }
          props.onTap();
        }}
        onPointerDown={(event) => {
          cancelPress();
          const state = { timer: 0, x: event.clientX, y: event.clientY, fired: false };
          state.timer = window.setTimeout(() => {
            state.fired = true;
            props.onOpenNote();
          }, LONG_PRESS_MS);
          press.current = state;
        }}
        onPointerMove={(event) => {
          const state = press.current;
          if (state === null || state.fired) return;
          if (Math.hypot(event.clientX - state.x, event.clientY - state.y) > MOVE_TOLERANCE_PX) cancelPress();
        }}
        onPointerUp={cancelPress}
        onPointerCancel={cancelPress}
        onPointerLeave={cancelPress}
        onContextMenu={(event) => event.preventDefault()}
      >
        <span class="att-name">{member.name}</span>
        <span class="att-nik">
          {t('run.att.nik')} {member.nik}
        </span>
        <span class="att-status">
          <span class="att-icon" aria-hidden="true">
            {STATUS_ICON[status ?? 'none']}
          </span>
          <span>{label}</span>
          {props.saving && <span class="att-saving">{t('run.saving')}</span>}
        </span>
      </button>
      <button
        type="button"
        class="att-note-btn"
        aria-label={t('run.att.noteFor', { name: member.name })}
        onClick={props.onOpenNote}
      >
        <span aria-hidden="true">✎</span>
        <span class="att-note-text">{props.note === '' ? t('run.att.note') : props.note}</span>
      </button>
    </li>
  );
}
