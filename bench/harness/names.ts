/** Word lists for made-up but plausible records (no real person's data). */

export const FIRST_NAMES = [
  'Siti',
  'Sri',
  'Nur',
  'Dewi',
  'Ani',
  'Yuni',
  'Rina',
  'Wati',
  'Lilis',
  'Euis',
  'Neneng',
  'Imas',
  'Entin',
  'Iis',
  'Nining',
  'Ratna',
  'Endang',
  'Tuti',
  'Yati',
  'Ai',
  'Dede',
  'Cucu',
  'Eti',
  'Mimin',
  'Popon',
  'Atikah',
  'Rohimah',
  'Maesaroh',
] as const;

export const LAST_NAMES = [
  'Aminah',
  'Rahayu',
  'Lestari',
  'Wulandari',
  'Suryani',
  'Hasanah',
  'Nurhayati',
  'Sulastri',
  'Maryam',
  'Komariah',
  'Rohmah',
  'Setiawati',
  'Kurniasih',
  'Susanti',
  'Handayani',
  'Purwanti',
  'Fatimah',
  'Kartini',
  'Saadah',
  'Jubaedah',
  'Mulyani',
  'Rosita',
] as const;

export const GROUP_WORDS = [
  'Melati',
  'Mawar',
  'Cempaka',
  'Anggrek',
  'Kenanga',
  'Dahlia',
  'Flamboyan',
  'Teratai',
  'Sedap Malam',
  'Kamboja',
  'Asoka',
  'Bougenville',
] as const;

/** Kab. Bogor's districts (Kemendagri codes); the villages below them are made up. */
export const DISTRICTS = [
  { code: '32.01.01', name: 'Cibinong' },
  { code: '32.01.02', name: 'Gunung Putri' },
  { code: '32.01.03', name: 'Citeureup' },
  { code: '32.01.04', name: 'Sukaraja' },
  { code: '32.01.05', name: 'Babakan Madang' },
  { code: '32.01.06', name: 'Jonggol' },
] as const;

export const VILLAGE_WORDS = ['Sukamaju', 'Sukajadi', 'Mekarsari', 'Cijujung', 'Pakansari', 'Nanggewer'] as const;

export const STREETS = ['Jl. Raya', 'Gg. Mawar', 'Kp. Cilebut', 'Jl. Mesjid', 'Kp. Babakan'] as const;
