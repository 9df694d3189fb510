import { defineMessages } from '../define';

/** Messages owned by the rules area (shared/rules). Keys are prefixed `rules.`. */
export const rulesMessages = defineMessages({
  id: {
    'rules.kk.empty': 'Nomor KK belum diisi.',
    'rules.kk.length': 'Nomor KK harus 16 angka (terisi {length}).',
    'rules.kk.digits': 'Nomor KK hanya boleh berisi angka (ada "{char}").',
    'rules.kk.province': 'Kode provinsi {code} pada nomor KK tidak dikenal.',
    'rules.kk.regionMismatch': 'Kode wilayah nomor KK {code} tidak sama dengan wilayah kelompok {expected}.',
    'rules.understanding.kurang': 'Kurang',
    'rules.understanding.baik': 'Baik',
    'rules.understanding.sangatBaik': 'Sangat Baik',
    'rules.understanding.tidakDapatDinilai': 'Tidak Dapat Dinilai',
    'rules.nextSession.next': 'Sesi berikutnya yang belum diadakan: {title}.',
    'rules.nextSession.allDone': 'Semua sesi sudah diadakan. Ulangi {title}, yang paling lama tidak dibahas.',
    'rules.absence.streak': 'Tidak hadir {count} pertemuan berturut-turut.',
    'rules.catchUp.unmarked': 'Belum dicatat',
  },
  en: {
    'rules.kk.empty': 'The family card number is empty.',
    'rules.kk.length': 'A family card number has 16 digits (this one has {length}).',
    'rules.kk.digits': 'A family card number contains digits only (found "{char}").',
    'rules.kk.province': 'Province code {code} in the family card number is unknown.',
    'rules.kk.regionMismatch': 'The family card region {code} differs from the group region {expected}.',
    'rules.understanding.kurang': 'Poor',
    'rules.understanding.baik': 'Good',
    'rules.understanding.sangatBaik': 'Very good',
    'rules.understanding.tidakDapatDinilai': 'Cannot be assessed',
    'rules.nextSession.next': 'Next session not yet held: {title}.',
    'rules.nextSession.allDone': 'Every session has been held. Repeat {title}, the one covered longest ago.',
    'rules.absence.streak': 'Not present at {count} meetings in a row.',
    'rules.catchUp.unmarked': 'Not recorded',
  },
});
