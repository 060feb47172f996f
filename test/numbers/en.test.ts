import { describe, expect, test } from 'vitest';
import { nums, numMentions, skips } from '../helpers.js';

const cases: Array<[string, Array<[string, number, string]>]> = [
  ['At least 27 people were killed in the raid.', [['At least 27', 27, 'at_least']]],
  ['No fewer than 40 villagers died when gunmen stormed the market.', [['No fewer than 40', 40, 'at_least']]],
  ['More than 100 protesters were detained overnight.', [['More than 100', 100, 'at_least']]],
  ['Over 30 homes were set on fire.', [['Over 30', 30, 'at_least']]],
  ['About 300 troops crossed the river.', [['About 300', 300, 'about']]],
  ['Around 1,200 families fled the fighting.', [['Around 1,200', 1200, 'about']]],
  ['Nearly 50 soldiers were wounded, officials said.', [['Nearly 50', 50, 'about']]],
  ['Some 2.5 million people need food aid.', [['Some 2.5 million', 2500000, 'about']]],
  ['Up to 12 fighters may have been captured.', [['Up to 12', 12, 'at_most']]],
  ['As many as 70 bodies were recovered from the rubble.', [['As many as 70', 70, 'at_most']]],
  ['Twenty-one soldiers were killed in the ambush.', [['Twenty-one', 21, 'exact']]],
  ['Three hundred and five prisoners escaped.', [['Three hundred and five', 305, 'exact']]],
  ['A hundred police officers guarded the square.', [['A hundred', 100, 'exact']]],
  ['Two dozen students were abducted from the school.', [['Two dozen', 24, 'exact']]],
  ['Eleven people were hurt and two were missing.', [['Eleven', 11, 'exact'], ['two', 2, 'exact']]],
  ['The blast killed 1,043 people over the year.', [['1,043', 1043, 'exact']]],
  ['A few residents returned to the village.', [['A few', 3, 'vague']]],
  ['Several soldiers were injured in the clash.', [['Several', 10, 'vague']]],
  ['Many civilians were trapped in the basement.', [['Many', 10, 'vague']]],
  ['A number of officers were suspended.', [['A number of', 10, 'vague']]],
  ['A dozen or so gunmen opened fire on the convoy.', [['A dozen or so', 11, 'vague']]],
  ['Dozens of people were arrested after the rally.', [['Dozens', 12, 'vague']]],
  ['Scores of people were injured in the stampede.', [['Scores', 20, 'vague']]],
  ['Hundreds of protesters marched on parliament.', [['Hundreds', 100, 'vague']]],
  ['Thousands fled as the army advanced.', [['Thousands', 1000, 'vague']]],
  ['Tens of thousands of people were displaced.', [['Tens of thousands', 10000, 'vague']]],
  ['No one was hurt in the explosion.', [['No one', 0, 'exact']]],
  ['How many people died is still unclear.', []],
  ['The bombing was one of the deadliest in years.', []],
  ['The two sides blamed one another for the violence.', []],
  ['The attack happened at 10:30 a.m. local time.', []],
  ['A 25-year-old man was arrested in the city.', []],
  ['The suspect, aged 30, was charged on Friday.', []],
  ['The victim, John Carter, 45, was a teacher.', []],
  ['Inflation rose 5 percent while the bank raised rates by 50 basis points.', []],
  ['The government pledged $5 million in aid.', []],
  ['Article 5 of the treaty was invoked.', []],
  ['The conflict began in 2014.', []],
  ['The fighting lasted 3 days.', []],
  ['The town lies 40 km from the border.', []],
  ['Between 10 and 15 people were hurt.', [['10 and 15', 10, 'exact']]],
  ['Five to seven civilians were killed.', [['Five to seven', 5, 'exact']]],
  ['The army killed “scores” of fighters in the battle.', [['scores”', 20, 'vague']]],
  ['The 9/11 attacks and UN Resolution 2334 were cited.', []],
  ['The 3rd Brigade lost 4 tanks near No. 10 checkpoint.', [['4', 4, 'exact']]],
  ['Between 2 and 3 a.m., gunmen killed 6 people.', [['6', 6, 'exact']]],
  ['Two-thirds of the residents fled.', []],
  ['A 1,000-strong force, backed by 2 helicopters, retook the town in the early 1990s.', [['1,000-strong', 1000, 'exact'], ['2', 2, 'exact']]],
  ['Officials put the death toll at 30, while rebels claimed over 100 were killed.', [['30', 30, 'exact'], ['over 100', 100, 'at_least']]],
  ['Thirty or more fighters surrendered.', [['Thirty or more', 30, 'at_least']]],
];

describe('en numbers', () => {
  for (const [s, want] of cases) test(s, () => expect(nums('en', s)).toEqual(want));

  test('ranges of words keep their upper end', () => {
    expect(numMentions('en', 'Five to seven civilians were killed.')[0]).toMatchObject({ value: 5, max: 7 });
  });
  test('noun after "of"', () => {
    expect(numMentions('en', 'Dozens of protesters were hurt.')[0]?.noun).toBe('protesters');
  });
  test('skipped numbers say why', () => {
    expect(skips('en', 'A 25-year-old man was shot at 10:30 in 2019.')).toEqual([['25-year-old', 'age'], ['10', 'time'], ['30', 'time'], ['2019', 'date']]);
  });
});
