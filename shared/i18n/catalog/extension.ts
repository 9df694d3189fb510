import { defineMessages } from '../define';

/**
 * Messages owned by the extension area. Keys are prefixed `extension.`. The planner's warnings
 * (`extension.warning.*`) all take `{step}` and `{field}`; some take more, named per key.
 */
export const extensionMessages = defineMessages({
  id: {
    'extension.action.setValue': 'Isi',
    'extension.action.selectOption': 'Pilih',
    'extension.action.select2': 'Pilih (daftar khusus)',
    'extension.action.check': 'Centang',
    'extension.action.click': 'Klik',
    'extension.action.upload': 'Unggah',
    'extension.action.waitFor': 'Tunggu',
    'extension.action.submit': 'Kirim',
    'extension.plan.submitOff':
      'Pengiriman otomatis mati untuk peta ini: formulir diisi, tetapi tombol kirim tidak ditekan. Periksa lalu kirim sendiri.',
    'extension.plan.continues': 'Halaman akan berganti; Lentera membaca halaman lagi sebelum melanjutkan.',
    'extension.warning.optionalSkipped':
      'Langkah {step}: kolom "{field}" tidak ada di halaman; dilewati karena opsional.',
    'extension.warning.emptySkipped': 'Langkah {step}: tidak ada isi untuk "{field}"; dilewati.',
    'extension.warning.truncated': 'Langkah {step}: isi "{field}" dipotong menjadi {max} karakter (semula {length}).',
    'extension.warning.fallbackUsed':
      'Langkah {step}: kolom "{field}" ditemukan dengan cara cadangan ke-{strategy} ({by}). Halaman portal mungkin berubah; periksa peta formulir.',
    'extension.warning.disabled': 'Langkah {step}: kolom "{field}" sedang tidak aktif di halaman.',
    'extension.warning.rowSkipped': 'Langkah {step}: baris {name} (NIK {nik}) tidak ada di tabel; dilewati.',
    'extension.warning.noPhoto': 'Langkah {step}: tidak ada foto yang boleh dikirim untuk "{field}"; dilewati.',
    'extension.warning.fileType': 'Langkah {step}: kolom "{field}" menerima {accept}, foto ini {type}.',
    'extension.readBack.ok': 'Sesuai',
    'extension.readBack.changed': 'Diubah oleh halaman',
    'extension.readBack.rejected': 'Ditolak',
    'extension.readBack.unchecked': 'Tidak diperiksa',
    'extension.readBack.summary': '{ok} sesuai, {changed} diubah halaman, {rejected} ditolak.',
  },
  en: {
    'extension.action.setValue': 'Fill',
    'extension.action.selectOption': 'Choose',
    'extension.action.select2': 'Choose (custom list)',
    'extension.action.check': 'Tick',
    'extension.action.click': 'Click',
    'extension.action.upload': 'Upload',
    'extension.action.waitFor': 'Wait',
    'extension.action.submit': 'Submit',
    'extension.plan.submitOff':
      'Automatic submitting is off for this map: the form is filled but the submit button is not pressed. Check it, then submit yourself.',
    'extension.plan.continues': 'The page will change; Lentera reads it again before going on.',
    'extension.warning.optionalSkipped': 'Step {step}: field "{field}" is not on the page; skipped as optional.',
    'extension.warning.emptySkipped': 'Step {step}: nothing to put in "{field}"; skipped.',
    'extension.warning.truncated': 'Step {step}: "{field}" cut to {max} characters (it had {length}).',
    'extension.warning.fallbackUsed':
      'Step {step}: field "{field}" was found by fallback {strategy} ({by}). The portal page may have changed; check the form map.',
    'extension.warning.disabled': 'Step {step}: field "{field}" is disabled on the page right now.',
    'extension.warning.rowSkipped': 'Step {step}: no row for {name} (NIK {nik}) in the table; skipped.',
    'extension.warning.noPhoto': 'Step {step}: no photo may be sent for "{field}"; skipped.',
    'extension.warning.fileType': 'Step {step}: field "{field}" accepts {accept}, this photo is {type}.',
    'extension.readBack.ok': 'As entered',
    'extension.readBack.changed': 'Changed by the page',
    'extension.readBack.rejected': 'Rejected',
    'extension.readBack.unchecked': 'Not checked',
    'extension.readBack.summary': '{ok} as entered, {changed} changed by the page, {rejected} rejected.',
  },
});
