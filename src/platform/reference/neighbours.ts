import { COUNTIES } from './geo.data.js';

// Which län share a land border, read off Lantmäteriet's map of Sweden's administrative
// boundaries (län as they have been since 1998). Borders across water only (Mälaren between
// Uppsala and Södermanland, Vättern between Östergötland and Västra Götaland) are left out: a
// buyer thinks of them as "further away". Gotland borders no other län. neighbours.test.ts checks
// that the table is symmetric and names only real län.
// prettier-ignore
const BORDERS: Record<string, readonly string[]> = {
  '01': ['03', '04'],
  '03': ['01', '19', '20', '21'],
  '04': ['01', '05', '18', '19'],
  '05': ['04', '06', '08', '18'],
  '06': ['05', '07', '08', '13', '14'],
  '07': ['06', '08', '10', '12', '13'],
  '08': ['05', '06', '07', '10'],
  '09': [],
  '10': ['07', '08', '12'],
  '12': ['07', '10', '13'],
  '13': ['06', '07', '12', '14'],
  '14': ['06', '13', '17', '18'],
  '17': ['14', '18', '20'],
  '18': ['04', '05', '14', '17', '19', '20'],
  '19': ['03', '04', '18', '20'],
  '20': ['03', '17', '18', '19', '21', '23'],
  '21': ['03', '20', '22', '23'],
  '22': ['21', '23', '24'],
  '23': ['20', '21', '22', '24'],
  '24': ['22', '23', '25'],
  '25': ['24'],
};

/** The län that share a land border with this one (codes); empty for Gotland and unknown codes. */
export function neighbouringCounties(countyCode: string): readonly string[] {
  return BORDERS[countyCode] ?? [];
}

/** Every län code in the table, for the test that it covers all 21. */
export function countiesWithBorders(): string[] {
  return COUNTIES.map((c) => c.code).filter((c) => c in BORDERS);
}
