/** The public page of the region's coordinators and the coordinator's own choice to be on it (Swedish, the source). */
export const listingSv = {
  page: {
    title: 'Samordnare i regionen',
    lead: 'Samordnarna hjälper arbetsintegrerande sociala företag att komma med i registret och hålla uppgifterna aktuella, och kommuner, regioner och andra köpare att hitta företagen. Kontakta samordnaren i ert område.',
    organisation: 'Organisation',
    area: 'Område',
    email: 'E-post',
    phone: 'Telefon',
    none: 'Ingen samordnare har valt att synas här än.',
    operator: (name: string) => `Kontakta ${name}, som driver plattformen:`,
    register: 'Vill ni registrera ert företag? Det kan ni göra själva.',
    registerLink: 'Registrera ert företag',
  },
  /** On /samordning: the coordinator's choice to be listed. */
  choice: {
    heading: 'Synas på sidan Samordnare i regionen',
    lead: 'Företag och köpare letar efter någon att fråga. Välj om du vill synas på den offentliga sidan med namn, e-postadress, organisation och område.',
    show: 'Visa mig på sidan Samordnare i regionen',
    showHint: 'Ditt namn och din e-postadress från ditt konto visas, med uppgifterna nedan.',
    organisation: 'Organisation',
    organisationHint: 'Till exempel Samordningsförbundet Dalarna eller Falu kommun, arbetsmarknadsenheten.',
    area: 'Område',
    areaHint: 'Kommuner eller län som du samordnar för, till exempel Falun, Borlänge och Säter.',
    phone: 'Telefon (frivillig)',
    phoneHint: 'Visas bara om du fyller i det.',
    save: 'Spara uppgifterna för Samordnare i regionen',
    saved: 'Sparat. Du syns på sidan Samordnare i regionen.',
    removed: 'Sparat. Du syns inte på sidan Samordnare i regionen.',
    see: 'Se sidan',
  },
  errors: {
    organisation: 'Skriv vilken organisation du arbetar för.',
    area: 'Skriv vilka kommuner eller vilket län du samordnar för.',
    tooLong: 'Högst 200 tecken.',
    phone: 'Skriv telefonnumret med siffror, till exempel 023-123 45, eller lämna fältet tomt.',
  },
};
