import type { z } from 'zod';
import type { FieldError } from '../../../platform/http/errors.js';
import type { FormResult, FormValues } from '../../../platform/http/form.js';
import { SERVICE_CATEGORIES } from '../../../platform/reference/categories.js';
import { normaliseCpv } from '../../../platform/reference/cpv.js';
import { countyByCode, municipalityByCode, resolveMunicipality } from '../../../platform/reference/geo.js';
import { editorText as t } from './editor.text.js';
import { enterpriseFactsSchema } from '../enterprise/enterprise.schema.js';
import {
  LEGAL_FORM_KEYS,
  type EnterpriseFacts,
  type FactGroup,
  type LegalForm,
} from '../enterprise/enterprise.types.js';
import { isIsoDate } from '../../../platform/calendar.js';

/**
 * The five steps of the editor's form: which facts each one holds, and how a posted step becomes
 * those facts. Field names are the input ids, so the error summary links straight to the field.
 * Rules about single values reuse enterpriseFactsSchema; the rest are written out here because
 * they read form strings (numbers with spaces, lists of kommun names, empty certificate rows).
 */
export const STEP_COUNT = 5;
export type Step = 1 | 2 | 3 | 4 | 5;
export const STEPS: readonly Step[] = [1, 2, 3, 4, 5];

export function isStep(n: number): n is Step {
  return Number.isInteger(n) && n >= 1 && n <= STEP_COUNT;
}

/** The fact groups (their sources and the coordinators' review) each step changes. */
export const STEP_GROUPS: Record<Step, readonly FactGroup[]> = {
  1: ['basics'],
  2: ['offerings', 'areas'],
  3: ['employees'],
  4: ['training'],
  5: ['certifications'],
};

/** Common answers, offered as checkboxes; anything else goes in the free-text field beside them. */
export const TARGET_GROUP_CHOICES = [
  'Personer med funktionsnedsättning',
  'Personer med psykisk ohälsa',
  'Långtidsarbetslösa',
  'Nyanlända',
  'Unga som varken arbetar eller studerar',
  'Personer i missbruksrehabilitering',
  'Personer som avtjänat straff',
  'Personer med långvarig sjukskrivning',
] as const;

export const CERTIFICATION_ROWS_MIN = 3;
const CERTIFICATION_ROWS_MAX = 20;

export function one(v: FormValues, field: string): string {
  const x = v[field];
  return (Array.isArray(x) ? (x[0] ?? '') : (x ?? '')).slice(0, 5000);
}

export function many(v: FormValues, field: string): string[] {
  const x = v[field];
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

export type StepPatch = Partial<EnterpriseFacts>;

class Errors {
  readonly list: FieldError[] = [];
  add(field: string, message: string): void {
    if (!this.list.some((e) => e.field === field)) this.list.push({ field, message });
  }
  /** Runs one schema of the register's facts on a form value; the error goes to `field`. */
  check<S extends z.ZodType>(schema: S, value: unknown, field: string): z.infer<S> | undefined {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    this.add(field, r.error.issues[0]?.message ?? t.invalid);
    return undefined;
  }
  result(patch: StepPatch): FormResult<StepPatch> {
    return this.list.length > 0 ? { ok: false, errors: this.list } : { ok: true, data: patch };
  }
}

/** '' → null; '1 200' → 1200; anything else that is not a whole number is an error. */
function count(errors: Errors, raw: string, field: string, label: string): number | null {
  const s = raw.replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  if (!/^\d+$/.test(s)) {
    errors.add(field, t.step3.numberInvalid(label));
    return null;
  }
  const n = Number(s);
  if (n > 100000) {
    errors.add(field, t.step3.numberTooLarge(label));
    return null;
  }
  return n;
}

/** Comma, semicolon or line separated, trimmed, empty parts and repeats dropped. */
function splitList(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

const facts = enterpriseFactsSchema.shape;

export function parseStep1(v: FormValues, thisYear: number): FormResult<StepPatch> {
  const errors = new Errors();
  const name = errors.check(facts.name, one(v, 'name'), 'name');
  const legal = one(v, 'legalForm');
  if (!LEGAL_FORM_KEYS.includes(legal as LegalForm)) errors.add('legalForm', t.step1.legalFormRequired);
  let foundedYear: number | null = null;
  const year = one(v, 'foundedYear').trim();
  if (year !== '') {
    if (!/^\d{4}$/.test(year)) errors.add('foundedYear', t.step1.yearInvalid);
    else if (Number(year) < 1850 || Number(year) > thisYear) errors.add('foundedYear', t.step1.yearRange(thisYear));
    else foundedYear = Number(year);
  }
  const description = errors.check(facts.description, one(v, 'description'), 'description');
  const site = one(v, 'website');
  let website: string | null | undefined = null;
  if (site.length > 300) errors.add('website', t.tooLong(300));
  else website = errors.check(facts.website, site, 'website');
  const email = errors.check(facts.email, one(v, 'publicEmail'), 'publicEmail');
  const phone = errors.check(facts.phone, one(v, 'phone'), 'phone');
  const address = facts.address.unwrap().shape;
  const street = errors.check(address.street, one(v, 'street'), 'street');
  const postalCode = errors.check(address.postalCode, one(v, 'postalCode'), 'postalCode');
  const city = errors.check(address.city, one(v, 'city'), 'city');
  const kommun = one(v, 'municipality');
  if (kommun !== '' && !municipalityByCode(kommun)) errors.add('municipality', t.step1.unknownMunicipality);
  return errors.result({
    name: name ?? '',
    legalForm: legal as LegalForm,
    foundedYear,
    description: description ?? '',
    website: website ?? null,
    email: email ?? null,
    phone: phone ?? null,
    address: {
      street: street ?? null,
      postalCode: postalCode ?? null,
      city: city ?? null,
      municipalityCode: kommun === '' ? null : kommun,
    },
  });
}

export function parseStep2(v: FormValues): FormResult<StepPatch> {
  const errors = new Errors();
  const chosen = new Set(many(v, 'kategori'));
  const offerings: EnterpriseFacts['offerings'] = [];
  for (const c of SERVICE_CATEGORIES) {
    if (!chosen.has(c.slug)) continue;
    const codes = splitList(one(v, `cpv-${c.slug}`).replace(/\s+/g, ','));
    const bad = codes.filter((code) => normaliseCpv(code) === null);
    if (bad.length > 0) errors.add(`cpv-${c.slug}`, t.step2.cpvInvalid(bad.join(', ')));
    const description = errors.check(
      facts.offerings.unwrap().element.shape.description,
      one(v, `text-${c.slug}`),
      `text-${c.slug}`,
    );
    offerings.push({
      category: c.slug,
      cpv: [...new Set(codes.map(normaliseCpv).filter((x): x is string => x !== null))],
      description: description ?? null,
    });
  }
  if (offerings.length > 40) errors.add('kategori', t.step2.tooMany);

  const counties = many(v, 'lan').filter((code) => countyByCode(code) !== undefined);
  const areas: EnterpriseFacts['operatingAreas'] = counties.map((countyCode) => ({
    countyCode,
    municipalityCode: null,
  }));
  const unknown: string[] = [];
  for (const name of splitList(one(v, 'kommuner'))) {
    const m = resolveMunicipality(name);
    if (!m) unknown.push(name);
    // A kommun in a whole län already chosen adds nothing.
    else if (!counties.includes(m.countyCode) && !areas.some((a) => a.municipalityCode === m.code)) {
      areas.push({ countyCode: m.countyCode, municipalityCode: m.code });
    }
  }
  if (unknown.length > 0) errors.add('kommuner', t.step2.unknownMunicipalities(unknown.join(', ')));
  if (areas.length > 400) errors.add('kommuner', t.step2.tooMany);
  return errors.result({ offerings, operatingAreas: areas });
}

function targetGroupsOf(errors: Errors, v: FormValues, checkboxes: string, other: string): string[] {
  const picked = many(v, checkboxes).filter((g) => (TARGET_GROUP_CHOICES as readonly string[]).includes(g));
  const extra = splitList(one(v, other));
  if (extra.some((g) => g.length > 100)) errors.add(other, t.step3.tooLong);
  return [...new Set([...picked, ...extra])].slice(0, 30);
}

export function parseStep3(v: FormValues, today: string): FormResult<StepPatch> {
  const errors = new Errors();
  const total = count(errors, one(v, 'employeesTotal'), 'employeesTotal', t.step3.total);
  const target = count(errors, one(v, 'employeesTargetGroup'), 'employeesTargetGroup', t.step3.targetGroup);
  const reportedOn = one(v, 'reportedOn').trim() || today;
  if (!isIsoDate(reportedOn)) errors.add('reportedOn', t.step3.dateInvalid);
  else if (reportedOn > today) errors.add('reportedOn', t.step3.dateFuture);
  const blankTotal = one(v, 'employeesTotal').trim() === '';
  const blankTarget = one(v, 'employeesTargetGroup').trim() === '';
  if (blankTotal !== blankTarget)
    errors.add(blankTotal ? 'employeesTotal' : 'employeesTargetGroup', t.step3.bothNeeded);
  if (total !== null && target !== null && target > total) errors.add('employeesTargetGroup', t.step3.targetTooMany);
  const targetGroups = targetGroupsOf(errors, v, 'malgrupp', 'otherTargetGroups');
  const employees = total !== null && target !== null ? { total, targetGroup: target, reportedOn } : null;
  return errors.result({ employees, targetGroups });
}

export function parseStep4(v: FormValues): FormResult<StepPatch> {
  const errors = new Errors();
  if (one(v, 'none') !== '') return errors.result({ trainingPlaces: null });
  const capacity = count(errors, one(v, 'capacity'), 'capacity', t.step4.capacity);
  const free = count(errors, one(v, 'free'), 'free', t.step4.free);
  const supervisors = count(errors, one(v, 'supervisors'), 'supervisors', t.step4.supervisors);
  const targetGroups = targetGroupsOf(errors, v, 'traningMalgrupp', 'otherTrainingGroups');
  const adaptations = errors.check(
    facts.trainingPlaces.unwrap().unwrap().shape.adaptations,
    one(v, 'adaptations'),
    'adaptations',
  );
  const anything = free !== null || supervisors !== null || targetGroups.length > 0 || !!adaptations;
  // Nothing filled in is the same answer as "none"; something filled in needs the number of places.
  if (capacity === null) {
    if (anything) errors.add('capacity', t.step4.capacityNeeded);
    return errors.result({ trainingPlaces: null });
  }
  if (free !== null && free > capacity) errors.add('free', t.step4.freeTooMany);
  return errors.result({
    trainingPlaces: { capacity, free: free ?? 0, targetGroups, adaptations: adaptations ?? null, supervisors },
  });
}

export function parseStep5(v: FormValues): FormResult<StepPatch> {
  const errors = new Errors();
  const certifications: EnterpriseFacts['certifications'] = [];
  const row = facts.certifications.unwrap().element.shape;
  for (let i = 1; i <= CERTIFICATION_ROWS_MAX; i++) {
    const name = one(v, `certName${i}`).trim();
    const issuer = one(v, `certIssuer${i}`).trim();
    const validUntil = one(v, `certValid${i}`).trim();
    if (name === '' && issuer === '' && validUntil === '') continue;
    if (name === '') errors.add(`certName${i}`, t.step5.nameNeeded);
    else if (name.length > 200) errors.add(`certName${i}`, t.tooLong(200));
    if (validUntil !== '' && !isIsoDate(validUntil)) errors.add(`certValid${i}`, t.step5.dateInvalid);
    const issuerValue = errors.check(row.issuer, issuer, `certIssuer${i}`);
    certifications.push({ name, issuer: issuerValue ?? null, validUntil: validUntil === '' ? null : validUntil });
  }
  return errors.result({ certifications });
}

export function parseStep(step: Step, v: FormValues, today: string): FormResult<StepPatch> {
  switch (step) {
    case 1:
      return parseStep1(v, Number(today.slice(0, 4)));
    case 2:
      return parseStep2(v);
    case 3:
      return parseStep3(v, today);
    case 4:
      return parseStep4(v);
    case 5:
      return parseStep5(v);
  }
}

/** The form as it looks for saved facts: what a step page shows before anything is posted. */
export function valuesOf(step: Step, f: EnterpriseFacts, today: string, stepSaved: boolean): FormValues {
  switch (step) {
    case 1:
      return {
        name: f.name,
        // A new draft's 'annan' is a placeholder, not an answer: leave the choice to the editor.
        legalForm: stepSaved || f.legalForm !== 'annan' ? f.legalForm : '',
        foundedYear: f.foundedYear === null ? '' : String(f.foundedYear),
        description: f.description,
        website: f.website ?? '',
        publicEmail: f.email ?? '',
        phone: f.phone ?? '',
        street: f.address.street ?? '',
        postalCode: f.address.postalCode ?? '',
        city: f.address.city ?? '',
        municipality: f.address.municipalityCode ?? '',
      };
    case 2: {
      const out: FormValues = {
        kategori: f.offerings.map((o) => o.category),
        lan: f.operatingAreas.filter((a) => a.municipalityCode === null).map((a) => a.countyCode),
        kommuner: f.operatingAreas
          .flatMap((a) =>
            a.municipalityCode ? [municipalityByCode(a.municipalityCode)?.shortName ?? a.municipalityCode] : [],
          )
          .join(', '),
      };
      for (const o of f.offerings) {
        out[`cpv-${o.category}`] = o.cpv.join(', ');
        out[`text-${o.category}`] = o.description ?? '';
      }
      return out;
    }
    case 3: {
      const [picked, other] = splitGroups(f.targetGroups);
      return {
        employeesTotal: f.employees ? String(f.employees.total) : '',
        employeesTargetGroup: f.employees ? String(f.employees.targetGroup) : '',
        reportedOn: f.employees?.reportedOn ?? today,
        malgrupp: picked,
        otherTargetGroups: other.join(', '),
      };
    }
    case 4: {
      const p = f.trainingPlaces;
      if (!p) return stepSaved ? { none: '1' } : {};
      const [picked, other] = splitGroups(p.targetGroups);
      return {
        capacity: String(p.capacity),
        free: String(p.free),
        supervisors: p.supervisors === null ? '' : String(p.supervisors),
        traningMalgrupp: picked,
        otherTrainingGroups: other.join(', '),
        adaptations: p.adaptations ?? '',
      };
    }
    case 5: {
      const out: FormValues = {};
      f.certifications.forEach((c, i) => {
        out[`certName${i + 1}`] = c.name;
        out[`certIssuer${i + 1}`] = c.issuer ?? '';
        out[`certValid${i + 1}`] = c.validUntil ?? '';
      });
      return out;
    }
  }
}

function splitGroups(groups: readonly string[]): [string[], string[]] {
  const known = TARGET_GROUP_CHOICES as readonly string[];
  return [groups.filter((g) => known.includes(g)), groups.filter((g) => !known.includes(g))];
}

/** How many certificate rows a page shows: at least three, and always one empty row to add to. */
export function certificationRows(v: FormValues): number {
  let filled = 0;
  for (let i = 1; i <= CERTIFICATION_ROWS_MAX; i++) {
    if (one(v, `certName${i}`) || one(v, `certIssuer${i}`) || one(v, `certValid${i}`)) filled = i;
  }
  return Math.min(CERTIFICATION_ROWS_MAX, Math.max(CERTIFICATION_ROWS_MIN, filled + 1));
}
