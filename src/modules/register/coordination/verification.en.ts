import { formatInteger } from '../../../platform/i18n/format.js';
import type { Catalogue } from '../../../platform/i18n/types.js';
import type { verificationSv } from './verification.sv.js';

export const verificationEn: Catalogue<typeof verificationSv> = {
  dashboard: {
    title: 'Coordination',
    lead: 'Here you verify new enterprises, follow changes in the register and keep its facts current.',
    pending: 'Waiting for verification',
    importsText: (n: number) =>
      n === 1 ? '1 imported enterprise is not reviewed.' : `${formatInteger(n)} imported enterprises are not reviewed.`,
    pendingText: (n: number) =>
      n === 0
        ? 'No enterprises are waiting.'
        : n === 1
          ? '1 enterprise is waiting.'
          : `${formatInteger(n)} enterprises are waiting.`,
    pendingLink: 'Go to the verification queue',
    changes: 'Flagged changes',
    changesText: (n: number) =>
      n === 0
        ? 'No flagged changes to review.'
        : n === 1
          ? '1 change to review.'
          : `${formatInteger(n)} changes to review.`,
    changesLink: 'See the changes',
    stale: 'Stale profiles',
    staleText: (n: number) =>
      n === 0
        ? 'Every published profile has been confirmed within the last year.'
        : n === 1
          ? '1 profile has not been confirmed for a year.'
          : `${formatInteger(n)} profiles have not been confirmed for a year.`,
    staleLink: 'See stale profiles',
    import: 'Import',
    importText: 'Load many enterprises at once from a file (CSV or Excel). You first see what would change.',
    importLink: 'Import from a file',
    register: 'The register',
    registerText: (published: number, archived: number) =>
      `${formatInteger(published)} enterprises are shown in the register. ${formatInteger(archived)} are archived.`,
    registerLink: 'Find enterprises in the register',
    findHeading: 'Open an enterprise',
    findLabel: 'Organisation number',
    findHint: 'For example 556677-8899. You see the enterprise whatever its status and can archive it.',
    findButton: 'Open',
    findNotFound: 'There is no enterprise with that organisation number in the register.',
    findMissing: 'Enter an organisation number.',
  },
  queue: {
    title: 'Verification',
    heading: 'Enterprises waiting for verification',
    lead: 'The one that has waited longest comes first. Open an enterprise to check it against the four criteria.',
    caption: (n: number) =>
      n === 1 ? '1 enterprise waiting for verification' : `${formatInteger(n)} enterprises waiting for verification`,
    empty: 'No enterprises are waiting for verification right now.',
    orgnr: 'Org. no.',
    name: 'Name',
    municipality: 'Municipality',
    submitted: 'Submitted',
    waited: 'Waiting for',
    unknown: 'Unknown',
    days: (n: number) => (n === 0 ? 'since today' : n === 1 ? '1 day' : `${formatInteger(n)} days`),
    importsHeading: 'Imported, not reviewed against the criteria',
    importsLead:
      'Enterprises from imported files where nobody attested that the criteria were reviewed. They show publicly marked “Imported – not reviewed against the criteria” until someone reviews them here.',
    importsEmpty: 'All imported enterprises are reviewed.',
    importsCaption: (n: number) =>
      n === 1 ? '1 imported enterprise is not reviewed' : `${formatInteger(n)} imported enterprises are not reviewed`,
    imported: 'Imported',
  },
  enterprise: {
    title: (name: string) => `${name} – coordination`,
    back: 'Back to coordination',
    backToQueue: 'Back to the verification queue',
    status: 'Status',
    verifiedAt: 'Verified',
    verifiedBy: 'Verified by',
    criteria: 'The criteria',
    unreviewed: 'Not reviewed: the enterprise was imported and no coordinator has reviewed it',
    confirmedAt: 'Last confirmed',
    submittedAt: 'Submitted for verification',
    archivedAt: 'Archived',
    archivedReason: 'Reason for archiving',
    publicProfile: 'See the public profile',
    factsHeading: 'Facts',
    contactsHeading: 'Contact persons with an account',
    contactsLead: 'Decisions and messages are e-mailed to these addresses.',
    noContacts: 'No account is linked to the enterprise, so decisions are not e-mailed.',
    decisionsHeading: 'Earlier decisions',
    noDecisions: 'No decisions yet.',
    historyHeading: 'History',
    historyCaption: 'Every change to the enterprise, newest first',
    noHistory: 'No history stored.',
    done: {
      approved: 'The enterprise is approved and published. Its contact persons have been e-mailed.',
      more_information: 'The request for more information has been sent. The enterprise is a draft again.',
      rejected: 'The application is rejected and the decision sent. The enterprise is a draft again.',
      archived: 'The enterprise is archived. It no longer shows in the register, but its history is kept.',
      rapport: "The report is marked as dealt with. The sender's e-mail address is removed.",
    },
  },
  flaggedFacts: {
    legalForm: 'Legal form',
    employees: 'Employees and employees from the target group',
    certifications: 'Certifications',
  },
  facts: {
    orgnr: 'Organisation number',
    name: 'Name',
    legalForm: 'Legal form',
    foundedYear: 'Founded',
    description: 'Description',
    website: 'Website',
    email: 'E-mail',
    phone: 'Phone',
    address: 'Visiting address',
    operatingAreas: 'Where it delivers',
    offerings: 'Services',
    employees: 'Employees',
    targetGroups: 'Target groups',
    certifications: 'Certifications',
    trainingPlaces: 'Work-training places',
    networks: 'Networks and memberships',
    sources: 'Sources',
    none: 'Not given',
    noCertifications: 'No certifications',
    wholeCounty: (name: string) => `all of ${name}`,
    employeesText: (total: string, target: string, share: string, date: string) =>
      `${total} employees, of whom ${target} from the target group (${share}), reported ${date}`,
    certificationText: (name: string, issuer: string | null, validUntil: string | null) =>
      `${name}${issuer ? ` (${issuer})` : ''}${validUntil ? `, valid until ${validUntil}` : ''}`,
    trainingText: (capacity: number, free: number) =>
      `${formatInteger(capacity)} ${capacity === 1 ? 'place' : 'places'}, ${formatInteger(free)} free now`,
  },
  statuses: {
    draft: 'Draft',
    pending: 'Waiting for verification',
    published: 'Published',
    needs_reverification: 'Needs to be confirmed again',
    archived: 'Archived',
  },
  actions: {
    created: 'Created',
    imported: 'Imported from a file',
    updated: 'Facts changed',
    submitted: 'Submitted for verification',
    withdrawn: 'Application withdrawn by the enterprise',
    approved: 'Approved',
    more_information: 'More information requested',
    rejected: 'Rejected',
    archived: 'Archived',
    reverted: 'Change reverted by a coordinator',
    confirmed: 'Facts confirmed',
    needs_reverification: 'Not confirmed for a year: needs confirmation',
  },
  history: {
    when: 'When',
    who: 'Who',
    what: 'What',
    fields: 'Changed facts',
    statusChange: (from: string, to: string) => `Status: ${from} → ${to}`,
    allFacts: 'All facts (first version)',
    flagged: 'flagged',
    reverted: 'reverted later',
  },
  criteria: {
    legend: 'The four criteria for a work-integrating social enterprise',
    lead: 'The Government’s definition from 2010, used by Tillväxtverket. All four must be met before you can approve the enterprise.',
    met: 'Met',
    note: 'Note',
    items: {
      verksamhet: {
        title: 'A business that provides work',
        text: 'The enterprise runs a business, selling goods or services, with the overall aim of giving work and a place in society to people who have great difficulty getting or keeping a job.',
        hint: 'Look for example at the description of the business, the statutes and what the enterprise sells.',
      },
      delaktighet: {
        title: 'The employees take part',
        text: 'The enterprise creates participation for its employees through ownership, agreements or other well-documented means.',
        hint: 'For example membership of the association, employee agreements or minutes of staff meetings.',
      },
      vinster: {
        title: 'Profits stay in the business',
        text: 'The enterprise mainly reinvests its profits in its own business or in similar ones.',
        hint: 'For example statutes, articles with a limit on dividends (svb) or the annual report.',
      },
      fristaende: {
        title: 'Independent of the public sector',
        text: 'The enterprise is organisationally independent of the public sector: not part of a municipality, a region or the state.',
        hint: 'Look at who owns the enterprise and who sits on its board.',
      },
    },
  },
  decision: {
    heading: 'Verify and decide',
    evidence: 'Evidence',
    evidenceHint: 'What you have looked at, for example “statutes dated 2024-03-01, annual report 2025”.',
    message: 'Message to the enterprise',
    messageHint:
      'E-mailed to the enterprise’s contact persons. Required when you ask for more or reject: say what is missing or why.',
    choose: 'Decision',
    approve: 'Approve and publish',
    more: 'Ask for more information',
    reject: 'Reject',
    notPending: (status: string) =>
      `The enterprise is not waiting for verification (status: ${status}). You can only decide on an enterprise that has been submitted for verification.`,
    decisionMissing: 'Choose a decision: approve, ask for more information or reject.',
    criterionMissing: (title: string) =>
      `The criterion “${title}” is not marked as met. All four criteria must be met to approve.`,
    allCriteria: 'All four criteria must be met to approve the enterprise.',
    messageRequiredMore: 'Write what the enterprise needs to add.',
    messageRequiredReject: 'Write why the application is rejected. The decision is sent to the enterprise.',
    tooLong: (n: number) => `The text may be at most ${formatInteger(n)} characters.`,
    changedMeanwhile:
      'The facts about the enterprise have changed since you opened the page, for example because the enterprise withdrew the application, changed it and sent it in again. Your decision is not saved. Open the enterprise again, read the facts as they are now and then decide.',
    versionInvalid: 'The form is incomplete. Reload the page and try again.',
    decisions: {
      approved: 'Approved',
      more_information: 'More information requested',
      rejected: 'Rejected',
      archived: 'Archived',
    },
    metYes: 'met',
    metNo: 'not met',
  },
  archive: {
    heading: 'Archive the enterprise',
    lead: 'Archive an enterprise that has closed down or is no longer a work-integrating social enterprise. It is taken out of the public register, but nothing is deleted: its history is kept.',
    reason: 'Reason',
    reasonHint: 'For example “business wound up according to Bolagsverket 2026-10-01”.',
    reasonRequired: 'Write why the enterprise is archived.',
    submit: 'Archive',
    already: 'The enterprise is already archived.',
  },
  conflict: {
    title: 'That could not be done',
    backToEnterprise: 'Back to the enterprise',
    backToChanges: 'Back to the changes',
  },
  changes: {
    title: 'Changes',
    heading: 'Changes in the register',
    lead: 'Changes that published enterprises make themselves. Changes to facts the criteria or LOU chapter 4 section 18 rest on (legal form, employees from the target group, certifications) are flagged for review.',
    filterLegend: 'Show',
    filters: {
      flaggade: 'Flagged and not reviewed',
      'alla-flaggade': 'All flagged changes',
      alla: 'All changes',
    },
    filterButton: 'Show',
    invalidFilter: 'Choose which changes to show.',
    invalidPage: 'The page number must be a whole number from 1.',
    count: (n: number) => (n === 1 ? '1 change' : `${formatInteger(n)} changes`),
    empty: 'No changes to show here.',
    emptyFlagged: 'No flagged changes are waiting for review. Well done!',
    by: (who: string) => `Changed by ${who}`,
    flaggedHeading: 'Flagged facts',
    field: 'Fact',
    otherFields: 'Other changed facts',
    before: 'Before',
    after: 'After',
    reviewed: (who: string, when: string) => `Reviewed ${when} by ${who}`,
    reverted: 'The change has been reverted.',
    markReviewed: 'Mark as reviewed',
    revert: 'Revert the change',
    revertReason: 'Why is the change reverted? (optional)',
    revertReasonHint: 'E-mailed to the enterprise’s contact persons.',
    notLatest:
      'The enterprise has changed its facts again after this change. It cannot be reverted without losing the later changes: revert the latest one first.',
    notLatestShort: 'Later changes exist. Only the latest change can be reverted.',
    alreadyReverted: 'The change has already been reverted.',
    notFound: 'The change does not exist.',
    notAChange: 'This version changed no facts and cannot be reverted.',
    doneReviewed: 'The change is marked as reviewed.',
    doneReverted:
      'The change is reverted. The earlier facts now show in the register and the enterprise has been told.',
  },
  mail: {
    approvedSubject: (name: string) => `${name} is approved in the ASF register`,
    approvedText: (name: string, orgnr: string, profileUrl: string, editUrl: string, message: string | null) =>
      [
        'Hello,',
        '',
        `${name} (${orgnr}) has been verified and approved as a work-integrating social enterprise. It now shows in the register:`,
        profileUrl,
        '',
        ...(message ? ['Message from the coordinator:', message, ''] : []),
        'Keep the facts current – change them whenever you like here:',
        editUrl,
        '',
        'We ask you to confirm the facts once a year. You will get a reminder by e-mail.',
      ].join('\n'),
    moreSubject: (name: string) => `${name}: we need more information`,
    moreText: (name: string, orgnr: string, editUrl: string, message: string) =>
      [
        'Hello,',
        '',
        `We have looked at the application for ${name} (${orgnr}) and need more before the enterprise can be published in the register.`,
        '',
        'Message from the coordinator:',
        message,
        '',
        'Add the facts and submit them again here:',
        editUrl,
      ].join('\n'),
    rejectedSubject: (name: string) => `${name}: the application is not approved`,
    rejectedText: (name: string, orgnr: string, editUrl: string, message: string) =>
      [
        'Hello,',
        '',
        `We have looked at the application for ${name} (${orgnr}). The enterprise cannot be published in the register as a work-integrating social enterprise.`,
        '',
        'Reason:',
        message,
        '',
        'If something has gone wrong, or circumstances change, you can change the facts and submit them again:',
        editUrl,
      ].join('\n'),
    archivedSubject: (name: string) => `${name} is archived in the ASF register`,
    archivedText: (name: string, orgnr: string, reason: string) =>
      [
        'Hello,',
        '',
        `${name} (${orgnr}) is archived and no longer shows in the register.`,
        '',
        'Reason:',
        reason,
        '',
        'Is this a mistake? Contact your coordinator and we will look into it.',
      ].join('\n'),
    revertedSubject: (name: string) => `${name}: a change has been reverted`,
    revertedText: (name: string, orgnr: string, fields: string, editUrl: string, reason: string | null) =>
      [
        'Hello,',
        '',
        `A coordinator has reverted a change to the facts of ${name} (${orgnr}).`,
        `Facts reverted: ${fields}.`,
        '',
        ...(reason ? ['Reason:', reason, ''] : []),
        'The facts that changed affect whether the enterprise meets the criteria for work-integrating social enterprises or may take part in reserved procurements, and are therefore reviewed. Contact the coordinator if you have questions, or see the facts here:',
        editUrl,
      ].join('\n'),
  },
  notice: {
    heading: 'E-mail when something waits for you',
    legend: 'How do you want to hear that an enterprise waits for review or that someone has reported an error?',
    modes: {
      immediate: 'At once, one e-mail for each enterprise sent in and each error reported',
      daily: 'A summary every morning at 7 when something waits',
      off: 'Not at all, I look at this page myself',
    },
    save: 'Save the e-mail choice',
    saved: 'Your choice is saved.',
    invalid: 'Choose one of the options.',
    submittedSubject: (name: string) => `${name} waits for review`,
    submittedText: (name: string, orgnr: string, queueUrl: string, settingsUrl: string) =>
      [
        'Hello!',
        '',
        `${name} (${orgnr}) has sent in its facts and waits for review:`,
        queueUrl,
        '',
        `You get this e-mail because you chose to hear at once. Change it here: ${settingsUrl}`,
      ].join('\n'),
    digestSubject: (waiting: number) =>
      waiting === 1
        ? 'One thing waits for you on the ASF platform'
        : `${waiting} things wait for you on the ASF platform`,
    digestText: (pending: number, changes: number, reports: number, homeUrl: string, settingsUrl: string) =>
      [
        'Hello!',
        '',
        `Enterprises waiting for review: ${pending}`,
        `Flagged changes to review: ${changes}`,
        `Reports of incorrect information: ${reports}`,
        '',
        homeUrl,
        '',
        `You get a summary every morning when something waits. Change it here: ${settingsUrl}`,
      ].join('\n'),
  },
};
