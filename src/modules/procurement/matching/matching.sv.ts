import { formatDate, formatInteger, formatPercent } from '../../../platform/i18n/format.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

/**
 * Matching's texts (Swedish, the source). A reason is said to the enterprise ("ni erbjuder") or
 * about it to the buyer ("erbjuder"): `you` is true on the enterprise's own pages.
 */
export const matchingSv = {
  reason: {
    cpvSame: (asked: string, you: boolean) => `CPV ${asked}: ${you ? 'ni erbjuder' : 'erbjuder'} samma kod`,
    cpvNarrower: (asked: string, offered: string, you: boolean) =>
      `CPV ${asked} ↔ ${you ? 'ni erbjuder' : 'erbjuder'} ${offered} (en del av den)`,
    cpvBroader: (asked: string, offered: string, you: boolean) =>
      `CPV ${asked} ↔ ${you ? 'ni erbjuder' : 'erbjuder'} ${offered} (samma grupp)`,
    additional: 'tilläggskod',
    deliversIn: (place: string, you: boolean) => `${you ? 'ni levererar' : 'levererar'} i ${place}`,
    reservedFor: (label: string) => `reserverat: ${label.charAt(0).toLocaleLowerCase('sv')}${label.slice(1)}`,
    anywhere: 'ingen ort angiven',
    eligible: (law: string, date: string) => `uppfyller ${law} enligt uppgifter från ${formatDate(date)}`,
    notEligible: (law: string, share: number, date: string) =>
      `uppfyller inte ${law}: ${formatPercent(share)} i målgruppen enligt uppgifter från ${formatDate(date)}`,
    figuresOld: (law: string, date: string) =>
      `uppgifterna för ${law} är från ${formatDate(date)}, äldre än 12 månader`,
    figuresMissing: (law: string) => `saknar uppgifter för ${law}`,
    buyerJudges: (law: string, you: boolean) =>
      you ? `köparen prövar villkoren i ${law}` : `villkoren i ${law} prövar ni`,
    certified: 'certifierat',
    fresh: (date: Date) => `uppgifterna bekräftade ${formatDate(date)}`,
    stale: (date: Date) => `uppgifterna är från ${formatDate(date)}, äldre än ett år`,
  },
  score: (score: number) => `matchning ${formatInteger(score)} av 100`,
  /** On the buyer's overview, per lot. */
  overview: {
    heading: 'Företag som matchar',
    none: 'Inget publicerat företag i registret matchar delområdets CPV-koder och plats än.',
    count: (count: number) => `${n(count, 'företag matchar', 'företag matchar')} delområdet.`,
    all: (position: number, count: number) => `Alla som matchar delområde ${position} (${formatInteger(count)})`,
    noCodes: 'Välj CPV-kod för att se vilka företag som matchar.',
  },
  /** The buyer's page of every match per lot. */
  buyerPage: {
    title: (title: string) => `Företag som matchar: ${title}`,
    lead: 'Publicerade företag i registret som kan leverera det varje delområde gäller, där det ska utföras, det som passar bäst först, vart och ett med skälen. Om ett företag uppfyller villkoren för en reserverad upphandling avgör ni; siffrorna är företagens egna.',
    back: 'Tillbaka till upphandlingen',
    none: 'Inget företag matchar det här delområdet än.',
  },
  /** The enterprise's own pages. */
  enterprise: {
    heading: 'Möjligheter för er',
    lead: 'Upphandlingar, direktupphandlingar, planerade köp och dialoger som passar det ni erbjuder och där ni levererar, det som passar bäst först.',
    none: 'Just nu finns ingen öppen möjlighet som passar det ni erbjuder och där ni levererar. Fler tjänster, CPV-koder och orter i er profil ger fler träffar.',
    widen: 'Ändra vad ni gör och var',
    interest: 'Visa intresse eller hitta partner för ett gemensamt anbud',
    notPublished: 'När ert företag är publicerat i registret visar vi här de möjligheter som passar er.',
    all: (count: number) => `Alla möjligheter för er (${formatInteger(count)})`,
    title: 'Möjligheter för er',
    back: 'Tillbaka till Mitt företag',
    count: (count: number) => n(count, 'möjlighet', 'möjligheter'),
  },
};
