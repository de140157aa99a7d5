/** Texts of the user's own account and the privacy page (Swedish, the source). */
export const accountSv = {
  account: {
    title: 'Mitt konto',
    facts: 'Dina uppgifter',
    email: 'E-postadress',
    name: 'Namn',
    role: 'Roll',
    belongsTo: 'Hör till',
    created: 'Kontot skapades',
    lastSignIn: 'Senaste inloggning',
    noName: 'Inget namn angivet',
    nothing: 'Ingen organisation eller inget företag',
    never: 'Aldrig',
    emailHint: 'Vill du byta e-postadress? Be en administratör om hjälp.',
    changeName: 'Ändra namn',
    newName: 'Namn',
    saveName: 'Spara namnet',
    changePassword: 'Byt lösenord',
    changePasswordText: 'När du byter lösenord loggas du ut överallt utom här.',
    current: 'Nuvarande lösenord',
    savePassword: 'Byt lösenord',
    download: 'Hämta dina uppgifter',
    downloadText:
      'Hämta allt vi sparar om dig som en JSON-fil: kontot, händelser i loggen, inloggningar och ändringar du gjort i registret.',
    downloadLink: 'Hämta mina uppgifter (JSON)',
    delete: 'Radera kontot',
    deleteText:
      'Kontot och dina inloggningar raderas. I händelseloggen och i företagens ändringshistorik står det sedan "Raderad användare" i stället för ditt namn och din e-postadress. Det går inte att ångra.',
    confirm: 'Ja, radera mitt konto och mina uppgifter',
    deletePassword: 'Ditt lösenord',
    deleteButton: 'Radera kontot',
    privacy: 'Läs mer om vilka uppgifter vi sparar och varför',
    done: {
      name: 'Namnet är sparat.',
      password: 'Lösenordet är bytt. Du är utloggad på alla andra enheter.',
    },
  },
  deleted: {
    title: 'Kontot är raderat',
    text: 'Ditt konto och dina inloggningar är raderade, och du är utloggad. I händelseloggen och i ändringshistoriken står det nu "Raderad användare".',
    start: 'Till startsidan',
  },
  errors: {
    name: 'Skriv ditt namn.',
    nameLong: 'Namnet får ha högst 120 tecken.',
    current: 'Skriv ditt nuvarande lösenord.',
    wrongPassword: 'Lösenordet stämmer inte.',
    confirm: 'Kryssa i rutan för att bekräfta att du vill radera kontot.',
    lastAdmin: 'Du är den enda administratören och kan inte radera ditt konto. Bjud in en annan administratör först.',
    samePassword: 'Välj ett annat lösenord än det du har nu.',
    newPassword: 'Välj ett nytt lösenord.',
    newPassword2: 'Skriv det nya lösenordet en gång till.',
  },
  anonymised: 'Raderad användare',
  privacy: {
    title: 'Personuppgifter och integritet',
    lead: 'Här står vilka personuppgifter ASF-plattformen sparar, varför, hur länge, vem som ser dem och hur du hämtar eller raderar dina egna.',
    whatTitle: 'Vilka uppgifter vi sparar',
    whatIntro:
      'Plattformen är ett register över företag. De enda personuppgifter den sparar gäller kontaktpersoner som har ett konto: företagens egna redaktörer, inköpare, samordnare och administratörer.',
    what: [
      'Ditt konto: e-postadress, namn, roll, vilken organisation eller vilket företag du hör till, när kontot skapades och när du senast loggade in. Lösenordet sparas bara som ett hashvärde (argon2id) som inte går att räkna tillbaka.',
      'Inloggningsförsök: e-postadress, IP-adress, tid och om försöket lyckades. De behövs för att stoppa den som försöker gissa lösenord.',
      'Händelseloggen: vem som gjorde vad och när, till exempel inloggningar, misslyckade inloggningar, ändrade roller, exporter och importer, med den IP-adress som händelsen kom från.',
      'Ändringshistorik för företag: vem som ändrade ett företags uppgifter och när.',
      'E-post som plattformen skickar till dig, med adress, ämne och text, i en utkorg som administratörer kan läsa.',
      'Filer som en samordnare laddar upp för import. De innehåller uppgifter om företag.',
      'Två kakor (cookies): en som håller dig inloggad och en som skyddar formulären. Vi sparar bara ett hashvärde av inloggningskakan. Det finns inga spårningskakor och ingen besöksstatistik från andra företag.',
    ],
    never:
      'Vi sparar aldrig uppgifter om deltagare i arbetsträning eller om anställda ur målgruppen, bara antal. Företagens kontaktuppgifter i registret gäller företaget; använd gärna en funktionsadress som info@ i stället för en personlig.',
    visitors:
      'Besöker du plattformen utan att logga in sparar vi ingenting om dig. Laddar du ner registret loggas nedladdningen utan din IP-adress. Rapporterar du en felaktig uppgift om ett företag sparas ditt meddelande, och din e-postadress om du anger den, så att samordnaren kan svara; händelseloggen noterar rapporten utan din IP-adress.',
    whyTitle: 'Varför vi sparar dem',
    why: [
      'Registret finns för att offentliga inköpare och andra ska hitta arbetsintegrerande sociala företag. Det är en uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen), och kontaktpersonernas konton behövs för att företagen själva ska kunna hålla uppgifterna aktuella.',
      'När du själv skapar ett konto eller tar emot en inbjudan behandlar vi uppgifterna för att ge dig den tjänst du bett om (artikel 6.1 b).',
      'Inloggningsförsök och händelseloggen finns för att skydda tjänsten mot intrång och för att kunna utreda vad som hänt.',
      'Den organisation som driver plattformen är personuppgiftsansvarig och anger den rättsliga grunden i sin egen förteckning över behandlingar.',
    ],
    howLongTitle: 'Hur länge vi sparar dem',
    howLong: {
      account: 'Kontot: så länge du har det. Du kan radera det själv när du vill.',
      sessions: 'Inloggningen: slutar efter 8 timmar utan aktivitet och tas bort natten efter.',
      attempts: (days: number) => `Inloggningsförsök: ${days} dagar.`,
      rateLimits: (days: number) =>
        `IP-adress och e-postadress när någon använder ett formulär som skickar e-post (registrering, ny länk, nytt lösenord), för att stoppa den som försöker skicka mängder av e-post: ${days} dygn.`,
      links: (days: number) => `Länkar som skickats med e-post: ${days} dagar efter att de slutat gälla.`,
      audit: (months: number) => `Händelseloggen: ${months} månader.`,
      mail: (days: number) => `E-post i utkorgen: ${days} dagar.`,
      history:
        'Ändringshistoriken för företag: så länge företaget finns i registret, eftersom registret aldrig raderar historik. Raderar du ditt konto står det "Raderad användare" i stället för ditt namn.',
      // 7 days: UPLOAD_KEEP_DAYS in the register's import.upload.service.ts.
      uploads:
        'Uppladdade importfiler: innehållet tas bort så snart filen är inläst. Bara filens namn, vem som laddade upp den och när finns kvar, som en anteckning om importen. En fil som aldrig läses in tas bort helt efter 7 dagar, i samband med att nästa fil laddas upp.',
      reports:
        'Rapporter om felaktiga uppgifter: e-postadressen tas bort när samordnaren markerar rapporten som åtgärdad, och senast efter 12 månader. Själva rapporten tas bort 24 månader efter att den åtgärdats.',
      purge: 'Det som har gått ut rensas bort varje natt.',
    },
    whoTitle: 'Vem som ser uppgifterna',
    who: [
      'Administratörer ser användarlistan, händelseloggen och utkorgen för e-post.',
      'Samordnare som själva valt det syns med namn, e-postadress och de uppgifter de fyllt i på den offentliga sidan Samordnare i regionen, tills de väljer bort det eller raderar sitt konto.',
      'Samordnare ser vem som har ändrat ett företags uppgifter.',
      'Inköpare och allmänheten ser bara de uppgifter om företag som är publicerade, aldrig uppgifter om användare.',
      'Vi säljer inte uppgifterna och lämnar inte ut dem till någon annan. E-post skickas genom den e-postserver som plattformen är inställd att använda.',
    ],
    rightsTitle: 'Hämta, rätta och radera dina uppgifter',
    rights: [
      'På sidan Mitt konto kan du ändra ditt namn, hämta allt vi sparar om dig som en fil och radera ditt konto.',
      'Du har också rätt att begära att behandlingen begränsas och att invända mot den. Tycker du att vi hanterar dina uppgifter fel kan du klaga hos Integritetsskyddsmyndigheten (IMY), imy.se.',
    ],
    accountLink: 'Till Mitt konto',
    signInLink: 'Logga in för att se ditt konto',
    contactTitle: 'Kontakt',
    contactIntro:
      'Den organisation som driver plattformen är personuppgiftsansvarig. Kontakta den med frågor om personuppgifter eller om du vill använda dina rättigheter.',
    contactIs: 'Kontakt för frågor om personuppgifter:',
    contactMissing:
      'Plattformen har ännu inte angett någon särskild kontakt för personuppgifter. Kontakta den organisation som driver plattformen, till exempel via dess webbplats eller växel.',
    contactAccount: 'Har du ett konto kan du också fråga en administratör.',
    contactAdminHint:
      'Till dig som är administratör: ange kontakten i inställningen PRIVACY_CONTACT, till exempel dataskydd@kommun.se, så visas den här.',
  },
};
