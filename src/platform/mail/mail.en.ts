import { formatInteger } from '../i18n/format.js';
import type { Catalogue } from '../i18n/types.js';
import type { mailSv } from './mail.sv.js';

export const mailEn: Catalogue<typeof mailSv> = {
  outbox: {
    title: 'Outbox',
    heading: 'E-mail outbox',
    lead: 'Every e-mail the platform has sent or is about to send, newest first.',
    noSmtp:
      'No mail server is set (SMTP_URL). Messages are not sent but kept here, so that you can read them and pass a link on by hand.',
    count: (n: number) => (n === 1 ? '1 message' : `${formatInteger(n)} messages`),
    caption: (page: number, pageCount: number) =>
      pageCount > 1 ? `E-mail messages, page ${page} of ${pageCount}` : 'E-mail messages',
    empty:
      'The outbox is empty. E-mail the platform sends, such as invitations and password reset links, ends up here.',
    columns: {
      created: 'Time',
      to: 'To',
      subject: 'Subject',
      status: 'Status',
    },
    invalidPage: 'The page number must be a whole number from 1.',
    noSubject: '(no subject)',
  },
  message: {
    title: (id: number) => `Message ${id}`,
    backToOutbox: 'Back to the outbox',
    detailsHeading: 'Details',
    bodyHeading: 'Text',
    created: 'Created',
    from: 'From',
    to: 'To',
    subject: 'Subject',
    status: 'Status',
    sentAt: 'Sent',
    lastError: 'Latest error',
    notFound: 'The message does not exist',
    notFoundText: 'There is no message with that number in the outbox.',
  },
  status: {
    pending: 'Waiting to be sent',
    sent: 'Sent',
    kept: 'Kept here (not sent)',
    failed: 'Could not be sent',
  },
};
