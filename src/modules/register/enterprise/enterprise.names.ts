import { registerText } from '../register.text.js';
import type { FactSourceKind, LegalForm } from './enterprise.types.js';

/** The legal form's name in the page's language (the API and exports use LEGAL_FORMS, in Swedish). */
export function legalFormName(form: string): string {
  return (registerText.legalForms as Record<LegalForm, string>)[form as LegalForm] ?? form;
}

/** Where facts came from, in the page's language. */
export function factSourceName(source: string): string {
  return (registerText.factSources as Record<FactSourceKind, string>)[source as FactSourceKind] ?? source;
}
