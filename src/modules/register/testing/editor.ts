import assert from 'node:assert/strict';
import type { TestBrowser } from '../../../platform/testing/auth.js';

/** Valid answers for every step of the editor, as the forms post them. */
export const STEP_FORMS: Record<number, Record<string, string | string[]>> = {
  1: {
    name: 'Kooperativet Gnistan',
    legalForm: 'ekonomisk_forening',
    foundedYear: '2015',
    description: 'Vi städar kontor och skolor i Dalarna.',
    website: 'gnistan.example',
    publicEmail: 'Info@Gnistan.example',
    phone: '023-12 34 56',
    street: 'Stationsgatan 3',
    postalCode: '79131',
    city: 'Falun',
    municipality: '2080',
  },
  2: {
    kategori: ['stadning', 'catering'],
    'cpv-stadning': '90911200, 90919200-4',
    'text-stadning': 'Kontor och trapphus',
    lan: ['20'],
    kommuner: 'Uppsala, 0114, Falun',
  },
  3: {
    employeesTotal: '12',
    employeesTargetGroup: '7',
    reportedOn: '2026-11-01',
    malgrupp: ['Långtidsarbetslösa'],
    otherTargetGroups: 'Unga vuxna',
  },
  4: { capacity: '4', free: '1', supervisors: '2', traningMalgrupp: ['Nyanlända'], adaptations: 'Lugn miljö' },
  5: { certName1: 'Kvalitetsmärkt', certIssuer1: 'Märkarna', certValid1: '2027-12-31' },
};

/** Posts every step with its valid answers and "next", as an editor filling in the whole form does. */
export async function fillAllSteps(browser: TestBrowser): Promise<void> {
  for (const step of [1, 2, 3, 4, 5]) {
    const res = await browser.post(`/mitt-foretag/steg/${step}`, { ...STEP_FORMS[step], action: 'next' });
    assert.equal(res.statusCode, 303, `step ${step}: ${res.body.slice(0, 1500)}`);
  }
}
