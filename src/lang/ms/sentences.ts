import type { SentenceRules } from '../../core/engine/text.js';
import { sentences as id } from '../id/sentences.js';

/** Malay: Indonesian's abbreviations plus Malaysian titles, police ranks, shortened given names and company forms. */
export const sentences: SentenceRules = {
  ...id,
  abbreviations: new Set([
    ...id.abbreviations,
    'dato', 'datuk', 'tan', 'sri', 'ybhg', 'yb', 'yab', 'ybm', 'sdn', 'bhd', 'insp', 'asp', 'dsp', 'acp', 'sac', 'dcp', 'cp', 'supt', 'kpl', 'sjn',
    'mac', 'julai', 'ogos', 'dis', 'bt', 'tkt', 'lrg',
    // Malay names shortened in the middle ('Supt Md. Suhaimi Ab. Rahman', 'Mohd. Noor', 'Hjh. Aminah', 'Tg. Malim')
    'md', 'mohd', 'muhd', 'moh', 'ab', 'abd', 'hjh', 'tg',
  ]),
  terminalAbbreviations: new Set([...(id.terminalAbbreviations ?? []), 'bhd']),
};
