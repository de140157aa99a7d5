/** Messages of the reservation rules (Swedish, the source); each names the paragraph it applies. */
export const reservationSv = {
  kinds: {
    social_integration: 'Arbetsintegrerande sociala företag (minst 30 % ur målgruppen)',
    sheltered_programme: 'Utförs inom ett program för skyddad anställning',
    public_service_mission: 'Organisationer med uppdrag av allmänt intresse (vissa hälso-, social- och kulturtjänster)',
    non_profit: 'Idéburna organisationer (välfärdstjänster)',
  },
  reasonMissing: (reference: string) =>
    `Skriv varför delområdet reserveras enligt ${reference}, så att läsaren förstår valet.`,
  notYetValid: (reference: string, from: string) => `Reservation enligt ${reference} kan användas från ${from}.`,
  mainCpvMissing: (reference: string) =>
    `Ange huvud-CPV-kod: ${reference} gäller bara vissa tjänster, och huvudkoden avgör om delområdet får reserveras.`,
  mainCpvNotAllowed: (code: string, reference: string, source: string, example: string) =>
    `Huvud-CPV-koden ${code} får inte reserveras enligt ${reference}: den finns inte bland de tjänster paragrafen gäller (${source}). Välj en huvudkod från listan, till exempel ${example}, eller en annan reservation.`,
  additionalCpvOff: (codes: string, reference: string) =>
    `Tilläggskoderna ${codes} finns inte bland de tjänster ${reference} gäller. Det hindrar inte reservationen, men kontrollera att delområdet bara gäller sådana tjänster.`,
  monthsMissing: (reference: string, years: number) =>
    `Ange avtalsperioden: enligt ${reference} får avtalet gälla i högst ${years} år.`,
  monthsNotPositive: 'Avtalsperioden måste vara längre än 0 månader.',
  monthsTooLong: (months: number, reference: string, max: number) =>
    `Avtalsperioden ${months} månader är för lång: enligt ${reference} får avtalet gälla i högst ${max} månader.`,
};
