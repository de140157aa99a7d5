import type { Opportunity } from '../opportunity/opportunity.types.js';
import { listingText } from './listing.text.js';

/** iCalendar text: backslash, semicolon and comma escaped, line breaks as \n (RFC 5545 §3.3.11). */
const text = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** A UTC time as iCalendar writes it: 20270315T110000Z. */
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Lines longer than 75 octets folded with a leading space (RFC 5545 §3.1), never inside a character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * The deadlines and dialogue meetings of the opportunities as a calendar (RFC 5545) a reader
 * subscribes to. Each event has a stable UID, and its SEQUENCE grows with every change, so that a
 * moved deadline moves in the reader's calendar instead of appearing twice.
 */
export function calendar(p: {
  items: readonly Opportunity[];
  base: string;
  now: Date;
  sequence: (o: Opportunity) => number;
}): string {
  const t = listingText.calendar;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ASF-plattformen//Upphandlingar//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(t.name)}`,
  ];
  for (const o of p.items) {
    const url = `${p.base}/upphandlingar/${o.id}`;
    const events: { uid: string; at: Date; summary: string; location: string | null; minutes: number }[] = [];
    if (o.kind === 'dialogue' && o.meetingAt) {
      events.push({
        uid: `meeting-${o.id}`,
        at: o.meetingAt,
        summary: t.meeting(o.title),
        location: o.meetingPlace ?? o.meetingLink,
        minutes: 60,
      });
    }
    const deadline = o.kind === 'dialogue' ? o.deadlineAt : (o.closesAt ?? o.deadlineAt);
    if (deadline)
      events.push({ uid: `deadline-${o.id}`, at: deadline, summary: t.deadline(o.title), location: null, minutes: 0 });
    for (const e of events) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${e.uid}@asf-plattformen`,
        `DTSTAMP:${stamp(p.now)}`,
        `SEQUENCE:${p.sequence(o)}`,
        `DTSTART:${stamp(e.at)}`,
        `DTEND:${stamp(new Date(e.at.getTime() + e.minutes * 60_000))}`,
        `SUMMARY:${text(e.summary)}`,
        `DESCRIPTION:${text(`${o.buyerName}\n${url}`)}`,
        `URL:${url}`,
        ...(e.location ? [`LOCATION:${text(e.location)}`] : []),
        ...(o.status === 'cancelled' ? ['STATUS:CANCELLED'] : []),
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
