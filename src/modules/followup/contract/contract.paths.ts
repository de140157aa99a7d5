/** The follow-up's addresses for contracts: the buyer's under /uppfoljning, the supplier's under /mitt-foretag. */
export const FOLLOWUP_HOME = '/uppfoljning';
export const NEW_CONTRACT_PATH = `${FOLLOWUP_HOME}/avtal/nytt`;
export const CONTRACTS_EXPORT_PATH = `${FOLLOWUP_HOME}/avtal/export`;
export const contractPath = (id: number) => `${FOLLOWUP_HOME}/avtal/${id}`;
export const changeContractPath = (id: number) => `${contractPath(id)}/andra`;
/** The new-contract form filled in from an awarded lot. */
export const contractFromLotPath = (opportunityId: number, position: number) =>
  `${NEW_CONTRACT_PATH}?upphandling=${opportunityId}&delomrade=${position}`;

export const SUPPLIER_CONTRACTS_PATH = '/mitt-foretag/avtal';
export const supplierContractPath = (id: number) => `${SUPPLIER_CONTRACTS_PATH}/${id}`;

/** Where a party posts a report on a commitment, below the contract's page it reads. */
export const reportPath = (contractPage: string, commitmentId: number) => `${contractPage}/rapport/${commitmentId}`;
