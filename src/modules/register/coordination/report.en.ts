import { formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { reportSv } from './report.sv.js';

export const reportEn: Catalogue<typeof reportSv> = {
  form: {
    title: (name: string) => `Report incorrect information about ${name}`,
    lead: 'Write what is wrong in the profile. The coordinators of the region get your message and check the information with the enterprise.',
    topic: 'What is it about?',
    topics: {
      contact: 'Contact details (e-mail, phone, website)',
      address: 'Address or municipality',
      services: 'Services or CPV codes',
      areas: 'Where the enterprise delivers',
      employees: 'Number of employees or the target-group share',
      certification: 'Certification',
      training: 'Work-training places',
      criteria: 'The enterprise does not meet the criteria for a work-integrating social enterprise',
      closed: 'The enterprise no longer exists',
      other: 'Something else',
    },
    message: 'What is wrong, and what is right?',
    messageHint:
      'Write no personal data about anyone else, such as names of participants or personal identity numbers. At least 10 and at most 2,000 characters.',
    email: 'Your e-mail address (optional)',
    emailHint:
      'Fill in if you want an answer. The address is used only to answer you and is removed when the coordinator has dealt with the report.',
    submit: 'Send to the coordinators',
    back: (name: string) => `Back to ${name}`,
  },
  errors: {
    topic: 'Choose what it is about.',
    messageMissing: 'Write what is wrong.',
    messageShort:
      'Write a little more about what is wrong, at least 10 characters, so that the coordinator can check it.',
    messageLong: 'The message may be at most 2,000 characters.',
    personalNumber:
      'The message seems to contain a personal identity number. Remove it: the platform keeps no personal data about participants or other persons.',
    email: 'Write an e-mail address such as name@example.com, or leave the field empty.',
  },
  thanks: {
    title: 'Thank you, the coordinators have your message',
    text: 'They check the information with the enterprise, which corrects the profile if something is wrong.',
    withEmail: 'The coordinator can answer you at the e-mail address you gave.',
    back: (name: string) => `Back to ${name}`,
    search: 'Find more enterprises',
  },
  list: {
    title: 'Reported errors',
    lead: 'Readers of the register have said that something in a profile is wrong. Check the information with the enterprise and ask them to correct it under My enterprise; if the enterprise no longer exists you can archive it. Answer the sender before you mark the report as dealt with, as the address is then removed.',
    none: 'No reports are waiting.',
    caption: 'Reports waiting, oldest first',
    received: 'Received',
    enterprise: 'Enterprise',
    topic: 'About',
    message: 'Message',
    reporter: "Sender's e-mail",
    noReporter: 'none given',
    close: 'Mark as dealt with',
    closed: "The report is marked as dealt with. The sender's e-mail address is removed.",
    gone: 'The report does not exist, or has already been dealt with.',
    recent: 'Recently dealt with',
    closedBy: (who: string, at: string) => `Dealt with ${at} by ${who}`,
    back: 'Back to coordination',
  },
  dashboard: {
    title: 'Reported errors',
    text: (n: number) =>
      n === 0
        ? 'No reports of incorrect information are waiting.'
        : n === 1
          ? '1 report of incorrect information is waiting.'
          : `${formatInteger(n)} reports of incorrect information are waiting.`,
    link: 'See the reports',
  },
  notice: {
    subject: (name: string) => `Incorrect information reported about ${name}`,
    text: (name: string, topic: string, message: string, listUrl: string, settingsUrl: string) =>
      [
        'Hello!',
        '',
        `A reader of the register has reported incorrect information about ${name}.`,
        `About: ${topic}`,
        '',
        message,
        '',
        `See the report and mark it as dealt with here: ${listUrl}`,
        '',
        `You get this e-mail because you chose to hear at once. Change that here: ${settingsUrl}`,
      ].join('\n'),
  },
};
