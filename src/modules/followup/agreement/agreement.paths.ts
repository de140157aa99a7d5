/** The coordinators' work-training agreements (under /uppfoljning; access: coordinators and admins). */
export const AGREEMENTS_PATH = '/uppfoljning/arbetstraning';
export const NEW_AGREEMENT_PATH = `${AGREEMENTS_PATH}/ny`;
export const agreementPath = (id: number) => `${AGREEMENTS_PATH}/${id}`;
export const editAgreementPath = (id: number) => `${AGREEMENTS_PATH}/${id}/andra`;
