import { z } from 'zod';
import { isIsoDate } from '../../../platform/calendar.js';
import { containsPersonalNumber } from '../../../platform/privacy/personal-number.js';
import { RESERVATION_KINDS } from '../../procurement/index.js';
import { parseOrgnr } from '../../register/index.js';
import { COMMITMENT_FORMS, REQUIREMENT_KINDS, type Commitment } from '../commitment/commitment.rules.js';
import { commitmentText } from '../commitment/commitment.text.js';
import { contractText } from './contract.text.js';

const t = contractText.errors;
const c = commitmentText.errors;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: () => c.tooLong(max) })
    .refine((s) => !containsPersonalNumber(s), { error: () => c.personalNumber })
    .default('');

const date = z
  .string({ error: () => c.date })
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), { error: () => c.date })
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isIsoDate(v), { error: () => c.noSuchDate });

/** A whole number written with or without spaces ('1 200 000'), '' as null. */
const whole = (message: () => string, min: number, max: number) =>
  z
    .string()
    .trim()
    .default('')
    .transform((s, ctx) => {
      const digits = s.replace(/[\s\u00a0]/g, '');
      if (digits === '') return null;
      const n = /^\d{1,13}$/.test(digits) ? Number(digits) : NaN;
      if (!(n >= min && n <= max)) {
        ctx.addIssue({ code: 'custom', message: message() });
        return z.NEVER;
      }
      return n;
    });

const choice = <T extends readonly [string, ...string[]]>(values: T, message: () => string) =>
  z
    .union([z.literal(''), z.enum(values)], { error: message })
    .default('')
    .transform((v) => (v === '' ? null : v));

/**
 * The contract form: the contract, its supplier (an org.nr of the register, or a name outside it)
 * and at most one employment-promoting commitment. The org.nr is looked up by the service; here
 * only its form is checked.
 */
export const contractSchema = z
  .object({
    title: text(200).refine((s) => s !== '', { error: () => t.titleMissing }),
    supplierOrgnr: z.string().trim().default(''),
    supplierName: text(200),
    starts: date,
    ends: date,
    value: whole(() => t.amount, 0, 1e12),
    reservation: choice(RESERVATION_KINDS, () => t.reservation),
    opportunityId: whole(() => t.lotGone, 1, 2_147_483_647),
    lotPosition: whole(() => t.lotGone, 1, 10_000),
    labourMarket: whole(() => t.labourMarket, 1, 2_147_483_647),
    requirement: choice(REQUIREMENT_KINDS, () => t.requirement),
    commitmentForm: z.string().default(''),
    targetGroup: text(300),
    persons: whole(() => t.persons, 1, 10_000),
    months: whole(() => t.months, 1, 600),
    firstStart: whole(() => t.firstStart, 1, 120),
    metShare: whole(() => t.metShare, 1, 100),
  })
  // Runs also when a field is wrong, so that every mistake is named at once (a wrong field's value
  // is then not to be trusted: the checks below only compare what is well formed).
  .superRefine(
    (v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const orgnr = v.supplierOrgnr === '' ? null : parseOrgnr(v.supplierOrgnr);
      if (orgnr && !orgnr.ok) issue('supplierOrgnr', orgnr.error === 'orgnr_checksum' ? t.orgnrChecksum : t.orgnr);
      if (v.supplierOrgnr === '' && v.supplierName === '') issue('supplierOrgnr', t.supplierMissing);
      if (isIsoDate(v.starts) && isIsoDate(v.ends) && v.ends < v.starts) issue('ends', t.endsBeforeStart);
      if (v.requirement !== null) {
        if (!(COMMITMENT_FORMS as readonly string[]).includes(v.commitmentForm))
          issue('commitmentForm', t.commitmentForm);
        if (v.targetGroup === '') issue('targetGroup', t.targetGroupMissing);
        if (v.persons === null) issue('persons', t.persons);
        if (v.months === null) issue('months', t.months);
        if (v.firstStart === null) issue('firstStart', t.firstStart);
        if (v.metShare === null) issue('metShare', t.metShare);
      }
    },
    { when: () => true },
  )
  .transform((v) => {
    const parsed = v.supplierOrgnr === '' ? null : parseOrgnr(v.supplierOrgnr);
    const commitment: Commitment | null =
      v.requirement === null
        ? null
        : {
            form: v.commitmentForm as Commitment['form'],
            requirement: v.requirement,
            targetGroup: v.targetGroup,
            persons: v.persons!,
            months: v.months!,
            firstStartWithinMonths: v.firstStart!,
            metShare: v.metShare! / 100,
          };
    return {
      title: v.title,
      supplierOrgnr: parsed?.ok ? parsed.value : null,
      supplierName: v.supplierName,
      starts: v.starts,
      ends: v.ends,
      value: v.value,
      reservation: v.reservation,
      labourMarketOrganisationId: v.labourMarket,
      award:
        v.opportunityId !== null && v.lotPosition !== null
          ? { opportunityId: v.opportunityId, position: v.lotPosition }
          : null,
      commitment,
    };
  });
export type ContractInput = z.infer<typeof contractSchema>;
