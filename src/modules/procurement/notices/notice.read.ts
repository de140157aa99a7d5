import { EFORMS_FIELDS, EFORMS_NODES } from './eforms-fields.js';
import { alpha2 } from './countries.js';
import { attributeOf, select, textOf, type XNode } from './xpath.js';
import { parseXmlTree } from './xml-tree.js';

/**
 * One eForms UBL notice read into plain facts, with the SDK's own XPaths (eforms-fields.ts) and
 * nothing else: no guess from element names. Lots are the notice's lots, or its parts in a PIN
 * used only for information (subtypes 4–6, E2 by part); lot groups are not lots.
 */
export interface NoticeLot {
  lotRef: string;
  title: string;
  description: string;
  mainCpv: string | null;
  additionalCpv: string[];
  nuts: string[];
  countries: string[];
  cities: string[];
  postcodes: string[];
  value: { amount: number; currency: string } | null;
  /** BT-131, else BT-1311, else BT-630: the lot's own, with the zone it was given in. */
  deadline: { at: Date; zone: string } | null;
  months: number | null;
  start: string | null;
  /** BT-71 codes as written (res-ws, res-pub-ser, none). */
  reservedParticipation: string[];
  /** BT-736 as written (yes, no, not-known). */
  reservedExecution: string | null;
  sme: boolean | null;
  socialObjectives: string[];
}

export interface NoticeFacts {
  noticeId: string;
  version: string;
  procedureId: string;
  subtype: string;
  noticeType: string | null;
  language: string | null;
  issueDate: string | null;
  publicationId: string | null;
  changedNoticeId: string | null;
  title: string;
  description: string;
  /** ISO 639-1 of the texts taken: 'sv' when the notice has them in Swedish, else its own language. */
  textLanguage: string;
  procedureCpv: string[];
  procedureValue: { amount: number; currency: string } | null;
  buyer: {
    name: string;
    orgnr: string | null;
    email: string | null;
    phone: string | null;
    country: string | null;
  } | null;
  /** The country of the place of performance, else the buyer's (alpha-2). */
  country: string | null;
  unit: 'Lot' | 'Part';
  lots: NoticeLot[];
  results: { lotRef: string; code: string }[];
  /** Each lot a result notice says was won (BT-142 selec-w): by whom, for how much, signed when. */
  awards: NoticeAward[];
}

export interface NoticeAward {
  lotRef: string;
  /** The organisations behind the winning tenders (a group's members all), as the notice names them. */
  winners: { name: string; orgnr: string | null }[];
  /** BT-720, the winning tenders' value added up (when in one currency). */
  value: { amount: number; currency: string } | null;
  /** BT-145: the first contract's conclusion date. */
  concludedOn: string | null;
}

export class NoticeError extends Error {
  constructor(
    readonly reason: 'not_xml' | 'not_eforms',
    message: string,
  ) {
    super(message);
  }
}

type FieldId = keyof typeof EFORMS_FIELDS;

export function readNotice(xml: string): NoticeFacts {
  let document: XNode;
  try {
    document = parseXmlTree(xml);
  } catch (e) {
    throw new NoticeError('not_xml', (e as Error).message);
  }
  const all = (id: FieldId, context?: XNode) =>
    context === undefined ? select({ document }, EFORMS_FIELDS[id].path) : select({ context }, EFORMS_FIELDS[id].path);
  const texts = (id: FieldId, context?: XNode) =>
    all(id, context)
      .map(textOf)
      .filter((s): s is string => s !== null && s !== '');
  const one = (id: FieldId, context?: XNode) => texts(id, context)[0] ?? null;

  const noticeId = one('BT-701-notice');
  const subtype = one('OPP-070-notice');
  if (!noticeId || !subtype) {
    const missing = [!noticeId && 'BT-701', !subtype && 'OPP-070'].filter(Boolean).join(', ');
    throw new NoticeError('not_eforms', missing);
  }
  // A prior information notice used only for information may have no procedure yet: it is then
  // its own procedure until a later notice names one.
  const procedureId = one('BT-04-notice') ?? noticeId;
  const language = one('BT-702(a)-notice');
  const pick = (id: FieldId, context?: XNode) => pickLanguage(all(id, context), language);

  const organisations = select({ document }, EFORMS_NODES['ND-Organization']);
  const buyerRef = one('OPT-300-Procedure-Buyer');
  const buyerNode =
    organisations.find((o) => texts('OPT-200-Organization-Company', o).includes(buyerRef ?? '')) ?? organisations[0];
  const buyer = buyerNode
    ? {
        name: pick('BT-500-Organization-Company', buyerNode) ?? '',
        orgnr: one('BT-501-Organization-Company', buyerNode),
        email: one('BT-506-Organization-Company', buyerNode),
        phone: one('BT-503-Organization-Company', buyerNode),
        country: (() => {
          const c = one('BT-514-Organization-Company', buyerNode);
          return c ? alpha2(c) : null;
        })(),
      }
    : null;

  const lotNodes = select({ document }, EFORMS_NODES['ND-Lot']);
  const partNodes = select({ document }, EFORMS_NODES['ND-Part']);
  const unit: 'Lot' | 'Part' = lotNodes.length === 0 && partNodes.length > 0 ? 'Part' : 'Lot';
  const suffix = unit === 'Lot' ? 'Lot' : 'Part';
  const f = (name: string) => `${name}-${suffix}` as FieldId;
  const lots: NoticeLot[] = (unit === 'Lot' ? lotNodes : partNodes).map((node) => {
    const valueNode = all(f('BT-27'), node)[0];
    const deadline =
      unit === 'Lot'
        ? (moment(one('BT-131(d)-Lot', node), one('BT-131(t)-Lot', node)) ??
          moment(one('BT-1311(d)-Lot', node), one('BT-1311(t)-Lot', node)) ??
          moment(one('BT-630(d)-Lot', node), one('BT-630(t)-Lot', node)))
        : null;
    const start = one(f('BT-536'), node);
    const end = one(f('BT-537'), node);
    return {
      lotRef: one(f('BT-137'), node) ?? '',
      title: pick(f('BT-21'), node) ?? '',
      description: pick(f('BT-24'), node) ?? '',
      mainCpv: one(f('BT-262'), node),
      additionalCpv: unique(texts(f('BT-263'), node)),
      nuts: unique(texts(f('BT-5071'), node)),
      countries: unique(texts(f('BT-5141'), node).map(alpha2)),
      cities: unique(texts(f('BT-5131'), node)),
      postcodes: unique(texts(f('BT-5121'), node)),
      value: amountOf(valueNode),
      deadline,
      months: duration(all(f('BT-36'), node)[0]) ?? monthsBetween(start, end),
      start: start ? start.slice(0, 10) : null,
      reservedParticipation: unique(texts(f('BT-71'), node)),
      reservedExecution: one(f('BT-736'), node),
      sme: indicator(one(f('BT-726'), node)),
      socialObjectives: unit === 'Lot' ? unique(texts('BT-775-Lot', node)) : [],
    };
  });

  const procedureCountries = texts('BT-5141-Procedure').map(alpha2);
  const resultNodes = select({ document }, EFORMS_NODES['ND-LotResult']);
  const results = resultNodes.map((r) => ({
    lotRef: one('BT-13713-LotResult', r) ?? '',
    code: one('BT-142-LotResult', r) ?? '',
  }));
  const awards = readAwards(document, resultNodes, organisations, { one, texts, all, pick });
  return {
    noticeId,
    version: one('BT-757-notice') ?? '01',
    procedureId,
    subtype,
    noticeType: one('BT-02-notice'),
    language,
    issueDate: one('BT-05(a)-notice')?.slice(0, 10) ?? null,
    publicationId: one('OPP-010-notice'),
    changedNoticeId: one('BT-758-notice'),
    title: pick('BT-21-Procedure') ?? lots[0]?.title ?? '',
    textLanguage: all('BT-21-Procedure').some((n) => attributeOf(n, 'languageID') === 'SWE') ? 'sv' : iso639(language),
    description: pick('BT-24-Procedure') ?? '',
    procedureCpv: unique([...texts('BT-262-Procedure'), ...texts('BT-263-Procedure')]),
    procedureValue: amountOf(all('BT-27-Procedure')[0]),
    buyer,
    country: lots.flatMap((l) => l.countries)[0] ?? procedureCountries[0] ?? buyer?.country ?? null,
    unit,
    lots,
    results,
    awards,
  };
}

type Readers = {
  one: (id: FieldId, context?: XNode) => string | null;
  texts: (id: FieldId, context?: XNode) => string[];
  all: (id: FieldId, context?: XNode) => XNode[];
  pick: (id: FieldId, context?: XNode) => string | null;
};

/**
 * The winners of each won lot, by the notice's references: a lot result names its tenders
 * (OPT-320) and contracts (OPT-315); a tender its tendering party (OPT-310); the party its
 * tenderers (OPT-300), which are organisations (OPT-200) with a name and a company id (BT-501).
 */
function readAwards(document: XNode, resultNodes: XNode[], organisations: XNode[], r: Readers): NoticeAward[] {
  const nodes = (id: keyof typeof EFORMS_NODES) => select({ document }, EFORMS_NODES[id]);
  const tenders = new Map(
    nodes('ND-LotTender').map((n) => [
      r.one('OPT-321-Tender', n) ?? '',
      { party: r.one('OPT-310-Tender', n), value: amountOf(r.all('BT-720-Tender', n)[0]) },
    ]),
  );
  const parties = new Map(
    nodes('ND-TenderingParty').map((n) => [r.one('OPT-210-Tenderer', n) ?? '', r.texts('OPT-300-Tenderer', n)]),
  );
  const orgs = new Map(
    organisations.map((n) => [
      r.one('OPT-200-Organization-Company', n) ?? '',
      { name: r.pick('BT-500-Organization-Company', n) ?? '', orgnr: r.one('BT-501-Organization-Company', n) },
    ]),
  );
  const contracts = new Map(
    nodes('ND-SettledContract').map((n) => [
      r.one('OPT-316-Contract', n) ?? '',
      { date: r.one('BT-145-Contract', n), tenders: r.texts('BT-3202-Contract', n) },
    ]),
  );
  return resultNodes
    .filter((n) => r.one('BT-142-LotResult', n) === 'selec-w')
    .map((n) => {
      const signed = r.texts('OPT-315-LotResult', n).flatMap((id) => contracts.get(id) ?? []);
      // The tenders a contract was signed with won; a lot result also lists the tenders that lost.
      const wonIds = signed.length > 0 ? signed.flatMap((c) => c.tenders) : r.texts('OPT-320-LotResult', n);
      const won = unique(wonIds).flatMap((id) => tenders.get(id) ?? []);
      const winners = unique(won.flatMap((t) => (t.party ? (parties.get(t.party) ?? []) : [])))
        .flatMap((id) => orgs.get(id) ?? [])
        .filter((o) => o.name !== '');
      const values = won.flatMap((t) => (t.value ? [t.value] : []));
      const oneCurrency = values.length > 0 && values.every((v) => v.currency === values[0]!.currency);
      const dates = signed.flatMap((c) => (c.date ? [c.date.slice(0, 10)] : [])).sort();
      return {
        lotRef: r.one('BT-13713-LotResult', n) ?? '',
        winners,
        value: oneCurrency ? { amount: values.reduce((a, v) => a + v.amount, 0), currency: values[0]!.currency } : null,
        concludedOn: dates[0] ?? null,
      };
    });
}

const unique = (xs: string[]) => [...new Set(xs)];

/** The text in Swedish when the notice has it, else in the notice's language, else the first. */
function pickLanguage(nodes: XNode[], language: string | null): string | null {
  if (nodes.length === 0) return null;
  const by = (code: string | null) => nodes.find((n) => attributeOf(n, 'languageID') === code);
  return textOf(by('SWE') ?? by(language) ?? nodes[0]);
}

function amountOf(node: XNode | undefined): { amount: number; currency: string } | null {
  const text = textOf(node);
  const amount = text ? Number(text) : NaN;
  if (!Number.isFinite(amount)) return null;
  return { amount, currency: attributeOf(node, 'currencyID') ?? 'EUR' };
}

function indicator(v: string | null): boolean | null {
  return v === 'true' ? true : v === 'false' ? false : null;
}

/** '2019-11-26+01:00' and '10:00:00+01:00' as a moment, keeping the zone it was given in. */
export function moment(date: string | null, time: string | null): { at: Date; zone: string } | null {
  if (!date) return null;
  const d = /^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(date.trim());
  if (!d) return null;
  const t = time ? /^(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(time.trim()) : null;
  const zone = t?.[2] ?? d[2] ?? 'Z';
  // A deadline given as a day only ends with the day, in its zone.
  const clock = t ? (t[1]!.length === 5 ? `${t[1]}:00` : t[1]!) : '23:59:59';
  const at = new Date(`${d[1]}T${clock}${zone}`);
  return Number.isNaN(at.getTime()) ? null : { at, zone: zone === 'Z' ? '+00:00' : zone };
}

/** BT-36 in months (DAY, WEEK, MONTH, YEAR). */
function duration(node: XNode | undefined): number | null {
  const value = Number(textOf(node));
  if (!Number.isFinite(value) || textOf(node) === '') return null;
  const unit = attributeOf(node, 'unitCode');
  const months =
    unit === 'YEAR'
      ? value * 12
      : unit === 'MONTH'
        ? value
        : unit === 'WEEK'
          ? (value * 7) / 30.4375
          : unit === 'DAY'
            ? value / 30.4375
            : null;
  return months === null ? null : Math.max(1, Math.round(months));
}

function monthsBetween(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const a = new Date(`${start.slice(0, 10)}T00:00:00Z`).getTime();
  const b = new Date(`${end.slice(0, 10)}T00:00:00Z`).getTime();
  if (!(b > a)) return null;
  return Math.max(1, Math.round((b - a) / (30.4375 * 86_400_000)));
}

/** The EU's languages as eForms writes them (ISO 639-2/B, FIN) in ISO 639-1 (fi), for lang="…". */
const LANGUAGES: Record<string, string> = {
  BUL: 'bg',
  CES: 'cs',
  DAN: 'da',
  DEU: 'de',
  ELL: 'el',
  ENG: 'en',
  EST: 'et',
  FIN: 'fi',
  FRA: 'fr',
  GLE: 'ga',
  HRV: 'hr',
  HUN: 'hu',
  ITA: 'it',
  LAV: 'lv',
  LIT: 'lt',
  MLT: 'mt',
  NLD: 'nl',
  POL: 'pl',
  POR: 'pt',
  RON: 'ro',
  SLK: 'sk',
  SLV: 'sl',
  SPA: 'es',
  SWE: 'sv',
  NOR: 'no',
  ISL: 'is',
};

function iso639(code: string | null): string {
  return (code && LANGUAGES[code.toUpperCase()]) ?? 'en';
}
