import { describe, it, expect } from 'vitest';
import { identifyLanguage, toIso6391 } from '../../src/core/document/language.js';
import { documentRules } from '../../src/core/document/rules.js';

const r = documentRules();
const lang = (t: string, detect: Parameters<typeof identifyLanguage>[2] = null, declared: string | null = null) =>
  identifyLanguage(t, r, detect, declared).language;

describe('language identification', () => {
  it('reads English and Indonesian from function words without a detector', () => {
    expect(lang('The army said on Tuesday that two soldiers were killed when their vehicle hit a mine near the border, and that the attackers had fled.')).toBe('en');
    expect(lang('Polisi mengatakan dua orang tewas dalam bentrokan yang terjadi di desa itu pada Selasa malam, dan pelaku sudah melarikan diri ke hutan.')).toBe('id');
  });

  it('tells Malay from Indonesian by vocabulary', () => {
    expect(lang('Jurucakap polis berkata dua anggota tentera terkorban dalam kejadian itu dan beliau menyatakan kerajaan akan menjalankan siasatan selepas ini.')).toBe('ms');
    expect(lang('Juru bicara polisi mengatakan dua anggota TNI tewas dalam kejadian itu dan pemerintah akan melakukan penyelidikan setelah ini.')).toBe('id');
  });

  it('asks the detector for languages without a pack and maps its codes to ISO 639-1', () => {
    const detect = () => ({ language: 'fr', probability: 0.99, reliable: true });
    expect(lang("L'armée a annoncé mardi que deux soldats avaient été tués près de la frontière.", detect)).toBe('fr');
    expect(toIso6391('iw')).toBe('he');
    expect(toIso6391('zh-Latn')).toBe('zh');
    expect(toIso6391('und')).toBeNull();
  });

  it('reads words between emoji and other symbols outside the BMP, and letters with accents inside words', () => {
    // (every separator a surrogate pair: read as one letter-less code point, the words stay apart)
    const glued = ['the', 'army', 'said', 'that', 'two', 'soldiers', 'were', 'killed', 'in', 'the', 'attack', 'and', 'that', 'the', 'attackers', 'had', 'fled'].join('\u{1F534}');
    expect(lang(glued)).toBe('en');
    expect(identifyLanguage(glued.replace(/\u{1F534}/gu, '\u{1D400}'), r, null, null).language).toBeNull(); // a mathematical bold letter joins the words into one
    expect(lang('Le café of the town was closed and the owners said that the police had taken the keys to the station in the night.')).toBe('en');
  });

  it('falls back to the declared language when nothing else knows', () => {
    expect(lang('Короткий текст.', null, 'ru-RU')).toBe('ru');
    expect(lang('???', null, null)).toBeNull();
  });
  it('reads the narrative, not the quotes, when telling Malay from Indonesian', () => {
    // An Indonesian outlet quoting a Malaysian officer in the lead.
    const idText = [
      'KUALA LUMPUR - Kepolisian Malaysia menahan sembilan warga negara Indonesia dalam razia di sebuah pelabuhan di Selangor.',
      '"Polis telah menahan individu yang disyaki. Kerajaan akan mengambil tindakan dan beliau berkata siasatan sedang dijalankan," kata juru bicara kepolisian setempat.',
      'Konsulat Jenderal RI mengatakan pihaknya sedang memverifikasi identitas para pekerja tersebut.',
    ].join('\n\n');
    expect(lang(idText)).toBe('id');
    // And the other way: a Malaysian outlet quoting an Indonesian official.
    const msText = [
      'JAKARTA - Polis Indonesia berkata mereka menahan tiga lelaki selepas letupan di sebuah pasar, menurut kenyataan rasmi.',
      '“Polisi sudah mengamankan tiga orang dan korban tewas sudah dievakuasi. Pemerintah akan membantu,” ujar juru bicara kepolisian setempat.',
      'Jurucakap kerajaan Malaysia berkata tiada rakyat Malaysia terkorban dalam kejadian itu.',
    ].join('\n\n');
    expect(lang(msText)).toBe('ms');
  });

  it('reads past the lead when its words do not settle Malay against Indonesian', () => {
    const lead = 'Dua orang ditangkap dalam operasi di pelabuhan itu pada pagi hari dan mereka dibawa ke markas untuk diperiksa lebih lanjut oleh petugas yang berjaga di sana. ';
    const filler = 'Para pekerja itu berasal dari beberapa daerah dan datang ke kota itu untuk bekerja di sektor konstruksi. ';
    const tail = 'Kepolisian mengatakan pemerintah daerah akan memberikan bantuan, menurut juru bicara kepolisian, setelah korban tewas dievakuasi ke kabupaten terdekat.';
    const text = lead + filler.repeat(6) + tail;
    expect(text.indexOf('Kepolisian')).toBeGreaterThan(700);
    expect(identifyLanguage(text, r, null, null)).toEqual({ language: 'id', rule: 'document/language/distinctive-words' });
  });
});
