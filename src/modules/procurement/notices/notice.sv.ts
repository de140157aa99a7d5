import { formatInteger } from '../../../platform/i18n/format.js';

const n = (count: number, one: string, many: string) => `${formatInteger(count)} ${count === 1 ? one : many}`;

/** What the notice import says, on the command line and the upload page (Swedish, the source). */
export const noticeSv = {
  refused: {
    not_xml: (_detail: string) =>
      `inte en läsbar XML-fil (den är trasig, avklippt eller i ett annat format). Inget från filen sparades.`,
    not_eforms: (detail: string) => `inte en eForms-annons, fälten ${detail} saknas. Inget från filen sparades.`,
    not_procurement: (subtype: string) =>
      `annonstypen ${subtype} är ingen upphandling (till exempel ett bolagsregistermeddelande). Inget från filen sparades.`,
    not_yours: (title: string) =>
      `upphandlingen ”${title}” finns redan och hör till någon annan; bara den som läste in den, dess organisation eller en administratör kan uppdatera den. Inget från filen sparades.`,
    invalid: (detail: string) => `ett värde i annonsen går inte att spara (${detail}). Inget från filen sparades.`,
    unreadable: () => `filen gick inte att läsa. Inget från filen sparades.`,
  },
  outcome: {
    created: 'ny upphandling',
    updated: 'uppdaterade upphandlingen',
    unchanged: 'redan inläst, inget ändrat',
    older: 'äldre än det som redan finns, sparad utan ändring',
    skipped: (country: string) => `hoppades över (land ${country})`,
  },
  summary: (counts: {
    created: number;
    updated: number;
    unchanged: number;
    older: number;
    skipped: number;
    refused: number;
  }) =>
    [
      n(counts.created, 'ny upphandling', 'nya upphandlingar'),
      `${formatInteger(counts.updated)} uppdaterade`,
      `${formatInteger(counts.unchanged)} redan inlästa`,
      counts.older > 0 ? `${formatInteger(counts.older)} äldre annonser` : null,
      counts.skipped > 0 ? `${formatInteger(counts.skipped)} från andra länder` : null,
      n(counts.refused, 'fil med fel', 'filer med fel'),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  progress: (done: number, total: number) => `Läser annonser: ${formatInteger(done)} av ${formatInteger(total)}`,
  rate: (count: number, seconds: string, perSecond: string) =>
    `${n(count, 'annons', 'annonser')} på ${seconds} s (${perSecond} annonser per sekund).`,
  back: 'Mina upphandlingar',
  none: (path: string) => `Inga filer i ${path}.`,
  page: {
    title: 'Läs in annonser (eForms)',
    lead: 'Läs in upphandlingsannonser i eForms-format, som de publiceras i TED och i svenska annonsdatabaser. Varje upphandling blir en möjlighet i listan; en senare annons för samma upphandling (samma förfarande-id, BT-04) uppdaterar den, och en tilldelningsannons stänger den.',
    files: 'Annonsfiler (XML)',
    filesHint: 'En eller flera filer på en gång, högst 200 och 20 MB tillsammans.',
    country: 'Bara annonser från Sverige',
    submit: 'Läs in',
    resultHeading: 'Resultat',
    view: 'Visa',
    noFiles: 'Välj minst en XML-fil.',
    tooMany: 'För många filer på en gång: högst 200.',
    tooLarge: 'Filerna är för stora: högst 20 MB tillsammans.',
    edit: 'Ändra',
    columns: { file: 'Fil', outcome: 'Vad som hände' },
  },
};
