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

  it('falls back to the declared language when nothing else knows', () => {
    expect(lang('Короткий текст.', null, 'ru-RU')).toBe('ru');
    expect(lang('???', null, null)).toBeNull();
  });
});
