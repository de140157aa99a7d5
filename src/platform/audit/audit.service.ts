import type { CurrentUser } from '../auth/roles.js';
import type { Db } from '../db/schema.js';
import { insertAuditEvent } from './audit.repository.js';
import { withoutNul } from '../http/form.js';

/**
 * Actions the audit log records (issue 3 §7). Admins read them at /admin/logg. Labels are the
 * Swedish words shown there.
 */
export const AUDIT_ACTIONS = {
  sign_in: 'Inloggning',
  sign_in_failed: 'Misslyckad inloggning',
  sign_out: 'Utloggning',
  password_reset_requested: 'Begäran om nytt lösenord',
  password_changed: 'Lösenord bytt',
  user_created: 'Användare skapad',
  user_invited: 'Användare inbjuden',
  role_changed: 'Roll ändrad',
  user_disabled: 'Användare spärrad',
  user_enabled: 'Användare återaktiverad',
  user_deleted: 'Användare raderade sina uppgifter',
  user_data_exported: 'Användare hämtade sina uppgifter',
  user_name_changed: 'Namn ändrat',
  organisation_created: 'Organisation tillagd',
  export: 'Export',
  import: 'Import',
  enterprise_registered: 'Företag registrerat',
  enterprise_decision: 'Granskningsbeslut',
  enterprise_archived: 'Företag arkiverat',
  enterprise_reverted: 'Ändring återställd',
  email_confirmed: 'E-postadress bekräftad',
  enterprise_submitted: 'Företag inskickat för granskning',
  enterprise_withdrawn: 'Ansökan dragen tillbaka av företaget',
  error_reported: 'Fel uppgift rapporterad',
  error_report_closed: 'Rapport om fel uppgift åtgärdad',
  coordinator_listing_changed: 'Synlighet på sidan Samordnare ändrad',
  notice_mode_changed: 'Val av e-post om väntande arbete ändrat',
  opportunity_published: 'Upphandling publicerad',
  opportunity_ended: 'Upphandling stängd, tilldelad eller avbruten',
  procurement_rules_changed: 'Direktupphandlingsgräns eller CPV-lista ändrad',
  contract_created: 'Avtal tillagt för uppföljning',
  contract_changed: 'Avtal ändrat',
  fulfilment_reported: 'Uppfyllelse av ett åtagande rapporterad',
  training_agreement_saved: 'Arbetsträningsöverenskommelse sparad',
  training_places_confirmed: 'Lediga arbetsträningsplatser bekräftade',
  goal_targets_changed: 'Mål för uppföljningen ändrade',
  goal_publicity_changed: 'Öppen visning av mål ändrad',
  backup: 'Säkerhetskopia',
  backup_downloaded: 'Säkerhetskopia hämtad',
  restore: 'Återställning från säkerhetskopia',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export type Actor = CurrentUser | { system: string } | null;

/** Who acts when no one is signed in: an operator at the command line. */
export const COMMAND_LINE: Actor = { system: 'Kommandoraden' };

export async function audit(
  db: Db,
  event: {
    at: Date;
    actor: Actor;
    action: AuditAction;
    subject?: string | null;
    details?: Record<string, unknown>;
    ip?: string | null;
  },
): Promise<void> {
  await insertAuditEvent(db, {
    at: event.at,
    actorUserId: event.actor && 'id' in event.actor ? event.actor.id : null,
    actorLabel: actorLabel(event.actor),
    action: event.action,
    // PostgreSQL refuses NUL in text and jsonb, and what is logged is often what someone typed.
    subject: event.subject ? withoutNul(event.subject) : null,
    details: withoutNul(event.details ?? {}),
    ip: event.ip ?? null,
  });
}

export function actorLabel(actor: Actor): string {
  if (!actor) return 'Anonym';
  if ('system' in actor) return actor.system;
  return actor.name ? `${actor.name} <${actor.email}>` : actor.email;
}
