import { COUNTIES, MUNICIPALITIES, type Municipality } from '../reference/geo.js';

/**
 * The kommuner as options, grouped by län (`data-county` lets app.js narrow the list to the
 * chosen län); with a län given, only its kommuner.
 */
const SWEDISH_ORDER = new Intl.Collator('sv');

/** Within a län, A–Ö as people look for a name (the codes' order is the state's, not theirs). */
const byName = (list: readonly Municipality[]) =>
  [...list].sort((a, b) => SWEDISH_ORDER.compare(a.shortName, b.shortName));

export function MunicipalityOptions({
  countyCode,
  selected,
  label = (m) => m.shortName,
}: {
  countyCode: string | null;
  selected: string | null;
  label?: (m: Municipality) => string;
}) {
  const counties = countyCode ? COUNTIES.filter((c) => c.code === countyCode) : COUNTIES;
  return (
    <>
      {counties.map((county) => (
        <optgroup key={county.code} label={county.name} data-county={county.code}>
          {byName(MUNICIPALITIES.filter((m) => m.countyCode === county.code)).map((m) => (
            <option key={m.code} value={m.code} selected={selected === m.code}>
              {label(m)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
