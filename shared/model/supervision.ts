/**
 * The supervisor's records (Peksos Supervisor; facilitators share cases, complaints and stories).
 * Same rules as every other row: client-made ids, meta, soft deletes, local dates. Snapshots of a
 * family's identifiers are kept on cases and complaints because a supervisor often works from a
 * facilitator's bundle where the family row may later change or be missing.
 */
import type { Instant, LocalDate, Meta } from './types';

/** One scored item of the session-observation checklist (our own items, editable per device). */
export interface ObservationScore {
  readonly itemId: string;
  /** The item's text when scored, so history reads right after the item list is edited. */
  readonly label: string;
  /** 1 = kurang, 2 = cukup, 3 = baik, 4 = sangat baik; null = not observed. */
  readonly score: 1 | 2 | 3 | 4 | null;
  readonly note: string;
}

export interface FollowUp {
  readonly id: string;
  readonly text: string;
  readonly dueDate: LocalDate | null;
  readonly done: boolean;
}

export interface Observation extends Meta {
  /** The observed session when it is in this database (e.g. imported from the facilitator's bundle). */
  readonly sessionId: string | null;
  readonly facilitator: string;
  readonly groupName: string;
  readonly curriculumCode: string;
  readonly date: LocalDate;
  readonly scores: readonly ObservationScore[];
  readonly notes: string;
  readonly followUps: readonly FollowUp[];
}

export interface FamilyRef {
  /** The family's row when known on this device. */
  readonly memberId: string | null;
  readonly name: string;
  readonly nik: string;
  readonly pkhId: string;
  readonly address: string;
}

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_NEEDS = [
  'health',
  'education',
  'economy',
  'housing',
  'childProtection',
  'disability',
  'elderly',
  'documents',
  'psychosocial',
] as const;
export type CaseNeed = (typeof CASE_NEEDS)[number];

export interface CaseRecord extends Meta {
  readonly family: FamilyRef;
  readonly title: string;
  readonly openedDate: LocalDate;
  readonly status: CaseStatus;
  /** Bio-psycho-social assessment: free text per area plus structured needs. */
  readonly assessment: {
    readonly bio: string;
    readonly psycho: string;
    readonly social: string;
    readonly needs: readonly CaseNeed[];
  };
  readonly closedDate: LocalDate | null;
  readonly outcome: string;
  /** Who handles it (facilitator or supervisor name). */
  readonly worker: string;
}

export const CASE_ENTRY_KINDS = ['action', 'referral', 'visit'] as const;
export type CaseEntryKind = (typeof CASE_ENTRY_KINDS)[number];

export const REFERRAL_SERVICES = ['posyandu', 'puskesmas', 'school', 'socialServices', 'police', 'other'] as const;
export type ReferralService = (typeof REFERRAL_SERVICES)[number];

export const CASE_ENTRY_STATUSES = ['planned', 'inProgress', 'done', 'cancelled'] as const;
export type CaseEntryStatus = (typeof CASE_ENTRY_STATUSES)[number];

/** A planned action, a referral to a service, or a follow-up visit of a case. */
export interface CaseEntry extends Meta {
  readonly caseId: string;
  readonly kind: CaseEntryKind;
  readonly text: string;
  readonly service: ReferralService | null;
  readonly status: CaseEntryStatus;
  readonly dueDate: LocalDate | null;
  readonly doneDate: LocalDate | null;
  readonly notes: string;
}

export const COMPLAINT_CATEGORIES = ['payment', 'dataError', 'eligibility', 'service', 'conduct', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_CHANNELS = ['inPerson', 'phone', 'whatsapp', 'letter', 'meeting', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** The complaint flow: received → documented → clarified → handled or escalated → closed. */
export const COMPLAINT_STATUSES = ['received', 'documented', 'clarified', 'handled', 'escalated', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export interface ComplaintStep {
  readonly status: ComplaintStatus;
  readonly at: Instant;
  readonly note: string;
}

export interface Complaint extends Meta {
  readonly receivedDate: LocalDate;
  readonly complainant: FamilyRef;
  readonly category: ComplaintCategory;
  readonly channel: ComplaintChannel;
  readonly description: string;
  readonly status: ComplaintStatus;
  readonly history: readonly ComplaintStep[];
  /** Where it was escalated to, when it was. */
  readonly escalatedTo: string;
  /** The answer given to the family when closed. */
  readonly answer: string;
  readonly closedDate: LocalDate | null;
  readonly worker: string;
}

export interface StoryConsent {
  readonly given: boolean;
  /** Who agreed (the carer's name) and how: signed form, recorded voice, witnessed verbal. */
  readonly by: string;
  readonly method: 'signed' | 'recorded' | 'verbal' | null;
  readonly recordedAt: Instant | null;
  /** A media row holding the recorded consent (audio/photo of the signed form), when any. */
  readonly mediaId: string | null;
}

export interface Story extends Meta {
  readonly family: FamilyRef;
  readonly title: string;
  readonly text: string;
  readonly consent: StoryConsent;
  readonly worker: string;
}

export const MEDIA_KINDS = ['photo', 'video', 'audio'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** A photo, video or audio clip of a story (or its recorded consent). */
export interface Media extends Meta {
  readonly storyId: string;
  readonly kind: MediaKind;
  readonly blob: Blob;
  readonly mimeType: string;
  readonly size: number;
  readonly durationSeconds: number | null;
  readonly caption: string;
  readonly takenAt: Instant;
}
