/**
 * The small part of XPath 1.0 the eForms SDK uses in the paths of the fields we read, over the
 * tree xml-tree.ts makes (children as lists by name, attributes as `@name`, text as `#text`):
 * steps by qualified name, `*` for the root, `/@attr` at the end, and predicates that compare a
 * relative path with a literal (`[cbc:ID/@schemeName='Lot']`), test that one exists, or `not(…)`
 * of either, nested as deep as the SDK nests them.
 */
export type XNode = string | { [key: string]: unknown };

type Step = { kind: 'element'; name: string; predicates: Predicate[] } | { kind: 'attribute'; name: string };
type Predicate = { kind: 'not'; inner: Predicate } | { kind: 'path'; steps: Step[]; equals: string | null };

const cache = new Map<string, Step[]>();

/** Splits at `sep` outside brackets, parentheses and quotes. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && s.startsWith(sep, i)) {
      out.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

function parseSteps(path: string): Step[] {
  const found = cache.get(path);
  if (found) return found;
  const steps = splitTop(path.replace(/^\//, ''), '/').map(parseStep);
  cache.set(path, steps);
  return steps;
}

function parseStep(text: string): Step {
  if (text.startsWith('@')) return { kind: 'attribute', name: text.slice(1) };
  const open = text.indexOf('[');
  const name = open < 0 ? text : text.slice(0, open);
  const predicates: Predicate[] = [];
  let rest = open < 0 ? '' : text.slice(open);
  while (rest.startsWith('[')) {
    const end = closing(rest, 0);
    predicates.push(parsePredicate(rest.slice(1, end)));
    rest = rest.slice(end + 1);
  }
  if (rest) throw new Error(`XPath-steget kan inte läsas: ${text}`);
  return { kind: 'element', name, predicates };
}

/** The index of the bracket closing the one at `open`. */
function closing(s: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`XPath utan slutparentes: ${s}`);
}

function parsePredicate(text: string): Predicate {
  const t = text.trim();
  if (t.startsWith('not(') && closing(t, 3) === t.length - 1)
    return { kind: 'not', inner: parsePredicate(t.slice(4, -1)) };
  const [path, literal] = splitTop(t, '=');
  const equals = literal === undefined ? null : literal.trim().replace(/^['"]|['"]$/g, '');
  return { kind: 'path', steps: splitTop(path!.trim(), '/').map(parseStep), equals };
}

function childrenNamed(node: XNode, name: string): XNode[] {
  if (typeof node === 'string') return [];
  const out: XNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@') || key === '#text') continue;
    if (name !== '*' && key !== name) continue;
    if (Array.isArray(value)) out.push(...(value as XNode[]));
  }
  return out;
}

/** The text of an element or the value of an attribute. */
export function textOf(node: XNode | undefined): string | null {
  if (node === undefined) return null;
  if (typeof node === 'string') return node;
  const text = node['#text'];
  return typeof text === 'string' || typeof text === 'number' ? String(text) : '';
}

/** An attribute of an element (`languageID`, `currencyID`, `unitCode`). */
export function attributeOf(node: XNode | undefined, name: string): string | null {
  if (node === undefined || typeof node === 'string') return null;
  const v = node[`@${name}`];
  return typeof v === 'string' ? v : null;
}

function walk(nodes: XNode[], steps: Step[]): XNode[] {
  let current = nodes;
  for (const step of steps) {
    if (step.kind === 'attribute') {
      current = current.flatMap((n) => {
        const v = attributeOf(n, step.name);
        return v === null ? [] : [v];
      });
      continue;
    }
    current = current
      .flatMap((n) => childrenNamed(n, step.name))
      .filter((n) => step.predicates.every((p) => holds(n, p)));
  }
  return current;
}

function holds(node: XNode, p: Predicate): boolean {
  if (p.kind === 'not') return !holds(node, p.inner);
  const found = walk([node], p.steps);
  return p.equals === null ? found.length > 0 : found.some((n) => textOf(n) === p.equals);
}

/**
 * The nodes a path selects: absolute ('/*' first, from the document) or relative to `context`.
 * `document` is what parseXmlTree (xml-tree.ts) returned for the file.
 */
export function select(from: { document: XNode } | { context: XNode }, path: string): XNode[] {
  if ('document' in from) {
    const [root, ...rest] = parseSteps(path);
    if (!root || root.kind !== 'element' || root.name !== '*') throw new Error(`inte en absolut sökväg: ${path}`);
    const roots = childrenNamed(from.document, '*');
    return walk(roots, rest);
  }
  return walk([from.context], parseSteps(path));
}
