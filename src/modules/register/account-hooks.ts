import { registerText } from './register.text.js';
import { deleteNoticeMode, findNoticeMode } from './coordination/notice.repository.js';
import { deleteListing, findListing } from './coordination/listing.repository.js';
import type { AccountHooks } from '../../platform/account/account-hooks.js';
import { withRegisterTables } from './db.js';
import { enterpriseNamesByIds, findEnterpriseRefByOrgnr } from './enterprise/enterprise.repository.js';
import { anonymiseVersionActor } from './enterprise/history.repository.js';
import { anonymiseColumnChoices, columnChoicesByUser } from './import/import.choices.repository.js';
import { deleteUploadsOf, uploadsOfUser } from './import/import.upload.repository.js';
import { ORGNR_MESSAGES, parseOrgnr } from './enterprise/orgnr.js';
import {
  anonymiseReviewedBy,
  anonymiseVerificationActor,
  anonymiseVerifiedBy,
  verificationsByUser,
  versionsByUser,
} from './personal-data.repository.js';

/**
 * What the register tells the platform's account pages: which enterprise an org.nr means (with
 * the register's own rules and messages), and what it keeps about a user, for their download
 * and for blanking when they delete their account. The keys are the download's JSON keys.
 */
export const enterpriseAccountHooks = {
  async findEnterprise(db, input) {
    const parsed = parseOrgnr(input);
    if (!parsed.ok) return { ok: false, message: ORGNR_MESSAGES[parsed.error] };
    const found = await findEnterpriseRefByOrgnr(withRegisterTables(db), parsed.value);
    return found ? { ok: true, ...found } : { ok: false, message: registerText.errors.noEnterpriseForAccount };
  },

  async describeEnterprises(db, ids) {
    const rows = await enterpriseNamesByIds(withRegisterTables(db), ids);
    return new Map(rows.map((r) => [r.id, { name: r.name, orgnr: r.orgnr }]));
  },

  personalData: [
    {
      key: 'enterpriseChanges',
      async collect(db, user) {
        return (await versionsByUser(withRegisterTables(db), user.id)).map((v) => ({
          at: v.at.toISOString(),
          action: v.action,
          enterprise: { orgnr: v.orgnr, name: v.name },
          statusBefore: v.status_before,
          statusAfter: v.status_after,
          before: v.before,
          after: v.after,
        }));
      },
      // The register never deletes history: the change stays, who made or reviewed it does not.
      async anonymise(trx, user, label) {
        await anonymiseVersionActor(withRegisterTables(trx), user.id, label);
        await anonymiseReviewedBy(withRegisterTables(trx), user.email, label);
      },
    },
    {
      key: 'verificationDecisions',
      async collect(db, user) {
        return (await verificationsByUser(withRegisterTables(db), user.id)).map((v) => ({
          at: v.decided_at.toISOString(),
          decision: v.decision,
          enterprise: { orgnr: v.orgnr, name: v.name },
          message: v.message,
        }));
      },
      async anonymise(trx, user, label) {
        await anonymiseVerificationActor(withRegisterTables(trx), user.id, label);
        await anonymiseVerifiedBy(withRegisterTables(trx), user.email, label);
      },
    },
    {
      key: 'coordinatorNotice',
      async collect(db, user) {
        const mode = await findNoticeMode(withRegisterTables(db), user.id);
        return mode ? [{ mode }] : [];
      },
      // A setting, not history: it goes with the account.
      async anonymise(trx, user) {
        await deleteNoticeMode(withRegisterTables(trx), user.id);
      },
    },
    {
      key: 'coordinatorListing',
      async collect(db, user) {
        const listing = await findListing(withRegisterTables(db), user.id);
        return listing ? [{ shownOn: '/samordnare', ...listing }] : [];
      },
      // Shown to the public by the person's own choice: it goes with the account.
      async anonymise(trx, user) {
        await deleteListing(withRegisterTables(trx), user.id);
      },
    },
    {
      key: 'importUploads',
      async collect(db, user) {
        return (await uploadsOfUser(withRegisterTables(db), user.id)).map((u) => ({
          fileName: u.file_name,
          uploadedAt: u.created_at.toISOString(),
          importedAt: u.imported_at?.toISOString() ?? null,
        }));
      },
      // The row would go with the user (on delete cascade); said here so it does not hang on that.
      async anonymise(trx, user) {
        await deleteUploadsOf(withRegisterTables(trx), user.id);
      },
    },
    {
      key: 'importColumnChoices',
      async collect(db, user) {
        return (await columnChoicesByUser(withRegisterTables(db), user.id)).map((c) => ({
          headers: c.headers,
          choices: c.choices,
          chosenAt: c.set_at.toISOString(),
        }));
      },
      // The choices serve every coordinator's next file with the same headers; who made them goes.
      async anonymise(trx, user) {
        await anonymiseColumnChoices(withRegisterTables(trx), user.id);
      },
    },
  ],
} satisfies AccountHooks;
