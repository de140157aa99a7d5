import { formatInteger } from '../../../platform/i18n/format.js';

/**
 * Texts of the coordinator's pages (start page, verification queue, one enterprise, the feed of
 * changes) and of the e-mails their decisions send. Swedish is the source of truth.
 */
export const verificationSv = {
  dashboard: {
    title: 'Samordning',
    lead: 'Här granskar du nya företag, följer ändringar i registret och håller uppgifterna aktuella.',
    pending: 'Väntar på granskning',
    importsText: (n: number) =>
      n === 1
        ? '1 importerat företag är ännu inte granskat mot kriterierna.'
        : `${formatInteger(n)} importerade företag är ännu inte granskade mot kriterierna.`,
    pendingText: (n: number) =>
      n === 0
        ? 'Inga nya företag väntar på granskning.'
        : n === 1
          ? '1 företag väntar.'
          : `${formatInteger(n)} företag väntar.`,
    pendingLink: 'Gå till granskningskön',
    changes: 'Flaggade ändringar',
    changesText: (n: number) =>
      n === 0
        ? 'Inga flaggade ändringar att granska.'
        : n === 1
          ? '1 ändring att granska.'
          : `${formatInteger(n)} ändringar att granska.`,
    changesLink: 'Se ändringarna',
    stale: 'Inaktuella profiler',
    staleText: (n: number) =>
      n === 0
        ? 'Alla publicerade profiler är bekräftade det senaste året.'
        : n === 1
          ? '1 profil har inte bekräftats på ett år.'
          : `${formatInteger(n)} profiler har inte bekräftats på ett år.`,
    staleLink: 'Se inaktuella profiler',
    import: 'Importera',
    importText: 'Läs in många företag på en gång från en fil (CSV eller Excel). Du ser först vad som skulle ändras.',
    importLink: 'Importera från fil',
    register: 'Registret',
    registerText: (published: number, archived: number) =>
      `${formatInteger(published)} företag syns i registret. ${formatInteger(archived)} är arkiverade.`,
    registerLink: 'Hitta företag i registret',
    findHeading: 'Öppna ett företag',
    findLabel: 'Organisationsnummer',
    findHint: 'Till exempel 556677-8899. Du ser företaget oavsett status och kan arkivera det.',
    findButton: 'Öppna',
    findNotFound: 'Det finns inget företag med det organisationsnumret i registret.',
    findMissing: 'Skriv ett organisationsnummer.',
  },
  queue: {
    title: 'Granskning',
    heading: 'Företag som väntar på granskning',
    lead: 'Den som väntat längst står först. Öppna ett företag för att granska det mot de fyra kriterierna.',
    caption: (n: number) =>
      n === 1 ? '1 företag väntar på granskning' : `${formatInteger(n)} företag väntar på granskning`,
    empty: 'Inga företag väntar på granskning just nu.',
    orgnr: 'Org.nr',
    name: 'Namn',
    municipality: 'Kommun',
    submitted: 'Skickat',
    waited: 'Har väntat',
    unknown: 'Okänt',
    days: (n: number) => (n === 0 ? 'sedan i dag' : n === 1 ? '1 dag' : `${formatInteger(n)} dagar`),
    importsHeading: 'Importerade, ej granskade mot kriterierna',
    importsLead:
      'Företag från inlästa filer där ingen intygade att kriterierna var granskade. De syns publikt märkta ”Importerad – ej granskad mot kriterierna” tills någon granskar dem här.',
    importsEmpty: 'Alla importerade företag är granskade.',
    importsCaption: (n: number) =>
      n === 1 ? '1 importerat företag är inte granskat' : `${formatInteger(n)} importerade företag är inte granskade`,
    imported: 'Inläst',
  },
  enterprise: {
    title: (name: string) => `${name} – samordning`,
    back: 'Tillbaka till samordning',
    backToQueue: 'Tillbaka till granskningskön',
    status: 'Status',
    verifiedAt: 'Verifierat',
    verifiedBy: 'Verifierat av',
    criteria: 'Kriterierna',
    unreviewed: 'Inte granskade: företaget är importerat och ingen samordnare har granskat det',
    confirmedAt: 'Senast bekräftat',
    submittedAt: 'Skickat för granskning',
    archivedAt: 'Arkiverat',
    archivedReason: 'Anledning till arkivering',
    publicProfile: 'Se den publika profilen',
    factsHeading: 'Uppgifter',
    contactsHeading: 'Kontaktpersoner med konto',
    contactsLead: 'Beslut och besked skickas med e-post till dessa adresser.',
    noContacts: 'Företaget har inget konto kopplat till sig. Beslut skickas därför inte med e-post.',
    decisionsHeading: 'Tidigare beslut',
    noDecisions: 'Inga beslut än.',
    historyHeading: 'Historik',
    historyCaption: 'Alla ändringar av företaget, den senaste först',
    noHistory: 'Ingen historik sparad.',
    done: {
      approved: 'Företaget är godkänt och publicerat. Kontaktpersonerna har fått ett e-postmeddelande.',
      more_information: 'Begäran om komplettering är skickad. Företaget är tillbaka som utkast.',
      rejected: 'Ansökan är avslagen och beskedet skickat. Företaget är tillbaka som utkast.',
      archived: 'Företaget är arkiverat. Det syns inte längre i registret, men historiken finns kvar.',
      rapport: 'Rapporten är markerad som åtgärdad. Avsändarens e-postadress är borttagen.',
    },
  },
  /** The facts the ASF criteria rest on (enterprise/workflow.service.ts FLAGGED_FACTS). */
  flaggedFacts: {
    legalForm: 'Företagsform',
    employees: 'Anställda och anställda ur målgruppen',
    certifications: 'Certifieringar',
  },
  facts: {
    orgnr: 'Organisationsnummer',
    name: 'Namn',
    legalForm: 'Företagsform',
    foundedYear: 'Grundat år',
    description: 'Beskrivning',
    website: 'Webbplats',
    email: 'E-post',
    phone: 'Telefon',
    address: 'Besöksadress',
    operatingAreas: 'Var företaget levererar',
    offerings: 'Tjänster',
    employees: 'Anställda',
    targetGroups: 'Målgrupper',
    certifications: 'Certifieringar',
    trainingPlaces: 'Arbetsträningsplatser',
    networks: 'Nätverk och medlemskap',
    sources: 'Källor',
    none: 'Inget angivet',
    noCertifications: 'Inga certifieringar',
    wholeCounty: (name: string) => `hela ${name}`,
    employeesText: (total: string, target: string, share: string, date: string) =>
      `${total} anställda, varav ${target} ur målgruppen (${share}), uppgift från ${date}`,
    certificationText: (name: string, issuer: string | null, validUntil: string | null) =>
      `${name}${issuer ? ` (${issuer})` : ''}${validUntil ? `, giltig till ${validUntil}` : ''}`,
    trainingText: (capacity: number, free: number) =>
      `${formatInteger(capacity)} ${capacity === 1 ? 'plats' : 'platser'}, ${formatInteger(free)} ${free === 1 ? 'ledig' : 'lediga'} nu`,
  },
  statuses: {
    draft: 'Utkast',
    pending: 'Väntar på granskning',
    published: 'Publicerat',
    needs_reverification: 'Behöver bekräftas på nytt',
    archived: 'Arkiverat',
  },
  actions: {
    created: 'Skapat',
    imported: 'Importerat från fil',
    updated: 'Uppgifter ändrade',
    submitted: 'Skickat för granskning',
    withdrawn: 'Ansökan dragen tillbaka av företaget',
    approved: 'Godkänt',
    more_information: 'Komplettering begärd',
    rejected: 'Avslaget',
    archived: 'Arkiverat',
    reverted: 'Ändring återställd av samordnare',
    confirmed: 'Uppgifterna bekräftade',
    needs_reverification: 'Inte bekräftat på ett år: behöver bekräftas',
  },
  history: {
    when: 'När',
    who: 'Vem',
    what: 'Vad',
    fields: 'Ändrade uppgifter',
    statusChange: (from: string, to: string) => `Status: ${from} → ${to}`,
    allFacts: 'Alla uppgifter (första versionen)',
    flagged: 'flaggad',
    reverted: 'återställd senare',
  },
  criteria: {
    legend: 'De fyra kriterierna för ett arbetsintegrerande socialt företag',
    lead: 'Regeringens definition från 2010, som Tillväxtverket använder. Alla fyra måste vara uppfyllda för att du ska kunna godkänna företaget.',
    met: 'Uppfyllt',
    note: 'Anteckning',
    items: {
      verksamhet: {
        title: 'Näringsverksamhet som ger arbete',
        text: 'Företaget driver näringsverksamhet, det vill säga säljer varor eller tjänster, med det övergripande målet att ge arbete och delaktighet i samhället åt människor som har stora svårigheter att få eller behålla ett arbete.',
        hint: 'Titta till exempel på verksamhetsbeskrivning, stadgar och vad företaget säljer.',
      },
      delaktighet: {
        title: 'Medarbetarna är delaktiga',
        text: 'Företaget skapar delaktighet för medarbetarna genom ägande, avtal eller på något annat väldokumenterat sätt.',
        hint: 'Till exempel medlemskap i föreningen, medarbetaravtal eller protokoll från medarbetarmöten.',
      },
      vinster: {
        title: 'Vinsterna stannar i verksamheten',
        text: 'Företaget återinvesterar i huvudsak sina vinster i den egna verksamheten eller i liknande verksamheter.',
        hint: 'Till exempel stadgar, bolagsordning med vinstutdelningsbegränsning (svb) eller årsredovisning.',
      },
      fristaende: {
        title: 'Fristående från det offentliga',
        text: 'Företaget är organisatoriskt fristående från offentlig verksamhet, alltså inte en del av en kommun, en region eller staten.',
        hint: 'Titta på vem som äger företaget och sitter i styrelsen.',
      },
    },
  },
  decision: {
    heading: 'Granska och besluta',
    evidence: 'Underlag',
    evidenceHint: 'Vad du har tittat på, till exempel ”stadgar daterade 2024-03-01, årsredovisning 2025”.',
    message: 'Meddelande till företaget',
    messageHint:
      'Skickas med e-post till företagets kontaktpersoner. Krävs när du begär komplettering eller avslår: skriv vad som saknas eller varför.',
    choose: 'Beslut',
    approve: 'Godkänn och publicera',
    more: 'Begär komplettering',
    reject: 'Avslå',
    notPending: (status: string) =>
      `Företaget väntar inte på granskning (status: ${status}). Du kan bara besluta om ett företag som har skickats in för granskning.`,
    decisionMissing: 'Välj ett beslut: godkänn, begär komplettering eller avslå.',
    criterionMissing: (title: string) =>
      `Kriteriet ”${title}” är inte markerat som uppfyllt. Alla fyra kriterier måste vara uppfyllda för att godkänna.`,
    allCriteria: 'Alla fyra kriterier måste vara uppfyllda för att godkänna företaget.',
    messageRequiredMore: 'Skriv vad företaget behöver komplettera med.',
    messageRequiredReject: 'Skriv varför ansökan avslås. Beskedet skickas till företaget.',
    tooLong: (n: number) => `Texten får vara högst ${formatInteger(n)} tecken.`,
    changedMeanwhile:
      'Uppgifterna om företaget har ändrats sedan du öppnade sidan, till exempel för att företaget har dragit tillbaka ansökan, ändrat och skickat in den igen. Ditt beslut är inte sparat. Öppna företaget igen, läs igenom uppgifterna som de är nu och besluta sedan.',
    versionInvalid: 'Formuläret är ofullständigt. Ladda om sidan och försök igen.',
    decisions: {
      approved: 'Godkänt',
      more_information: 'Komplettering begärd',
      rejected: 'Avslaget',
      archived: 'Arkiverat',
    },
    metYes: 'uppfyllt',
    metNo: 'inte uppfyllt',
  },
  archive: {
    heading: 'Arkivera företaget',
    lead: 'Arkivera ett företag som har lagt ner eller inte längre är ett arbetsintegrerande socialt företag. Företaget tas bort från det publika registret, men ingenting raderas: historiken finns kvar.',
    reason: 'Anledning',
    reasonHint: 'Till exempel ”verksamheten avvecklad enligt Bolagsverket 2026-10-01”.',
    reasonRequired: 'Skriv varför företaget arkiveras.',
    submit: 'Arkivera',
    already: 'Företaget är redan arkiverat.',
  },
  conflict: {
    title: 'Det gick inte att genomföra',
    backToEnterprise: 'Tillbaka till företaget',
    backToChanges: 'Tillbaka till ändringarna',
  },
  changes: {
    title: 'Ändringar',
    heading: 'Ändringar i registret',
    lead: 'Ändringar som publicerade företag gör själva. Ändringar av uppgifter som kriterierna eller LOU 4 kap. 18 § vilar på (företagsform, anställda ur målgruppen, certifieringar) flaggas för granskning.',
    filterLegend: 'Visa',
    filters: {
      flaggade: 'Flaggade som inte är granskade',
      'alla-flaggade': 'Alla flaggade ändringar',
      alla: 'Alla ändringar',
    },
    filterButton: 'Visa',
    invalidFilter: 'Välj vilka ändringar som ska visas.',
    invalidPage: 'Sidnumret måste vara ett heltal från 1.',
    count: (n: number) => (n === 1 ? '1 ändring' : `${formatInteger(n)} ändringar`),
    empty: 'Inga ändringar att visa här.',
    emptyFlagged: 'Inga flaggade ändringar väntar på granskning. Bra jobbat!',
    by: (who: string) => `Ändrat av ${who}`,
    flaggedHeading: 'Flaggade uppgifter',
    field: 'Uppgift',
    otherFields: 'Andra ändrade uppgifter',
    before: 'Före',
    after: 'Efter',
    reviewed: (who: string, when: string) => `Granskad ${when} av ${who}`,
    reverted: 'Ändringen är återställd.',
    markReviewed: 'Markera som granskad',
    revert: 'Återställ ändringen',
    revertReason: 'Varför återställs ändringen? (frivilligt)',
    revertReasonHint: 'Skickas med e-post till företagets kontaktpersoner.',
    notLatest:
      'Företaget har ändrat sina uppgifter igen efter den här ändringen. Den kan inte återställas utan att de senare ändringarna går förlorade: återställ den senaste först.',
    notLatestShort: 'Senare ändringar finns. Bara den senaste ändringen kan återställas.',
    alreadyReverted: 'Ändringen är redan återställd.',
    notFound: 'Ändringen finns inte.',
    notAChange: 'Den här versionen ändrade inga uppgifter och kan inte återställas.',
    doneReviewed: 'Ändringen är markerad som granskad.',
    doneReverted: 'Ändringen är återställd. De tidigare uppgifterna syns nu i registret och företaget har fått besked.',
  },
  mail: {
    approvedSubject: (name: string) => `${name} är godkänt i ASF-registret`,
    approvedText: (name: string, orgnr: string, profileUrl: string, editUrl: string, message: string | null) =>
      [
        'Hej!',
        '',
        `${name} (${orgnr}) är granskat och godkänt som arbetsintegrerande socialt företag. Företaget syns nu i registret:`,
        profileUrl,
        '',
        ...(message ? ['Meddelande från samordnaren:', message, ''] : []),
        'Håll uppgifterna aktuella – du ändrar dem när du vill här:',
        editUrl,
        '',
        'Vi ber dig bekräfta uppgifterna en gång om året. Du får en påminnelse med e-post.',
      ].join('\n'),
    moreSubject: (name: string) => `${name}: vi behöver fler uppgifter`,
    moreText: (name: string, orgnr: string, editUrl: string, message: string) =>
      [
        'Hej!',
        '',
        `Vi har granskat ansökan för ${name} (${orgnr}) och behöver mer underlag innan företaget kan publiceras i registret.`,
        '',
        'Meddelande från samordnaren:',
        message,
        '',
        'Komplettera uppgifterna och skicka in dem igen här:',
        editUrl,
      ].join('\n'),
    rejectedSubject: (name: string) => `${name}: ansökan är inte godkänd`,
    rejectedText: (name: string, orgnr: string, editUrl: string, message: string) =>
      [
        'Hej!',
        '',
        `Vi har granskat ansökan för ${name} (${orgnr}). Företaget kan inte publiceras i registret som arbetsintegrerande socialt företag.`,
        '',
        'Skäl:',
        message,
        '',
        'Om något har blivit fel, eller om förhållandena ändras, kan du ändra uppgifterna och skicka in dem igen:',
        editUrl,
      ].join('\n'),
    archivedSubject: (name: string) => `${name} är arkiverat i ASF-registret`,
    archivedText: (name: string, orgnr: string, reason: string) =>
      [
        'Hej!',
        '',
        `${name} (${orgnr}) är arkiverat och syns inte längre i registret.`,
        '',
        'Anledning:',
        reason,
        '',
        'Har det blivit fel? Kontakta din samordnare, så ser vi över det.',
      ].join('\n'),
    revertedSubject: (name: string) => `${name}: en ändring är återställd`,
    revertedText: (name: string, orgnr: string, fields: string, editUrl: string, reason: string | null) =>
      [
        'Hej!',
        '',
        `En samordnare har återställt en ändring av uppgifterna för ${name} (${orgnr}).`,
        `Uppgifter som återställdes: ${fields}.`,
        '',
        ...(reason ? ['Skäl:', reason, ''] : []),
        'Uppgifterna som ändrades påverkar om företaget uppfyller kriterierna för arbetsintegrerande sociala företag eller kan delta i reserverade upphandlingar, och granskas därför. Kontakta samordnaren om du har frågor, eller se uppgifterna här:',
        editUrl,
      ].join('\n'),
  },
  /** Telling coordinators that something waits for them (coordination/notice.*). */
  notice: {
    heading: 'E-post när något väntar på dig',
    legend: 'Hur vill du få veta att ett företag väntar på granskning eller att någon har rapporterat ett fel?',
    modes: {
      immediate: 'Direkt, ett brev för varje företag som skickas in och varje rapporterat fel',
      daily: 'En sammanfattning varje morgon kl. 7 när något väntar',
      off: 'Inte alls, jag tittar själv på den här sidan',
    },
    save: 'Spara valet för e-post',
    saved: 'Ditt val är sparat.',
    invalid: 'Välj ett av alternativen.',
    submittedSubject: (name: string) => `${name} väntar på granskning`,
    submittedText: (name: string, orgnr: string, queueUrl: string, settingsUrl: string) =>
      [
        'Hej!',
        '',
        `${name} (${orgnr}) har skickat in sina uppgifter och väntar på granskning:`,
        queueUrl,
        '',
        `Du får det här brevet eftersom du valt att få veta direkt. Ändra det här: ${settingsUrl}`,
      ].join('\n'),
    digestSubject: (waiting: number) =>
      waiting === 1 ? 'En sak väntar på dig i ASF-plattformen' : `${waiting} saker väntar på dig i ASF-plattformen`,
    digestText: (pending: number, changes: number, reports: number, homeUrl: string, settingsUrl: string) =>
      [
        'Hej!',
        '',
        `Företag som väntar på granskning: ${pending}`,
        `Flaggade ändringar att granska: ${changes}`,
        `Rapporter om felaktiga uppgifter: ${reports}`,
        '',
        homeUrl,
        '',
        `Du får en sammanfattning varje morgon när något väntar. Ändra det här: ${settingsUrl}`,
      ].join('\n'),
  },
};
