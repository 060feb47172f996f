import type { LanguagePack } from '../../core/pack.js';
import { id } from '../id/index.js';
import { claims } from './claims.js';

/**
 * Malay, read as a variant of the Indonesian pack: every table is Indonesian's, with only what
 * differs overridden (polis, kerajaan, jurucakap, Amerika Syarikat, semalam = yesterday).
 */
export const ms: LanguagePack = {
  ...id,
  code: 'ms',
  name: 'Malay',
  claims,
  sentences: {
    abbreviations: new Set([...id.sentences.abbreviations, 'dato', 'datuk', 'tan', 'sri', 'ybhg', 'sdn', 'bhd', 'insp', 'asp', 'dsp', 'acp', 'sac', 'dcp']),
  },
};
