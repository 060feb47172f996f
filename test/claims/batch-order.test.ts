import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/engine/text.js';
import { findAttributions, findCasualties, type ClaimInput } from '../../src/core/claims/index.js';
import { packFor } from '../../src/lang/index.js';

// readMany reads the attributions of a whole batch before any casualties: the claims stage keeps
// what it computed per document for several documents, and must give what it gives one at a time.
const TEXTS: [string, string][] = [
  ['en', 'Police said 21 people were killed in the raid. "We found two bodies," the spokesman told reporters.'],
  ['id', 'Kapolres mengatakan empat warga tewas dan sembilan lainnya luka-luka akibat ledakan itu.'],
  ['en', 'No one was hurt in the blast, officials said, but three soldiers were wounded later.'],
  ['ms', 'Ketua Polis Daerah berkata tiga penduduk maut manakala enam cedera dalam kejadian itu.'],
];

function input(lang: string, text: string): ClaimInput {
  return { sentences: splitSentences(text, packFor(lang)!.sentences), numbers: [], dates: [], places: [], actors: [] };
}

describe('claims over a batch', () => {
  it('attributions of many documents before their casualties give what one at a time gives', () => {
    // one at a time, each on inputs of its own
    const single = TEXTS.map(([lang, text]) => {
      const inp = input(lang, text);
      const a = findAttributions(text, inp, packFor(lang)!);
      return JSON.stringify([a, findCasualties(text, inp, a, packFor(lang)!)]);
    });
    // 24 documents (more than the stage keeps), attributions of all first
    const docs = Array.from({ length: 24 }, (_, k) => TEXTS[k % TEXTS.length]!);
    const inputs = docs.map(([lang, text]) => input(lang, text));
    const atts = docs.map(([lang, text], k) => findAttributions(text, inputs[k]!, packFor(lang)!));
    const batch = docs.map(([lang, text], k) => JSON.stringify([atts[k], findCasualties(text, inputs[k]!, atts[k]!, packFor(lang)!)]));
    expect(single.some((x) => x.includes('"count":21'))).toBe(true);
    docs.forEach((_, k) => expect(batch[k]).toBe(single[k % TEXTS.length]));
    // and the same input read again after its casualties were read
    const again = findCasualties(docs[0]![1], inputs[0]!, atts[0]!, packFor(docs[0]![0])!);
    expect(JSON.stringify([atts[0], again])).toBe(single[0]);
  });
});
