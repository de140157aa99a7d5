import { resolveCounty, resolveMunicipality, similarAreaNames } from './geo.js';

/** A place named in text: a kommun, or a whole län (municipalityCode null). */
export interface NamedPlace {
  countyCode: string;
  municipalityCode: string | null;
}

export interface PlacesRead {
  places: NamedPlace[];
  /** What matched no kommun or län, with the names nearest to it. */
  unknown: { written: string; similar: string[] }[];
}

/**
 * Kommuner and whole län written as people write them: 'Falun, Borlänge', 'Borlänge och Falun',
 * 'Dalarnas län', 'Hela Dalarna', codes ('2080', '20'). A kommun wins when a word could be both
 * ('Gotland'), unless it says 'län' or 'hela'. Used by the import's area cells and the buyer's lot form.
 */
export function readPlaces(text: string): PlacesRead {
  const places: NamedPlace[] = [];
  const unknown: PlacesRead['unknown'] = [];
  for (const written of splitPlaces(text)) {
    // 'Hela Dalarna' is the län; 'Hela Borlänge' the kommun.
    const whole = /^hela\s/i.test(written);
    const token = whole ? written.slice(5).trim() : written;
    const place =
      whole || /län$/i.test(token) || /^\d{1,2}$/.test(token)
        ? (countyPlace(token) ?? (whole ? municipalityPlace(token) : undefined))
        : (municipalityPlace(token) ?? countyPlace(token));
    if (place) places.push(place);
    else unknown.push({ written, similar: similarAreaNames(token) });
  }
  return { places, unknown };
}

function municipalityPlace(token: string): NamedPlace | undefined {
  const m = resolveMunicipality(token);
  return m && { countyCode: m.countyCode, municipalityCode: m.code };
}

function countyPlace(token: string): NamedPlace | undefined {
  const c = resolveCounty(token);
  return c && { countyCode: c.code, municipalityCode: null };
}

/** Separated by ; , line breaks, ' och ', ' & ' or '/' (no kommun's name has them). */
function splitPlaces(text: string): string[] {
  return text
    .replace(/\s+(och|&)\s+|\//gi, ';')
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
