import type { FastifyInstance } from 'fastify';
import { isoDate } from '../../../platform/calendar.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/http/errors.js';
import { sendTable } from '../../../platform/http/table-export.js';
import { findCpvCodes } from '../../../platform/reference/cpv.find.js';
import { sendPage } from '../../../platform/views/render.js';
import { analysisTable } from './analysis.file.js';
import { ANALYSIS_PATH, readAnalysisForm, type AnalysisForm } from './analysis.params.js';
import { analyseMarket, municipalitiesOf } from './analysis.service.js';
import { AnalysisPage } from './analysis.views.js';
import { analysisText } from './analysis.text.js';

const PICKS = 20;

/**
 * The market analysis (issue 10 §3): a GET form, so that an analysis is an address a buyer can
 * keep, share and print; the words field finds CPV codes without JavaScript. Public, as the
 * register it reads is open data.
 */
export function registerAnalysisRoutes(app: FastifyInstance, ctx: AppContext): void {
  const analyse = (form: AnalysisForm, today: string) =>
    analyseMarket(ctx.db, {
      cpv: form.codes,
      municipalityCodes: municipalitiesOf({
        countyCode: form.countyCode,
        municipalityCodes: form.municipalityCode ? [form.municipalityCode] : [],
      }),
      countyCode: form.municipalityCode ? null : form.countyCode,
      today,
    });
  const ready = (form: AnalysisForm) =>
    form.wantsAnalysis && form.errors.length === 0 && form.codes.length > 0 && form.countyCode !== null;

  app.get(ANALYSIS_PATH, async (req, reply) => {
    const form = readAnalysisForm(req.query as Record<string, unknown>);
    const today = isoDate(ctx.now());
    const [picks, analysis, demo] = await Promise.all([
      form.words ? findCpvCodes(ctx.db, form.words, PICKS) : null,
      ready(form) ? analyse(form, today) : null,
      ctx.hasDemoData(),
    ]);
    const shownErrors = form.wantsAnalysis ? form.errors : [];
    return sendPage(
      reply,
      AnalysisPage({ form, errors: shownErrors, picks, analysis, today, demo }),
      shownErrors.length > 0 ? 400 : 200,
    );
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`${ANALYSIS_PATH}.${format}`, async (req, reply) => {
      const form = readAnalysisForm({ ...(req.query as Record<string, unknown>), analys: '1' });
      if (!ready(form))
        throw new AppError('invalid_parameter', form.errors.map((e) => e.message).join(' '), form.errors);
      const today = isoDate(ctx.now());
      const table = analysisTable(await analyse(form, today), form.countyCode);
      return sendTable(reply, table, format, `marknadsanalys-${today}`, analysisText.file.sheet);
    });
  }
}
