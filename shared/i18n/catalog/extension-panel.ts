import { defineMessages } from '../define';

/** The extension's side panel. Keys are prefixed `panel.`. */
export const extensionPanelMessages = defineMessages({
  id: {
    'panel.sites': 'Situs yang diizinkan',
    'panel.noSites': 'Belum ada situs. Buka halaman portal, lalu izinkan Lentera di situs itu.',
    'panel.grant': 'Izinkan situs ini',
    'panel.siteLabel': 'Alamat situs portal',
    'panel.badSite': 'Tulis alamat situs yang lengkap, mis. https://portal.go.id',
  },
  en: {
    'panel.sites': 'Allowed sites',
    'panel.noSites': 'No sites yet. Open the portal page, then allow Lentera on that site.',
    'panel.grant': 'Allow this site',
    'panel.siteLabel': 'Portal site address',
    'panel.badSite': 'Write the full site address, e.g. https://portal.go.id',
  },
});
