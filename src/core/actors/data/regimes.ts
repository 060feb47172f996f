/**
 * Governments in power per country (ISO alpha-2), as ACLED suffixes state actors with them
 * ("Military Forces of Armenia (2018-)"). Start dates are the day power changed hands; a
 * regime without `to` is the current one. Only countries the project has met so far; others
 * get no suffix.
 */
export const REGIMES: Readonly<Record<string, readonly { from: string; to?: string }[]>> = {
  AF: [{ from: '2014-09-29', to: '2021-08-15' }, { from: '2021-08-15' }],
  AM: [{ from: '2018-05-08' }],
  AZ: [{ from: '2003-10-31' }],
  BI: [{ from: '2005-08-26', to: '2020-06-18' }, { from: '2020-06-18' }],
  CD: [{ from: '2001-01-26', to: '2019-01-24' }, { from: '2019-01-24' }],
  HT: [{ from: '2017-02-07', to: '2021-07-07' }, { from: '2021-07-07', to: '2024-04-25' }, { from: '2024-04-25' }],
  ID: [{ from: '2004-10-20', to: '2014-10-20' }, { from: '2014-10-20', to: '2024-10-20' }, { from: '2024-10-20' }],
  IL: [{ from: '2009-03-31', to: '2021-06-13' }, { from: '2021-06-13', to: '2022-12-29' }, { from: '2022-12-29' }],
  IN: [{ from: '2014-05-26' }],
  MM: [{ from: '2016-03-30', to: '2021-02-01' }, { from: '2021-02-01' }],
  MY: [{ from: '2018-05-10', to: '2020-03-01' }, { from: '2020-03-01', to: '2021-08-21' }, { from: '2021-08-21', to: '2022-11-24' }, { from: '2022-11-24' }],
  NG: [{ from: '2015-05-29', to: '2023-05-29' }, { from: '2023-05-29' }],
  PH: [{ from: '2016-06-30', to: '2022-06-30' }, { from: '2022-06-30' }],
  PK: [{ from: '2018-08-18', to: '2022-04-11' }, { from: '2022-04-11', to: '2024-03-04' }, { from: '2024-03-04' }],
  RU: [{ from: '2000-05-07' }],
  SD: [{ from: '2019-04-11' }],
  SO: [{ from: '2017-02-16', to: '2022-05-23' }, { from: '2022-05-23' }],
  SY: [{ from: '2000-07-17', to: '2024-12-08' }, { from: '2024-12-08' }],
  UA: [{ from: '2014-06-07', to: '2019-05-20' }, { from: '2019-05-20' }],
  US: [{ from: '2017-01-20', to: '2021-01-20' }, { from: '2021-01-20', to: '2025-01-20' }, { from: '2025-01-20' }],
  YE: [{ from: '2012-02-27', to: '2022-04-07' }, { from: '2022-04-07' }],
};
