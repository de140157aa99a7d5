import { cpvPrefix, isSubCode, normaliseCpv } from './cpv.js';
import { currentLanguage } from '../i18n/language.js';
import { lookupKey } from './geo.js';

/**
 * A service category in plain Swedish that buyers and enterprises both understand, mapped to the
 * CPV codes buyers put in their notices.
 */
export interface ServiceCategory {
  /** ASCII, lower case, hyphens; used in URLs (`/foretag?kategori=stadning`). */
  slug: string;
  /** Swedish, plain. */
  name: string;
  nameEn: string;
  /** One plain Swedish sentence. */
  description: string;
  /** Swedish words people actually type for the same thing (lokalvård for städning). */
  synonyms: readonly string[];
  /** Eight-digit CPV codes without check digit; a code covers its whole subtree. */
  cpv: readonly string[];
}

// Each code was chosen for what its CPV label means, not for a word it shares with the category;
// categories.test.ts checks every code and label against the CPV 2008 list.
// prettier-ignore
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  {
    slug: 'catering',
    name: 'Mat och catering',
    nameEn: 'Food and catering',
    description: 'Lagad mat som levereras till arbetsplatser, skolor, möten och privatpersoner.',
    synonyms: ['catering', 'matleveranser', 'lunchleveranser', 'matlådor', 'måltider', 'skolmat', 'storkök', 'matsal', 'hemkörning av mat', 'kantin'],
    cpv: ['55520000', '55523000', '55524000', '55521200', '55321000', '55322000', '55510000'],
  },
  {
    slug: 'stadning',
    name: 'Städning och lokalvård',
    nameEn: 'Cleaning',
    description: 'Städning av kontor, skolor, trapphus och andra lokaler, och fönsterputs.',
    synonyms: ['lokalvård', 'städ', 'städtjänster', 'kontorsstädning', 'lokalstädning', 'trappstädning', 'storstädning', 'flyttstädning', 'fönsterputs', 'fönsterputsning'],
    cpv: ['90910000', '90911200', '90911300', '90919200', '90919300'],
  },
  {
    slug: 'fastighetsskotsel',
    name: 'Fastighetsskötsel',
    nameEn: 'Property maintenance',
    description: 'Tillsyn, enklare underhåll och vaktmästeri i och kring fastigheter.',
    synonyms: ['vaktmästeri', 'vaktmästare', 'fastighetsservice', 'fastighetsunderhåll', 'fastighetsvård', 'husvärd', 'fastighetsvärd', 'felanmälan', 'tillsyn av fastigheter'],
    cpv: ['98341130', '98341140', '79993100'],
  },
  {
    slug: 'tvatt',
    name: 'Tvätt',
    nameEn: 'Laundry',
    description: 'Tvätt, mangling och strykning av arbetskläder, linne, moppar och andra textilier.',
    synonyms: ['tvätteri', 'tvättjänster', 'textiltvätt', 'mangling', 'mangel', 'strykning', 'kemtvätt', 'linnetvätt', 'mopptvätt', 'arbetskläder'],
    cpv: ['98310000', '98311000', '98311100', '98311200', '98312000', '98315000'],
  },
  {
    slug: 'aterbruk',
    name: 'Återbruk, second hand och reparation',
    nameEn: 'Re-use, second hand and repair',
    description: 'Begagnade möbler och kläder, lagning och renovering så att saker används längre.',
    synonyms: ['återbruk', 'second hand', 'secondhand', 'begagnat', 'loppis', 'reparation', 'lagning', 'möbelrenovering', 'omklädsel', 'cirkulär ekonomi', 'upcycling', 'återbrukade möbler'],
    cpv: ['50850000', '50830000', '50820000', '98394000', '39100000'],
  },
  {
    slug: 'flytt',
    name: 'Flytt',
    nameEn: 'Removals',
    description: 'Hjälp att packa, bära och flytta kontor, verksamheter och bohag.',
    synonyms: ['flytthjälp', 'flyttfirma', 'kontorsflytt', 'möbelflytt', 'bärhjälp', 'bärtjänst', 'omflyttning', 'flyttkartonger', 'packning'],
    cpv: ['98392000', '63110000', '60183000'],
  },
  {
    slug: 'gronyteskotsel',
    name: 'Grönyteskötsel',
    nameEn: 'Grounds and park maintenance',
    description: 'Skötsel av gräsmattor, rabatter, parker, häckar och gårdar.',
    synonyms: ['trädgård', 'trädgårdsskötsel', 'parkskötsel', 'utemiljö', 'markskötsel', 'gräsklippning', 'häckklippning', 'ogräsrensning', 'plantering', 'lövkrattning', 'gröna ytor'],
    cpv: ['77310000', '77311000', '77312000', '77313000', '77314000', '77340000'],
  },
  {
    slug: 'snorojning',
    name: 'Snöröjning',
    nameEn: 'Snow clearing',
    description: 'Snöskottning och halkbekämpning på gångar, trappor, gårdar och tak.',
    synonyms: ['snöskottning', 'skottning', 'takskottning', 'halkbekämpning', 'sandning', 'isröjning', 'snöplogning', 'vinterunderhåll'],
    cpv: ['90620000', '90630000'],
  },
  {
    slug: 'motesfika',
    name: 'Mötesfika',
    nameEn: 'Coffee and refreshments for meetings',
    description: 'Kaffe, te, bröd och smörgåsar till möten, kurser och konferenser.',
    synonyms: ['fika', 'kaffe', 'fikabröd', 'kaffebröd', 'bullar', 'konferensfika', 'mötesförtäring', 'smörgåsar', 'frukostmöte'],
    cpv: ['55520000', '55400000', '15812000'],
  },
  {
    slug: 'postdistribution',
    name: 'Postdistribution och bud',
    nameEn: 'Mail distribution and courier',
    description: 'Sortering och utdelning av internpost, paket och bud inom och mellan verksamheter.',
    synonyms: ['internpost', 'bud', 'budtjänst', 'cykelbud', 'posthantering', 'postutdelning', 'postsortering', 'postrum', 'utskick', 'kuvertering', 'paketutlämning'],
    cpv: ['64122000', '64121100', '64121200', '64120000', '79571000'],
  },
  {
    slug: 'hushallsnara-tjanster',
    name: 'Hushållsnära tjänster',
    nameEn: 'Household services',
    description: 'Städning, fönsterputs och annan hjälp i hemmet, till exempel som rut-tjänst.',
    synonyms: ['rut', 'rut-tjänster', 'hemstädning', 'hemservice', 'hemhjälp', 'hushållstjänster', 'fixartjänst', 'fixare', 'trädgårdshjälp', 'servicetjänster för äldre'],
    cpv: ['90911100', '98513310', '98341110'],
  },
  {
    slug: 'bygg-och-byggnadsvard',
    name: 'Bygg och byggnadsvård',
    nameEn: 'Building work and restoration',
    description: 'Renovering, målning, snickeri och varsam reparation av byggnader.',
    synonyms: ['renovering', 'målning', 'målare', 'snickeri', 'snickare', 'byggnadsvård', 'restaurering', 'ombyggnad', 'tapetsering', 'fasadrenovering', 'underhåll av byggnader'],
    cpv: ['45453000', '45453100', '45454100', '45262690', '45442100', '45421000', '45432220'],
  },
  {
    slug: 'arbetsformageutredning',
    name: 'Arbetsförmågeutredning',
    nameEn: 'Work capacity assessment',
    description: 'Kartläggning och bedömning av en persons förmåga att arbeta, i en verklig arbetsmiljö.',
    synonyms: ['arbetsförmågebedömning', 'kartläggning', 'arbetsprövning', 'förmågebedömning', 'utredning av arbetsförmåga', 'förrehabilitering', 'yrkesrehabilitering', 'arbetslivsinriktad rehabilitering'],
    cpv: ['85312510', '85312300', '79634000'],
  },
  {
    slug: 'arbetstraningsplatser',
    name: 'Arbetsträningsplatser',
    nameEn: 'Work training placements',
    description: 'Platser där personer långt från arbetsmarknaden tränar i riktiga arbetsuppgifter med handledning.',
    synonyms: ['arbetsträning', 'praktik', 'praktikplats', 'arbetsplatsförlagd träning', 'sysselsättning', 'daglig verksamhet', 'språkpraktik', 'rehabiliteringsplats', 'arbetsmarknadsinsats'],
    cpv: ['85312510', '85312500', '80530000'],
  },
  {
    slug: 'cafe-och-restaurang',
    name: 'Café och restaurang',
    nameEn: 'Café and restaurant',
    description: 'Drift av kaféer, personalrestauranger och lunchrestauranger.',
    synonyms: ['kafé', 'cafe', 'kafeteria', 'restaurang', 'lunchrestaurang', 'personalrestaurang', 'servering', 'kiosk', 'bistro', 'dagens lunch'],
    cpv: ['55300000', '55310000', '55330000', '55512000', '55400000'],
  },
  {
    slug: 'textil-och-somnad',
    name: 'Textil och sömnad',
    nameEn: 'Textiles and sewing',
    description: 'Sömnad, lagning och ändring av kläder och textilier, och egna textilprodukter.',
    synonyms: ['sömnad', 'syateljé', 'sömmerska', 'skrädderi', 'ändringssömnad', 'lagning av kläder', 'textilier', 'broderi', 'tygkassar', 'gardiner'],
    cpv: ['98393000', '50830000', '39500000'],
  },
  {
    slug: 'hantverk',
    name: 'Hantverk',
    nameEn: 'Crafts',
    description: 'Hantverk i trä, keramik, glas och andra material, som gåvor, inredning och konst.',
    synonyms: ['slöjd', 'konsthantverk', 'trähantverk', 'snickeri', 'keramik', 'smide', 'vävning', 'presenter', 'gåvor', 'inredningsdetaljer'],
    cpv: ['39298000', '39298900', '92311000', '45422100'],
  },
  {
    slug: 'it-och-kontorstjanster',
    name: 'IT och kontorstjänster',
    nameEn: 'IT and office services',
    description: 'Skanning, digitalisering, registrering, arkivering och annat kontorsstöd.',
    synonyms: ['digitalisering', 'skanning', 'scanning', 'inskanning', 'dokumenthantering', 'arkivering', 'datainmatning', 'dataregistrering', 'kontorsservice', 'reception', 'kopiering', 'it-support', 'datorreparation'],
    cpv: ['79999100', '72312000', '79996100', '79560000', '79995100', '79992000', '79521000', '50320000'],
  },
  {
    slug: 'transport-och-logistik',
    name: 'Transport och logistik',
    nameEn: 'Transport and logistics',
    description: 'Transporter och leveranser av varor och gods med bil och förare.',
    synonyms: ['transport', 'frakt', 'leveranser', 'varutransport', 'godstransport', 'distribution', 'varudistribution', 'hemleveranser', 'logistik', 'åkeri', 'budbil'],
    cpv: ['60100000', '60161000', '60180000', '63110000'],
  },
  {
    slug: 'lager-och-montering',
    name: 'Lager och montering',
    nameEn: 'Warehousing, packing and assembly',
    description: 'Lagerhållning, plock, packning och enklare montering åt andra företag.',
    synonyms: ['legoarbete', 'lego', 'förpackning', 'packning', 'paketering', 'montering', 'sortering', 'kittning', 'plock och pack', 'lagerhållning', 'etikettering', 'ompackning'],
    cpv: ['63120000', '63122000', '79991000', '79920000', '79921000'],
  },
  {
    slug: 'fordonsvard',
    name: 'Fordonsvård',
    nameEn: 'Vehicle care',
    description: 'Biltvätt, rekond och enklare underhåll av bilar och andra fordon.',
    synonyms: ['biltvätt', 'bilvård', 'fordonstvätt', 'rekond', 'bilrekond', 'däckbyte', 'hjulskifte', 'fordonsunderhåll', 'cykelverkstad', 'cykelreparation'],
    cpv: ['50112300', '50112200', '90917000', '50116500'],
  },
  {
    slug: 'kultur-och-evenemang',
    name: 'Kultur och evenemang',
    nameEn: 'Culture and events',
    description: 'Planering och genomförande av evenemang, fester, seminarier och kulturaktiviteter.',
    synonyms: ['evenemang', 'event', 'arrangemang', 'festival', 'konsert', 'teater', 'utställning', 'fest', 'seminarium', 'kulturaktiviteter', 'publikvärdar'],
    cpv: ['79952000', '79952100', '79954000', '79951000', '92312000'],
  },
  {
    slug: 'djurskotsel',
    name: 'Djurskötsel',
    nameEn: 'Animal care',
    description: 'Skötsel och passning av hundar, hästar, får och andra djur.',
    synonyms: ['djurpassning', 'hundpassning', 'hunddagis', 'hundrastning', 'stallskötsel', 'hästskötsel', 'djurhållning', 'bete', 'fårskötsel', 'kattpensionat'],
    cpv: ['98380000', '77500000'],
  },
  {
    slug: 'skog-och-naturvard',
    name: 'Skog och naturvård',
    nameEn: 'Forestry and nature conservation',
    description: 'Röjning, plantering och skötsel av skog, leder och naturområden.',
    synonyms: ['naturvård', 'skogsvård', 'röjning', 'slyröjning', 'skogsplantering', 'landskapsvård', 'ledunderhåll', 'vandringsleder', 'invasiva arter', 'vedhuggning'],
    cpv: ['77200000', '77231000', '77211300', '77231600', '90721100'],
  },
  {
    slug: 'atervinning',
    name: 'Återvinning',
    nameEn: 'Recycling',
    description: 'Insamling, sortering och återvinning av avfall, papper och elektronik.',
    synonyms: ['källsortering', 'sortering', 'avfallshantering', 'pappersinsamling', 'elektronikåtervinning', 'demontering', 'skrotning', 'återvinningscentral', 'sophämtning', 'wellpapp'],
    cpv: ['90514000', '90511000', '90511400', '90512000'],
  },
  {
    slug: 'konferens-och-boende',
    name: 'Konferens och boende',
    nameEn: 'Conferences and accommodation',
    description: 'Möteslokaler, konferenser och övernattning på hotell, vandrarhem och kursgårdar.',
    synonyms: ['konferens', 'konferenslokal', 'möteslokal', 'lokaluthyrning', 'hotell', 'vandrarhem', 'övernattning', 'bed and breakfast', 'kursgård', 'lägergård', 'stugor'],
    cpv: ['55120000', '55110000', '55210000', '55270000', '55240000'],
  },
  {
    slug: 'bemanning',
    name: 'Bemanning',
    nameEn: 'Staffing',
    description: 'Personal som hyrs ut för kortare eller längre uppdrag hos andra verksamheter.',
    synonyms: ['personaluthyrning', 'bemanningsföretag', 'inhyrd personal', 'extrapersonal', 'timanställda', 'vikarier'],
    cpv: ['79620000', '79621000', '79623000'],
  },
  {
    slug: 'odling-och-livsmedel',
    name: 'Odling och livsmedel',
    nameEn: 'Growing and food products',
    description: 'Grönsaker, växter, blommor, bröd och honung från egna odlingar och bagerier.',
    synonyms: ['stadsodling', 'odling', 'grönsaker', 'växthus', 'plantskola', 'blommor', 'bageri', 'bröd', 'honung', 'närproducerat'],
    cpv: ['03221000', '03121100', '03121200', '15810000', '15831600', '77330000'],
  },
  {
    slug: 'tryck-och-profilprodukter',
    name: 'Tryck och profilprodukter',
    nameEn: 'Printing and promotional products',
    description: 'Tryck på papper och textil, grafisk formgivning och profilprodukter.',
    synonyms: ['tryckeri', 'trycksaker', 'textiltryck', 'screentryck', 'dekaler', 'skyltar', 'broschyrer', 'visitkort', 'profilkläder', 'profilprodukter', 'reklamartiklar'],
    cpv: ['79810000', '79811000', '79822500', '39294100'],
  },
  {
    slug: 'renhallning',
    name: 'Renhållning och klottersanering',
    nameEn: 'Street cleaning and graffiti removal',
    description: 'Skräpplockning, sopning och borttagning av klotter i gatu- och utemiljöer.',
    synonyms: ['klotter', 'klottersanering', 'graffiti', 'skräpplockning', 'nedskräpning', 'gatusopning', 'sopning', 'tömning av papperskorgar', 'städning av utemiljö'],
    cpv: ['90690000', '90611000', '90612000', '90511300'],
  },
];

/** Slugs in display order. */
export const CATEGORY_SLUGS: readonly string[] = SERVICE_CATEGORIES.map((c) => c.slug);

const bySlug = new Map(SERVICE_CATEGORIES.map((c) => [c.slug, c]));

export function categoryBySlug(slug: string): ServiceCategory | undefined {
  return bySlug.get(slug);
}

// Names and synonyms may be shared (snickeri is both hantverk and bygg); a shared word keeps every
// category it belongs to, in display order.
const byWord = new Map<string, ServiceCategory[]>();
for (const category of SERVICE_CATEGORIES) {
  for (const word of [category.slug, category.name, category.nameEn, ...category.synonyms]) {
    const key = lookupKey(word);
    const list = byWord.get(key) ?? [];
    if (!list.includes(category)) list.push(category);
    byWord.set(key, list);
  }
}

/**
 * Categories a word names, for file import and search: a slug, a Swedish or English name or a
 * synonym, compared case-insensitively ('Lokalvård' → städning). Empty when nothing matches.
 */
export function findCategoriesByName(word: string): readonly ServiceCategory[] {
  return byWord.get(lookupKey(word)) ?? [];
}

// Words of the English names too common to say which service is meant.
const ENGLISH_STOPWORDS = new Set(['and', 'for', 'of', 'the', 'services', 'products', 'work', 'second', 'hand']);
const byEnglishWord = new Map<string, ServiceCategory[]>();
for (const c of SERVICE_CATEGORIES) {
  for (const w of c.nameEn.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (w.length < 3 || ENGLISH_STOPWORDS.has(w)) continue;
    byEnglishWord.set(w, [...(byEnglishWord.get(w) ?? []), c]);
  }
}

/**
 * Swedish words for an English word of the categories' names, so that a search in English finds
 * profiles written in Swedish: 'cleaning' → städning, lokalvård; 'snow' → snöröjning. Empty for
 * any other word.
 */
export function swedishWordsForEnglish(word: string): string[] {
  const categories = byEnglishWord.get(word.toLowerCase()) ?? [];
  const words = categories.flatMap((c) => c.name.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  return [...new Set(words.filter((w) => w.length >= 4))];
}

/**
 * Categories whose CPV codes cover a code from a notice: 90911200 (Städning av byggnader) lies
 * under städning's 90910000. An invalid code gives no categories.
 */
export function categoriesForCpv(code: string): readonly ServiceCategory[] {
  const normal = normaliseCpv(code);
  if (!normal) return [];
  return SERVICE_CATEGORIES.filter((c) => c.cpv.some((own) => isSubCode(normal, own)));
}

/** The CPV prefixes a category covers, for SQL prefix matches against the cpv_code table. */
export function categoryCpvPrefixes(category: ServiceCategory): string[] {
  return category.cpv.map(cpvPrefix);
}

/** The category's name in the language of the page (the API and the exports keep the Swedish `name`). */
export function categoryName(category: ServiceCategory): string {
  return currentLanguage() === 'en' ? category.nameEn : category.name;
}

/** The name of the category with this slug in the page's language; the slug itself when unknown. */
export function categoryNameOf(slug: string): string {
  const category = categoryBySlug(slug);
  return category ? categoryName(category) : slug;
}
