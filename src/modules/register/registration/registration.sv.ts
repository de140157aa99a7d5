/** Texts of self-registration and e-mail confirmation (Swedish, the source). */
export const registrationSv = {
  form: {
    title: 'Registrera ert företag',
    intro:
      'Här registrerar ett arbetsintegrerande socialt företag (ASF) sig i registret. Det tar några minuter. Därefter fyller du i uppgifterna om företaget i fem steg och skickar in dem. En samordnare granskar dem innan profilen blir offentlig.',
    who: 'Uppgifterna om dig som kontaktperson (namn och e-postadress) ser bara samordnarna. De syns inte på företagets profil.',
    enterpriseLegend: 'Företaget',
    orgnr: 'Organisationsnummer',
    orgnrHint: 'Tio siffror, till exempel 556677-8899. Står på registreringsbeviset från Bolagsverket.',
    name: 'Företagets namn',
    contactLegend: 'Du som kontaktperson',
    contactName: 'Ditt namn',
    email: 'Din e-postadress',
    emailHint: 'Vi skickar en länk hit som du klickar på för att bekräfta adressen. Den blir också ditt användarnamn.',
    password: 'Välj ett lösenord',
    passwordHint: 'Minst 10 tecken. Med lösenordet kan du logga in och fortsätta senare.',
    password2: 'Skriv lösenordet en gång till',
    passwordsDiffer: 'Lösenorden är inte lika.',
    submit: 'Registrera företaget',
    nameRequired: 'Skriv företagets namn.',
    nameTooLong: 'Namnet får ha högst 200 tecken.',
    orgnrRequired: 'Skriv organisationsnumret.',
    signedInEditor: 'Du är redan inloggad som redaktör för ett företag.',
    goToMine: 'Gå till Mitt företag',
    haveAccount: 'Har ni redan registrerat er?',
  },
  taken: {
    orgnr: (orgnr: string) => `Företaget med organisationsnummer ${orgnr} finns redan i registret.`,
    orgnrTitle: 'Företaget finns redan i registret',
    orgnrText:
      'Ett företag kan bara registreras en gång, och vi kopplar aldrig ett nytt konto till ett företag som redan finns. Så här får du tillgång:',
    orgnrHasAccount: 'Har du redan ett konto för företaget? Logga in.',
    orgnrForgot: 'Har du glömt lösenordet? Välj ett nytt lösenord.',
    orgnrNoAccount:
      'Har du inget konto? Kontakta samordnaren för sociala företag i er kommun eller ert samordningsförbund. Samordnaren kan bjuda in dig som redaktör för företaget.',
    email: 'Det finns redan ett konto med den e-postadressen.',
    emailTitle: 'Du har redan ett konto',
    emailText:
      'Ett konto hör till ett företag. Logga in med adressen, eller välj ett nytt lösenord om du har glömt det.',
    signIn: 'Logga in',
    forgot: 'Välj ett nytt lösenord',
  },
  sent: {
    title: 'Kolla din e-post',
    text: (email: string) =>
      `Vi har skickat en länk till ${email}. Klicka på länken för att bekräfta att adressen är din.`,
    validity:
      'Länken gäller i 48 timmar och fungerar en gång. Den öppnar en sida där du bekräftar adressen med en knapp, och sedan loggas du in.',
    whyConfirm:
      'Vi behöver veta att adressen fungerar, eftersom det är dit samordnaren skriver och dit påminnelserna om att hålla uppgifterna aktuella går.',
    nextHeading: 'Så här går det till',
    next: [
      'Öppna länken i e-postmeddelandet och klicka på Bekräfta min e-postadress. Då är adressen bekräftad och du loggas in.',
      'Fyll i uppgifterna om företaget i fem steg. Du kan spara och fortsätta senare.',
      'Skicka in uppgifterna för granskning.',
      'En samordnare kontrollerar att företaget är ett arbetsintegrerande socialt företag. Du får besked per e-post.',
      'När företaget är godkänt syns profilen i registret.',
    ],
    noMail: 'Har du inte fått något? Titta i skräpposten, eller be om en ny länk.',
    newLink: 'Be om en ny länk',
  },
  mail: {
    confirmSubject: 'Bekräfta din e-postadress – ASF-plattformen',
    confirmText: (name: string, enterprise: string, link: string) =>
      `Hej ${name}!\n\nDu har registrerat ${enterprise} på ASF-plattformen.\n\nBekräfta din e-postadress genom att öppna länken och klicka på knappen på sidan (länken gäller i 48 timmar och fungerar en gång):\n${link}\n\nDärefter fyller du i uppgifterna om företaget och skickar in dem för granskning.\n\nHar du inte registrerat något kan du strunta i det här meddelandet.\n`,
    resendSubject: 'Ny länk för att bekräfta din e-postadress – ASF-plattformen',
    resendText: (link: string) =>
      `Hej!\n\nHär är en ny länk för att bekräfta din e-postadress på ASF-plattformen (den gäller i 48 timmar och fungerar en gång):\n${link}\n\nOm du inte bad om en ny länk kan du strunta i det här meddelandet.\n`,
  },
  confirm: {
    title: 'Bekräfta din e-postadress',
    intro: (email: string) =>
      `Klicka på knappen för att bekräfta att ${email} är din adress. Sedan loggas du in och kan fylla i uppgifterna om företaget.`,
    button: 'Bekräfta min e-postadress',
    notYou: 'Har du inte registrerat något? Då behöver du inte göra något.',
    home: 'Till startsidan',
    problemTitle: 'Länken fungerar inte',
    unknown:
      'Vi känner inte igen länken. Kontrollera att hela länken kom med när du klickade eller kopierade den. Du kan också be om en ny länk.',
    used: 'Länken är redan använd, så din e-postadress är redan bekräftad. Logga in för att fortsätta.',
    expired: 'Länken har gått ut (den gällde i 48 timmar). Skriv din e-postadress så skickar vi en ny länk.',
    signIn: 'Logga in',
    newLink: 'Be om en ny länk',
  },
  newLink: {
    title: 'Ny länk för att bekräfta e-postadressen',
    intro: 'Skriv den e-postadress du registrerade dig med så skickar vi en ny länk. Den gäller i 48 timmar.',
    email: 'Din e-postadress',
    submit: 'Skicka en ny länk',
    sentTitle: 'Kolla din e-post',
    sent: 'Om adressen hör till ett konto som väntar på bekräftelse har vi skickat en ny länk. Den gäller i 48 timmar. Titta i skräpposten om du inte hittar den.',
    signIn: 'Logga in',
  },
};
