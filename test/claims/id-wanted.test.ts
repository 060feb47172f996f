import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// Sentences written for these tests: a wanted militant ("DPO", "buronan") killed is a combatant.
describe('id: fugitives of an armed group are combatants', () => {
  it('"Satu DPO meninggal dunia dalam kontak tembak"', () => {
    const m = run('Satu DPO meninggal dunia dalam kontak tembak dengan Satgas Madago Raya.', 'id');
    expect(m[0]?.group).toBe('military');
  });
  it('"dua buronan MIT tewas"', () => {
    const m = run('Dua buronan MIT tewas dalam penyergapan di hutan Poso.', 'id');
    expect(m[0]?.group).toBe('military');
  });
});
