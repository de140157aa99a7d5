import type { FastifyInstance } from 'fastify';
import { sendCachedJson } from '../../../platform/http/etag.js';
import { AppError } from '../../../platform/http/errors.js';
import type { RawQuery } from '../../../platform/http/query.js';
import { platformText } from '../../../platform/i18n/platform.text.js';
import type { FollowupContext } from '../db.js';
import { toTrainingPlaceJson } from './capacity.api.js';
import { readBoardQuery } from './capacity.params.js';
import { capacityBoard } from './capacity.service.js';
import { capacityText } from './capacity.text.js';

export const TRAINING_PLACES_API = '/api/v1/training-places';

/** The capacity board as open data (DESIGN §8): the page's filters in English names. */
export function registerCapacityApiRoutes(app: FastifyInstance, ctx: FollowupContext): void {
  app.get(TRAINING_PLACES_API, async (req, reply) => {
    const { query, errors } = readBoardQuery(req.query as RawQuery, 'api', capacityText.board.badParameter);
    // A program is told, never given a silently wider list.
    if (errors.length > 0) throw new AppError('invalid_parameter', platformText.api.invalidParameters, errors);
    const all = await capacityBoard(ctx, query);
    const items = all.slice((query.page - 1) * query.pageSize, query.page * query.pageSize).map(toTrainingPlaceJson);
    return sendCachedJson(req, reply, { items, total: all.length, page: query.page, pageSize: query.pageSize }, 'list');
  });
}
