import type { DocumentPack } from '../../core/document/types.js';
import { idDocument } from '../id/document.js';

/**
 * Malay page furniture: Indonesian's tables with what Malaysian outlets (Utusan, Berita Harian,
 * Bernama, Sinar Harian, Harian Metro) print differently: "Ogos", "Khamis", "MYT", paywall
 * prompts ("melanggan", "log masuk"), "Baca juga" and "Berita berkaitan".
 */
export const msDocument: DocumentPack = {
  ...idDocument,
  months: { ...idDocument.months, mac: 3, jun: 6, julai: 7, ogos: 8, ogo: 8, okt: 10, oktober: 10, disember: 12, dis: 12 },
  weekdays: [...idDocument.weekdays, 'isnin', 'khamis', 'jumaat', 'ahad', 'isn', 'kha'],
  zones: { ...idDocument.zones, MYT: '+08:00' },
  // Malaysian outlets print Malaysian time.
  defaultOffset: '+08:00',
  clockWords: [...idDocument.clockWords, 'jam'],
  // "9.15 malam" 21:15, "3 petang" 15:00, "1 tengah hari" 13:00; as page headers shorten them,
  // "2:05 ptg" 14:05, "9:15 pg" 09:15, "9:15 mlm" 21:15.
  dayParts: { ...idDocument.dayParts, petang: [1, 11], 'tengah hari': [1, 5], ptg: [1, 11], pg: [13, 12], mlm: [6, 11] },
  publishedLabels: [...idDocument.publishedLabels, 'diterbitkan pada', 'disiarkan'],
  updatedLabels: [...idDocument.updatedLabels, 'dikemas kini', 'kemas kini'],
  litterLines: [...idDocument.litterLines, 'kongsi', 'teruskan membaca', 'baca lagi', 'ikuti kami', 'iklan', 'tular', 'terkini'],
  litterPatterns: [
    ...idDocument.litterPatterns,
    // paywall prompts: "… melanggan …", "Log Masuk untuk membaca …"
    '.{0,60}\\b(?:melanggan|langganan)\\b.{0,80}',
    '.{0,40}\\blog masuk\\b.{0,80}',
    '.{0,60}\\bakses tanpa had\\b.{0,60}',
    // "Tidak mahu terlepas? Ikuti kami di …"
    '.{0,40}\\bikuti kami\\b.{0,60}',
    // "Artikel ini disiarkan pada : Ahad, 9 November 2025 @ 11:05 AM"
    'artikel ini (?:telah )?(?:disiarkan|diterbitkan|disunting|dikemas ?kini) (?:pada|di) ?:?.{0,80}',
  ],
  relatedLeads: [...idDocument.relatedLeads, 'baca lagi', 'berita berkaitan', 'artikel berkaitan'],
  tailHeaders: [...idDocument.tailHeaders, 'berita berkaitan', 'artikel berkaitan', 'lain-lain berita', 'berita lain', 'paling popular', 'popular', 'terkini'],
  bylineLabels: [...idDocument.bylineLabels, 'oleh', 'penulis', 'pemberita'],
  stopwords: idDocument.stopwords,
  distinctive: [
    'kerajaan', 'polis', 'jurucakap', 'beliau', 'terkorban', 'berkata', 'iaitu', 'kerana', 'selepas', 'boleh',
    'ialah', 'manakala', 'semalam', 'awam', 'mendakwa', 'menerusi', 'dipercayai', 'tentera', 'ramai', 'bahawa',
    'kenyataan', 'siasatan', 'maut', 'cedera', 'ditahan', 'berkuasa', 'sebarang', 'sahaja', 'pelbagai', 'mangsa',
    'berhubung', 'encik', 'katanya', 'memaklumkan', 'pejabat', 'kereta', 'wang', 'percuma', 'kanak-kanak',
  ],
};
