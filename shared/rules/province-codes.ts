/**
 * Province codes as Dukcapil writes them in a NIK and a family card number: the Kemendagri codes,
 * not BPS's (BPS numbers some provinces differently, e.g. its 97 Papua Pegunungan).
 *
 * Source: Kepmendagri on region codes (2022 onwards) with the four Papua provinces created in
 * 2022: 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan, 96 Papua Barat Daya. Uncertain:
 * public lists agree on 11–96 below, but a few secondary sources number the Papua provinces
 * differently, and a future split would add a code. A NIK never changes when its region splits, so
 * people in the new provinces keep holding 91/92 NIKs; a code missing here only makes the check
 * report `nik.province`, which the facilitator can see and overrule by keeping the number.
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': 'Aceh',
  '12': 'Sumatera Utara',
  '13': 'Sumatera Barat',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'Sumatera Selatan',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Kepulauan Bangka Belitung',
  '21': 'Kepulauan Riau',
  '31': 'DKI Jakarta',
  '32': 'Jawa Barat',
  '33': 'Jawa Tengah',
  '34': 'DI Yogyakarta',
  '35': 'Jawa Timur',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'Nusa Tenggara Barat',
  '53': 'Nusa Tenggara Timur',
  '61': 'Kalimantan Barat',
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
  '71': 'Sulawesi Utara',
  '72': 'Sulawesi Tengah',
  '73': 'Sulawesi Selatan',
  '74': 'Sulawesi Tenggara',
  '75': 'Gorontalo',
  '76': 'Sulawesi Barat',
  '81': 'Maluku',
  '82': 'Maluku Utara',
  '91': 'Papua',
  '92': 'Papua Barat',
  '93': 'Papua Selatan',
  '94': 'Papua Tengah',
  '95': 'Papua Pegunungan',
  '96': 'Papua Barat Daya',
};

export function isProvinceCode(code: string): boolean {
  return Object.hasOwn(PROVINCE_CODES, code);
}
