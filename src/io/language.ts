import { loadModule } from 'cld3-asm';
import type { LanguageDetector } from '../core/document/types.js';

let pending: Promise<LanguageDetector | null> | null = null;

/**
 * Loads CLD3 (WebAssembly, asynchronous) once and returns a synchronous detector for the pure core.
 * Reads at most 1,000 bytes per call. Returns null when the module cannot be loaded; the core then
 * falls back to the language packs' function words.
 */
export function loadLanguageDetector(): Promise<LanguageDetector | null> {
  pending ??= (async () => {
    try {
      const factory = await loadModule();
      const identifier = factory.create(0, 1000);
      return (text: string) => {
        const r = identifier.findLanguage(text);
        if (!r || r.language === 'und') return null;
        return { language: r.language, probability: r.probability, reliable: r.is_reliable };
      };
    } catch {
      return null;
    }
  })();
  return pending;
}
