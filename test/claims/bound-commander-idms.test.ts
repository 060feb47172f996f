/**
 * Indonesian casualty forms (sentences written for these tests): a lower bound said before the
 * verb that leads the count ("sedikitnya menewaskan 40 warga"), and a commander killed with
 * civilians counted with the armed, not the civilians.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

const run = (body: string) => extract(body, { language: 'id', published: '2024-03-05T10:00:00+07:00', title: '' }, { gazetteer: null }).events;

describe('sedikitnya menewaskan N', () => {
  it('the bound before the verb is the count\'s', () => {
    const c = run('Serangan udara itu sedikitnya menewaskan 40 warga dan seorang komandan milisi, Senin (4/3/2024).')[0]!.casualties;
    expect(c.find((x) => x.count === 40)?.qualifier).toBe('at_least');
    const one = c.find((x) => x.count === 1);
    expect(one?.qualifier).toBe('exact');
    expect(one?.group).toBe('military');
  });
  it('without a bound the count stays exact', () => {
    const c = run('Serangan udara itu menewaskan 40 warga, Senin (4/3/2024).')[0]!.casualties;
    expect(c[0]?.qualifier).toBe('exact');
  });
});
