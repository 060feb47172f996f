import type { LanguagePack } from '../../core/pack.js';
import { sentences } from './sentences.js';
import { numbers } from './numbers.js';
import { dates } from './dates.js';
import { EN_ACTORS } from './actors.js';
import { enDocument } from './document.js';
import { claims } from './claims.js';
import { enEvents } from './events.js';
import { places } from './places.js';

/**
 * English. Assembly order: sentence rules, numbers, dates, places, actors, events.
 */
export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  sentences,
  numbers,
  dates,
  document: enDocument,
  places,
  actors: EN_ACTORS,
  claims,
  events: enEvents,
};
