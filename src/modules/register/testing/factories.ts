import type { Kysely } from 'kysely';
import { saveEnterprise } from '../enterprise/enterprise.service.js';
import type { EnterpriseFacts, EnterpriseStatus } from '../enterprise/enterprise.types.js';
import { luhnCheckDigit } from '../enterprise/orgnr.js';
import type { RegisterDB } from '../db.js';

let counter = 0;

/** A valid, fictional org.nr (ekonomisk förening series), unique within a test run. */
export function nextOrgnr(): string {
  counter += 1;
  const nine = `769${String(100000 + counter).slice(-6)}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

export function buildEnterprise(overrides: Partial<EnterpriseFacts> = {}): EnterpriseFacts {
  return {
    orgnr: nextOrgnr(),
    name: 'Testkooperativet',
    legalForm: 'ekonomisk_forening',
    foundedYear: 2012,
    description: 'Ett påhittat företag för tester.',
    website: null,
    email: 'info@test.example',
    phone: null,
    address: { street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm', municipalityCode: '0180' },
    operatingAreas: [{ countyCode: '01', municipalityCode: '0180' }],
    offerings: [{ category: 'stadning', cpv: [], description: null }],
    employees: { total: 10, targetGroup: 5, reportedOn: '2026-06-01' },
    targetGroups: [],
    certifications: [],
    trainingPlaces: null,
    networks: [],
    ...overrides,
  };
}

export async function insertEnterprise(
  db: Kysely<RegisterDB>,
  overrides: Partial<EnterpriseFacts> = {},
  status: EnterpriseStatus = 'published',
): Promise<EnterpriseFacts> {
  const facts = buildEnterprise(overrides);
  await saveEnterprise(db, facts, {
    status,
    isDemo: false,
    sources: { basics: { source: 'coordinator', at: '2026-11-01T10:00:00.000Z' } },
    verifiedAt: new Date('2026-11-01T10:00:00Z'),
  });
  return facts;
}
