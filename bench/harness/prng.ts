/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so the benchmark data is the same on every
 * run and every machine: a number in the results always describes the same database.
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** 32 random bits as an unsigned integer. */
  u32(): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createPrng(seed: number): Prng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) u32();
  const next = () => u32() / 4294967296;
  return {
    next,
    u32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance: (p) => next() < p,
  };
}

/** Derives an independent stream for one part of the data (a facilitator, a group). */
export function childSeed(seed: number, ...path: readonly number[]): number {
  let h = seed >>> 0;
  for (const part of path) h = Math.imul(h ^ (part + 0x632be5ab), 0x9e3779b1) >>> 0;
  return h;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A UUIDv7-shaped id whose time part is `ms` and whose random part comes from the PRNG. */
export function seededId(prng: Prng, ms: number): string {
  const bytes = new Uint8Array(16);
  // 48-bit milliseconds, big-endian; split so no step needs more than 32-bit integer arithmetic.
  let high = Math.floor(ms / 2 ** 16);
  const low = ms % 2 ** 16;
  for (let i = 3; i >= 0; i--) {
    bytes[i] = high & 0xff;
    high = Math.floor(high / 256);
  }
  bytes[4] = (low >>> 8) & 0xff;
  bytes[5] = low & 0xff;
  for (let i = 6; i < 16; i += 4) {
    const r = prng.u32();
    bytes[i] = r & 0xff;
    bytes[i + 1] = (r >>> 8) & 0xff;
    if (i + 2 < 16) bytes[i + 2] = (r >>> 16) & 0xff;
    if (i + 3 < 16) bytes[i + 3] = (r >>> 24) & 0xff;
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const h = Array.from(bytes, (b) => HEX[b] ?? '00');
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}
