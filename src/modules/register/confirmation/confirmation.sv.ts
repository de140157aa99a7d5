import { formatInteger, formatPercent } from '../../../platform/i18n/format.js';

/** Texts of the yearly confirmation: e-mail, the one-click page, the editor's page and the coordinators' list. */
export const confirmationSv = {
  mail: {
    noticeSubject: (name: string) => `Stämmer uppgifterna om ${name}? – ASF-plattformen`,
    lapsedSubject: (name: string) => `Bekräfta uppgifterna om ${name} – profilen visas nu som inte bekräftad`,
    reminderSubject: (name: string) => `Påminnelse: bekräfta uppgifterna om ${name}`,
    greeting: 'Hej!',
    noticeIntro: (name: string, orgnr: string, reference: string, due: string) =>
      `${name} (${orgnr}) finns i ASF-plattformens register över arbetsintegrerande sociala företag. Uppgifterna bekräftades senast ${reference}. En gång om året ber vi er titta på dem, så att köpare och samordnare kan lita på registret. Bekräfta senast ${due}.`,
    lapsedIntro: (name: string, orgnr: string, reference: string) =>
      `Det har gått ett år sedan uppgifterna om ${name} (${orgnr}) i ASF-plattformens register bekräftades (${reference}). Profilen finns kvar i registret men visas nu med texten "inte bekräftade" tills ni bekräftar eller uppdaterar uppgifterna.`,
    reminderIntro: (name: string, orgnr: string, reference: string) =>
      `Vi har ännu inte fått någon bekräftelse av uppgifterna om ${name} (${orgnr}) i ASF-plattformens register. De bekräftades senast ${reference}, och profilen visas som inte bekräftad.`,
    confirmStep: (expires: string) =>
      `Om allt stämmer: öppna länken och tryck på knappen "Ja, uppgifterna stämmer". Ni behöver inte logga in. Länken gäller till ${expires}.`,
    editStep: 'Om något har ändrats: logga in och uppdatera uppgifterna här:',
    why: 'Ni får det här meddelandet för att adressen hör till företagets konto eller är företagets kontaktadress i registret.',
    signature: 'Hälsningar\nASF-plattformen',
  },
  page: {
    title: 'Stämmer uppgifterna?',
    intro: (name: string) =>
      `Så här står ${name} i registret just nu. Läs igenom uppgifterna. Om allt stämmer, tryck på knappen längst ner. Ni behöver inte logga in.`,
    lastConfirmed: (date: string) => `Uppgifterna bekräftades senast ${date}.`,
    due: (date: string) => `Bekräfta senast ${date}.`,
    overdue: (date: string) => `Uppgifterna är inte bekräftade sedan ${date}. Profilen visas som inte bekräftad.`,
    factsHeading: 'Uppgifter i registret',
    confirmHeading: 'Bekräfta',
    confirmButton: 'Ja, uppgifterna stämmer',
    changed: 'Något har ändrats – logga in och uppdatera',
    fullProfile: 'Se hela profilen',
    name: 'Namn',
    orgnr: 'Organisationsnummer',
    legalForm: 'Företagsform',
    address: 'Besöksadress',
    website: 'Webbplats',
    email: 'E-post',
    phone: 'Telefon',
    offerings: 'Tjänster',
    areas: 'Levererar i',
    employees: 'Anställda',
    employeesValue: (total: number, target: number) =>
      `${formatInteger(total)}, varav ${formatInteger(target)} ur målgruppen`,
    certifications: 'Certifieringar',
    certificationValue: (name: string, until: string | null) => (until ? `${name} (giltig till ${until})` : name),
    training: 'Arbetsträningsplatser',
    trainingValue: (capacity: number, free: number) =>
      `${formatInteger(capacity)} platser, ${formatInteger(free)} lediga`,
    none: 'Inget angivet',
    wholeCounty: (name: string) => `Hela ${name}`,
  },
  thanks: {
    title: 'Tack! Uppgifterna är bekräftade',
    text: (name: string, until: string) =>
      `Uppgifterna om ${name} är bekräftade och gäller till ${until}. Vi skickar en påminnelse innan dess.`,
    toProfile: 'Se profilen i registret',
    toStart: 'Till startsidan',
  },
  problem: {
    invalidTitle: 'Länken fungerar inte',
    invalid:
      'Länken är inte hel eller har ändrats. Ibland klipper e-postprogram av långa länkar: kopiera hela länken från meddelandet och klistra in den i webbläsaren.',
    expiredTitle: 'Länken har gått ut',
    expired: 'Länken i e-postmeddelandet gällde i 60 dagar och har gått ut.',
    staleTitle: 'Uppgifterna är redan bekräftade',
    stale: (name: string, date: string, until: string) =>
      `Uppgifterna om ${name} bekräftades eller granskades ${date}, efter att länken skickades, och gäller till ${until}. Ni behöver inte göra något mer. Länken i det äldre meddelandet används inte längre.`,
    unavailableTitle: 'Företaget kan inte bekräftas',
    unavailable:
      'Företaget är inte publicerat i registret just nu, så det finns inget att bekräfta. Logga in för att se var företaget befinner sig.',
    whatToDo:
      'Logga in och bekräfta uppgifterna där. Har ni glömt lösenordet kan ni välja ett nytt på inloggningssidan.',
    signIn: 'Logga in och bekräfta',
    toDirectory: 'Till företagsregistret',
  },
  editor: {
    title: 'Bekräfta att uppgifterna stämmer',
    intro:
      'En gång om året bekräftar ni att uppgifterna om företaget stämmer. Läs igenom dem. Stämmer något inte, ändra det först.',
    confirmButton: 'Bekräfta att uppgifterna stämmer',
    done: (until: string) => `Tack! Uppgifterna är bekräftade och gäller till ${until}.`,
    notPublic:
      'Företaget är inte publicerat än. Uppgifterna bekräftas när en samordnare har granskat dem, så ni behöver inte göra något här nu.',
    noEnterprise: 'Ditt konto hör inte till något företag.',
    edit: 'Ändra uppgifterna',
    back: 'Tillbaka till Mitt företag',
  },
  stale: {
    title: 'Profiler som behöver bekräftas',
    lead: 'Företag vars uppgifter inte har bekräftats på ett år, och företag som ska bekräfta inom en månad. Företagen får e-post med en länk när elva månader har gått och påminnelser var fjortonde dag därefter; varje sådant meddelande räknas här som en påminnelse. Demoföretag ingår inte.',
    figuresHeading: 'Läget',
    confirmedLastYear: 'Bekräftade de senaste 12 månaderna',
    due: 'Ska bekräfta inom en månad',
    overdue: 'Inte bekräftade i tid',
    onTimeShare: 'Andel bekräftade i tid',
    onTimeValue: (share: number | null, onTime: number, total: number) =>
      share === null
        ? 'Inga bekräftelser än'
        : `${formatPercent(share)} (${formatInteger(onTime)} av ${formatInteger(total)})`,
    listHeading: 'Lista',
    caption: (page: number, pageCount: number) =>
      pageCount > 1 ? `Profiler som behöver bekräftas, sida ${page} av ${pageCount}` : 'Profiler som behöver bekräftas',
    count: (n: number) => (n === 1 ? '1 profil' : `${formatInteger(n)} profiler`),
    empty:
      'Alla profiler är bekräftade och ingen behöver bekräftas inom den närmaste månaden. Det finns inget att göra här just nu.',
    columns: {
      orgnr: 'Org.nr',
      name: 'Företag',
      status: 'Läge',
      reference: 'Senast verifierad eller bekräftad',
      due: 'Ska bekräftas senast',
      reminders: 'Påminnelser skickade',
      lastReminder: 'Senaste påminnelse',
    },
    statusOverdue: 'Inte bekräftad',
    statusDue: 'Bekräftas snart',
    never: 'Ingen än',
    invalidPage: 'Sidnumret måste vara ett heltal från 1.',
    back: 'Tillbaka till samordningen',
  },
};
