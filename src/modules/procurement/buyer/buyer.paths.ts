/** The buyer's place of work: their organisation's opportunities, drafts and published. */
export const BUYER_HOME = '/inkop';
export const NEW_PATH = `${BUYER_HOME}/ny`;
export const overviewPath = (id: number | string) => `${BUYER_HOME}/${id}`;
export const basicsPath = (id: number | string) => `${overviewPath(id)}/uppgifter`;
export const lotPath = (id: number | string, position: number | string | null) =>
  `${overviewPath(id)}/delomraden/${position ?? 'ny'}`;
/** Every enterprise matching each lot (issue 11 §1). */
export const matchesPath = (id: number | string) => `${overviewPath(id)}/matchningar`;

/** The page that asks before a procurement is closed, awarded or cancelled (none can be undone). */
export const END_SLUGS = { closed: 'stang', awarded: 'tilldela', cancelled: 'avbryt' } as const;
export const endPath = (id: number | string, status: keyof typeof END_SLUGS) =>
  `${overviewPath(id)}/${END_SLUGS[status]}`;
