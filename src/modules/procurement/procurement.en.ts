import type { Catalogue } from '../../platform/i18n/types.js';
import type { procurementSv } from './procurement.sv.js';

export const procurementEn: Catalogue<typeof procurementSv> = {
  errors: {
    opportunityNotFound: (id: string) => `There is no published procurement with id ${id}.`,
  },
};
