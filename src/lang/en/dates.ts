import type { DatePack } from '../../core/dates/types.js';

/**
 * English dates: "September 27, 2020", "27 September 2020", "Sept. 27", "on Tuesday",
 * "Tuesday night", "early Sunday", "yesterday", "last night", "overnight", "last week",
 * "three days ago", "since 27 September", "in 2019", "the 1991-94 war". "May", "March" and
 * abbreviations count only with a capital. Numeric dates are read month/day unless only the
 * other order is valid.
 */
export const dates: DatePack = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
    september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: {
    sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5,
    fri: 5, saturday: 6, sat: 6,
  },
  caseSensitive: ['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr', 'sun', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat'],
  numericOrder: 'md',
  dayWords: [],
  daySuffixes: ['st', 'nd', 'rd', 'th'],
  weekdayWords: [],
  partsOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night', 'overnight': 'night' },
  partsOfDayBefore: { early: 'morning', late: 'night' },
  relativeDays: {
    yesterday: -1, today: 0, tonight: 0, tomorrow: 1, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'earlier today': 0,
    'the day before yesterday': -2, 'the day after tomorrow': 2,
  },
  lastNight: ['last night', 'late last night', 'the previous night'],
  lastNightSameDayFrom: null,
  overnight: ['overnight', 'early hours', 'early hours of the morning', 'in the early hours'],
  overnightOf: ['of'],
  periods: {
    day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', weekend: 'weekend',
  },
  periodAfter: {},
  periodBefore: { last: -1, past: -1, next: 1, coming: 1, this: 0, 'earlier this': 0, 'later this': 0, 'the past': -1 },
  ago: ['ago'],
  counts: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, 'a few': 3, few: 3 },
  oneUnit: {},
  monthCues: ['in', 'since', 'early', 'late', 'mid', 'until', 'during', 'by', 'from', 'of'],
  yearCues: ['in', 'since', 'during', 'until', 'by', 'of', 'early', 'late', 'mid', 'from', 'the year'],
  since: ['since', 'ever since'],
  past: ['took place', 'happened', 'occurred', 'was', 'were', 'had', 'killed', 'died', 'arrested', 'attacked', 'last', 'ago'],
  future: [
    'will', "'ll", 'shall', 'is expected to', 'are expected to', 'is due to', 'are due to', 'is scheduled to', 'are scheduled to', 'scheduled for',
    'plans to', 'plan to', 'is set to', 'are set to', 'upcoming',
  ],
};
// Not read as dates: "the previous day", "the next day", "a day after", "the previous week" count
// from the story's own day, not from publication.
