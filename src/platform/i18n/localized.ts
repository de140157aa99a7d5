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
  return branch(sv, en as unknown as T, []);
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<PropertyKey, unknown>)[key];
  return node;
}

function branch<T extends object>(sv: T, en: T, path: readonly PropertyKey[]): T {
  const children = new Map<PropertyKey, unknown>();
  const target = at(sv, path) as object;
  return new Proxy(target, {
    get(_target, key) {
      const value = at(currentLanguage() === 'en' ? en : sv, [...path, key]);
      if (value !== null && typeof value === 'object') {
        let child = children.get(key);
        if (!child) {
          child = branch(sv, en, [...path, key]);
          children.set(key, child);
        }
        return child;
      }
      return value;
    },
  }) as T;
}
