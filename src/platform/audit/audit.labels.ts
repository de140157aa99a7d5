import { currentLanguage } from '../i18n/language.js';

/** A word in both languages. */
export interface Label {
  sv: string;
  en: string;
}

/**
 * Names for the keys and coded values in audit details (`reason: wrong_password` reads
 * "Orsak: fel lösenord"), from the platform and every module (AppModule.auditDetails). The
 * details themselves stay as written, in the database and in exports; only the log page reads
 * them out. Known process-wide, like error ids: compose() adds each module's.
 */
export interface AuditDetailLabels {
  keys?: Readonly<Record<string, Label>>;
  /** Per key, its coded values: `reason: { wrong_password: … }`. A code means something only under its key. */
  values?: Readonly<Record<string, Readonly<Record<string, Label>>>>;
}

const keys = new Map<string, Label>();
const values = new Map<string, Label>();

/** Adds labels; a key or value another part already named differently is a mistake, said at start. */
export function defineAuditDetailLabels(labels: AuditDetailLabels): void {
  const claim = (into: Map<string, Label>, name: string, label: Label) => {
    const had = into.get(name);
    if (had && (had.sv !== label.sv || had.en !== label.en)) throw new Error(`audit label ${name} is already taken`);
    into.set(name, label);
  };
  for (const [k, v] of Object.entries(labels.keys ?? {})) claim(keys, k, v);
  for (const [k, codes] of Object.entries(labels.values ?? {})) {
    for (const [code, label] of Object.entries(codes)) claim(values, `${k}\u0000${code}`, label);
  }
}

export interface DetailPart {
  label: string;
  value: string;
  /** False when the value is someone's own text (a file name, a reason typed), kept as written. */
  translated: boolean;
}

/** Each detail as a label and a value in the page's language; coded values named, others as written. */
export function describeDetails(details: unknown): DetailPart[] {
  if (!details || typeof details !== 'object') return [];
  const language = currentLanguage();
  const wordFor = (key: string) => (code: string) => values.get(`${key}\u0000${code}`)?.[language];
  const yes = language === 'en' ? 'yes' : 'ja';
  const no = language === 'en' ? 'no' : 'nej';
  return Object.entries(details as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '' && !isEmptyObject(v))
    .map(([k, v]) => {
      const label = keys.get(k)?.[language] ?? k;
      const word = wordFor(k);
      if (typeof v === 'boolean') return { label, value: v ? yes : no, translated: true };
      if (typeof v === 'string') {
        const named = word(v);
        return { label, value: named ?? v, translated: named !== undefined };
      }
      if (Array.isArray(v) && v.every((x) => typeof x === 'string' && word(x))) {
        return { label, value: v.map((x) => word(x as string)!).join(', '), translated: true };
      }
      if (typeof v === 'number') return { label, value: String(v), translated: true };
      return { label, value: JSON.stringify(v), translated: false };
    });
}

const isEmptyObject = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length === 0;

/** A word in both languages, for the tables of labels. */
export const label = (sv: string, en: string): Label => ({ sv, en });
const l = label;

/** The platform's own keys and codes (sign-in, accounts, backups). */
export const PLATFORM_AUDIT_DETAILS: AuditDetailLabels = {
  keys: {
    reason: l('Orsak', 'Reason'),
    role: l('Roll', 'Role'),
    organisationId: l('Organisation (id)', 'Organisation (id)'),
    enterpriseId: l('Företag (id)', 'Enterprise (id)'),
    again: l('Igen', 'Again'),
    via: l('Via', 'Via'),
    known: l('Känd adress', 'Known address'),
    from: l('Före', 'Before'),
    to: l('Efter', 'After'),
    id: l('Id', 'Id'),
    kind: l('Slag', 'Kind'),
    name: l('Namn', 'Name'),
    file: l('Fil', 'File'),
    bytes: l('Byte', 'Bytes'),
    dumpMs: l('Tid (ms)', 'Time (ms)'),
    removed: l('Borttagna', 'Removed'),
    tables: l('Tabeller', 'Tables'),
    rows: l('Rader', 'Rows'),
    migrations: l('Migreringar', 'Migrations'),
    format: l('Format', 'Format'),
    count: l('Antal', 'Count'),
    query: l('Sökning', 'Search'),
    filters: l('Urval', 'Filters'),
  },
  values: {
    reason: {
      unknown_email: l('okänd e-postadress', 'unknown e-mail address'),
      disabled: l('kontot är spärrat', 'the account is disabled'),
      wrong_password: l('fel lösenord', 'wrong password'),
    },
    via: {
      first_admin_link: l('länken för första administratören', 'the first administrator link'),
      account: l('kontosidan', 'the account page'),
      password_reset: l('länk för nytt lösenord', 'password reset link'),
      invite: l('inbjudan', 'invitation'),
    },
    role: {
      enterprise_editor: l('företagsredaktör', 'enterprise editor'),
      buyer: l('inköpare', 'buyer'),
      coordinator: l('samordnare', 'coordinator'),
      admin: l('administratör', 'administrator'),
    },
  },
};
