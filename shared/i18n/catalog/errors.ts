import type { ErrorCode } from '../../errors';
import { defineMessages } from '../define';

type ErrorKey = `error.${ErrorCode}`;

export const errorMessages = defineMessages<ErrorKey>({
  id: {
    'error.unknown': 'Terjadi kesalahan yang tidak terduga. ({detail})',
    'error.input.invalid': 'Isian tidak valid: {detail}',
    'error.db.quota':
      'Penyimpanan perangkat penuh. Data sebelumnya aman; hapus foto lama atau ekspor cadangan, lalu coba lagi.',
    'error.db.version': 'Data di perangkat ini dibuat oleh versi Lentera yang lebih baru. Perbarui aplikasi.',
    'error.db.blocked': 'Lentera terbuka di tab lain dengan versi lama. Tutup tab itu, lalu muat ulang.',
    'error.db.failed': 'Gagal menyimpan ke perangkat. Data sebelumnya aman. ({detail})',
    'error.db.notFound': 'Data tidak ditemukan: {what}',
    'error.curriculum.invalid': 'Modul kurikulum tidak valid di {path}: {detail}',
    'error.curriculum.duplicateCode': 'Kode {code} sudah dipakai oleh modul atau sesi lain.',
    'error.bundle.invalid': 'Berkas paket tidak valid di {path}: {detail}',
    'error.bundle.version': 'Berkas paket versi {version} tidak didukung oleh aplikasi ini.',
    'error.bundle.passphrase': 'Kata sandi salah, atau berkas paket rusak.',
    'error.bundle.tooLarge': 'Berkas paket terlalu besar ({size}).',
    'error.roster.invalid': 'Berkas daftar keluarga tidak bisa dibaca: {detail}',
    'error.roster.tooLarge': 'Berkas daftar keluarga terlalu besar: {rows} baris (maksimal {max}).',
    'error.formMap.invalid': 'Peta formulir tidak valid di {path}: {detail}',
    'error.fill.noMap': 'Tidak ada peta formulir untuk halaman ini.',
    'error.fill.targetNotFound': 'Langkah {step}: kolom "{field}" tidak ditemukan di halaman.',
    'error.fill.ambiguousTarget':
      'Langkah {step}: kolom "{field}" cocok dengan {count} isian di halaman; peta formulir perlu lebih tepat.',
    'error.fill.noOption': 'Langkah {step}: pilihan "{value}" tidak ada di kolom "{field}".',
    'error.fill.noPhoto': 'Tidak ada foto dengan persetujuan peserta untuk diunggah.',
    'error.fill.valueRejected': 'Langkah {step}: kolom "{field}" tidak menerima nilai (terbaca "{actual}").',
    'error.fill.tooLong': 'Kolom "{field}" maksimal {max} karakter; nilai ini {length} karakter.',
    'error.fill.alreadySent': 'Data ini sudah dikirim pada {when} (nomor {reference}).',
    'error.fill.notGranted': 'Izin untuk situs {origin} belum diberikan.',
    'error.fill.timeout': 'Halaman tidak menanggapi dalam {seconds} detik.',
    'error.message.unknownType': 'Pesan tidak dikenal: {type}',
    'error.message.invalid': 'Pesan tidak valid: {detail}',
    'error.storage.evicted':
      'Data di perangkat ini hilang (dihapus browser atau pengguna). Pulihkan dari berkas cadangan.',
    'error.storage.unavailable': 'Penyimpanan browser tidak tersedia (mode penyamaran?).',
  },
  en: {
    'error.unknown': 'Something unexpected went wrong. ({detail})',
    'error.input.invalid': 'Invalid input: {detail}',
    'error.db.quota':
      'The device storage is full. Earlier data is safe; remove old photos or export a backup, then try again.',
    'error.db.version': 'The data on this device was made by a newer Lentera. Please update the app.',
    'error.db.blocked': 'Lentera is open in another tab with an old version. Close that tab and reload.',
    'error.db.failed': 'Could not save on this device. Earlier data is safe. ({detail})',
    'error.db.notFound': 'Not found: {what}',
    'error.curriculum.invalid': 'Invalid curriculum module at {path}: {detail}',
    'error.curriculum.duplicateCode': 'Code {code} is already used by another module or session.',
    'error.bundle.invalid': 'Invalid bundle file at {path}: {detail}',
    'error.bundle.version': 'Bundle version {version} is not supported by this app.',
    'error.bundle.passphrase': 'Wrong passphrase, or the bundle file is damaged.',
    'error.bundle.tooLarge': 'The bundle file is too large ({size}).',
    'error.roster.invalid': 'The family list file cannot be read: {detail}',
    'error.roster.tooLarge': 'The family list file is too large: {rows} rows (at most {max}).',
    'error.formMap.invalid': 'Invalid form map at {path}: {detail}',
    'error.fill.noMap': 'No form map applies to this page.',
    'error.fill.targetNotFound': 'Step {step}: field "{field}" was not found on the page.',
    'error.fill.ambiguousTarget':
      'Step {step}: field "{field}" matches {count} fields on the page; the form map needs to be more precise.',
    'error.fill.noOption': 'Step {step}: option "{value}" is not in field "{field}".',
    'error.fill.noPhoto': "There is no photo with the participants' consent to upload.",
    'error.fill.valueRejected': 'Step {step}: field "{field}" did not keep the value (it reads "{actual}").',
    'error.fill.tooLong': 'Field "{field}" takes at most {max} characters; this value has {length}.',
    'error.fill.alreadySent': 'This record was already sent on {when} (reference {reference}).',
    'error.fill.notGranted': 'Access to {origin} has not been granted yet.',
    'error.fill.timeout': 'The page did not respond within {seconds} seconds.',
    'error.message.unknownType': 'Unknown message: {type}',
    'error.message.invalid': 'Invalid message: {detail}',
    'error.storage.evicted':
      'The data on this device is gone (cleared by the browser or the user). Restore it from a backup file.',
    'error.storage.unavailable': 'Browser storage is not available (private mode?).',
  },
});
