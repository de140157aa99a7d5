import { label as l, type AuditDetailLabels } from '../../platform/audit/audit.labels.js';
import { reportEn } from './coordination/report.en.js';
import { reportSv } from './coordination/report.sv.js';
import { REPORT_TOPICS } from './coordination/report.topics.js';
import { verificationEn } from './coordination/verification.en.js';
import { verificationSv } from './coordination/verification.sv.js';
import { CRITERIA } from './coordination/verification.schema.js';

const both = <K extends string>(codes: readonly K[], sv: Record<K, string>, en: Record<K, string>) =>
  Object.fromEntries(codes.map((c) => [c, l(sv[c].toLowerCase(), en[c].toLowerCase())]));

const STATUSES = ['draft', 'pending', 'published', 'needs_reverification', 'archived'] as const;

/** The register's audit details read out on the log page (platform/audit/audit.labels.ts). */
export const REGISTER_AUDIT_DETAILS: AuditDetailLabels = {
  keys: {
    decision: l('Beslut', 'Decision'),
    criteriaMet: l('Uppfyllda kriterier', 'Criteria met'),
    statusBefore: l('Status före', 'Status before'),
    version: l('Version', 'Version'),
    newVersion: l('Ny version', 'New version'),
    fields: l('Fält', 'Fields'),
    topic: l('Gäller', 'About'),
    mode: l('Val', 'Choice'),
    shown: l('Syns på sidan', 'Shown on the page'),
    created: l('Nya', 'New'),
    updated: l('Ändrade', 'Changed'),
    unchanged: l('Oförändrade', 'Unchanged'),
    invalidRowsSkipped: l('Rader med fel som hoppades över', 'Rows with errors skipped'),
    criteriaAttested: l('Kriterierna intygade', 'Criteria attested'),
    settings: l('Val av kolumner och datum', 'Choice of columns and date'),
  },
  values: {
    decision: {
      approved: l('godkänt', 'approved'),
      more_information: l('komplettering begärd', 'more information asked for'),
      rejected: l('avslag', 'rejected'),
    },
    criteriaMet: Object.fromEntries(
      CRITERIA.map((c) => [c, l(verificationSv.criteria.items[c].title, verificationEn.criteria.items[c].title)]),
    ),
    statusBefore: both(STATUSES, verificationSv.statuses, verificationEn.statuses),
    topic: both(REPORT_TOPICS, reportSv.form.topics, reportEn.form.topics),
    mode: {
      immediate: l('direkt', 'at once'),
      daily: l('en sammanfattning varje morgon', 'a summary every morning'),
      off: l('inte alls', 'not at all'),
    },
  },
};
