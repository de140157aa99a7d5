/**
 * The accessibility statement (tillgänglighetsredogörelse) that lag (2018:1937) om tillgänglighet
 * till digital offentlig service requires, laid out as DIGG's model: status of conformity, known
 * shortcomings, how it was assessed, feedback and the right to complain to DIGG.
 */
export const accessibilitySv = {
  title: 'Tillgänglighetsredogörelse',
  lead: (operator: string) =>
    `${operator} står bakom ASF-plattformen. Vi vill att så många som möjligt ska kunna använda webbplatsen. Här beskriver vi hur den uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem.`,
  statusTitle: 'Hur tillgänglig är webbplatsen?',
  status:
    'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Målet är att uppfylla WCAG 2.1 nivå AA fullt ut.',
  shortcomingsTitle: 'Kända brister',
  shortcomings: [
    'Nedladdningsbara Excel-filer (xlsx) är inte granskade med skärmläsare. Samma uppgifter finns som webbsidor, CSV och JSON.',
    'Texter som företagen själva skriver (beskrivningar av verksamheten) granskas inte för klarspråk och finns bara på svenska.',
    'API-dokumentationen på /api/docs är granskad automatiskt men inte med skärmläsare.',
  ],
  assessmentTitle: 'Hur vi testat webbplatsen',
  assessment: (date: string) =>
    `Vi har själva granskat webbplatsen. Den senaste bedömningen gjordes ${date}. Varje sida testas automatiskt med verktyget axe mot WCAG 2.1 AA i en riktig webbläsare, i bredd för dator (1280 px) och mobil (390 px), varje gång koden ändras. Dessutom har vi granskat manuellt: navigering med bara tangentbordet, fokusmarkering, att sidorna fungerar utan JavaScript, förstoring till 200 %, och hur felmeddelanden i formulär läses upp.`,
  statementDate: (date: string) => `Redogörelsen uppdaterades senast ${date}.`,
  feedbackTitle: 'Rapportera brister eller be om innehåll i annat format',
  feedback:
    'Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format (till exempel uppgifter om ett företag uppläst, i större text eller som vanlig text), kontakta oss:',
  email: 'E-post',
  phone: 'Telefon',
  feedbackAnswer: 'Vi svarar så snart vi kan, senast inom två veckor.',
  complainTitle: 'Om du inte är nöjd',
  complain:
    'Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det.',
  complainLink: 'Anmäl bristande tillgänglighet till DIGG',
};
