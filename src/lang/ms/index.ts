import type { LanguagePack } from '../../core/pack.js';
import { msDocument } from './document.js';
import { id } from '../id/index.js';
import { sentences } from './sentences.js';
import { numbers } from './numbers.js';
import { dates } from './dates.js';
import { MS_ACTORS } from './actors.js';
import { claims } from './claims.js';
import { msEvents } from './events.js';
import { places } from './places.js';

/**
 * Malay, read as a variant of the Indonesian pack: every table is Indonesian's, with only what
 * differs overridden (polis, kerajaan, jurucakap, Amerika Syarikat, semalam = yesterday).
 */
export const ms: LanguagePack = {
  ...id,
  code: 'ms',
  name: 'Malay',
  sentences,
  numbers,
  dates,
  actors: MS_ACTORS,
  document: msDocument,
  claims,
  events: msEvents,
  places,
};
