import { currentLanguage } from './language.js';
import type { Catalogue } from './types.js';

/**
 * A catalogue that answers in the language of the current request: `directoryText.start.title`
 * is the Swedish text on a Swedish page and the English one on an English page. Views keep
 * `const t = directoryText.start` at the top of a file: the nested object is resolved when a text
 * is read, not when the file is loaded. (A text copied into a constant at load time is Swedish
 * for ever; the English-page test finds such leaks.)
 */
export function localized<T extends object>(sv: T, en: Catalogue<T>): T {
  return branch<T>(sv, en);
}

function branch<T extends object>(sv: object, en: object): T {
  const children = new Map<PropertyKey, unknown>();
  // Catalogues never change, so each branch knows its own node in both languages.
  return new Proxy(sv, {
    get(_target, key) {
      const value = (currentLanguage() === 'en' ? en : sv)[key as keyof object] as unknown;
      if (value === null || typeof value !== 'object') return value;
      let child = children.get(key);
      if (!child) {
        child = branch(sv[key as keyof object], en[key as keyof object]);
        children.set(key, child);
      }
      return child;
    },
  }) as T;
}
