import { SaxesParser } from 'saxes';
import type { XNode } from './xpath.js';

type Element = { [key: string]: unknown };

/**
 * An XML file as the tree xpath.ts walks: every element an object, its children as lists under
 * their qualified names (`cbc:ID`), attributes as `@name`, its text (trimmed) as `#text`.
 * saxes checks that the file is well-formed XML as it reads, in one pass: reading with
 * fast-xml-parser, which validates in a pass of its own and builds a tree to be reshaped, took
 * four times as long, and the reading of notices was what an import waited for.
 * Throws on a file that is not well-formed, with the line and column in the message.
 */
export function parseXmlTree(xml: string): XNode {
  const parser = new SaxesParser({ xmlns: false, position: true });
  // Without a prototype: an element named constructor or toString is a name like any other.
  const document: Element = Object.create(null) as Element;
  const stack: Element[] = [document];
  const texts: string[] = [''];
  parser.on('opentag', (tag) => {
    const element: Element = Object.create(null) as Element;
    for (const name in tag.attributes) element[`@${name}`] = tag.attributes[name];
    const parent = stack[stack.length - 1]!;
    const siblings = (parent[tag.name] as Element[] | undefined) ?? (parent[tag.name] = []);
    (siblings as Element[]).push(element);
    stack.push(element);
    texts.push('');
  });
  const addText = (text: string) => {
    texts[texts.length - 1] += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop()!;
    const text = texts.pop()!.trim();
    if (text !== '') element['#text'] = text;
  });
  let error: Error | null = null;
  // saxes reports the first error and would go on; the first is the one to name.
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw error;
  return document;
}
