/** The goal pages' addresses: the organisation's own under /uppfoljning, the open ones under /mal. */
export const GOALS_PATH = '/uppfoljning/mal';
export const GOALS_PUBLICITY_PATH = `${GOALS_PATH}/oppet`;
export const OPEN_GOALS_PATH = '/mal';
export const openGoalsPath = (organisationId: number) => `${OPEN_GOALS_PATH}/${organisationId}`;
