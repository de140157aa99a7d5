import { formatInteger } from '../../../platform/i18n/format.js';
import type { ReportTopic } from './report.topics.js';

/** "Rapportera fel uppgift": the public form on a profile and the coordinators' list (Swedish, the source). */
export const reportSv = {
  form: {
    title: (name: string) => `Rapportera fel uppgift om ${name}`,
    lead: 'Skriv vad som inte stämmer i profilen. Samordnarna i regionen får ditt meddelande och kontrollerar uppgiften med företaget.',
    topic: 'Vad gäller det?',
    topics: {
      contact: 'Kontaktuppgifter (e-post, telefon, webbplats)',
      address: 'Adress eller kommun',
      services: 'Tjänster eller CPV-koder',
      areas: 'Var företaget levererar',
      employees: 'Antal anställda eller andelen ur målgruppen',
      certification: 'Certifiering',
      training: 'Arbetsträningsplatser',
      criteria: 'Företaget uppfyller inte kriterierna för ett arbetsintegrerande socialt företag',
      closed: 'Företaget finns inte längre',
      other: 'Något annat',
    } satisfies Record<ReportTopic, string>,
    message: 'Vad är fel, och vad är rätt?',
    messageHint:
      'Skriv inga personuppgifter om någon annan, till exempel namn på deltagare eller personnummer. Minst 10 och högst 2 000 tecken.',
    email: 'Din e-postadress (frivillig)',
    emailHint:
      'Fyll i om du vill få svar. Adressen används bara för att svara dig och tas bort när samordnaren har åtgärdat felet.',
    submit: 'Skicka till samordnarna',
    back: (name: string) => `Tillbaka till ${name}`,
  },
  errors: {
    topic: 'Välj vad det gäller.',
    messageMissing: 'Skriv vad som är fel.',
    messageShort: 'Skriv lite mer om vad som är fel, minst 10 tecken, så att samordnaren kan kontrollera det.',
    messageLong: 'Meddelandet får vara högst 2 000 tecken.',
    personalNumber:
      'Meddelandet ser ut att innehålla ett personnummer. Ta bort det: plattformen sparar inga personuppgifter om deltagare eller andra personer.',
    email: 'Skriv en e-postadress som namn@exempel.se, eller lämna fältet tomt.',
  },
  thanks: {
    title: 'Tack, samordnarna har fått ditt meddelande',
    text: 'De kontrollerar uppgiften med företaget, som rättar profilen om något är fel.',
    withEmail: 'Samordnaren kan svara dig på den e-postadress du angav.',
    back: (name: string) => `Tillbaka till ${name}`,
    search: 'Sök fler företag',
  },
  list: {
    title: 'Rapporterade fel',
    lead: 'Läsare av registret har sagt att något i en profil inte stämmer. Kontrollera uppgiften med företaget och be dem rätta den under Mitt företag; finns företaget inte längre kan du arkivera det. Svara avsändaren innan du markerar rapporten som åtgärdad, för då tas adressen bort.',
    none: 'Inga rapporter väntar.',
    caption: 'Rapporter som väntar, äldst först',
    received: 'Inkom',
    enterprise: 'Företag',
    topic: 'Gäller',
    message: 'Meddelande',
    reporter: 'Avsändarens e-post',
    noReporter: 'ingen lämnad',
    close: 'Markera som åtgärdad',
    closed: 'Rapporten är markerad som åtgärdad. Avsändarens e-postadress är borttagen.',
    gone: 'Rapporten finns inte, eller är redan åtgärdad.',
    recent: 'Senast åtgärdade',
    closedBy: (who: string, at: string) => `Åtgärdad ${at} av ${who}`,
    back: 'Tillbaka till samordningen',
  },
  dashboard: {
    title: 'Rapporterade fel',
    text: (n: number) =>
      n === 0
        ? 'Inga rapporter om felaktiga uppgifter väntar.'
        : n === 1
          ? '1 rapport om en felaktig uppgift väntar.'
          : `${formatInteger(n)} rapporter om felaktiga uppgifter väntar.`,
    link: 'Se rapporterna',
  },
  notice: {
    subject: (name: string) => `Felaktig uppgift rapporterad om ${name}`,
    text: (name: string, topic: string, message: string, listUrl: string, settingsUrl: string) =>
      [
        'Hej!',
        '',
        `En läsare av registret har rapporterat en felaktig uppgift om ${name}.`,
        `Gäller: ${topic}`,
        '',
        message,
        '',
        `Se rapporten och markera den som åtgärdad här: ${listUrl}`,
        '',
        `Du får det här brevet eftersom du valt att få veta direkt. Ändra det här: ${settingsUrl}`,
      ].join('\n'),
  },
};
