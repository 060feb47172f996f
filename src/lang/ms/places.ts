import type { PlacePack } from '../../core/places/types.js';
import { ID_LANDMARKS, places as id } from '../id/places.js';

/**
 * Malay place tables: Indonesian's, except that "Istana Negara" is Kuala Lumpur's national palace
 * in a Malaysian paper (and Jakarta's in an Indonesian one): in Malay it is left unresolved.
 */
const { 'istana negara': _jakarta, ...landmarks } = ID_LANDMARKS;

export const places: PlacePack = { ...id, landmarks };
