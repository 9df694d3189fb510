/**
 * Small per-device settings (profile, language, reminders) in the `settings` store. Values are
 * validated when read, so a damaged or old value falls back to the default instead of breaking
 * start-up.
 */
import * as v from 'valibot';
import { defaultObservationItems, ObservationItemsSchema } from '../supervision/observation-items';
import type { LenteraDB } from './database';
import { withDbErrors } from './map-db-error';

export const ProfileSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  region: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  role: v.picklist(['facilitator', 'supervisor']),
});
export type Profile = v.InferOutput<typeof ProfileSchema>;

export const SETTINGS = {
  profile: v.nullable(ProfileSchema),
  lang: v.picklist(['id', 'en']),
  lastExportAt: v.nullable(v.string()),
  backupReminderDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)),
  demoOffered: v.boolean(),
  /** The supervisor's session-observation checklist, edited on the device. */
  observationItems: ObservationItemsSchema,
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = v.InferOutput<(typeof SETTINGS)[K]>;

export const SETTING_DEFAULTS: { readonly [K in SettingKey]: SettingValue<K> } = {
  profile: null,
  lang: 'id',
  lastExportAt: null,
  backupReminderDays: 7,
  demoOffered: false,
  observationItems: defaultObservationItems(),
};

export async function readSetting<K extends SettingKey>(db: LenteraDB, key: K): Promise<SettingValue<K>> {
  const row = await withDbErrors(() => db.settings.get(key));
  if (row === undefined) return SETTING_DEFAULTS[key];
  const parsed = v.safeParse(SETTINGS[key], row.value);
  return parsed.success ? (parsed.output as SettingValue<K>) : SETTING_DEFAULTS[key];
}

export async function writeSetting<K extends SettingKey>(db: LenteraDB, key: K, value: SettingValue<K>): Promise<void> {
  const checked = v.parse(SETTINGS[key], value);
  await withDbErrors(() => db.settings.put({ key, value: checked, updatedAt: new Date().toISOString() }));
}
