/** Texts of sign-in, passwords, invitations and user administration (Swedish, the source). */
export const authSv = {
  signIn: {
    title: 'Logga in',
    intro: 'Logga in för att uppdatera ert företag, granska företag eller administrera plattformen.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    forgot: 'Glömt lösenordet?',
    register: 'Är ni ett arbetsintegrerande socialt företag som inte finns här? Registrera företaget.',
    wrong: 'Fel e-postadress eller lösenord.',
    tooMany: (minutes: number) =>
      `För många misslyckade försök. Vänta ${minutes} ${minutes === 1 ? 'minut' : 'minuter'} och försök igen, eller välj ett nytt lösenord.`,
    signedOut: 'Du är utloggad.',
  },
  reset: {
    title: 'Glömt lösenordet',
    intro: 'Skriv din e-postadress så skickar vi en länk där du väljer ett nytt lösenord. Länken gäller i en timme.',
    submit: 'Skicka länk',
    sentTitle: 'Kolla din e-post',
    sent: 'Om adressen finns hos oss har vi skickat en länk. Den gäller i en timme. Kolla skräpposten om du inte hittar den.',
    choose: 'Välj ett nytt lösenord',
    mailSubject: 'Välj ett nytt lösenord – ASF-plattformen',
    mailText: (link: string) =>
      `Hej!\n\nNågon (förhoppningsvis du) bad om ett nytt lösenord till ASF-plattformen.\n\nVälj ett nytt lösenord här (länken gäller i en timme och fungerar en gång):\n${link}\n\nOm det inte var du kan du strunta i det här meddelandet. Ditt lösenord är oförändrat.\n`,
  },
  password: {
    password: 'Nytt lösenord',
    passwordHint: 'Minst 10 tecken. Ett par vanliga ord med mellanslag blir ett bra lösenord.',
    password2: 'Skriv lösenordet en gång till',
    submit: 'Spara lösenordet',
  },
  invite: {
    title: 'Välkommen till ASF-plattformen',
    intro: (email: string, role: string) =>
      `Du är inbjuden som ${role.toLowerCase()} med adressen ${email}. Välj ditt namn och ett lösenord.`,
    name: 'Ditt namn',
    submit: 'Skapa kontot',
  },
  firstAdmin: {
    title: 'Skapa den första administratören',
    intro:
      'Plattformen har ingen administratör än. Den som skapar kontot här kan sedan bjuda in samordnare och andra användare.',
    email: 'E-postadress',
    name: 'Ditt namn',
    submit: 'Skapa administratören',
    emailTaken: 'Det finns redan ett konto med den adressen.',
  },
  link: {
    title: 'Länken fungerar inte',
    newReset: 'Be om en ny länk',
    unknown: 'Länken fungerar inte. Kontrollera att hela länken kom med, eller be om en ny.',
    used: 'Länken är redan använd. Logga in, eller be om en ny länk om du inte kommer in.',
    expired: 'Länken har gått ut. Be om en ny länk.',
  },
  access: {
    signInNeeded: 'Du behöver logga in för att göra det här.',
    forbidden: 'Du har inte behörighet till den här sidan.',
  },
  users: {
    emailTaken: 'Det finns redan ett konto med den e-postadressen.',
    notFound: 'Användaren finns inte.',
    lastAdmin: 'Det måste finnas minst en aktiv administratör.',
    notYourself: 'Du kan inte spärra ditt eget konto.',
    editorNeedsEnterprise: 'En företagsredaktör måste höra till ett företag. Välj företaget.',
    buyerNeedsOrganisation: 'En inköpare måste höra till en organisation. Välj organisationen.',
    inviteSubject: 'Du är inbjuden till ASF-plattformen',
    inviteText: (role: string, link: string, days: number) =>
      `Hej!\n\nDu har fått ett konto på ASF-plattformen som ${role.toLowerCase()}.\n\nVälj ditt lösenord här (länken gäller i ${days} dagar och fungerar en gång):\n${link}\n\nHar du frågor, svara på det här meddelandet eller kontakta den som bjöd in dig.\n`,
  },
  roleNames: {
    enterprise_editor: 'Företagsredaktör',
    buyer: 'Inköpare',
    coordinator: 'Samordnare',
    admin: 'Administratör',
  },
  /** The account forms' messages (sign-in, passwords, invitations, the first administrator). */
  form: {
    email: 'Skriv din e-postadress.',
    emailLong: 'E-postadressen är för lång.',
    emailFormat: 'Skriv e-postadressen som namn@exempel.se.',
    password: 'Skriv ditt lösenord.',
    choosePassword: 'Välj ett lösenord.',
    passwordShort: (min: number) => `Lösenordet måste ha minst ${min} tecken.`,
    passwordLong: 'Lösenordet får ha högst 200 tecken.',
    password2: 'Skriv lösenordet en gång till.',
    passwordsDiffer: 'Lösenorden är inte lika.',
    name: 'Skriv ditt namn.',
    nameLong: 'Namnet får ha högst 120 tecken.',
    role: 'Välj en roll.',
  },
};
