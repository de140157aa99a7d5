/** The buyer's place of work: their organisation's opportunities, drafts and published. */
export const BUYER_HOME = '/inkop';
export const NEW_PATH = `${BUYER_HOME}/ny`;
export const overviewPath = (id: number | string) => `${BUYER_HOME}/${id}`;
export const basicsPath = (id: number | string) => `${overviewPath(id)}/uppgifter`;
export const lotPath = (id: number | string, position: number | string | null) =>
  `${overviewPath(id)}/delomraden/${position ?? 'ny'}`;
