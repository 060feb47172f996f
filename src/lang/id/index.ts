import type { LanguagePack } from '../../core/pack.js';
import { sentences } from './sentences.js';
import { numbers } from './numbers.js';
import { dates } from './dates.js';
import { ID_ACTORS } from './actors.js';
import { idDocument } from './document.js';
import { claims } from './claims.js';
import { idEvents } from './events.js';
import { places } from './places.js';

/**
 * Indonesian. Assembly order: sentence rules, numbers, dates, places, actors, events.
 */
export const id: LanguagePack = {
  code: 'id',
  name: 'Indonesian',
  sentences,
  numbers,
  dates,
  document: idDocument,
  places,
  actors: ID_ACTORS,
  claims,
  events: idEvents,
};
