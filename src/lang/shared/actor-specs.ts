import type { ActorSpec } from '../../core/actors/types.js';

/**
 * ACLED's generic actor names, shared by every pack: `{country}` is filled with the country the
 * mention names (or the event's), `{adj}` with its English adjective in notes.
 */
export const MIL: ActorSpec = { name: 'Military Forces of {country}', type: 'state', kind: 'force', label: '{adj} forces' };
export const POL: ActorSpec = { name: 'Police Forces of {country}', type: 'state', kind: 'force', label: '{adj} police' };
export const GOV: ActorSpec = { name: 'Government of {country}', type: 'state', kind: 'government', label: '{adj} authorities' };
export const OFF: ActorSpec = { name: 'Government of {country}', type: 'state', kind: 'official', label: '{adj} officials' };
export const SIDE: ActorSpec = { name: 'Government of {country}', type: 'state', kind: 'country', label: '{country}' };
export const CIV: ActorSpec = { name: 'Civilians ({country})', type: 'civilians', kind: 'civilians', label: '{adj} civilians' };
export const PRO: ActorSpec = { name: 'Protesters ({country})', type: 'protesters', kind: 'protesters', label: '{adj} protesters' };
export const RIO: ActorSpec = { name: 'Rioters ({country})', type: 'rioters', kind: 'rioters', label: '{adj} rioters' };
export const UAG: ActorSpec = { name: 'Unidentified Armed Group ({country})', type: 'political_militia', kind: 'group', label: 'unidentified armed group' };
export const GANG: ActorSpec = { name: 'Unidentified Gang ({country})', type: 'political_militia', kind: 'group', label: 'gang' };
