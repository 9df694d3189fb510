/**
 * Guesses which column holds which field from the header text, in Indonesian and English, the way
 * rosters are really headed ("NIK", "Nama Pengurus", "No. KK", "ID ART PKH", "No HP/WA", …).
 * First exact names, then, for fields still without a column, a keyword inside the header. A
 * column is used for one field at most, and a field the guess cannot place stays unmapped: the
 * user picks it on the mapping screen. Lookups go through Maps of our own keys, never through
 * the header text as a property name.
 */
import { ROSTER_FIELDS, type RosterField } from './roster-fields';

/** Field → column index (0-based), or null when the roster has no such column. */
export type RosterMapping = Readonly<Record<RosterField, number | null>>;

export function emptyMapping(): RosterMapping {
  return {
    nik: null,
    name: null,
    kkNumber: null,
    pkhId: null,
    address: null,
    phone: null,
    pregnant: null,
    toddlers: null,
    sd: null,
    smp: null,
    sma: null,
    elderly: null,
    severeDisability: null,
  };
}

/** Lower case, accents removed, and only letters and digits kept: "No. H.P" → "nohp". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const EXACT: ReadonlyArray<readonly [RosterField, readonly string[]]> = [
  [
    'nik',
    [
      'nik',
      'noktp',
      'nomorktp',
      'ktp',
      'nomorindukkependudukan',
      'nikpengurus',
      'nikibu',
      'nikkpm',
      'nationalid',
      'idnumber',
    ],
  ],
  [
    'name',
    [
      'nama',
      'namapengurus',
      'namaibu',
      'namakpm',
      'namalengkap',
      'namapenerima',
      'namapengurusrt',
      'namaart',
      'name',
      'fullname',
      'carer',
      'carername',
    ],
  ],
  [
    'kkNumber',
    [
      'nokk',
      'nomorkk',
      'kk',
      'nokartukeluarga',
      'nomorkartukeluarga',
      'kartukeluarga',
      'familycard',
      'familycardnumber',
      'kknumber',
    ],
  ],
  [
    'pkhId',
    [
      'idpkh',
      'idartpkh',
      'nopkh',
      'nomorpkh',
      'idkpm',
      'nokpm',
      'nomorkpm',
      'pkhid',
      'pkhmemberid',
      'idanggota',
      'idkeluarga',
      'memberid',
    ],
  ],
  ['address', ['alamat', 'alamatlengkap', 'alamatrumah', 'address', 'alamatdomisili']],
  [
    'phone',
    [
      'nohp',
      'nomorhp',
      'hp',
      'nohpwa',
      'nowa',
      'wa',
      'whatsapp',
      'telepon',
      'telp',
      'notelp',
      'notelepon',
      'nomortelepon',
      'phone',
      'phonenumber',
      'mobile',
    ],
  ],
  ['pregnant', ['hamil', 'ibuhamil', 'bumil', 'pregnant', 'pregnancy']],
  ['toddlers', ['balita', 'jumlahbalita', 'anakbalita', 'anakusiadini', 'apras', 'toddlers', 'toddler', 'underfive']],
  ['sd', ['sd', 'anaksd', 'jumlahsd', 'sdmi', 'primary', 'primaryschool']],
  ['smp', ['smp', 'anaksmp', 'jumlahsmp', 'smpmts', 'juniorhigh', 'lowersecondary']],
  ['sma', ['sma', 'anaksma', 'jumlahsma', 'smasmk', 'smk', 'smasmkma', 'seniorhigh', 'uppersecondary']],
  ['elderly', ['lansia', 'lanjutusia', 'jumlahlansia', 'elderly']],
  [
    'severeDisability',
    [
      'disabilitas',
      'disabilitasberat',
      'penyandangdisabilitasberat',
      'difabel',
      'disability',
      'severedisability',
      'disabled',
    ],
  ],
];

/** Keywords that, inside a longer header, point to a field ("NIK Pengurus KPM" → nik). */
const KEYWORDS: ReadonlyArray<readonly [RosterField, RegExp, RegExp?]> = [
  ['nik', /\b(nik|ktp)\b/],
  ['kkNumber', /\b(kk|kartu keluarga|family card)\b/],
  ['pkhId', /\b(pkh|kpm id|id kpm)\b/],
  ['phone', /\b(hp|wa|telp|telepon|phone|whatsapp)\b/],
  ['address', /\b(alamat|address)\b/],
  // "Nama Desa", "Nama Kelompok", "Nama Anak" name something else than the carer.
  [
    'name',
    /\b(nama|name)\b/,
    /\b(desa|kelurahan|kecamatan|kabupaten|kota|provinsi|kelompok|pendamping|sekolah|anak|suami|ayah|village|group|school|child)\b/,
  ],
  ['pregnant', /\b(hamil|pregnan\w*)\b/],
  ['toddlers', /\b(balita|toddlers?)\b/],
  ['elderly', /\b(lansia|elderly)\b/],
  ['severeDisability', /\b(disabilitas|disability|difabel)\b/],
];

/** Words of a header, lower case without accents: "No. H.P / WA" → "no h p wa". */
function headerWords(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function guessMapping(headers: readonly string[]): RosterMapping {
  const mapping: Record<RosterField, number | null> = { ...emptyMapping() };
  const used = new Set<number>();
  const keys = headers.map(headerKey);

  for (const [field, names] of EXACT) {
    const wanted = new Set(names);
    const column = keys.findIndex((key, i) => !used.has(i) && wanted.has(key));
    if (column >= 0) {
      mapping[field] = column;
      used.add(column);
    }
  }
  const words = headers.map(headerWords);
  for (const [field, pattern, unless] of KEYWORDS) {
    if (mapping[field] !== null) continue;
    const column = words.findIndex((text, i) => !used.has(i) && pattern.test(text) && !unless?.test(text));
    if (column >= 0) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

/** Fields that point at a column the table does not have are unmapped (a mapping kept from another file). */
export function fitMapping(mapping: RosterMapping, columnCount: number): RosterMapping {
  const fitted: Record<RosterField, number | null> = { ...emptyMapping() };
  for (const field of ROSTER_FIELDS) {
    const column = mapping[field];
    fitted[field] = column !== null && Number.isInteger(column) && column >= 0 && column < columnCount ? column : null;
  }
  return fitted;
}
