import { describe, expect, it } from 'vitest';
import { compilePack, EVENT_TYPE } from '../../src/core/events/index.js';
import { PACKS } from '../../src/lang/index.js';
import type { EventPack } from '../../src/core/events/types.js';

// Contract test every language pack's event tables must pass.
describe.each(PACKS.map((p) => [p.code, p.events as EventPack] as const))('event pack %s', (code, ep) => {
  it('compiles every trigger and cue pattern', () => {
    expect(() => compilePack(ep)).not.toThrow();
  });
  it('has unique rule ids prefixed with a language code', () => {
    const ids = ep.triggers.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of ids) expect(i).toMatch(/^[a-z]{2}\/event\/[a-z0-9-]+$/);
  });
  it('uses only ACLED sub-event types', () => {
    for (const t of ep.triggers) expect(Object.keys(EVENT_TYPE)).toContain(t.sub);
  });
  it('has the cue lexicons the engine reads', () => {
    for (const name of ['planned', 'hypothetical', 'negation', 'denial', 'disaster', 'protestContext', 'police', 'by']) {
      expect(ep.lexicons[name]?.length ?? 0, `${code} lexicon ${name}`).toBeGreaterThan(0);
    }
  });
  it('has triggers for every ACLED event type', () => {
    const types = new Set(ep.triggers.map((t) => EVENT_TYPE[t.sub]));
    expect(types.size).toBe(6);
  });
});
