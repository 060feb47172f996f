import { describe, expect, it } from 'vitest';
import { enEvents } from '../../src/lang/en/events.js';
import { codeSentence } from './helpers.js';

// Sentences written for these tests: one or more per ACLED sub-event type.
const CASES: [string, string][] = [
  ['Rebels and government troops clashed near the border town on Sunday.', 'Armed clash'],
  ['Three militants were killed in an encounter with security forces in the district.', 'Armed clash'],
  ['Heavy fighting continued overnight on the outskirts of the city.', 'Armed clash'],
  ['Gunmen ambushed an army patrol, killing four soldiers.', 'Armed clash'],
  ['The army recaptured the town from the insurgents after a week-long siege.', 'Government regains territory'],
  ['Government forces retook control of the strategic hill on Tuesday.', 'Government regains territory'],
  ['Jihadist fighters seized control of the district headquarters overnight.', 'Non-state actor overtakes territory'],
  ['The rebels captured two villages in the north of the province.', 'Non-state actor overtakes territory'],
  ['The militants entered the town without resistance after the garrison withdrew.', 'Non-violent transfer of territory'],
  ['Inspectors said chlorine gas was used in the attack on the suburb.', 'Chemical weapon'],
  ['Warplanes pounded the village, killing six civilians.', 'Air/drone strike'],
  ['Fighter jets attacked the convoy as it left the base, residents said.', 'Air/drone strike'],
  ['Military planes dropped two bombs on a crowded market in the township.', 'Air/drone strike'],
  // A word on the source ("which we could not independently verify") is no hypothesis.
  ['According to a witness, whose account the agency could not independently verify, army helicopters dropped bombs on the camp.', 'Air/drone strike'],
  ['A drone strike hit a car on the highway late on Monday.', 'Air/drone strike'],
  ['A suicide bomber blew himself up at the entrance of the market.', 'Suicide bomb'],
  ['A suicide car bomb struck the checkpoint, killing 12 people.', 'Suicide bomb'],
  ['The city was shelled for the third day, officials said.', 'Shelling/artillery/missile attack'],
  ['Rocket fire hit residential areas of the capital overnight.', 'Shelling/artillery/missile attack'],
  ['A missile strike destroyed a warehouse in the port.', 'Shelling/artillery/missile attack'],
  ['A bulk carrier was struck by two projectiles off the coast on Tuesday, setting it ablaze.', 'Shelling/artillery/missile attack'],
  ['The ship was hit by a missile in the Gulf of Aden.', 'Shelling/artillery/missile attack'],
  ['A roadside bomb hit a police vehicle, wounding three officers.', 'Remote explosive/landmine/IED'],
  ['Two farmers were killed when their tractor struck a landmine.', 'Remote explosive/landmine/IED'],
  ['An IED exploded near the convoy.', 'Remote explosive/landmine/IED'],
  ['Unknown attackers hurled a grenade at a bus stop, injuring nine people.', 'Grenade'],
  ['Soldiers raped at least 20 women in the village, the report said.', 'Sexual violence'],
  ['Gunmen killed villagers in a night raid on the settlement.', 'Attack'],
  // A crowd gathered for aid or shopping is no protest: fire on it is an attack on civilians.
  ['Troops opened fire on crowds waiting for aid near the crossing, killing seven people.', 'Attack'],
  ['Soldiers opened fire on a crowd of shoppers at the bus station.', 'Attack'],
  ['Security forces opened fire on the crowd outside parliament, killing two.', 'Excessive force against protesters'],
  // A rally of support is a protest in ACLED's terms.
  ['Hundreds of people gathered in the main square of the city to show support for the army.', 'Peaceful protest'],
  ['Residents assembled outside the governor\'s office to condemn the killings.', 'Peaceful protest'],
  ['A man was stabbed to death by suspected militants near the mosque.', 'Attack'],
  ['Bandits abducted 30 passengers from a bus on the highway.', 'Abduction/forced disappearance'],
  ['Two aid workers were kidnapped in the north, police said.', 'Abduction/forced disappearance'],
  ['Thousands of people held a rally in the capital to demand higher wages.', 'Peaceful protest'],
  ['Students staged a peaceful protest outside the parliament.', 'Peaceful protest'],
  ['Police fired tear gas to disperse protesters outside the ministry.', 'Protest with intervention'],
  ['Police arrested 40 demonstrators during the march.', 'Protest with intervention'],
  ['Security forces opened fire on protesters, killing five.', 'Excessive force against protesters'],
  ['Rioters torched police vehicles and threw stones at officers during the protest.', 'Violent demonstration'],
  ['Protesters clashed with police in running battles across the city.', 'Violent demonstration'],
  ['An angry mob lynched a man accused of theft.', 'Mob violence'],
  ['The two sides signed a ceasefire agreement in the capital.', 'Agreement'],
  ['The government and the rebels reached a peace deal on Friday.', 'Agreement'],
  ['Police arrested five suspected members of the cell in a dawn raid.', 'Arrests'],
  ['The opposition leader was detained at the airport.', 'Arrests'],
  ['Security forces defused a bomb planted under a bridge.', 'Disrupted weapons use'],
  ['Police seized a weapons cache in a house on the outskirts.', 'Disrupted weapons use'],
  ['The army set up a new military base near the border.', 'Headquarters or base established'],
  ['Hundreds of shops were looted in the township overnight.', 'Looting/property destruction'],
  ['Protesters blocked the road to the airport with burning tyres.', 'Violent demonstration'],
  ['Witnesses said the settlers, some of them masked, threw stones at homes and set fire to cars.', 'Mob violence'],
  // A speaker that is a force ("Police said …") is not a side of the killing it reports.
  ['Police said three people were killed when gunmen opened fire on a bus.', 'Attack'],
  ['The army said four villagers were shot by bandits near the market.', 'Attack'],
  ['Gunmen killed three people near a police station on Monday.', 'Attack'],
  ['Two farmers were killed in the raid, police said.', 'Attack'],
  // An attempt to get away is no hypothesis of the violence told.
  ['Police said two passengers who tried to flee were shot dead.', 'Attack'],
  // Armed men killed (told in the passive) are a side of a fight, not attackers.
  ['Four soldiers were martyred and six terrorists were killed in the gunfight.', 'Armed clash'],
  ['Gunmen killed three police officers in the ambush.', 'Armed clash'],
  ['Two soldiers on patrol were shot dead by militants.', 'Armed clash'],
];

describe('en triggers: one sentence per sub-event type', () => {
  for (const [sentence, sub] of CASES) {
    it(`${sub}: ${sentence}`, () => {
      expect(codeSentence(enEvents, sentence)?.sub).toBe(sub);
    });
  }
  it('covers every sub-event type but Change to group/activity and Other', () => {
    expect(new Set(CASES.map((c) => c[1])).size).toBe(23);
  });
});

describe('en modality', () => {
  it('planned meeting', () => {
    expect(codeSentence(enEvents, 'The foreign ministers will meet in Geneva next week.')).toEqual({ sub: 'Other', modality: 'planned' });
  });
  it('planned talks with a future date', () => {
    expect(codeSentence(enEvents, 'Talks are expected to resume in Moscow.')?.modality).toBe('planned');
  });
  it('a past meeting is not coded', () => {
    expect(codeSentence(enEvents, 'The envoys met the minister on Monday.')).toBeNull();
  });
  it('denial', () => {
    expect(codeSentence(enEvents, 'The army denied that it shelled the village.')?.modality).toBe('denied');
  });
  it('reported', () => {
    expect(codeSentence(enEvents, 'The army shelled the village.')?.modality).toBe('reported');
  });
});

describe('en negatives', () => {
  const NEG = [
    'Floods killed 40 people in the north of the country.',
    'A gas explosion at a chemical plant killed six workers.',
    'The earthquake destroyed hundreds of homes.',
    'Analysts fear the country could be dragged into the conflict.',
    'The central bank raised interest rates on Tuesday.',
    'There were no clashes during the day, the police said.',
    'The plane crashed shortly after take-off, killing all 150 on board.',
    // What has become common is background, not an incident.
    'Kidnappings for ransom have become common in the region.',
    'Attacks on convoys are common along the border road.',
    // Roads blocked by gunmen are the set-up of their crime, not unrest.
    'The gunmen blocked the road near the village before dawn.',
    'Gunmen tried to storm the village but fled.',
    // Arms carried are no shelling: heavy weapons fire is.
    '"They came with heavy weapons and burned everything," a farmer said.',
    'Relatives gathered outside the morgue to collect the bodies.',
    // A war going on is told, not a battle: the present tense, a side fighting another.
    'The district lies in the tribal belt where the military is fighting homegrown militants.',
    'The valley is a rear base for Taliban fighting foreign troops across the border.',
    // How the war began, and who battles for the country, is told as background.
    'The country has been rocked by violence since April, when tensions between the army and a paramilitary force burst into open fighting.',
    'Since then, the fighting has spread across the country.',
    // Aircraft seen or heard are no strike.
    'Residents heard military jets flying over the district for most of the night.',
    'A helicopter gunship was seen circling above the camp on Friday.',
    'Aid workers fled the town, where forces battling the army were heavily deployed.',
    // The war a report is set in, told with "amid", is no battle of its own.
    'Prices have soared amid fighting between the army and the paramilitary force that erupted in April.',
  ];
  for (const s of NEG) it(s, () => expect(codeSentence(enEvents, s)).toBeNull());
});

describe('en: peace talks to come', () => {
  it('"peace talks … are set to resume next month" are planned talks, not an agreement', () => {
    const r = codeSentence(enEvents, 'Peace talks between the government and the rebels are set to resume in Oslo next month.', true);
    expect(r).toEqual({ sub: 'Other', modality: 'planned' });
  });
  it('peace talks held are still an agreement', () => {
    expect(codeSentence(enEvents, 'Peace talks between the government and the rebels resumed in Oslo on Monday.')?.sub).toBe('Agreement');
  });
});
