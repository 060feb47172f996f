import type { DatePack } from '../../core/dates/types.js';
import { dates as id } from '../id/dates.js';

/**
 * Malay dates: Indonesian's rules with Malaysian names (Mac, Julai, Ogos, Disember; Isnin,
 * Khamis, Jumaat, Ahad) and one difference that matters: "semalam" is yesterday in Malay, not
 * last night ("malam tadi" is). Also "minggu lepas", "minggu hadapan", "esok", "kelmarin".
 */
export const dates: DatePack = {
  ...id,
  months: { ...id.months, mac: 3, julai: 7, ogos: 8, ogo: 8, disember: 12, dis: 12 },
  weekdays: { ...id.weekdays, isnin: 1, khamis: 4, jumaat: 5 },
  caseSensitive: [...id.caseSensitive, 'dis', 'mac'],
  relativeDays: {
    ...id.relativeDays, semalam: -1, kelmarin: -1, esok: 1, 'pagi tadi': 0, 'petang tadi': 0, 'tengah hari tadi': 0, 'petang ini': 0,
    'petang semalam': -1, 'pagi semalam': -1, 'malam semalam': -1, 'tengah hari semalam': -1,
  },
  lastNight: ['malam tadi', 'tadi malam', 'malam kelmarin'],
  partsOfDay: { ...id.partsOfDay, 'tengah hari': 'afternoon', petang: 'evening' },
  periodAfter: { ...id.periodAfter, lepas: -1, 'yang lepas': -1, hadapan: 1, 'akan datang': 1 },
  ago: [...id.ago, 'lepas', 'yang lepas'],
  counts: { ...id.counts, lapan: 8 },
  since: [...id.since, 'mulai'],
  past: [...id.past, 'berlaku', 'yang berlaku', 'lepas', 'terkorban', 'ditahan'],
  future: [...id.future, 'dijangka', 'dijangka akan', 'dijadualkan', 'bercadang', 'hadapan'],
};
