/**
 * Success stories as pure rules. The one that matters most: **a story leaves the device only with
 * the family's recorded consent** — who agreed, how (signed form, recorded voice, witnessed
 * verbal) and when. `canPublish` is the single check; every export path (the card route, the
 * image, the page, the share sheet) calls it, and the builders of the image and the page call
 * `assertPublishable` themselves, so a new button cannot forget it.
 */
import { AppError } from '../errors';
import type { MessageKey } from '../i18n/translate';
import { isLocalDate } from '../model/clock';
import { MEDIA_KINDS, type MediaKind, type Story, type StoryConsent } from '../model/supervision';
import type { Instant, LocalDate } from '../model/types';
import { checkFamilyRef, type FamilyField, type FormIssue } from './complaint-rules';

export const STORY_LIMITS = {
  title: 120,
  text: 10_000,
  consentBy: 100,
  /** A testimony is short: one minute is enough to say what changed, and stays a few MB. */
  clipSeconds: 60,
  /** A gallery clip larger than this would crowd a cheap tablet and every bundle it travels in. */
  mediaBytes: 25 * 1024 * 1024,
  quote: 160,
} as const;

export const CONSENT_METHODS = ['signed', 'recorded', 'verbal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export type PublishBlock = 'deleted' | 'noConsent' | 'consentNoName' | 'consentNoMethod' | 'consentNoDate';
export type PublishCheck = { readonly ok: true } | { readonly ok: false; readonly reason: PublishBlock };

/** What the user reads when a story cannot be published, per reason. */
export const PUBLISH_BLOCK_KEYS: Readonly<Record<PublishBlock, MessageKey>> = {
  deleted: 'stories.publish.deleted',
  noConsent: 'stories.publish.noConsent',
  consentNoName: 'stories.publish.consentNoName',
  consentNoMethod: 'stories.publish.consentNoMethod',
  consentNoDate: 'stories.publish.consentNoDate',
};

/** Whether the story may be exported or shared, and if not, why. */
export function canPublish(story: Pick<Story, 'consent' | 'deletedAt'>): PublishCheck {
  if (story.deletedAt !== null) return { ok: false, reason: 'deleted' };
  const { consent } = story;
  if (!consent.given) return { ok: false, reason: 'noConsent' };
  if (consent.by.trim() === '') return { ok: false, reason: 'consentNoName' };
  if (consent.method === null || !CONSENT_METHODS.includes(consent.method)) {
    return { ok: false, reason: 'consentNoMethod' };
  }
  if (consent.recordedAt === null || Number.isNaN(Date.parse(consent.recordedAt))) {
    return { ok: false, reason: 'consentNoDate' };
  }
  return { ok: true };
}

/** Throws when the story may not leave the device; export builders call it before building. */
export function assertPublishable(story: Pick<Story, 'consent' | 'deletedAt'>): void {
  const check = canPublish(story);
  if (!check.ok) throw new AppError('input.invalid', { field: 'consent', reason: check.reason, detail: check.reason });
}

export const NO_CONSENT: StoryConsent = { given: false, by: '', method: null, recordedAt: null, mediaId: null };

export interface ConsentDraft {
  readonly by: string;
  readonly method: ConsentMethod | null;
  /** The day it was given, as the family and the facilitator remember it. */
  readonly date: LocalDate;
  /** The family said yes to publication: the box the facilitator ticks in front of them. */
  readonly agreed: boolean;
  readonly mediaId: string | null;
}

export type ConsentField = 'by' | 'method' | 'date' | 'agreed';

/**
 * The consent to store, with `recordedAt` from `at` (now) when it was given today, else noon of
 * the day given, so the date reads the same in every time zone of Indonesia.
 */
export function checkConsentDraft(
  draft: ConsentDraft,
  today: LocalDate,
  at: Instant,
): { readonly consent: StoryConsent | null; readonly issues: readonly FormIssue<ConsentField>[] } {
  const issues: FormIssue<ConsentField>[] = [];
  const by = draft.by.trim();
  if (by === '') issues.push({ field: 'by', key: 'stories.check.consentBy', values: {} });
  if (by.length > STORY_LIMITS.consentBy) {
    issues.push({ field: 'by', key: 'stories.check.tooLong', values: { max: STORY_LIMITS.consentBy } });
  }
  if (draft.method === null || !CONSENT_METHODS.includes(draft.method)) {
    issues.push({ field: 'method', key: 'stories.check.consentMethod', values: {} });
  }
  if (!isLocalDate(draft.date)) issues.push({ field: 'date', key: 'stories.check.consentDate', values: {} });
  else if (draft.date > today) issues.push({ field: 'date', key: 'stories.check.consentDateFuture', values: {} });
  if (!draft.agreed) issues.push({ field: 'agreed', key: 'stories.check.consentAgreed', values: {} });
  if (issues.length > 0 || draft.method === null) return { consent: null, issues };
  const recordedAt = draft.date === today ? at : `${draft.date}T05:00:00.000Z`;
  return { consent: { given: true, by, method: draft.method, recordedAt, mediaId: draft.mediaId }, issues };
}

export interface StoryDraft {
  readonly family: Story['family'];
  readonly title: string;
  readonly text: string;
}

export type StoryField = FamilyField | 'title' | 'text';

export function checkStoryDraft(
  draft: StoryDraft,
  today: LocalDate,
): {
  readonly story: Pick<Story, 'family' | 'title' | 'text'> | null;
  readonly issues: readonly FormIssue<StoryField>[];
} {
  const family = checkFamilyRef(draft.family, today);
  const issues: FormIssue<StoryField>[] = [...family.issues];
  const title = draft.title.trim();
  const text = draft.text.trim();
  if (title === '') issues.push({ field: 'title', key: 'stories.check.titleEmpty', values: {} });
  if (title.length > STORY_LIMITS.title) {
    issues.push({ field: 'title', key: 'stories.check.tooLong', values: { max: STORY_LIMITS.title } });
  }
  if (text.length > STORY_LIMITS.text) {
    issues.push({ field: 'text', key: 'stories.check.tooLong', values: { max: STORY_LIMITS.text } });
  }
  if (issues.length > 0 || family.family === null) return { story: null, issues };
  return { story: { family: family.family, title, text }, issues };
}

export type MediaProblem = 'kind' | 'type' | 'empty' | 'tooLarge' | 'duration';

/** Why a photo or clip cannot be stored, or null when it can. */
export function mediaProblem(input: {
  readonly kind: MediaKind;
  readonly mimeType: string;
  readonly size: number;
  readonly durationSeconds: number | null;
}): MediaProblem | null {
  if (!MEDIA_KINDS.includes(input.kind)) return 'kind';
  const prefix = input.kind === 'photo' ? 'image/' : `${input.kind}/`;
  // A recorded voice may come as video/webm from some recorders: accept audio in a video container.
  const typeOk = input.mimeType.startsWith(prefix) || (input.kind === 'audio' && input.mimeType.startsWith('video/'));
  if (!typeOk) return 'type';
  if (input.size <= 0) return 'empty';
  if (input.size > STORY_LIMITS.mediaBytes) return 'tooLarge';
  const seconds = input.durationSeconds;
  if (seconds !== null && (!Number.isFinite(seconds) || seconds < 0)) return 'duration';
  return null;
}

/**
 * A short quote for the card: the first paragraph when it fits, else the longest run of whole
 * sentences that fits, else whole words with an ellipsis.
 */
export function storyQuote(text: string, max: number = STORY_LIMITS.quote): string {
  const first = (text.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
  if (first.length <= max) return first;
  const sentences = first.match(/[^.!?]+[.!?]+["”’)]*\s*/g) ?? [];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).trim().length > max) break;
    out += sentence;
  }
  if (out.trim() !== '') return out.trim();
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** A file name from the title: lower-case ASCII words joined by dashes, never empty. */
export function storyFileName(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `cerita-${slug === '' ? 'keluarga' : slug}.${extension}`;
}
