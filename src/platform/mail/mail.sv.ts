import { formatInteger } from '../i18n/format.js';

/** Texts of the mail outbox in Swedish, the source of truth for the English catalogue. */
export const mailSv = {
  outbox: {
    title: 'Utkorg',
    heading: 'Utkorg för e-post',
    lead: 'Alla e-postmeddelanden som plattformen har skickat eller ska skicka, det senaste först.',
    noSmtp:
      'Ingen e-postserver är inställd (SMTP_URL). Meddelandena skickas inte utan sparas här, så att du kan läsa dem och föra vidare en länk för hand.',
    count: (n: number) => (n === 1 ? '1 meddelande' : `${formatInteger(n)} meddelanden`),
    caption: (page: number, pageCount: number) =>
      pageCount > 1 ? `E-postmeddelanden, sida ${page} av ${pageCount}` : 'E-postmeddelanden',
    empty:
      'Utkorgen är tom. Här hamnar e-post som plattformen skickar, till exempel inbjudningar och länkar för att byta lösenord.',
    columns: {
      created: 'Tid',
      to: 'Till',
      subject: 'Ämne',
      status: 'Status',
    },
    invalidPage: 'Sidnumret måste vara ett heltal från 1.',
    noSubject: '(inget ämne)',
  },
  message: {
    title: (id: number) => `Meddelande ${id}`,
    backToOutbox: 'Tillbaka till utkorgen',
    detailsHeading: 'Uppgifter',
    bodyHeading: 'Text',
    created: 'Skapat',
    from: 'Från',
    to: 'Till',
    subject: 'Ämne',
    status: 'Status',
    sentAt: 'Skickat',
    lastError: 'Senaste fel',
    notFound: 'Meddelandet finns inte',
    notFoundText: 'Det finns inget meddelande med det numret i utkorgen.',
  },
  status: {
    pending: 'Väntar på att skickas',
    sent: 'Skickat',
    kept: 'Sparat här (skickas inte)',
    failed: 'Kunde inte skickas',
  },
};
