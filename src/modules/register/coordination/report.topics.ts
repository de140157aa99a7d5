/** What a reader can say is wrong on a profile; the coordinator sees which. */
export const REPORT_TOPICS = [
  'contact',
  'address',
  'services',
  'areas',
  'employees',
  'certification',
  'training',
  'criteria',
  'closed',
  'other',
] as const;
export type ReportTopic = (typeof REPORT_TOPICS)[number];
