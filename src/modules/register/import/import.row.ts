import { categoriesForCpv, categoryBySlug } from '../../../platform/reference/categories.js';
import { isSubCode } from '../../../platform/reference/cpv.js';
import { municipalityByCode } from '../../../platform/reference/geo.js';
import type { z } from 'zod';
import { enterpriseFactsSchema } from '../enterprise/enterprise.schema.js';
import { emptyFacts, type EnterpriseFacts, type Offering, type RowInput } from '../enterprise/enterprise.types.js';
import {
  cleanCell,
  readAreas,
  readCategories,
  readCpvCodes,
  readDate,
  readInt,
  readLegalForm,
  readMunicipality,
  splitText,
  type Cell,
} from './import.cells.js';
import { columnLabel, type ColumnMap, type ImportField } from './import.columns.js';
import { importText } from './import.text.js';

const problemText = importText.problems;

/**
 * One spreadsheet row → the input of enterpriseFactsSchema. The row is laid over what is
 * already known (the stored enterprise, or nothing for a new one): a column the file has sets
 * its fact, an empty cell clears it, and a column the file lacks leaves the fact as it was, so a
 * short list (org.nr, name, phone) can update phone numbers without erasing everything else.
 */
export interface RowProblem {
  field: ImportField;
  message: string;
}

/**
 * Loose on purpose: the schema, not this type, decides what is valid. `fileDate` is the date of
 * the employee figures for a file without a column for it.
 */
export function readRow(
  map: ColumnMap,
  cells: readonly string[],
  base: EnterpriseFacts | null,
  orgnr: string,
  fileDate: string | null = null,
): { input: RowInput; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const has = (f: ImportField) => map.index[f] !== undefined;
  const cell = (f: ImportField) => cleanCell(cells[map.index[f]!] ?? '');
  const problem = (field: ImportField, message: string) => problems.push({ field, message });
  /** The cell read by `reader`; undefined (and a problem) when it cannot be read. */
  const read = <T>(f: ImportField, reader: (text: string) => Cell<T>): T | undefined => {
    const r = reader(cell(f));
    if (r.ok) return r.value;
    problem(f, r.message);
    return undefined;
  };

  const b: RowInput = base ?? emptyFacts(orgnr);
  // The row is built on a copy: `base` is the stored enterprise, compared with the result later.
  const out: RowInput = base ? structuredClone(base) : emptyFacts(orgnr);
  out.orgnr = orgnr;

  if (has('name')) out.name = cell('name');
  if (has('legalForm')) {
    const v = read('legalForm', readLegalForm);
    if (v !== undefined) out.legalForm = v;
  }
  if (out.legalForm === null && !problems.some((p) => p.field === 'legalForm')) {
    problem('legalForm', problemText.legalFormMissing);
  }
  if (has('foundedYear')) {
    const v = read('foundedYear', readInt);
    if (v !== undefined) out.foundedYear = v;
  }
  if (has('description')) out.description = cell('description');
  if (has('website')) out.website = cell('website');
  if (has('email')) out.email = cell('email');
  if (has('phone')) out.phone = cell('phone');
  if (has('street')) out.address.street = cell('street');
  if (has('postalCode')) out.address.postalCode = cell('postalCode');
  if (has('city')) out.address.city = cell('city');
  if (has('municipality')) {
    const v = read('municipality', readMunicipality);
    if (v !== undefined) out.address.municipalityCode = v;
  }
  // A spreadsheet's "Ort" is the seat's name more often than not; fill it in when left out.
  if (!out.address.city && out.address.municipalityCode && !has('city')) {
    out.address.city = municipalityByCode(out.address.municipalityCode)?.shortName ?? null;
  }

  readAreasInto(out, b, has('operatingAreas') ? read('operatingAreas', readAreas) : null, base === null);
  readOfferingsInto(out, b, has, read, problem);
  readEmployeesInto(out, b, has, read, problem, fileDate);
  if (has('targetGroups')) out.targetGroups = splitText(cell('targetGroups'));
  readCertificationsInto(out, b, has, cell, problem);
  readTrainingInto(out, b, has, cell, read, problem);
  if (has('networks')) out.networks = splitText(cell('networks'));
  return { input: out, problems };
}

type Has = (f: ImportField) => boolean;
type Read = <T>(f: ImportField, reader: (text: string) => Cell<T>) => T | undefined;
type Problem = (field: ImportField, message: string) => void;

/** An enterprise delivers at least where it sits: with no areas given, the seat is the area. */
function readAreasInto(
  out: RowInput,
  b: RowInput,
  fromFile: RowInput['operatingAreas'] | null | undefined,
  isNew: boolean,
): void {
  if (fromFile === undefined) return;
  const areas = fromFile ?? (isNew ? [] : b.operatingAreas);
  const seat = out.address.municipalityCode ? municipalityByCode(out.address.municipalityCode) : undefined;
  out.operatingAreas =
    areas.length === 0 && seat ? [{ countyCode: seat.countyCode, municipalityCode: seat.code }] : areas;
}

/**
 * Services and CPV codes are two columns but one list of offerings: each code goes to the first
 * service whose codes cover it (else the first service), and a code with no service named
 * brings its own category. Offering descriptions have no column and are kept.
 */
function readOfferingsInto(out: RowInput, b: RowInput, has: Has, read: Read, problem: Problem): void {
  if (!has('categories') && !has('cpv')) return;
  const slugs = has('categories') ? read('categories', readCategories) : b.offerings.map((o) => o.category);
  const codes = has('cpv') ? read('cpv', readCpvCodes) : b.offerings.flatMap((o) => o.cpv);
  if (slugs === undefined || codes === undefined) return;
  const wanted = [...slugs];
  if (wanted.length === 0) {
    for (const code of codes) {
      const category = categoriesForCpv(code)[0];
      if (!category) {
        problem('cpv', problemText.cpvWithoutCategory(code));
        return;
      }
      if (!wanted.includes(category.slug)) wanted.push(category.slug);
    }
  }
  const offerings: Offering[] = wanted.map((slug) => ({
    category: slug,
    cpv: [],
    description: b.offerings.find((o) => o.category === slug)?.description ?? null,
  }));
  for (const code of codes) {
    const covering = offerings.find((o) => categoryBySlug(o.category)?.cpv.some((c) => isSubCode(code, c)));
    (covering ?? offerings[0])?.cpv.push(code);
  }
  out.offerings = offerings;
}

/**
 * Total, target group and date are one fact: all three, or none. A file-wide date (a file with no
 * column for it) dates the figures of every row that has any, and makes a row without figures
 * have none, rather than a date alone.
 */
function readEmployeesInto(
  out: RowInput,
  b: RowInput,
  has: Has,
  read: Read,
  problem: Problem,
  fileDate: string | null,
): void {
  if (!has('employees') && !has('targetGroupEmployees') && !has('reportedOn')) return;
  const total = has('employees') ? read('employees', readInt) : (b.employees?.total ?? null);
  const targetGroup = has('targetGroupEmployees')
    ? read('targetGroupEmployees', readInt)
    : (b.employees?.targetGroup ?? null);
  const datedByFile = !has('reportedOn') && fileDate !== null;
  // The stored date belongs to the stored figures: new figures without a date of their own are
  // not dated by it, or a buyer would read last year's head count as this year's.
  const sameFigures = total === (b.employees?.total ?? null) && targetGroup === (b.employees?.targetGroup ?? null);
  const earlier = sameFigures ? (b.employees?.reportedOn ?? null) : null;
  const reportedOn = has('reportedOn') ? read('reportedOn', readDate) : (fileDate ?? earlier);
  if (total === undefined || targetGroup === undefined || reportedOn === undefined) return;
  if (total === null && targetGroup === null && (reportedOn === null || datedByFile)) {
    out.employees = null;
    return;
  }
  if (total === null) problem('employees', problemText.employeesMissing);
  if (targetGroup === null) problem('targetGroupEmployees', problemText.targetGroupMissing);
  if (reportedOn === null && b.employees && !sameFigures)
    problem('reportedOn', problemText.figuresChanged(b.employees.reportedOn));
  else if (reportedOn === null) problem('reportedOn', problemText.reportedOnMissing);
  if (total !== null && targetGroup !== null && reportedOn !== null) out.employees = { total, targetGroup, reportedOn };
}

/** Issuers and dates are lists in the same order as the certifications; an empty place is "none". */
function positional(text: string): string[] {
  return text === '' ? [] : text.split(';').map((s) => s.trim());
}

function readCertificationsInto(
  out: RowInput,
  b: RowInput,
  has: Has,
  cell: (f: ImportField) => string,
  problem: Problem,
): void {
  if (!has('certification') && !has('certificationIssuer') && !has('certifiedUntil')) return;
  const names = has('certification') ? splitText(cell('certification')) : b.certifications.map((c) => c.name);
  const issuers = has('certificationIssuer') ? positional(cell('certificationIssuer')) : null;
  const untilTexts = has('certifiedUntil') ? positional(cell('certifiedUntil')) : null;
  if (issuers && issuers.filter(Boolean).length > 0 && issuers.length > names.length) {
    problem('certificationIssuer', problemText.moreIssuers(issuers.length, names.length));
    return;
  }
  if (untilTexts && untilTexts.filter(Boolean).length > 0 && untilTexts.length > names.length) {
    problem('certifiedUntil', problemText.moreDates(untilTexts.length, names.length));
    return;
  }
  const dates: (string | null)[] = [];
  for (const t of untilTexts ?? []) {
    const r = readDate(t);
    if (!r.ok) {
      problem('certifiedUntil', r.message);
      return;
    }
    dates.push(r.value);
  }
  out.certifications = names.map((name, i) => {
    const before = b.certifications.find((c) => c.name === name);
    return {
      name,
      issuer: issuers ? issuers[i] || null : (before?.issuer ?? null),
      validUntil: untilTexts ? (dates[i] ?? null) : (before?.validUntil ?? null),
    };
  });
}

function readTrainingInto(
  out: RowInput,
  b: RowInput,
  has: Has,
  cell: (f: ImportField) => string,
  read: Read,
  problem: Problem,
): void {
  const fields: ImportField[] = ['trainingPlaces', 'freePlaces', 'supervisors', 'adaptations', 'trainingTargetGroups'];
  if (!fields.some(has)) return;
  const t = b.trainingPlaces;
  const capacity = has('trainingPlaces') ? read('trainingPlaces', readInt) : (t?.capacity ?? null);
  const free = has('freePlaces') ? read('freePlaces', readInt) : (t?.free ?? null);
  const supervisors = has('supervisors') ? read('supervisors', readInt) : (t?.supervisors ?? null);
  const adaptations = has('adaptations') ? cell('adaptations') || null : (t?.adaptations ?? null);
  const targetGroups = has('trainingTargetGroups') ? splitText(cell('trainingTargetGroups')) : (t?.targetGroups ?? []);
  if (capacity === undefined || free === undefined || supervisors === undefined) return;
  if (capacity === null) {
    if (free || supervisors || adaptations || targetGroups.length > 0) {
      problem('trainingPlaces', problemText.trainingPlacesMissing);
    } else out.trainingPlaces = null;
    return;
  }
  out.trainingPlaces = { capacity, free: free ?? 0, targetGroups, adaptations, supervisors };
}

/**
 * A row checked all the way: read over `before`, then through enterpriseFactsSchema. Problems
 * name the column as the file wrote it; the facts come back in canonical order, or null.
 */
export function validateRow(
  map: ColumnMap,
  cells: readonly string[],
  before: EnterpriseFacts | null,
  orgnr: string,
  fileDate: string | null = null,
): { facts: EnterpriseFacts | null; problems: { column: string; message: string }[] } {
  const { input, problems: cellProblems } = readRow(map, cells, before, orgnr, fileDate);
  const problems = cellProblems.map((p) => ({ column: columnLabel(map, p.field), message: p.message }));
  const seen = new Set<ImportField>(cellProblems.map((p) => p.field));
  const parsed = enterpriseFactsSchema.safeParse(input, { error: defaultMessage });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      // A cell that could not be read was left as it was; the schema's view of it adds nothing.
      if (seen.has(field)) continue;
      seen.add(field);
      problems.push({ column: columnLabel(map, field), message: issue.message });
    }
    return { facts: null, problems };
  }
  return { facts: problems.length > 0 ? null : canonical(parsed.data as EnterpriseFacts), problems };
}

/** Messages for the checks the schema leaves to zod's defaults (which are English and technical). */
function defaultMessage(issue: z.core.$ZodRawIssue): string {
  const i = issue as { code: string; origin?: string; minimum?: unknown; maximum?: unknown; input?: unknown };
  if (i.code === 'invalid_type')
    return i.input === undefined || i.input === null ? problemText.valueMissing : problemText.valueWrongForm;
  if (i.code === 'too_small')
    return i.origin === 'string' ? problemText.valueMissing : problemText.atLeast(String(i.minimum));
  if (i.code === 'too_big')
    return i.origin === 'array'
      ? problemText.atMostValues(String(i.maximum))
      : i.origin === 'string'
        ? problemText.atMostCharacters(String(i.maximum))
        : problemText.atMost(String(i.maximum));
  return problemText.invalid;
}

/** The column a schema path came from (enterprise.schema.ts's shape → import.columns.ts's fields). */
export function fieldOfPath(path: readonly PropertyKey[]): ImportField {
  const [a, b, c] = path.map(String);
  switch (a) {
    case 'address':
      return b === 'street' ? 'street' : b === 'postalCode' ? 'postalCode' : b === 'city' ? 'city' : 'municipality';
    case 'operatingAreas':
      return 'operatingAreas';
    case 'offerings':
      return c === 'cpv' ? 'cpv' : 'categories';
    case 'employees':
      return b === 'targetGroup' ? 'targetGroupEmployees' : b === 'reportedOn' ? 'reportedOn' : 'employees';
    case 'certifications':
      return c === 'validUntil' ? 'certifiedUntil' : c === 'issuer' ? 'certificationIssuer' : 'certification';
    case 'trainingPlaces':
      return b === 'free'
        ? 'freePlaces'
        : b === 'supervisors'
          ? 'supervisors'
          : b === 'adaptations'
            ? 'adaptations'
            : b === 'targetGroups'
              ? 'trainingTargetGroups'
              : 'trainingPlaces';
    case 'orgnr':
    case 'name':
    case 'legalForm':
    case 'foundedYear':
    case 'description':
    case 'website':
    case 'email':
    case 'phone':
    case 'targetGroups':
    case 'networks':
      return a;
    default:
      return 'name';
  }
}

/**
 * The order the database gives child rows back in (areas by code, offerings by category), and
 * no duplicates, so that stored and imported facts compare equal when they mean the same.
 */
export function canonical(f: EnterpriseFacts): EnterpriseFacts {
  const areaKey = (a: EnterpriseFacts['operatingAreas'][number]) => `${a.countyCode}:${a.municipalityCode ?? ''}`;
  const areas = [...new Map(f.operatingAreas.map((a) => [areaKey(a), a])).values()].sort((x, y) =>
    cmp(areaKey(x), areaKey(y)),
  );
  const offerings = [...new Map(f.offerings.map((o) => [o.category, o])).values()].sort((x, y) =>
    cmp(x.category, y.category),
  );
  return { ...f, operatingAreas: areas, offerings };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
