/**
 * The one place user-facing text comes from. Components and scripts call `t(lang, key, values)`;
 * errors go through `describeError`. Missing values leave the `{placeholder}` visible rather than
 * silently dropping text.
 */
import { type AppError, type ErrorData, toErrorData } from '../errors';
import { bundleMessages } from './catalog/bundle';
import { commonMessages } from './catalog/common';
import { curriculumMessages } from './catalog/curriculum';
import { errorMessages } from './catalog/errors';
import { extensionMessages } from './catalog/extension';
import { extensionPanelMessages } from './catalog/extension-panel';
import { pwaMessages } from './catalog/pwa';
import { pwaCareMessages } from './catalog/pwa-care';
import { pwaDataMessages } from './catalog/pwa-data';
import { pwaFollowupMessages } from './catalog/pwa-followup';
import { pwaGroupsMessages } from './catalog/pwa-groups';
import { pwaRunMessages } from './catalog/pwa-run';
import { pwaSessionMessages } from './catalog/pwa-session';
import { pwaSupervisorMessages } from './catalog/pwa-supervisor';
import { rulesMessages } from './catalog/rules';

export const LANGUAGES = ['id', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const catalogueParts = [
  commonMessages,
  errorMessages,
  rulesMessages,
  curriculumMessages,
  pwaMessages,
  pwaGroupsMessages,
  pwaSessionMessages,
  pwaRunMessages,
  pwaFollowupMessages,
  pwaDataMessages,
  pwaCareMessages,
  pwaSupervisorMessages,
  extensionMessages,
  extensionPanelMessages,
  bundleMessages,
] as const;

type PartKeys<P> = P extends { id: Readonly<Record<infer K, string>> } ? K : never;
export type MessageKey = PartKeys<(typeof catalogueParts)[number]>;

function merge(lang: Lang): Readonly<Record<MessageKey, string>> {
  return Object.assign({}, ...catalogueParts.map((p) => p[lang])) as Record<MessageKey, string>;
}

export const catalogue: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  id: merge('id'),
  en: merge('en'),
};

export type MessageValues = Readonly<Record<string, string | number>>;

const numberFormat: Record<Lang, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID'),
  en: new Intl.NumberFormat('en-GB'),
};

export function t(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  const template = catalogue[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat[lang].format(value) : value;
  });
}

export function describeError(lang: Lang, error: AppError | ErrorData | unknown): string {
  const data = toErrorData(error);
  return t(lang, `error.${data.code}`, data.details);
}

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}
