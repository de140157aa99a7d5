import { formatInteger, formatPercent } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { confirmationSv } from './confirmation.sv.js';

export const confirmationEn: Catalogue<typeof confirmationSv> = {
  mail: {
    noticeSubject: (name: string) => `Are the details of ${name} still right? – ASF platform`,
    lapsedSubject: (name: string) => `Confirm the details of ${name} – the profile is now shown as not confirmed`,
    reminderSubject: (name: string) => `Reminder: confirm the details of ${name}`,
    greeting: 'Hello,',
    noticeIntro: (name: string, orgnr: string, reference: string, due: string) =>
      `${name} (${orgnr}) is listed in the ASF platform's register of work-integrating social enterprises. The details were last confirmed on ${reference}. Once a year we ask you to look at them, so that buyers and coordinators can trust the register. Please confirm by ${due}.`,
    lapsedIntro: (name: string, orgnr: string, reference: string) =>
      `A year has passed since the details of ${name} (${orgnr}) in the ASF platform's register were confirmed (${reference}). The profile stays in the register but is now shown as "not confirmed" until you confirm or update the details.`,
    reminderIntro: (name: string, orgnr: string, reference: string) =>
      `We have not yet had a confirmation of the details of ${name} (${orgnr}) in the ASF platform's register. They were last confirmed on ${reference}, and the profile is shown as not confirmed.`,
    confirmStep: (expires: string) =>
      `If everything is right: open the link and press the button "Yes, the details are right". You do not need to sign in. The link works until ${expires}.`,
    editStep: 'If something has changed: sign in and update the details here:',
    why: "You receive this message because the address belongs to the enterprise's account or is its contact address in the register.",
    signature: 'Kind regards\nThe ASF platform',
  },
  page: {
    title: 'Are the details right?',
    intro: (name: string) =>
      `This is how ${name} is listed in the register right now. Read the details through. If everything is right, press the button at the bottom. You do not need to sign in.`,
    lastConfirmed: (date: string) => `The details were last confirmed on ${date}.`,
    due: (date: string) => `Please confirm by ${date}.`,
    overdue: (date: string) =>
      `The details have not been confirmed since ${date}. The profile is shown as not confirmed.`,
    factsHeading: 'Details in the register',
    confirmHeading: 'Confirm',
    confirmButton: 'Yes, the details are right',
    changed: 'Something has changed – sign in and update',
    fullProfile: 'See the full profile',
    name: 'Name',
    orgnr: 'Organisation number',
    legalForm: 'Legal form',
    address: 'Visiting address',
    website: 'Website',
    email: 'E-mail',
    phone: 'Phone',
    offerings: 'Services',
    areas: 'Delivers in',
    employees: 'Employees',
    employeesValue: (total: number, target: number) =>
      `${formatInteger(total)}, of whom ${formatInteger(target)} from the target group`,
    certifications: 'Certifications',
    certificationValue: (name: string, until: string | null) => (until ? `${name} (valid until ${until})` : name),
    training: 'Work-training places',
    trainingValue: (capacity: number, free: number) => `${formatInteger(capacity)} places, ${formatInteger(free)} free`,
    none: 'None given',
    wholeCounty: (name: string) => `All of ${name}`,
  },
  thanks: {
    title: 'Thank you! The details are confirmed',
    text: (name: string, until: string) =>
      `The details of ${name} are confirmed and valid until ${until}. We will send a reminder before then.`,
    toProfile: 'See the profile in the register',
    toStart: 'To the start page',
  },
  problem: {
    invalidTitle: 'The link does not work',
    invalid:
      'The link is incomplete or has been changed. E-mail programs sometimes cut long links: copy the whole link from the message and paste it into the browser.',
    expiredTitle: 'The link has expired',
    expired: 'The link in the e-mail was valid for 60 days and has expired.',
    staleTitle: 'The details are already confirmed',
    stale: (name: string, date: string, until: string) =>
      `The details of ${name} were confirmed or verified on ${date}, after the link was sent, and are valid until ${until}. You need not do anything more. The link in the older message is no longer used.`,
    unavailableTitle: 'The enterprise cannot be confirmed',
    unavailable:
      'The enterprise is not published in the register right now, so there is nothing to confirm. Sign in to see where the enterprise stands.',
    whatToDo:
      'Sign in and confirm the details there. If you have forgotten the password you can choose a new one on the sign-in page.',
    signIn: 'Sign in and confirm',
    toDirectory: 'To the register',
  },
  editor: {
    title: 'Confirm that the details are right',
    intro:
      'Once a year you confirm that the details of the enterprise are right. Read them through. If something is wrong, change it first.',
    confirmButton: 'Confirm that the details are right',
    done: (until: string) => `Thank you! The details are confirmed and valid until ${until}.`,
    notPublic:
      'The enterprise is not published yet. The details are confirmed when a coordinator has checked them, so there is nothing to do here now.',
    noEnterprise: 'Your account does not belong to an enterprise.',
    edit: 'Change the details',
    back: 'Back to My enterprise',
  },
  stale: {
    title: 'Profiles that need confirming',
    lead: 'Enterprises whose details have not been confirmed for a year, and enterprises due to confirm within a month. They get an e-mail with a link when eleven months have passed and reminders every fourteen days after that; each such message counts here as a reminder. Demo enterprises are left out.',
    figuresHeading: 'Overview',
    confirmedLastYear: 'Confirmed in the last 12 months',
    due: 'Due within a month',
    overdue: 'Not confirmed in time',
    onTimeShare: 'Share confirmed on time',
    onTimeValue: (share: number | null, onTime: number, total: number) =>
      share === null
        ? 'No confirmations yet'
        : `${formatPercent(share)} (${formatInteger(onTime)} of ${formatInteger(total)})`,
    listHeading: 'List',
    caption: (page: number, pageCount: number) =>
      pageCount > 1 ? `Profiles that need confirming, page ${page} of ${pageCount}` : 'Profiles that need confirming',
    count: (n: number) => (n === 1 ? '1 profile' : `${formatInteger(n)} profiles`),
    empty: 'All profiles are confirmed and none is due within the coming month. There is nothing to do here right now.',
    columns: {
      orgnr: 'Org. no.',
      name: 'Enterprise',
      status: 'State',
      reference: 'Last verified or confirmed',
      due: 'Confirm by',
      reminders: 'Reminders sent',
      lastReminder: 'Last reminder',
    },
    statusOverdue: 'Not confirmed',
    statusDue: 'Due soon',
    never: 'None yet',
    invalidPage: 'The page number must be a whole number from 1.',
    back: 'Back to coordination',
  },
};
