import type { CurrentUser } from '../../../platform/auth/roles.js';
import { editorAddresses } from '../../../platform/auth/user.repository.js';
import { addMonthsToDate, isoDate } from '../../../platform/calendar.js';
import { baseUrl } from '../../../platform/config/config.js';
import { inSwedish } from '../../../platform/i18n/language.js';
import { queueMail } from '../../../platform/mail/mail.service.js';
import { findSuppliers, type Supplier } from '../../register/index.js';
import { cpvMatches } from '../analysis/analysis.match.js';
import type { ProcurementContext } from '../db.js';
import { lotCodes } from '../matching/match.score.js';
import { interestPath } from '../opportunity/opportunity.paths.js';
import { loadOpportunity } from '../opportunity/opportunity.service.js';
import { isAnswerable, type Lot, type Opportunity } from '../opportunity/opportunity.types.js';
import {
  deleteInterest,
  saveRsvp,
  selectInterests,
  selectRsvps,
  upsertInterest,
  type InterestRow,
} from './interest.repository.js';
import { interestText } from './interest.text.js';

/**
 * Interest and joint bids (issue 11 §3). An enterprise shows interest in a lot with a short
 * message; the buyer sees who and what only when the enterprise allows it (otherwise a count).
 * Those open to a joint bid on a lot see each other and can write to each other through the
 * platform: a message goes to the other's editors by e-mail with the sender's address, never the
 * other way round, so nobody's address is shown without their own act. The joint view adds up
 * the partners' codes, places and target-group figures; whether they meet 4 kap. 18 § together
 * is the buyer's call, and the page says so.
 */
export interface Interested {
  enterpriseId: number;
  name: string;
  orgnr: string;
  position: number;
  message: string;
  showBuyer: boolean;
  jointBid: boolean;
}

export interface JointMember {
  name: string;
  orgnr: string;
  /** The lot's codes it answers, and the lot's places it delivers in. */
  codes: string[];
  places: string[];
  /** Head counts on figures at most 12 months old; null without them. */
  employees: { total: number; targetGroup: number } | null;
}

export interface JointView {
  members: JointMember[];
  codesAsked: string[];
  codesCovered: string[];
  placesAsked: string[];
  placesCovered: string[];
  /** Target group ÷ employees over the members with current figures; null when none has them. */
  share: number | null;
  withFigures: number;
}

export interface EnterpriseInterest {
  opportunity: Opportunity;
  /** Whether the enterprise is published (only then may it show interest). */
  published: boolean;
  own: Map<number, Interested>;
  /** Per lot: the others open to a joint bid, shown only when the enterprise is open to one too. */
  partners: Map<number, Interested[]>;
  joint: Map<number, JointView>;
  /** Persons the enterprise sends to the dialogue meeting; 0 when it has not said it comes. */
  persons: number;
}

async function interestedOf(ctx: ProcurementContext, rows: InterestRow[], today: string) {
  const suppliers = new Map(
    (await findSuppliers(ctx.db, { ids: [...new Set(rows.map((r) => r.enterprise_id))], today })).map((s) => [s.id, s]),
  );
  const interested = rows.flatMap((r): Interested[] => {
    const s = suppliers.get(r.enterprise_id);
    if (!s) return []; // no longer published: out of sight
    return [
      {
        enterpriseId: s.id,
        name: s.name,
        orgnr: s.orgnr,
        position: r.lot_position,
        message: r.message,
        showBuyer: r.show_buyer,
        jointBid: r.joint_bid,
      },
    ];
  });
  return { interested, suppliers };
}

/** The enterprise's view of an opportunity; null when it cannot be answered (not public, or closed). */
export async function interestFor(
  ctx: ProcurementContext,
  opportunityId: number,
  enterpriseId: number,
): Promise<EnterpriseInterest | null> {
  const open = await openTo(ctx, opportunityId, enterpriseId);
  if (!open) return null;
  const { o, published } = open;
  const today = isoDate(ctx.now());
  const [rows, rsvps] = await Promise.all([selectInterests(ctx.db, o.id), selectRsvps(ctx.db, o.id)]);
  const { interested, suppliers } = await interestedOf(ctx, rows, today);
  const own = new Map(interested.filter((i) => i.enterpriseId === enterpriseId).map((i) => [i.position, i]));
  const partners = new Map<number, Interested[]>();
  const joint = new Map<number, JointView>();
  for (const lot of o.lots) {
    const mine = own.get(lot.position);
    if (!mine?.jointBid) continue;
    const others = interested.filter(
      (i) => i.position === lot.position && i.jointBid && i.enterpriseId !== enterpriseId,
    );
    partners.set(lot.position, others);
    if (others.length > 0) {
      const members = [mine, ...others].map((i) => suppliers.get(i.enterpriseId)!);
      joint.set(lot.position, jointView(lot, members, today));
    }
  }
  const persons = rsvps.find((r) => r.enterprise_id === enterpriseId)?.persons ?? 0;
  return { opportunity: o, published, own, partners, joint, persons };
}

/** The opportunity if it can be answered, and whether the enterprise is published (only then may it answer). */
async function openTo(
  ctx: ProcurementContext,
  opportunityId: number,
  enterpriseId: number,
): Promise<{ o: Opportunity; published: boolean } | null> {
  const o = await loadOpportunity(ctx.db, opportunityId);
  if (!o || !isAnswerable(o, ctx.now())) return null;
  const self = await findSuppliers(ctx.db, { ids: [enterpriseId], today: isoDate(ctx.now()) });
  return { o, published: self.length > 0 };
}

/** The lot's places as codes: its kommuner, and its whole län. */
const placesOf = (lot: Lot) => [...lot.municipalityCodes, ...lot.countyCodes];

export function jointView(lot: Lot, members: readonly Supplier[], today: string): JointView {
  const codesAsked = lotCodes(lot);
  const placesAsked = placesOf(lot);
  const oldest = addMonthsToDate(today, -12);
  const rows = members.map((s): JointMember => {
    const current = s.reservation.reportedOn !== null && s.reservation.reportedOn >= oldest;
    return {
      name: s.name,
      orgnr: s.orgnr,
      codes: codesAsked.filter((c) => cpvMatches([c], s.cpvCodes).length > 0),
      places: placesAsked.filter((p) =>
        p.length === 2 ? s.deliversInCounties.includes(p) : s.deliversInMunicipalities.includes(p),
      ),
      employees: current ? s.reservation.employees : null,
    };
  });
  const withFigures = rows.filter((r) => r.employees !== null);
  const total = withFigures.reduce((n, r) => n + r.employees!.total, 0);
  const target = withFigures.reduce((n, r) => n + r.employees!.targetGroup, 0);
  return {
    members: rows,
    codesAsked,
    codesCovered: codesAsked.filter((c) => rows.some((r) => r.codes.includes(c))),
    placesAsked,
    placesCovered: placesAsked.filter((p) => rows.some((r) => r.places.includes(p))),
    share: total > 0 ? target / total : null,
    withFigures: withFigures.length,
  };
}

export type InterestInput = { position: number; message: string; showBuyer: boolean; jointBid: boolean };

/** Shows or changes interest in a lot; false when the opportunity or lot cannot take it. */
export async function showInterest(
  ctx: ProcurementContext,
  enterpriseId: number,
  opportunityId: number,
  input: InterestInput,
): Promise<boolean> {
  const open = await openTo(ctx, opportunityId, enterpriseId);
  if (!open?.published || !open.o.lots.some((l) => l.position === input.position)) return false;
  await upsertInterest(ctx.db, {
    opportunity_id: opportunityId,
    lot_position: input.position,
    enterprise_id: enterpriseId,
    message: input.message,
    show_buyer: input.showBuyer,
    joint_bid: input.jointBid,
    at: ctx.now(),
  });
  return true;
}

export async function withdrawInterest(
  ctx: ProcurementContext,
  enterpriseId: number,
  opportunityId: number,
  position: number,
): Promise<void> {
  await deleteInterest(ctx.db, { opportunityId, position, enterpriseId });
}

/** Persons coming to a dialogue's meeting (0: not coming); false when the opportunity has no meeting ahead. */
export async function answerMeeting(
  ctx: ProcurementContext,
  enterpriseId: number,
  opportunityId: number,
  persons: number,
): Promise<boolean> {
  const open = await openTo(ctx, opportunityId, enterpriseId);
  const meeting = open?.o.meetingAt;
  if (!open?.published || !meeting || meeting < ctx.now()) return false;
  await saveRsvp(ctx.db, { opportunityId, enterpriseId, persons, at: ctx.now() });
  return true;
}

/**
 * A message to a partner open to a joint bid on the same lot, to its editors by e-mail, with the
 * sender's own address to answer to. Only between two open to a joint bid on that lot.
 */
export async function contactPartner(
  ctx: ProcurementContext,
  sender: CurrentUser,
  opportunityId: number,
  position: number,
  partnerId: number,
  message: string,
): Promise<boolean> {
  if (sender.enterpriseId === null) return false;
  const view = await interestFor(ctx, opportunityId, sender.enterpriseId);
  const own = view?.own.get(position);
  const partner = view?.partners.get(position)?.find((p) => p.enterpriseId === partnerId);
  if (!view || !own || !partner) return false;
  const recipients = await editorAddresses(ctx.db, [partnerId]);
  const base = baseUrl(ctx.config);
  const o = view.opportunity;
  const mail = inSwedish(() =>
    interestText.mail.contact({
      sender: own.name,
      senderOrgnr: own.orgnr,
      replyTo: sender.email,
      title: o.title,
      position,
      message,
      opportunityUrl: `${base}/upphandlingar/${o.id}`,
      interestUrl: `${base}${interestPath(o.id)}`,
    }),
  );
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of recipients) await queueMail(trx, now, { to: r.email, ...mail });
  });
  return true;
}

/** A lot's interest as its buyer sees it: how many, how many open to a joint bid, and those who let the buyer see them. */
export interface LotInterestCount {
  total: number;
  joint: number;
  visible: Interested[];
}

export interface BuyerInterest {
  /** Per lot position. */
  perLot: Map<number, LotInterestCount>;
  meeting: { enterprises: number; persons: number };
}

export async function interestForBuyer(ctx: ProcurementContext, o: Opportunity): Promise<BuyerInterest> {
  const today = isoDate(ctx.now());
  const [rows, rsvps] = await Promise.all([selectInterests(ctx.db, o.id), selectRsvps(ctx.db, o.id)]);
  const { interested } = await interestedOf(ctx, rows, today);
  const perLot = new Map(
    o.lots.map((lot) => {
      const here = interested.filter((i) => i.position === lot.position);
      return [
        lot.position,
        { total: here.length, joint: here.filter((i) => i.jointBid).length, visible: here.filter((i) => i.showBuyer) },
      ];
    }),
  );
  return {
    perLot,
    meeting: { enterprises: rsvps.length, persons: rsvps.reduce((n, r) => n + r.persons, 0) },
  };
}
