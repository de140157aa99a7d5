/** Follow-up of contracts and their commitments: the form's messages and the statuses in words. */
export const commitmentSv = {
  errors: {
    date: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.',
    noSuchDate: 'Det datumet finns inte i kalendern.',
    count: 'Skriv ett heltal, 0 eller mer.',
    personMonths: 'Skriv antal månader som ett tal, 0 eller mer, till exempel 4,5.',
    nothingReported: 'Fyll i minst ett antal som inte är 0.',
    tooLong: (max: number) => `Texten får vara högst ${max} tecken.`,
    personalNumber:
      'Texten ser ut att innehålla ett personnummer. Skriv inga uppgifter om enskilda personer, bara antal.',
    notFound: 'Åtagandet finns inte, eller hör inte till er.',
    tooManyMonths: (max: number) =>
      `Fler månader än hela åtagandet (${max}). Skriv de månader som gjorts sedan förra rapporten, till exempel 4,5.`,
    dateAhead: 'Datumet har inte kommit än. Rapportera det som har hänt.',
    dateOutside: (starts: string, ends: string) => `Datumet ska ligga inom avtalets tid, ${starts}–${ends}.`,
  },
  status: {
    on_track: 'Enligt plan',
    at_risk: 'Risk',
    met: 'Uppfyllt',
    missed: 'Ej uppfyllt',
  },
} as const;
