import { describe, expect, it } from 'vitest';
import { claims, figs } from './helpers.js';

describe('en casualty figures', () => {
  const cases: [string, string[]][] = [
    ['Gunmen killed 14 villagers in an overnight raid on a farming settlement.', ['14 killed']],
    ['At least 22 people were killed when a bomb exploded at a bus station.', ['22 killed']],
    ['Five soldiers were wounded in the ambush, the army said.', ['5 injured']],
    ['The death toll from the landslide rose to 63 on Thursday.', ['63 killed']],
    ['The blast left 9 people dead and dozens injured.', ['12 injured', '9 killed']],
    ['Police arrested 41 protesters outside parliament.', ['41 captured']],
    ['Eleven fishermen remain missing after the attack on their boats.', ['11 missing']],
    ['Militants abducted 30 students from a boarding school.', ['30 captured']],
    ['Rescuers recovered 17 bodies from the rubble.', ['17 killed']],
    ['No one was hurt in the explosion, police said.', ['0 killed']],
    ['The strike killed three civilians and wounded seven others.', ['3 killed', '7 injured']],
    ['Two policemen died in hospital on Sunday.', ['2 killed']],
    ['A soldier was killed and another was wounded in the clash.', ['1 killed']],
    ['Hundreds of people were injured during the riots.', ['100 injured']],
    ['Two militants killed a teacher in the village.', ['1 killed']],
    // One man, named by no group word: one person killed.
    ['A man was shot dead by troops near the checkpoint.', ['1 killed']],
    ['A 19-year-old man was killed in the raid.', ['1 killed']],
    ['A Palestinian was shot dead by soldiers in the camp.', ['1 killed']],
    // One more person coordinated after a count shares its outcome.
    ['Two farmers and a child were killed in the raid.', ['1 killed', '2 killed']],
    ['Four soldiers and a civilian were wounded when the convoy was ambushed.', ['1 injured', '4 injured']],
    ['Two soldiers and a policeman were killed at the checkpoint.', ['1 killed', '2 killed']],
    // "a group of" is many of no stated number, not one victim.
    ['The army said it had neutralised a group of terrorists near the border.', []],
    ['Gunmen ambushed and killed a band of hunters in the forest.', []],
    ['Gunmen killed a farmer in the forest.', ['1 killed']],
    // A group named by a name of several words before the verb group.
    ['Four members of the Karen National Liberation Army were killed in the air strike.', ['4 killed']],
    ['Two soldiers and three suspected members of the New People\'s Army (NPA) were killed in the encounter.', ['2 killed', '3 killed']],
    // A relative clause on the counted noun, then its own verb group.
    ['Two passengers who tried to flee were shot dead.', ['2 killed']],
    // An outcome word right after the count is its noun's adjective.
    ['Medics said six injured persons were being treated at the district hospital.', ['6 injured']],
    ['Four wounded soldiers were flown to the capital on Tuesday.', ['4 injured']],
    ['The 31 wounded people were treated overnight.', ['31 injured']],
    // (not when the words act: the two do the killing)
    ['The two killed three farmers before fleeing into the forest.', ['3 killed']],
    ['Three villagers who refused to pay were killed by the gang.', ['3 killed']],
    // One person told with an age between commas.
    ['John Okoro, 25, was killed in the attack.', ['1 killed']],
    ['One Palestinian man, aged 27, was shot dead near the checkpoint.', ['1 killed']],
  ];
  for (const [text, want] of cases) it(text, () => expect(claims(text, 'en')).toEqual(want));

  it('reads qualifiers and groups', () => {
    expect(figs('More than 40 civilians were killed in the shelling.', 'en')[0]).toMatchObject({ count: 40, qualifier: 'at_least', group: 'civilian' });
    expect(figs('Around 15 insurgents were killed.', 'en')[0]).toMatchObject({ count: 15, qualifier: 'about', group: 'military' });
    expect(figs('Up to 8 police officers were injured.', 'en')[0]).toMatchObject({ count: 8, qualifier: 'at_most', group: 'military' });
    expect(figs('Scores of fighters were killed.', 'en')[0]).toMatchObject({ count: 20, qualifier: 'vague' });
  });

  it('marks "including" as a breakdown and passes its civilians to the whole', () => {
    const f = figs('The attack injured 12 people, including five children.', 'en');
    expect(f.find((x) => x.count === 12)).toMatchObject({ outcome: 'injured', breakdown: false, group: 'civilian' });
    expect(f.find((x) => x.count === 5)).toMatchObject({ outcome: 'injured', breakdown: true });
  });

  it('keeps "two of them" apart as a breakdown', () => {
    const f = figs('Six people were wounded, two of whom were in critical condition.', 'en');
    expect(f.filter((x) => !x.breakdown).map((x) => x.count)).toEqual([6]);
  });

  it('tells running totals from event tolls', () => {
    const t = figs('The war has killed more than 9,000 people since 2015, the UN said.', 'en')[0]!;
    expect(t).toMatchObject({ count: 9000, tally: true, claimant: 'UN' });
    const u = figs('So far, 412 people have died in the fighting, officials said.', 'en')[0]!;
    expect(u).toMatchObject({ count: 412, tally: true });
    const e = figs('A car bomb killed eight people in the capital on Friday.', 'en')[0]!;
    expect(e.tally).toBe(false);
  });

  it('takes the outcome before "bringing the total to N"', () => {
    const f = figs('Two more soldiers were killed on Monday, bringing the total to 57.', 'en');
    expect(f.map((x) => `${x.count} ${x.outcome} ${x.tally}`)).toEqual(['2 killed false', '57 killed true']);
  });
});

describe('en figures with asides', () => {
  it('skips an "including" aside without commas', () => {
    expect(claims('Nineteen people including a soldier have been killed in the latest attack.', 'en')).toEqual(['19 killed']);
  });
  it('reads "N (N)" once', () => {
    expect(claims('The clash resulted in the death of twelve (12) people.', 'en')).toEqual(['12 killed']);
  });
  it('reads gunshot wounds as injured', () => {
    expect(claims('Four people sustained gunshot wounds in the raid.', 'en')).toEqual(['4 injured']);
  });
});

describe('en parts and nouns of death', () => {
  it('"N children were among the dead" is a breakdown', () => {
    const f = figs('Doctors said at least 12 children were among the dead.', 'en');
    expect(f[0]).toMatchObject({ count: 12, outcome: 'killed', breakdown: true });
  });
  it('"N of whom passed away" is a figure when the whole has no outcome', () => {
    expect(claims('The clinic received 40 people with burns, 6 of whom passed away.', 'en')).toEqual(['6 killed']);
  });
  it('reads "N deaths"', () => {
    expect(claims('The agency recorded 85 deaths in the province last month.', 'en')).toEqual(['85 killed']);
  });
});

describe('en one victim without a numeral', () => {
  it('"beat a … to death"', () => {
    expect(claims('A crowd beat a suspected pickpocket to death at the market.', 'en')).toEqual(['1 killed']);
  });
  it('"stabbed two men to death"', () => {
    expect(claims('The attackers stabbed two men to death near the mosque.', 'en')).toEqual(['2 killed']);
  });
});

describe('en bodies', () => {
  it('"the bodies of N people"', () => {
    expect(claims('Villagers buried the bodies of 14 people on Sunday.', 'en')).toEqual(['14 killed']);
  });
  it('"no immediate reports of casualties" is not zero', () => {
    expect(claims('There were no immediate reports of casualties.', 'en')).toEqual([]);
  });
});

describe('en named victim with an age', () => {
  it('"Okoro, 25, was killed" is one killed, not 25', () => {
    expect(claims('A resident, Okoro, 25, was killed by a stray bullet.', 'en')).toEqual(['1 killed']);
  });
});

describe('en negated groups and trailing speakers', () => {
  it('"no soldiers were hurt" is a zero', () => {
    expect(figs('She said no soldiers were hurt in the fighting.', 'en').map((f) => `${f.count} ${f.outcome}`)).toEqual(['0 injured']);
  });
  it('"…, said regional spokesman Lt. Col. X" names the speaker after the verb', () => {
    const f = figs('Three soldiers remained missing, said regional military spokesman Lt. Col. Juan Cruz.', 'en');
    expect(f[0]).toMatchObject({ count: 3, outcome: 'missing', claimant: 'regional military spokesman Lt. Col. Juan Cruz' });
  });
});

describe('en: "neutralised"', () => {
  it('military wording for killed', () => {
    expect(figs('Troops neutralised seven insurgents during the operation.', 'en').map((f) => `${f.count} ${f.outcome}`)).toEqual(['7 killed']);
    expect(figs('"Seven insurgents were neutralised," the army said.', 'en').map((f) => `${f.count} ${f.outcome}`)).toEqual(['7 killed']);
  });
});

describe('en: "martyred"', () => {
  it('South Asian wording for killed (of soldiers and police)', () => {
    expect(figs('At least four soldiers were martyred and two others injured in the blast.', 'en').map((f) => `${f.count} ${f.outcome}`)).toEqual(['4 killed', '2 injured']);
    expect(figs('A constable was martyred when gunmen opened fire on the post.', 'en').map((f) => `${f.count} ${f.outcome}`)).toEqual(['1 killed']);
  });
});
