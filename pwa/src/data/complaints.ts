/**
 * Complaints (pengaduan) on this device: receive one, move it through its flow, read them back.
 * The flow's rules are pure (shared/supervision/complaint-rules.ts); here they meet the database.
 * A step re-reads the row inside its transaction, so two tabs cannot both move the same complaint
 * from the same status, and the step is written with its history entry or not at all.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { createRow, updateRow, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import { localDate } from '../../../shared/model/clock';
import type { Complaint, FamilyRef } from '../../../shared/model/supervision';
import type { Member } from '../../../shared/model/types';
import {
  applyComplaintStep,
  type ComplaintDraft,
  type ComplaintMove,
  checkComplaintDraft,
  sortComplaints,
} from '../../../shared/supervision/complaint-rules';

/** The family's identifiers as kept on a complaint or story (a snapshot: the row may change later). */
export function familyRefOf(member: Member): FamilyRef {
  return { memberId: member.id, name: member.name, nik: member.nik, pkhId: member.pkhId, address: member.address };
}

/** Live complaints, open ones first and the oldest of those on top. */
export async function listComplaints(db: LenteraDB): Promise<Complaint[]> {
  const rows = (await db.complaints.toArray()).filter((row) => row.deletedAt === null);
  return sortComplaints(rows);
}

export async function findComplaint(db: LenteraDB, id: string): Promise<Complaint | undefined> {
  const row = await db.complaints.get(id);
  return row === undefined || row.deletedAt !== null ? undefined : row;
}

/** Stores a new complaint as "received". Throws `input.invalid` (nothing written) when the draft has issues. */
export async function receiveComplaint(ctx: WriteContext, draft: ComplaintDraft, worker: string): Promise<Complaint> {
  const now = ctx.clock.now();
  const checked = checkComplaintDraft(draft, localDate(now));
  if (checked.complaint === null) {
    const first = checked.issues[0];
    throw new AppError('input.invalid', { field: first?.field ?? 'complaint', detail: first?.key ?? 'complaint' });
  }
  return createRow(ctx, 'complaints', {
    ...checked.complaint,
    status: 'received',
    history: [{ status: 'received', at: now.toISOString(), note: '' }],
    escalatedTo: '',
    answer: '',
    closedDate: null,
    worker: worker.trim(),
  });
}

export type StepInput = Omit<ComplaintMove, 'at' | 'today'>;

/** Moves the complaint one step along its flow; refuses a move its current status does not allow. */
export async function moveComplaint(ctx: WriteContext, complaintId: string, input: StepInput): Promise<Complaint> {
  const { db } = ctx;
  return db.transaction('rw', [db.complaints, db.changes], async () => {
    const current = await findComplaint(db, complaintId);
    if (current === undefined) throw new AppError('db.notFound', { what: complaintId });
    const now = ctx.clock.now();
    const changes = applyComplaintStep(current, { ...input, at: now.toISOString(), today: localDate(now) });
    return updateRow(ctx, 'complaints', current, changes);
  });
}
