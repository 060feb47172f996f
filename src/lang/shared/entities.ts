import type { ActorEntity } from '../../core/actors/types.js';

/**
 * Territories that name a side but are not ISO countries, in every supported language. Their
 * ISO country is the one ISO 3166 puts them in; `name` is what ACLED-style names use.
 */
export const ACTOR_ENTITIES: readonly ActorEntity[] = [
  { name: 'Nagorno-Karabakh', country: 'AZ', adjective: 'Karabakh',
    names: ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Nagorny Karabakh', 'Nagorno-Karabagh', 'Karabakh', 'Artsakh', 'Republik Artsakh', 'Republic of Artsakh', 'Karabakh Pegunungan', 'Karabakh Atas'] },
  { name: 'Palestine', country: 'PS', adjective: 'Gaza', names: ['Gaza', 'Jalur Gaza', 'Gaza Strip', 'Semenanjung Gaza', 'Genting Gaza'] },
  { name: 'Palestine', country: 'PS', adjective: 'West Bank', names: ['Tepi Barat', 'West Bank', 'Tebing Barat'] },
  { name: 'Ukraine', country: 'UA', adjective: 'Crimean', names: ['Crimea', 'Krimea'] },
  { name: 'Moldova', country: 'MD', adjective: 'Transnistrian', names: ['Transnistria'] },
  { name: 'Georgia', country: 'GE', adjective: 'Abkhaz', names: ['Abkhazia', 'Abkhazian'] },
  { name: 'Georgia', country: 'GE', adjective: 'South Ossetian', names: ['South Ossetia', 'Ossetia Selatan'] },
  { name: 'Somaliland', country: 'SO', adjective: 'Somaliland', names: ['Somaliland'] },
  { name: 'Northern Cyprus', country: 'CY', adjective: 'Turkish Cypriot', names: ['Northern Cyprus', 'Siprus Utara'] },
  { name: 'Indonesia', country: 'ID', adjective: 'Papuan', names: ['Papua', 'Papuan'] },
  { name: 'India', country: 'IN', adjective: 'Kashmiri', names: ['Jammu and Kashmir', 'Jammu & Kashmir', 'J&K', 'Kashmir', 'Kashmiri', 'Jammu dan Kashmir', 'Kashmir India', 'Indian-administered Kashmir', 'Indian-controlled Kashmir'] },
  { name: 'Pakistan', country: 'PK', adjective: 'Pakistani Kashmir', names: ['Azad Kashmir', 'Pakistan-administered Kashmir', 'Pakistan-controlled Kashmir'] },
  { name: 'Sudan', country: 'SD', adjective: 'Darfur', names: ['Darfur'] },
];
