import type { Catalogue } from '../../../platform/i18n/types.js';
import type { registrationSv } from './registration.sv.js';

export const registrationEn: Catalogue<typeof registrationSv> = {
  form: {
    title: 'Register your enterprise',
    intro:
      'This is where a work-integrating social enterprise (WISE) registers itself. It takes a few minutes. You then fill in the facts about the enterprise in five steps and send them in. A coordinator checks them before the profile becomes public.',
    who: 'Only the coordinators see the facts about you as contact person (name and e-mail address). They are not shown on the enterprise profile.',
    enterpriseLegend: 'The enterprise',
    orgnr: 'Organisation number',
    orgnrHint: 'Ten digits, for example 556677-8899. It is on the registration certificate from Bolagsverket.',
    name: 'Name of the enterprise',
    contactLegend: 'You as contact person',
    contactName: 'Your name',
    email: 'Your e-mail address',
    emailHint: 'We send a link here that you click to confirm the address. It also becomes your user name.',
    password: 'Choose a password',
    passwordHint: 'At least 10 characters. With the password you can sign in and continue later.',
    password2: 'Type the password again',
    passwordsDiffer: 'The passwords are not the same.',
    submit: 'Register the enterprise',
    nameRequired: 'Type the name of the enterprise.',
    nameTooLong: 'The name may have at most 200 characters.',
    orgnrRequired: 'Type the organisation number.',
    signedInEditor: 'You are already signed in as the editor of an enterprise.',
    goToMine: 'Go to My enterprise',
    haveAccount: 'Already registered?',
  },
  taken: {
    orgnr: (orgnr: string) => `The enterprise with organisation number ${orgnr} is already in the register.`,
    orgnrTitle: 'The enterprise is already in the register',
    orgnrText:
      'An enterprise can only be registered once, and we never attach a new account to an enterprise that already exists. This is how you get access:',
    orgnrHasAccount: 'Do you already have an account for the enterprise? Sign in.',
    orgnrForgot: 'Forgotten your password? Choose a new password.',
    orgnrNoAccount:
      'No account? Contact the coordinator for social enterprises in your municipality or your coordination association. The coordinator can invite you as editor of the enterprise.',
    email: 'There is already an account with that e-mail address.',
    emailTitle: 'You already have an account',
    emailText:
      'An account belongs to one enterprise. Sign in with the address, or choose a new password if you have forgotten it.',
    signIn: 'Sign in',
    forgot: 'Choose a new password',
  },
  sent: {
    title: 'Check your e-mail',
    text: (email: string) => `We have sent a link to ${email}. Click the link to confirm that the address is yours.`,
    validity:
      'The link is valid for 48 hours and works once. It opens a page where you confirm the address with a button, and then you are signed in.',
    whyConfirm:
      'We need to know that the address works, since that is where the coordinator writes and where the reminders to keep the facts current go.',
    nextHeading: 'What happens next',
    next: [
      'Open the link in the e-mail and click Confirm my e-mail address. The address is then confirmed and you are signed in.',
      'Fill in the facts about the enterprise in five steps. You can save and continue later.',
      'Send the facts in for verification.',
      'A coordinator checks that the enterprise is a work-integrating social enterprise. You get the answer by e-mail.',
      'When the enterprise is approved, its profile is shown in the register.',
    ],
    noMail: 'Nothing arrived? Look in the spam folder, or ask for a new link.',
    newLink: 'Ask for a new link',
  },
  mail: {
    confirmSubject: 'Confirm your e-mail address – ASF-plattformen',
    confirmText: (name: string, enterprise: string, link: string) =>
      `Hello ${name}!\n\nYou have registered ${enterprise} on ASF-plattformen.\n\nConfirm your e-mail address by opening the link and clicking the button on the page (the link is valid for 48 hours and works once):\n${link}\n\nThen fill in the facts about the enterprise and send them in for verification.\n\nIf you have not registered anything, you can ignore this message.\n`,
    resendSubject: 'New link to confirm your e-mail address – ASF-plattformen',
    resendText: (link: string) =>
      `Hello!\n\nHere is a new link to confirm your e-mail address on ASF-plattformen (valid for 48 hours, works once):\n${link}\n\nIf you did not ask for a new link, you can ignore this message.\n`,
  },
  confirm: {
    title: 'Confirm your e-mail address',
    intro: (email: string) =>
      `Click the button to confirm that ${email} is your address. Then you are signed in and can fill in the facts about the enterprise.`,
    button: 'Confirm my e-mail address',
    notYou: 'Have you not registered anything? Then there is nothing you need to do.',
    home: 'To the start page',
    problemTitle: 'The link does not work',
    unknown:
      'We do not recognise the link. Check that the whole link came along when you clicked or copied it. You can also ask for a new link.',
    used: 'The link has already been used, so your e-mail address is already confirmed. Sign in to continue.',
    expired: 'The link has expired (it was valid for 48 hours). Type your e-mail address and we will send a new link.',
    signIn: 'Sign in',
    newLink: 'Ask for a new link',
  },
  newLink: {
    title: 'New link to confirm the e-mail address',
    intro: 'Type the e-mail address you registered with and we will send a new link. It is valid for 48 hours.',
    email: 'Your e-mail address',
    submit: 'Send a new link',
    sentTitle: 'Check your e-mail',
    sent: 'If the address belongs to an account waiting for confirmation, we have sent a new link. It is valid for 48 hours. Look in the spam folder if you cannot find it.',
    signIn: 'Sign in',
  },
};
