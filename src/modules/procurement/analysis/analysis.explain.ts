import { formatDate, formatPercent } from '../../../platform/i18n/format.js';
import { currentLanguage } from '../../../platform/i18n/language.js';
import { shippedCpvByCode } from '../../../platform/reference/cpv.vocabulary.js';
import { SUPPLIER_RESERVATION_RULE } from '../../register/index.js';
import { countyByCode, municipalityByCode } from '../../../platform/reference/geo.js';
import type { CpvMatch } from './analysis.match.js';
import type { AnalysedSupplier, MarketAnalysis } from './analysis.service.js';
import { analysisText } from './analysis.text.js';

/** Words for an analysis, shared by the page and the downloads. */

export function cpvLabel(code: string): string {
  const c = shippedCpvByCode(code);
  if (!c) return '';
  return currentLanguage() === 'en' ? c.labelEn : c.labelSv;
}

/** "90910000 Städning (omfattar 90911200)": the offered code and how it answers the asked one. */
export function matchReason(m: CpvMatch): string {
  const t = analysisText.result;
  const label = cpvLabel(m.offered);
  if (m.relation === 'same') return t.same(m.offered, label);
  return m.relation === 'narrower' ? t.narrower(m.offered, label, m.asked) : t.broader(m.offered, label, m.asked);
}

/** Whether it meets 4 kap. 18 §, and on what: the share and the date of the figures. */
export function reservationReason(s: AnalysedSupplier): string {
  const t = analysisText.result;
  if (s.targetGroupShare === null || !s.reportedOn) return t.noFigures;
  const share = formatPercent(s.targetGroupShare);
  const date = formatDate(s.reportedOn);
  if (s.eligible) return t.yes(share, date);
  return s.targetGroupShare >= SUPPLIER_RESERVATION_RULE.minShare ? t.oldFigures(share, date) : t.lowShare(share, date);
}

/** Where it delivers of what was asked: "Hela Dalarnas län", or the kommuner by name. */
export function whereText(s: AnalysedSupplier, a: MarketAnalysis, place: string): string {
  if (a.perMunicipality.length > 1 && s.municipalities.length === a.perMunicipality.length) {
    return analysisText.result.everywhere(place);
  }
  return s.municipalities
    .map((c) => municipalityByCode(c)?.shortName ?? c)
    .sort((x, y) => x.localeCompare(y, 'sv'))
    .join(', ');
}

/** The place of an analysis by name: the kommun, or the län. */
export function placeName(a: MarketAnalysis, countyCode: string | null): string {
  if (a.perMunicipality.length === 1) return a.perMunicipality[0]!.name;
  return countyCode ? (countyByCode(countyCode)?.name ?? countyCode) : '';
}
