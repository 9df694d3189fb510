/**
 * Choosing a select option for a wanted value: the option whose value is exactly it, else whose
 * text is exactly it, else the one option whose text reads the same once normalised (case,
 * spacing, diacritics). Punctuation is kept: the portal's Materi options differ by a full stop, so
 * "KESEHATAN DAN GIZI" must not pick "KESEHATAN DAN GIZI.". Shared by the planner and by the
 * executor, which matches options that only appear at run time (cascading selects).
 */
import { normalizeText, type SelectOption } from './collected-field';

export function matchOption(options: readonly SelectOption[], wanted: string): SelectOption | null {
  const byValue = options.find((o) => o.value === wanted);
  if (byValue) return byValue;
  const byText = options.find((o) => o.text === wanted);
  if (byText) return byText;
  const target = normalizeText(wanted);
  if (target === '') return null;
  const byNormalised = options.filter((o) => normalizeText(o.text) === target);
  return byNormalised.length === 1 ? (byNormalised[0] ?? null) : null;
}

/** The options as a person reads them in an error: `"A", "B", "C"`. */
export function describeOptions(options: readonly SelectOption[], max = 12): string {
  const meaningful = options.filter((o) => o.text.trim() !== '' || o.value !== '');
  const listed = meaningful
    .slice(0, max)
    .map((o) => `"${o.text.trim() || o.value}"`)
    .join(', ');
  return meaningful.length > max ? `${listed}, …` : listed;
}
