import { describe, expect, test } from 'vitest';
import { dates } from '../helpers.js';

const PUB = '2024-04-23T09:15:00+03:00'; // a Tuesday morning
const EVENING = '2024-04-23T20:15:00+03:00';

const cases: Array<[string, string | null, Array<[string, string | null, number, string]>]> = [
  ['The ceasefire was signed on September 27, 2020.', PUB, [['September 27, 2020', '2020-09-27', 1, '']]],
  ['Fighting resumed on 27 September 2020 near the border.', PUB, [['27 September 2020', '2020-09-27', 1, '']]],
  ['The offensive began on Sept. 27 and lasted a week.', PUB, [['Sept. 27', '2023-09-27', 1, '']]],
  ['Rebels seized the town on April 15.', PUB, [['April 15', '2024-04-15', 1, '']]],
  ['The report covers attacks on December 31 and January 1.', '2011-07-22T12:00:00-04:00', [['December 31', '2010-12-31', 1, ''], ['January 1', '2011-01-01', 1, '']]],
  ['Gunmen attacked the village on Sunday.', PUB, [['Sunday', '2024-04-21', 1, '']]],
  ['Gunmen attacked the village on Tuesday night.', PUB, [['Tuesday night', '2024-04-23', 1, '']]],
  ['Shelling started early Monday.', PUB, [['early Monday', '2024-04-22', 1, '']]],
  ['Talks will resume on Friday.', PUB, [['Friday', '2024-04-26', 1, 'future']]],
  ['The ministers are expected to meet on Thursday.', PUB, [['Thursday', '2024-04-25', 1, 'future']]],
  ['Police will investigate the attack that took place on Monday.', PUB, [['Monday', '2024-04-22', 1, '']]],
  ['The army said yesterday that the town was retaken.', PUB, [['yesterday', '2024-04-22', 1, '']]],
  ['A drone hit the port overnight.', PUB, [['overnight', '2024-04-23', 1, '']]],
  ['Four militants were killed last night.', PUB, [['last night', '2024-04-22', 1, '']]],
  ['Four militants were killed last night.', EVENING, [['last night', '2024-04-22', 1, '']]],
  ['The strike came this morning.', PUB, [['this morning', '2024-04-23', 1, '']]],
  ['Protests spread last week.', PUB, [['last week', '2024-04-15', 2, '']]],
  ['Elections are due next week.', PUB, [['next week', '2024-04-29', 2, 'future']]],
  ['Prices rose sharply last month.', PUB, [['last month', '2024-03-01', 3, '']]],
  ['The court will rule tomorrow.', PUB, [['tomorrow', '2024-04-24', 1, 'future']]],
  ['The militia attacked the camp three days ago.', PUB, [['three days ago', '2024-04-20', 1, '']]],
  ['The death toll has risen since 7 October.', PUB, [['7 October', '2023-10-07', 1, 'since']]],
  ['More than 30,000 have been killed since October 7.', PUB, [['October 7', '2023-10-07', 1, 'since']]],
  ['Shelling has continued since Oct. 7, officials said.', PUB, [['Oct. 7', '2023-10-07', 1, 'since']]],
  ['Prices have risen since October.', PUB, [['since October', '2023-10-01', 3, 'since']]],
  ['Thousands have fled since the war began on February 24, 2022.', PUB, [['February 24, 2022', '2022-02-24', 1, 'since']]],
  ['The group was founded in 2009.', PUB, [['in 2009', '2009-01-01', 3, '']]],
  ['Veterans of the 1991-94 war gathered.', PUB, [['1991-94', '1991-01-01', 3, 'bg']]],
  ['The deal was signed in March.', PUB, [['in March', '2024-03-01', 3, '']]],
  ['Refugees may march to the capital.', PUB, []],
  ['Officials may release the figures soon.', PUB, []],
  ['The dispatch was dated 2024-04-20.', PUB, [['2024-04-20', '2024-04-20', 1, '']]],
  ['Troops entered the city on 4/20/2024.', PUB, [['4/20/2024', '2024-04-20', 1, '']]],
  ['The raid happened on Saturday.', null, [['Saturday', null, 1, '']]],
  ['Sun May 14 2017, 3:45 pm', PUB, [['Sun May 14 2017', '2017-05-14', 1, '']]],
  ['At least 10 people were killed.', PUB, []],
  ['The convoy had been attacked the previous day.', PUB, []],
  // a month with "last year" / "next year" after it is of the year before / after publication
  ['The truce collapsed in June last year, and 80 people have died since.', PUB, [['in June last year', '2023-06-01', 3, '']]],
  ['Elections are due in February next year.', PUB, [['in February next year', '2025-02-01', 3, 'future']]],
];

describe('en dates', () => {
  for (const [s, pub, want] of cases) test(`${s} (${pub ?? 'no date'})`, () => expect(dates('en', s, pub)).toEqual(want));
});

describe('phrases looked at before the patterns run (relative days, last night, periods)', () => {
  test('in capitals and across white space', () => {
    expect(dates('en', 'Gunmen attacked the village LAST NIGHT.', PUB).map((d) => d[0])).toEqual(['LAST NIGHT']);
    expect(dates('en', 'The talks resume The Day After Tomorrow.', PUB).map((d) => d[0])).toEqual(['The Day After Tomorrow']);
    expect(dates('en', 'Troops moved in   the early hours.', PUB).map((d) => d[0])).toEqual(['in   the early hours']);
    expect(dates('en', 'Prices rose earlier this week.', PUB).map((d) => d[0])).toEqual(['earlier this week']);
  });
  test('a month and its day: in capitals, with the dot of an abbreviation, a span of days', () => {
    expect(dates('en', 'Rebels seized the town on APRIL 15.', PUB).map((d) => d[0])).toEqual(['APRIL 15']);
    expect(dates('en', 'The offensive began Sept. 27.', PUB).map((d) => d[0])).toEqual(['Sept. 27']);
    expect(dates('en', 'Talks were held on Monday, April 15.', PUB).map((d) => d[0])).toEqual(['Monday, April 15']);
  });
  test('a month with a cue is a month unless its day and a stop follow', () => {
    expect(dates('en', 'Prices have risen since March.', PUB).map((d) => d[0])).toEqual(['since March']);
    expect(dates('en', 'Prices have risen since March 3.', PUB).map((d) => d[0])).toEqual(['March 3']);
    expect(dates('en', 'Prices have risen since March 3rd, officials said.', PUB).map((d) => d[0])).toEqual(['March 3rd']);
    expect(dates('en', 'Prices have risen IN MARCH 2020 and after.', PUB).map((d) => d[0])).toEqual(['IN MARCH 2020']);
    expect(dates('en', 'Prices have risen since March 300 units ago.', PUB).map((d) => d[0])).toEqual(['since March']);
  });
  test('glued words and other words start nothing', () => {
    expect(dates('en', 'They met last-night-style in the lobby.', PUB)).toEqual([]);
    expect(dates('en', 'The night was quiet.', PUB)).toEqual([]);
  });
});
