import { defineMessages } from '../define';

/** Groups and families screens. Keys are prefixed `groups.`. */
export const pwaGroupsMessages = defineMessages({
  id: {
    'groups.title': 'Kelompok',
    'groups.add': 'Tambah kelompok',
    'groups.new': 'Kelompok baru',
    'groups.name': 'Nama kelompok',
    'groups.villageCode': 'Kode desa (Kemendagri), mis. 32.01.01.2001',
    'groups.villageName': 'Desa/Kelurahan',
    'groups.districtName': 'Kecamatan',
    'groups.regencyName': 'Kabupaten/Kota',
    'groups.provinceName': 'Provinsi',
    'groups.meetingPlace': 'Tempat pertemuan',
    'groups.leaderName': 'Ketua kelompok',
    'groups.created': 'Kelompok "{name}" tersimpan.',
    'groups.empty': 'Belum ada kelompok.',
    'groups.invalid': 'Periksa isian: {field}',
  },
  en: {
    'groups.title': 'Groups',
    'groups.add': 'Add group',
    'groups.new': 'New group',
    'groups.name': 'Group name',
    'groups.villageCode': 'Village code (Kemendagri), e.g. 32.01.01.2001',
    'groups.villageName': 'Village',
    'groups.districtName': 'District',
    'groups.regencyName': 'Regency/City',
    'groups.provinceName': 'Province',
    'groups.meetingPlace': 'Meeting place',
    'groups.leaderName': 'Group leader',
    'groups.created': 'Group "{name}" saved.',
    'groups.empty': 'No groups yet.',
    'groups.invalid': 'Check the field: {field}',
  },
});
