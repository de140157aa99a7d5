import { z } from 'zod';
import { verificationText } from './verification.text.js';

/** The coordinator's forms: a verification decision, archiving, reverting a change, the feed filter. */
const t = verificationText;

/** The four ASF criteria (DESIGN §4), in the order the checklist shows them. */
export const CRITERIA = ['verksamhet', 'delaktighet', 'vinster', 'fristaende'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const DECISIONS = { godkann: 'approved', komplettering: 'more_information', avslag: 'rejected' } as const;
export type Decision = (typeof DECISIONS)[keyof typeof DECISIONS];

/** What the coordinator found for each criterion; stored as enterprise_verification.checklist. */
export type Checklist = Record<Criterion, { met: boolean; note: string | null }>;

const EVIDENCE_MAX = 2000;
const MESSAGE_MAX = 4000;
const NOTE_MAX = 1000;

/** Optional free text: trimmed, empty becomes null. */
const text = (max: number) =>
  z
    .string()
    .max(max, { error: () => t.decision.tooLong(max) })
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : null));

/** A checkbox sends its value when ticked and nothing when not. */
const checkbox = z
  .string()
  .optional()
  .transform((v) => v !== undefined && v !== '');

export const metField = <C extends Criterion>(c: C) => `kriterium-${c}` as const;
export const noteField = <C extends Criterion>(c: C) => `anteckning-${c}` as const;

const criteriaShape = {
  'kriterium-verksamhet': checkbox,
  'anteckning-verksamhet': text(NOTE_MAX),
  'kriterium-delaktighet': checkbox,
  'anteckning-delaktighet': text(NOTE_MAX),
  'kriterium-vinster': checkbox,
  'anteckning-vinster': text(NOTE_MAX),
  'kriterium-fristaende': checkbox,
  'anteckning-fristaende': text(NOTE_MAX),
} satisfies Record<ReturnType<typeof metField | typeof noteField>, z.ZodType>;

export const decisionSchema = z
  .object({
    beslut: z.enum(Object.keys(DECISIONS) as [keyof typeof DECISIONS], { error: () => t.decision.decisionMissing }),
    underlag: text(EVIDENCE_MAX),
    meddelande: text(MESSAGE_MAX),
    // The newest version the page showed (a hidden field). Optional so that a decision can still be
    // made without the page, but the page always sends it.
    version: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce
        .number({ error: () => t.decision.versionInvalid })
        .int({ error: () => t.decision.versionInvalid })
        .min(0)
        .optional(),
    ),
    ...criteriaShape,
  })
  .superRefine((form, issue) => {
    if (form.beslut === 'godkann') {
      for (const c of CRITERIA) {
        if (!form[metField(c)]) {
          issue.addIssue({
            code: 'custom',
            path: [metField(c)],
            message: t.decision.criterionMissing(t.criteria.items[c].title),
          });
        }
      }
    }
    if (form.beslut === 'komplettering' && !form.meddelande) {
      issue.addIssue({ code: 'custom', path: ['meddelande'], message: t.decision.messageRequiredMore });
    }
    if (form.beslut === 'avslag' && !form.meddelande) {
      issue.addIssue({ code: 'custom', path: ['meddelande'], message: t.decision.messageRequiredReject });
    }
  })
  .transform((form) => {
    const checklist = Object.fromEntries(
      CRITERIA.map((c) => [c, { met: form[metField(c)], note: form[noteField(c)] }]),
    ) as Checklist;
    return {
      decision: DECISIONS[form.beslut] as Decision,
      checklist,
      evidence: form.underlag,
      message: form.meddelande,
      shownVersion: form.version ?? null,
    };
  });
export type DecisionInput = z.infer<typeof decisionSchema>;

export const archiveSchema = z.object({
  anledning: z
    .string({ error: () => t.archive.reasonRequired })
    .trim()
    .min(1, { error: () => t.archive.reasonRequired })
    .max(MESSAGE_MAX, { error: () => t.decision.tooLong(MESSAGE_MAX) }),
});

export const revertSchema = z.object({ anledning: text(MESSAGE_MAX) });

/** Which changes the feed shows; the default is what still needs a coordinator's eye. */
export const CHANGE_FILTERS = ['flaggade', 'alla-flaggade', 'alla'] as const;
export type ChangeFilter = (typeof CHANGE_FILTERS)[number];

export const changeFeedSchema = z.object({
  visa: z.enum(CHANGE_FILTERS, { error: () => t.changes.invalidFilter }).default('flaggade'),
  // An empty box in the address (?sida=) means the first page, like no box at all.
  sida: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce
      .number({ error: () => t.changes.invalidPage })
      .int({ error: () => t.changes.invalidPage })
      .min(1, { error: () => t.changes.invalidPage })
      .max(100000, { error: () => t.changes.invalidPage })
      .default(1),
  ),
});
