/**
 * A catalogue part: Indonesian first, English with exactly the same keys. The type makes a missing
 * or extra English key a compile error; a unit test checks the merged catalogue at run time too.
 * Placeholders are `{name}`; both languages must use the same ones.
 */
export type Catalogue<K extends string> = {
  readonly id: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
};

export function defineMessages<K extends string>(part: Catalogue<K>): Catalogue<K> {
  return part;
}
