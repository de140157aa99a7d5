import type { Catalogue } from '../i18n/types.js';
import type { authSv } from './auth.sv.js';

export const authEn: Catalogue<typeof authSv> = {
  signIn: {
    title: 'Sign in',
    intro: 'Sign in to update your enterprise, verify enterprises or administer the platform.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    register: 'A work-integrating social enterprise that is not listed here? Register the enterprise.',
    wrong: 'Wrong e-mail address or password.',
    tooMany: (minutes: number) =>
      `Too many failed attempts. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again, or choose a new password.`,
    signedOut: 'You are signed out.',
  },
  reset: {
    title: 'Forgot your password',
    intro:
      'Enter your e-mail address and we will send a link where you choose a new password. The link is valid for one hour.',
    submit: 'Send link',
    sentTitle: 'Check your e-mail',
    sent: 'If we know the address, we have sent a link. It is valid for one hour. Check your spam folder if you cannot find it.',
    choose: 'Choose a new password',
    mailSubject: 'Choose a new password – ASF-plattformen',
    mailText: (link: string) =>
      `Hello!\n\nSomeone (hopefully you) asked for a new password for ASF-plattformen.\n\nChoose a new password here (valid for one hour, works once):\n${link}\n\nIf it was not you, ignore this message. Your password has not changed.\n`,
  },
  password: {
    password: 'New password',
    passwordHint: 'At least 10 characters. A few common words with spaces make a good password.',
    password2: 'Type the password again',
    submit: 'Save the password',
  },
  invite: {
    title: 'Welcome to ASF-plattformen',
    intro: (email: string, role: string) =>
      `You are invited as ${role.toLowerCase()} with the address ${email}. Choose your name and a password.`,
    name: 'Your name',
    submit: 'Create the account',
  },
  firstAdmin: {
    title: 'Create the first administrator',
    intro:
      'The platform has no administrator yet. Whoever creates the account here can then invite coordinators and other users.',
    email: 'E-mail address',
    name: 'Your name',
    submit: 'Create the administrator',
    emailTaken: 'There is already an account with that address.',
  },
  link: {
    title: 'The link does not work',
    newReset: 'Ask for a new link',
    unknown: 'The link does not work. Check that the whole link came along, or ask for a new one.',
    used: 'The link has already been used. Sign in, or ask for a new link if you cannot get in.',
    expired: 'The link has expired. Ask for a new link.',
  },
  access: {
    signInNeeded: 'You need to sign in to do this.',
    forbidden: 'You do not have access to this page.',
  },
  users: {
    emailTaken: 'There is already an account with that e-mail address.',
    notFound: 'The user does not exist.',
    lastAdmin: 'There must be at least one active administrator.',
    notYourself: 'You cannot disable your own account.',
    editorNeedsEnterprise: 'An enterprise editor must belong to an enterprise. Choose the enterprise.',
    buyerNeedsOrganisation: 'A buyer must belong to an organisation. Choose the organisation.',
    inviteSubject: 'You are invited to ASF-plattformen',
    inviteText: (role: string, link: string, days: number) =>
      `Hello!\n\nYou have an account on ASF-plattformen as ${role.toLowerCase()}.\n\nChoose your password here (valid for ${days} days, works once):\n${link}\n\nQuestions? Reply to this message or contact whoever invited you.\n`,
  },
  roleNames: {
    enterprise_editor: 'Enterprise editor',
    buyer: 'Buyer',
    coordinator: 'Coordinator',
    admin: 'Administrator',
  },
  form: {
    email: 'Write your e-mail address.',
    emailLong: 'The e-mail address is too long.',
    emailFormat: 'Write the e-mail address as name@example.se.',
    password: 'Write your password.',
    choosePassword: 'Choose a password.',
    passwordShort: (min: number) => `The password must have at least ${min} characters.`,
    passwordLong: 'The password may have at most 200 characters.',
    password2: 'Write the password once more.',
    passwordsDiffer: 'The passwords are not the same.',
    name: 'Write your name.',
    nameLong: 'The name may be at most 120 characters.',
    role: 'Choose a role.',
  },
};
