import type { AccountHooks } from '../../../platform/account/account-hooks.js';
import { withProcurementTables } from '../db.js';
import { anonymisePerson, personalDataOf } from './opportunity.repository.js';

/**
 * The module's personal data about a user (DESIGN §4: contact persons only, minimal, exportable
 * and deletable): the changes they made to opportunities, and the opportunities naming them as
 * contact. In the account download, and gone from both when the account is deleted.
 */
export const procurementAccountHooks: AccountHooks = {
  personalData: [
    {
      key: 'procurement',
      collect: (db, user) => personalDataOf(withProcurementTables(db), user),
      // The history stays; who made a change, and a departed contact's name and address, do not.
      anonymise: (trx, user, label) => anonymisePerson(withProcurementTables(trx), user, label),
    },
  ],
};
