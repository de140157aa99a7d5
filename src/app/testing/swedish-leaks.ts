import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser } from 'htmlparser2';
import { APP_ROOT } from '../../platform/root.js';

/**
 * Finds Swedish on a page that should be English. Text inside an element marked lang="sv" is
 * Swedish on purpose (an enterprise's own description, a place name) and left out; so are
 * scripts and styles. What remains must hold neither a Swedish text of the catalogues nor a
 * Swedish word that English never uses.
 */
const SWEDISH_WORDS = new Set(
  (
    'och att för inte eller är som på ett finns företag företaget företagets företagen måste här inga alla ' +
    'inom utan också sidan logga sök visa saknas ändra spara skicka tillbaka vilka vårt våra ditt dina ' +
    'inloggad lösenord konto uppgifter tjänster'
  ).split(' '),
);

function leaves(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
}

function catalogueFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...catalogueFiles(path));
    else if (name.endsWith('.sv.ts')) out.push(path);
  }
  return out;
}

/** Every Swedish text of the catalogues (without arguments) that its English twin words differently. */
export async function swedishCatalogueTexts(): Promise<Set<string>> {
  const texts = new Set<string>();
  for (const file of catalogueFiles(resolve(APP_ROOT, 'src'))) {
    const sv = Object.values((await import(pathToFileURL(file).href)) as Record<string, unknown>)[0];
    const en = Object.values(
      (await import(pathToFileURL(file.replace(/\.sv\.ts$/, '.en.ts')).href).catch(() => ({}))) as Record<
        string,
        unknown
      >,
    )[0];
    const svTexts: string[] = [];
    const enTexts: string[] = [];
    leaves(sv, svTexts);
    leaves(en, enTexts);
    const english = new Set(enTexts);
    // Short texts ("Ja", "CSV") are too often the same or part of other words to tell.
    for (const t of svTexts) if (t.length >= 12 && !english.has(t)) texts.add(t);
  }
  return texts;
}

/** The text a reader meets (text and the attributes read aloud or shown), minus lang="sv" parts. */
export function readableText(html: string): string {
  const parts: string[] = [];
  const stack: { name: string; swedish: boolean }[] = [];
  const swedishNow = () => stack.some((s) => s.swedish);
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // Code samples (the API's examples) are data, not the page's own words.
        const swedish = attrs.lang === 'sv' || ['script', 'style', 'pre', 'code'].includes(name);
        stack.push({ name, swedish });
        if (!swedishNow()) {
          for (const a of ['aria-label', 'placeholder', 'alt', 'title']) if (attrs[a]) parts.push(attrs[a]!);
          if (name === 'input' && (attrs.type === 'submit' || attrs.type === 'button') && attrs.value)
            parts.push(attrs.value);
        }
      },
      ontext(text) {
        if (!swedishNow()) parts.push(text);
      },
      onclosetag(name) {
        const i = stack.map((s) => s.name).lastIndexOf(name);
        if (i >= 0) stack.splice(i);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** What is Swedish in the readable text: catalogue texts found whole, and Swedish words. */
export function swedishIn(text: string, catalogue: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const t of catalogue) if (text.includes(t)) found.add(`"${t}"`);
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (SWEDISH_WORDS.has(word)) found.add(word);
  return [...found];
}
