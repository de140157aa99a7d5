import type { Catalogue } from '../i18n/types.js';
import type { accountSv } from './account.sv.js';

export const accountEn: Catalogue<typeof accountSv> = {
  account: {
    title: 'My account',
    facts: 'Your details',
    email: 'E-mail address',
    name: 'Name',
    role: 'Role',
    belongsTo: 'Belongs to',
    created: 'Account created',
    lastSignIn: 'Last sign-in',
    noName: 'No name given',
    nothing: 'No organisation or enterprise',
    never: 'Never',
    emailHint: 'Want to change your e-mail address? Ask an administrator for help.',
    changeName: 'Change name',
    newName: 'Name',
    saveName: 'Save the name',
    changePassword: 'Change password',
    changePasswordText: 'When you change your password you are signed out everywhere except here.',
    current: 'Current password',
    savePassword: 'Change password',
    download: 'Download your data',
    downloadText:
      'Download everything we keep about you as a JSON file: the account, events in the log, sign-ins and changes you made in the register.',
    downloadLink: 'Download my data (JSON)',
    delete: 'Delete the account',
    deleteText:
      'The account and your sign-ins are deleted. The audit log and the enterprises\' change history then say "Deleted user" instead of your name and e-mail address. This cannot be undone.',
    confirm: 'Yes, delete my account and my data',
    deletePassword: 'Your password',
    deleteButton: 'Delete the account',
    privacy: 'Read more about what we keep and why',
    done: {
      name: 'The name is saved.',
      password: 'The password is changed. You are signed out on all other devices.',
    },
  },
  deleted: {
    title: 'The account is deleted',
    text: 'Your account and your sign-ins are deleted, and you are signed out. The audit log and the change history now say "Deleted user".',
    start: 'To the home page',
  },
  errors: {
    name: 'Write your name.',
    nameLong: 'The name may be at most 120 characters.',
    current: 'Write your current password.',
    wrongPassword: 'The password is not right.',
    confirm: 'Tick the box to confirm that you want to delete the account.',
    lastAdmin: 'You are the only administrator and cannot delete your account. Invite another administrator first.',
    samePassword: 'Choose another password than the one you have.',
    newPassword: 'Choose a new password.',
    newPassword2: 'Write the new password once more.',
  },
  anonymised: 'Deleted user',
  privacy: {
    title: 'Personal data and privacy',
    lead: 'What personal data the ASF platform keeps, why, for how long, who sees it and how you download or delete your own.',
    whatTitle: 'What we keep',
    whatIntro:
      "The platform is a register of enterprises. The only personal data it keeps concerns contact persons with an account: the enterprises' own editors, buyers, coordinators and administrators.",
    what: [
      'Your account: e-mail address, name, role, the organisation or enterprise you belong to, when the account was created and when you last signed in. The password is kept only as a hash (argon2id) that cannot be reversed.',
      'Sign-in attempts: e-mail address, IP address, time and whether the attempt succeeded. They are needed to stop anyone guessing passwords.',
      'The audit log: who did what and when, for example sign-ins, failed sign-ins, changed roles, exports and imports, with the IP address the event came from.',
      "The enterprises' change history: who changed an enterprise's details and when.",
      'E-mail the platform sends you, with address, subject and text, in an outbox administrators can read.',
      'Files a coordinator uploads for import. They hold data about enterprises.',
      'Two cookies: one that keeps you signed in and one that protects the forms. We keep only a hash of the sign-in cookie. There are no tracking cookies and no visitor statistics from other companies.',
    ],
    never:
      'We never keep data about participants in work training or about employees from the target group, only counts. The contact details of enterprises in the register concern the enterprise; preferably use a shared address such as info@ rather than a personal one.',
    visitors:
      'If you visit the platform without signing in we keep nothing about you. If you download the register, the download is logged without your IP address. If you report incorrect information about an enterprise, your message is kept, with your e-mail address if you give one, so that the coordinator can answer; the audit log notes the report without your IP address.',
    whyTitle: 'Why we keep it',
    why: [
      "The register exists so that public buyers and others can find work-integrating social enterprises. That is a task in the public interest (Article 6(1)(e) GDPR), and the contact persons' accounts are needed for the enterprises to keep their details current themselves.",
      'When you create an account yourself or accept an invitation, we process the data to give you the service you asked for (Article 6(1)(b)).',
      'Sign-in attempts and the audit log exist to protect the service against intrusion and to find out what happened.',
      'The organisation running the platform is the controller and states the legal basis in its own record of processing.',
    ],
    howLongTitle: 'How long we keep it',
    howLong: {
      account: 'The account: as long as you have it. You can delete it yourself whenever you want.',
      sessions: 'Sign-ins: end after 8 hours without activity and are removed the night after.',
      attempts: (days: number) => `Sign-in attempts: ${days} days.`,
      rateLimits: (days: number) =>
        `IP address and e-mail address when someone uses a form that sends e-mail (registration, new link, new password), to stop floods of e-mail: ${days} ${days === 1 ? 'day' : 'days'}.`,
      links: (days: number) => `Links sent by e-mail: ${days} days after they stopped working.`,
      audit: (months: number) => `The audit log: ${months} months.`,
      mail: (days: number) => `E-mail in the outbox: ${days} days.`,
      history:
        'The enterprises\' change history: as long as the enterprise is in the register, since the register never deletes history. If you delete your account it says "Deleted user" instead of your name.',
      uploads:
        'Uploaded import files: the contents are removed as soon as the file is imported. Only the file name, who uploaded it and when remain, as a record of the import. A file that is never imported is removed entirely after 7 days, when the next file is uploaded.',
      reports:
        'Reports of incorrect information: the e-mail address is removed when the coordinator marks the report as dealt with, and after 12 months at the latest. The report itself is removed 24 months after it was dealt with.',
      purge: 'What has expired is removed every night.',
    },
    whoTitle: 'Who sees the data',
    who: [
      'Administrators see the list of users, the audit log and the e-mail outbox.',
      'Coordinators who have chosen to are shown with their name, e-mail address and the details they gave on the public page Coordinators in the region, until they opt out or delete their account.',
      "Coordinators see who has changed an enterprise's details.",
      'Buyers and the public see only the published details of enterprises, never data about users.',
      'We do not sell the data or give it to anyone else. E-mail is sent through the mail server the platform is set to use.',
    ],
    rightsTitle: 'Download, correct and delete your data',
    rights: [
      'On the My account page you can change your name, download everything we keep about you as a file and delete your account.',
      'You also have the right to ask for the processing to be restricted and to object to it. If you think we handle your data wrongly you can complain to the Swedish Authority for Privacy Protection (IMY), imy.se.',
    ],
    accountLink: 'To My account',
    signInLink: 'Sign in to see your account',
    contactTitle: 'Contact',
    contactIntro:
      'The organisation running the platform is the controller. Contact it with questions about personal data or to use your rights.',
    contactIs: 'Contact for questions about personal data:',
    contactMissing:
      'The platform has not yet named a contact for personal data. Contact the organisation running the platform, for example through its website or switchboard.',
    contactAccount: 'If you have an account you can also ask an administrator.',
    contactAdminHint:
      'For you as an administrator: set the contact in the PRIVACY_CONTACT setting, for example dataskydd@kommun.se, and it is shown here.',
  },
};
