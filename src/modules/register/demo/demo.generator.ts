import { SERVICE_CATEGORIES, type ServiceCategory } from '../../../platform/reference/categories.js';
import { isSubCode } from '../../../platform/reference/cpv.js';
import { COUNTIES, municipalitiesInCounty, type Municipality } from '../../../platform/reference/geo.js';
import type {
  Certification,
  EnterpriseFacts,
  LegalForm,
  OperatingArea,
  TrainingPlaces,
} from '../enterprise/enterprise.types.js';
import { luhnCheckDigit } from '../enterprise/orgnr.js';
import { addMonthsToDate, isoDate } from '../../../platform/calendar.js';

/**
 * Fictional, realistic-looking Swedish ASF for demos, tests and benchmarks. Every enterprise
 * depends only on (seed, index, today), so a later seed that continues at a higher index adds
 * new enterprises and never repeats one. Nothing here is a real enterprise or person: org.nr
 * come from a numbering scheme, addresses use the `.example` domain, phone numbers the series
 * PTS keeps for fiction.
 */
export interface DemoOptions {
  seed?: number;
  startIndex?: number;
  /** 'YYYY-MM-DD' that report dates and valid-until dates are relative to. */
  today?: string;
}

export function generateDemoEnterprises(count: number, options: DemoOptions = {}): EnterpriseFacts[] {
  const seed = options.seed ?? 1;
  const start = options.startIndex ?? 0;
  const today = options.today ?? isoDate(new Date());
  const out: EnterpriseFacts[] = [];
  for (let i = 0; i < count; i++) out.push(generateOne(start + i, seed, today));
  return out;
}

/** mulberry32: small, fast and good enough to make data look varied. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
function pickSome<T>(rng: Rng, list: readonly T[], n: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}
function weighted<T>(rng: Rng, entries: readonly [T, number][]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [v, w] of entries) if ((r -= w) < 0) return v;
  return entries[entries.length - 1]![0];
}

/**
 * Fictional org.nr: the first digit is the one Bolagsverket gives the legal form (5 aktiebolag,
 * 7 ekonomisk förening, 8 ideell förening and stiftelse); then 9, then a third digit of 2 or more
 * (a legal person, never a personnummer) that also carries the millions of the index, then six
 * digits of the index and the Luhn check digit. Distinct indices give distinct numbers.
 */
export function demoOrgnr(index: number, legalForm: LegalForm): string {
  const first =
    legalForm === 'ekonomisk_forening' ? '7' : legalForm === 'aktiebolag' || legalForm === 'aktiebolag_svb' ? '5' : '8';
  const third = 2 + Math.floor(index / 1_000_000);
  if (third > 9) throw new Error('demo index too large');
  const nine = `${first}9${third}${String(index % 1_000_000).padStart(6, '0')}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

const LEGAL_FORM_WEIGHTS: [LegalForm, number][] = [
  ['ekonomisk_forening', 40],
  ['ideell_forening', 25],
  ['aktiebolag_svb', 23],
  ['aktiebolag', 5],
  ['stiftelse', 5],
  ['annan', 2],
];

// prettier-ignore
const DEFINITE_NOUNS = [
  'Ringen', 'Länken', 'Bron', 'Steget', 'Navet', 'Kompassen', 'Fyren', 'Hjulet', 'Källan', 'Ankaret', 'Spången',
  'Trappan', 'Gnistan', 'Bryggan', 'Kugghjulet', 'Pusselbiten', 'Nyckeln', 'Vändpunkten', 'Grogrunden', 'Plantan',
  'Kvarnen', 'Smedjan', 'Ladan', 'Magasinet', 'Vägskälet', 'Tråden', 'Stommen', 'Lyftet', 'Milstolpen', 'Nystarten',
  'Fästet', 'Roten', 'Ekot', 'Solrosen', 'Myrstacken', 'Bikupan',
];
// prettier-ignore
const PLURAL_PHRASES = [
  'Gröna Händer', 'Nya Steg', 'Goda Händer', 'Starka Band', 'Öppna Dörrar', 'Friska Vindar', 'Raka Spår',
  'Nya Vägar', 'Varma Händer', 'Flinka Fingrar', 'Glada Hjärtan', 'Trygga Steg', 'Kloka Händer', 'Breda Axlar',
  'Nya Chanser', 'Starka Rötter', 'Ljusa Idéer', 'Tusen Händer',
];
// prettier-ignore
const PLACE_BUSINESSES = [
  'Returbutiken', 'Återbruket', 'Cykelköket', 'Tvätteriet', 'Kaffestugan', 'Snickeriet', 'Trädgårdslaget',
  'Servicelaget', 'Vävstugan', 'Bageriet', 'Verkstaden', 'Miljöhuset', 'Möbelrummet', 'Lunchkällaren',
];
const AB_WORDS = ['Service', 'Resurs', 'Arbete och Service', 'Fastighetsservice', 'Kompetens', 'Tjänster'];

function makeName(rng: Rng, form: LegalForm, town: string): { name: string; core: string } {
  const noun = pick(rng, DEFINITE_NOUNS);
  switch (form) {
    case 'ekonomisk_forening':
      return weighted<() => { name: string; core: string }>(rng, [
        [() => ({ name: `Kooperativet ${noun}`, core: noun }), 4],
        [
          () => {
            const p = pick(rng, PLURAL_PHRASES);
            return { name: `${p} ekonomisk förening`, core: p };
          },
          3,
        ],
        [
          () => {
            const b = pick(rng, PLACE_BUSINESSES);
            return { name: `${b} i ${town}`, core: `${b} ${town}` };
          },
          3,
        ],
      ])();
    case 'ideell_forening':
      return weighted<() => { name: string; core: string }>(rng, [
        [() => ({ name: `Föreningen ${noun}`, core: noun }), 3],
        [
          () => {
            const b = pick(rng, PLACE_BUSINESSES);
            return { name: `${b} i ${town}`, core: `${b} ${town}` };
          },
          4,
        ],
        [
          () => {
            const p = pick(rng, PLURAL_PHRASES);
            return { name: `${p} ideell förening`, core: p };
          },
          2,
        ],
      ])();
    case 'aktiebolag_svb':
    case 'aktiebolag': {
      const w = pick(rng, AB_WORDS);
      return rng() < 0.5 ? { name: `${noun} ${w} AB`, core: noun } : { name: `${town} ${w} AB`, core: `${town} ${w}` };
    }
    case 'stiftelse':
      return { name: `Stiftelsen ${noun}`, core: `Stiftelsen ${noun}` };
    default: {
      const p = pick(rng, PLURAL_PHRASES);
      return { name: `${p} i ${town}`, core: `${p} ${town}` };
    }
  }
}

/** 'Återbruket Kiruna' → 'aterbruket-kiruna', for fictional web and e-mail domains. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const TARGET_GROUPS = [
  'Personer med funktionsnedsättning',
  'Långtidsarbetslösa',
  'Nyanlända',
  'Personer med psykisk ohälsa',
  'Personer i missbruksrehabilitering',
  'Unga som varken arbetar eller studerar',
  'Personer som avtjänat straff',
  'Personer med långvarig sjukskrivning',
];
const CERTIFICATIONS: [string, string][] = [
  ['Certifierat socialt företag (demo)', 'Demoförbundet för sociala företag'],
  ['Kvalitetsmärkt arbetsintegrering', 'Exempelinstitutet för kvalitet'],
  ['Social hållbarhet nivå 2', 'Påhittade certifieringsrådet'],
];
const NETWORKS = [
  'Nätverket för sociala företag i länet',
  'Demonätverket för återbruk',
  'Exempelpakten för arbetsintegrering',
];
// prettier-ignore
const STREETS = [
  'Verkstadsgatan', 'Storgatan', 'Industrivägen', 'Kyrkogatan', 'Järnvägsgatan', 'Hantverkargatan', 'Skolvägen',
  'Åvägen', 'Lagergatan', 'Smedjegatan',
];
const ADAPTATIONS = [
  'Anpassade arbetstider och en handledare som finns på plats hela dagen.',
  'Lugn arbetsmiljö, tydliga rutiner och möjlighet att börja med några timmar om dagen.',
  'Lokaler anpassade för rullstol och stöd på flera språk.',
];
const CLOSING_SENTENCES = [
  'Hos oss arbetar alla efter sin förmåga, med handledare som stöttar varje dag.',
  'Överskottet går tillbaka till verksamheten och till fler arbetstillfällen.',
  'Vi tar emot personer i arbetsträning i samarbete med Arbetsförmedlingen och kommunen.',
  'Många av våra medarbetare har gått vidare till andra jobb eller studier.',
  'Medarbetarna är med och bestämmer genom medlemskap och arbetsplatsträffar.',
];
const FORM_PHRASES: Record<LegalForm, string> = {
  ekonomisk_forening: 'ett kooperativ som ägs av dem som arbetar här',
  ideell_forening: 'en ideell förening',
  aktiebolag_svb: 'ett aktiebolag med begränsad vinstutdelning',
  aktiebolag: 'ett aktiebolag som återinvesterar sin vinst',
  stiftelse: 'en stiftelse',
  annan: 'ett arbetsintegrerande socialt företag',
};

function operatingAreas(rng: Rng, seat: Municipality): OperatingArea[] {
  if (rng() < 0.1) return [{ countyCode: seat.countyCode, municipalityCode: null }];
  // "Neighbours" are the kommuner next to the seat in code order, which SCB assigns roughly by geography.
  const inCounty = municipalitiesInCounty(seat.countyCode);
  const at = inCounty.findIndex((m) => m.code === seat.code);
  const wanted = Math.min(int(rng, 0, 4), inCounty.length - 1);
  const codes = new Set([seat.code]);
  for (let d = 1; codes.size < wanted + 1; d++) {
    const before = inCounty[at - d];
    const after = inCounty[at + d];
    if (after && codes.size < wanted + 1) codes.add(after.code);
    if (before && codes.size < wanted + 1) codes.add(before.code);
  }
  return [...codes].sort().map((m) => ({ countyCode: seat.countyCode, municipalityCode: m }));
}

/** Codes of the category that no other chosen category covers, so an import can tell where they belong. */
function ownCpv(rng: Rng, category: ServiceCategory, chosen: readonly ServiceCategory[]): string[] {
  const own = category.cpv.filter((code) =>
    chosen.every((c) => c === category || !c.cpv.some((o) => isSubCode(code, o))),
  );
  return rng() < 0.4 ? pickSome(rng, own, int(rng, 1, 2)).sort() : [];
}

/** 'städning och lokalvård, tvätt samt mat och catering': "samt" keeps names that hold "och" apart. */
function listSv(words: string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  const last = words.some((w) => w.includes(' och ')) ? ' samt ' : ' och ';
  return `${words.slice(0, -1).join(', ')}${last}${words.at(-1)}`;
}

/** 'Mat och catering' → 'mat och catering', but 'IT och kontorstjänster' keeps its acronym. */
function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

function generateOne(index: number, seed: number, today: string): EnterpriseFacts {
  const rng = prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  // Index order cycles through the län so that any 21 consecutive enterprises cover them all.
  const county = COUNTIES[index % COUNTIES.length]!;
  const seat = pick(rng, municipalitiesInCounty(county.code));
  const legalForm = weighted(rng, LEGAL_FORM_WEIGHTS);
  const { name, core } = makeName(rng, legalForm, seat.shortName);
  const domain = `${slug(core)}.example`;
  const thisYear = Number(today.slice(0, 4));
  const foundedYear = int(rng, 1985, thisYear - 1);

  const categories = pickSome(
    rng,
    SERVICE_CATEGORIES,
    weighted(rng, [
      [1, 4],
      [2, 4],
      [3, 2],
    ] as [number, number][]),
  );
  const offerings = categories.map((c) => ({ category: c.slug, cpv: ownCpv(rng, c, categories), description: null }));

  const total = Math.max(2, Math.round(3 + rng() ** 2 * 55));
  // About six in ten employ at least 30 % from the target group, the LOU 4:18 line.
  const targetGroup =
    rng() < 0.6 ? Math.min(total, Math.ceil(total * (0.3 + rng() * 0.6))) : Math.floor(total * rng() * 0.29);
  const reportedOn = shiftDays(addMonthsToDate(today, -int(rng, 0, 19)), -int(rng, 0, 27));
  const targetGroups = pickSome(rng, TARGET_GROUPS, int(rng, 1, 3)).sort();

  const certifications: Certification[] = [];
  if (rng() < 0.4) {
    const [cname, issuer] = pick(rng, CERTIFICATIONS);
    // Some have lapsed, so that the "certified" filter has something to leave out.
    certifications.push({ name: cname, issuer, validUntil: addMonthsToDate(today, int(rng, -12, 36)) });
  }

  let trainingPlaces: TrainingPlaces | null = null;
  if (rng() < 0.5) {
    const capacity = int(rng, 1, 12);
    trainingPlaces = {
      capacity,
      free: rng() < 0.5 ? 0 : int(rng, 1, capacity),
      targetGroups: pickSome(rng, targetGroups, int(rng, 0, targetGroups.length)).sort(),
      adaptations: rng() < 0.6 ? pick(rng, ADAPTATIONS) : null,
      supervisors: int(rng, 1, 4),
    };
  }

  const services = listSv(categories.map((c) => inSentence(c.name)));
  const description = [
    `${name} är ${FORM_PHRASES[legalForm]}.`,
    'Vi ger människor som stått långt från arbetsmarknaden en väg tillbaka till arbete.',
    `Från ${seat.shortName} erbjuder vi ${services} åt kommuner, företag och privatpersoner.`,
    ...pickSome(rng, CLOSING_SENTENCES, int(rng, 1, 2)),
    `Verksamheten startade ${foundedYear}.`,
  ].join(' ');

  const postal = String(int(rng, 100, 984)) + String(int(rng, 10, 99));
  return {
    orgnr: demoOrgnr(index, legalForm),
    name,
    legalForm,
    foundedYear,
    description,
    website: `https://${domain}`,
    email: `info@${domain}`,
    phone: `070-174 06 ${String(int(rng, 5, 99)).padStart(2, '0')}`,
    address: {
      street: `${pick(rng, STREETS)} ${int(rng, 1, 60)}`,
      postalCode: `${postal.slice(0, 3)} ${postal.slice(3)}`,
      city: seat.shortName,
      municipalityCode: seat.code,
    },
    operatingAreas: operatingAreas(rng, seat),
    offerings: offerings.sort((a, b) => (a.category < b.category ? -1 : 1)),
    employees: { total, targetGroup, reportedOn },
    targetGroups,
    certifications,
    trainingPlaces,
    networks: rng() < 0.3 ? [pick(rng, NETWORKS)] : [],
  };
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  // Date arithmetic on a calendar date, done in UTC: no time zone may move it.
  return d.toISOString().slice(0, 10);
}
