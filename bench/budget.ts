import { gzipSync } from 'node:zlib';

/**
 * The public pages' weight budget (issue 2, item 10; DESIGN §6 "public pages ship little
 * JavaScript"): the CSS and JavaScript that `/`, `/foretag` and one profile load, together
 * ≤ 50 KB, and nothing loaded from another host.
 *
 * Standalone: node --import tsx bench/budget.ts http://127.0.0.1:3000
 */

export const BUDGET_BYTES = 50_000;

export interface Asset {
  url: string;
  kind: 'css' | 'js';
  bytes: number;
  gzipBytes: number;
  status: number;
}

export interface PageWeight {
  path: string;
  status: number;
  htmlBytes: number;
  assets: string[];
  inlineScriptBytes: number;
  inlineStyleBytes: number;
  /** CSS + JS this page loads (its files plus inline code). */
  cssJsBytes: number;
}

export interface BudgetResult {
  pages: PageWeight[];
  assets: Asset[];
  /** All distinct CSS and JS files of the pages together, plus inline code. */
  totalBytes: number;
  totalGzipBytes: number;
  /** Things the browser would fetch from another host (scripts, styles, images, fonts, frames). */
  externalRequests: string[];
  /** Plain links and form targets to other hosts: not requests, listed for information. */
  externalLinks: string[];
  contentSecurityPolicy: string | null;
  pass: boolean;
}

const LOADING_TAGS = /<(script|link|img|iframe|source|video|audio|embed|object|track|input)\b[^>]*>/gi;
const LINK_TAGS = /<(a|form|area)\b[^>]*>/gi;

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : null;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function resolve(ref: string, base: URL): URL | null {
  try {
    return new URL(ref, base);
  } catch {
    return null;
  }
}

const isWeb = (u: URL) => u.protocol === 'http:' || u.protocol === 'https:';

export async function checkBudget(baseUrl: string, profilePath?: string): Promise<BudgetResult> {
  const base = new URL(baseUrl);
  const paths = ['/', '/foretag'];
  const pages: PageWeight[] = [];
  const assetUrls = new Map<string, 'css' | 'js'>();
  const externalRequests = new Set<string>();
  const externalLinks = new Set<string>();
  let csp: string | null = null;
  let inlineTotal = 0;

  for (let i = 0; i < paths.length; i++) {
    const path = paths[i]!;
    const pageUrl = new URL(path, base);
    const res = await fetch(pageUrl, { redirect: 'follow' });
    const html = await res.text();
    csp ??= res.headers.get('content-security-policy');
    if (path === '/foretag' && !profilePath) {
      const m = /href="(\/foretag\/\d{6}-\d{4})"/.exec(html);
      if (m) profilePath = m[1];
    }
    if (i === paths.length - 1 && profilePath && !paths.includes(profilePath)) paths.push(profilePath);

    const own: string[] = [];
    for (const m of html.matchAll(LOADING_TAGS)) {
      const tag = m[0];
      const name = m[1]!.toLowerCase();
      const rel = (attr(tag, 'rel') ?? '').toLowerCase();
      const refs = [
        attr(tag, 'src'),
        name === 'link' ? attr(tag, 'href') : null,
        attr(tag, 'poster'),
        attr(tag, 'data'),
      ];
      for (const s of (attr(tag, 'srcset') ?? '').split(',')) refs.push(s.trim().split(/\s+/)[0] || null);
      for (const ref of refs) {
        if (!ref) continue;
        const u = resolve(ref, pageUrl);
        if (!u || !isWeb(u)) continue;
        if (u.host !== base.host) {
          // rel=canonical/alternate name an address, they do not load it.
          if (
            name !== 'link' ||
            /stylesheet|preload|modulepreload|icon|manifest|prefetch|preconnect|dns-prefetch/.test(rel)
          ) {
            externalRequests.add(u.href);
          }
          continue;
        }
        if (name === 'script' && ref === attr(tag, 'src')) {
          assetUrls.set(u.href, 'js');
          own.push(u.pathname);
        } else if (name === 'link' && /stylesheet/.test(rel)) {
          assetUrls.set(u.href, 'css');
          own.push(u.pathname);
        } else if (name === 'link' && /modulepreload/.test(rel)) {
          assetUrls.set(u.href, 'js');
          own.push(u.pathname);
        }
      }
    }
    for (const m of html.matchAll(LINK_TAGS)) {
      const ref = attr(m[0], 'href') ?? attr(m[0], 'action');
      const u = ref ? resolve(ref, pageUrl) : null;
      if (u && isWeb(u) && u.host !== base.host) externalLinks.add(u.href);
    }
    // Inline code counts toward the budget; JSON-LD is data, not script.
    let inlineScript = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/\ssrc\s*=/.test(m[1]!) || /application\/(ld\+)?json/i.test(m[1]!)) continue;
      inlineScript += Buffer.byteLength(m[2]!);
    }
    let inlineStyle = 0;
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      inlineStyle += Buffer.byteLength(m[1]!);
      for (const u of cssReferences(m[1]!, pageUrl)) if (u.host !== base.host) externalRequests.add(u.href);
    }
    inlineTotal += inlineScript + inlineStyle;
    pages.push({
      path,
      status: res.status,
      htmlBytes: Buffer.byteLength(html),
      assets: own,
      inlineScriptBytes: inlineScript,
      inlineStyleBytes: inlineStyle,
      cssJsBytes: inlineScript + inlineStyle,
    });
  }

  const assets: Asset[] = [];
  for (const [href, kind] of assetUrls) {
    const res = await fetch(href);
    const body = Buffer.from(await res.arrayBuffer());
    assets.push({
      url: new URL(href).pathname,
      kind,
      bytes: body.length,
      gzipBytes: gzipSync(body).length,
      status: res.status,
    });
    if (kind === 'css') {
      for (const u of cssReferences(body.toString('utf8'), new URL(href)))
        if (u.host !== base.host) externalRequests.add(u.href);
    }
  }
  const size = new Map(assets.map((a) => [a.url, a.bytes]));
  for (const p of pages) p.cssJsBytes += p.assets.reduce((sum, a) => sum + (size.get(a) ?? 0), 0);

  const totalBytes = assets.reduce((s, a) => s + a.bytes, 0) + inlineTotal;
  const totalGzipBytes = assets.reduce((s, a) => s + a.gzipBytes, 0);
  const pagesOk = pages.every((p) => p.status === 200) && assets.every((a) => a.status === 200);
  return {
    pages,
    assets,
    totalBytes,
    totalGzipBytes,
    externalRequests: [...externalRequests],
    externalLinks: [...externalLinks],
    contentSecurityPolicy: csp,
    pass: pagesOk && totalBytes <= BUDGET_BYTES && externalRequests.size === 0,
  };
}

/** url(…) and @import targets in a style sheet. */
function cssReferences(css: string, base: URL): URL[] {
  const out: URL[] = [];
  const refs = [
    ...[...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''),
    ...[...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)].map((m) => m[1] ?? m[2] ?? ''),
  ];
  for (const ref of refs) {
    if (!ref || ref.startsWith('data:')) continue;
    const u = resolve(ref, base);
    if (u && isWeb(u)) out.push(u);
  }
  return out;
}

export function formatBudget(r: BudgetResult): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const lines = [
    `Sidvikt (CSS + JS), mål ≤ ${kb(BUDGET_BYTES)} och inga externa anrop:`,
    ...r.pages.map(
      (p) => `  ${p.path.padEnd(24)} HTTP ${p.status}  HTML ${kb(p.htmlBytes)}  CSS+JS ${kb(p.cssJsBytes)}`,
    ),
    ...r.assets.map((a) => `  ${a.kind.padEnd(3)} ${a.url.padEnd(40)} ${kb(a.bytes)} (gzip ${kb(a.gzipBytes)})`),
    `  Totalt ${kb(r.totalBytes)} (gzip ${kb(r.totalGzipBytes)}); externa anrop: ${r.externalRequests.length ? r.externalRequests.join(', ') : 'inga'}` +
      `; externa länkar: ${r.externalLinks.length}  → ${r.pass ? 'PASS' : 'MISS'}`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && /bench[\\/]budget\.ts$/.test(process.argv[1])) {
  const url = process.argv[2] ?? 'http://127.0.0.1:3000';
  checkBudget(url, process.argv[3]).then(
    (r) => {
      process.stdout.write(`${formatBudget(r)}\n`);
      process.exitCode = r.pass ? 0 : 1;
    },
    (e: unknown) => {
      process.stderr.write(`Kunde inte mäta ${url}: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
