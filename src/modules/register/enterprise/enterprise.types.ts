/** The register's domain types. Services return these; table rows never leave the repository. */

export const LEGAL_FORMS = {
  ekonomisk_forening: 'Ekonomisk förening',
  ideell_forening: 'Ideell förening',
  aktiebolag: 'Aktiebolag',
  aktiebolag_svb: 'Aktiebolag med särskild vinstutdelningsbegränsning (svb)',
  stiftelse: 'Stiftelse',
  annan: 'Annan form',
} as const;
export type LegalForm = keyof typeof LEGAL_FORMS;
export const LEGAL_FORM_KEYS = Object.keys(LEGAL_FORMS) as [LegalForm, ...LegalForm[]];

export const ENTERPRISE_STATUSES = ['draft', 'pending', 'published', 'needs_reverification', 'archived'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];
/** Statuses that the public directory shows. */
export const PUBLIC_STATUSES: readonly EnterpriseStatus[] = ['published', 'needs_reverification'];

/** Where a group of facts came from, shown on the profile. */
export const FACT_SOURCES = {
  import: 'Import från fil',
  enterprise: 'Företaget självt',
  coordinator: 'Samordnare',
  demo: 'Påhittade demodata',
} as const;
export type FactSourceKind = keyof typeof FACT_SOURCES;
export const FACT_GROUPS = ['basics', 'areas', 'offerings', 'employees', 'certifications', 'training'] as const;
export type FactGroup = (typeof FACT_GROUPS)[number];

export interface FactSource {
  source: FactSourceKind;
  /** ISO date-time of when the facts were given. */
  at: string;
  note?: string;
}

export interface OperatingArea {
  countyCode: string;
  /** null = the whole county. */
  municipalityCode: string | null;
}

export interface Offering {
  category: string;
  cpv: string[];
  description: string | null;
}

export interface Employees {
  total: number;
  targetGroup: number;
  /** 'YYYY-MM-DD' the figures were reported. */
  reportedOn: string;
}

export interface Certification {
  name: string;
  issuer: string | null;
  validUntil: string | null;
}

export interface TrainingPlaces {
  capacity: number;
  free: number;
  targetGroups: string[];
  adaptations: string | null;
  supervisors: number | null;
}

export interface Address {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  municipalityCode: string | null;
}

/** What an enterprise says about itself: the input to create or update. */
export interface EnterpriseFacts {
  orgnr: string;
  name: string;
  legalForm: LegalForm;
  foundedYear: number | null;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: Address;
  operatingAreas: OperatingArea[];
  offerings: Offering[];
  employees: Employees | null;
  targetGroups: string[];
  certifications: Certification[];
  trainingPlaces: TrainingPlaces | null;
  networks: string[];
}

export interface Enterprise extends EnterpriseFacts {
  status: EnterpriseStatus;
  verifiedAt: Date | null;
  isDemo: boolean;
  sources: Partial<Record<FactGroup, FactSource>>;
  createdAt: Date;
  updatedAt: Date;
}

/** Facts while they are being filled in (a file row, a new draft): the legal form may be unknown. */
export type RowInput = Omit<EnterpriseFacts, 'legalForm'> & { legalForm: EnterpriseFacts['legalForm'] | null };

/** An enterprise with nothing known but its org.nr. */
export function emptyFacts(orgnr: string): RowInput {
  return {
    orgnr,
    name: '',
    legalForm: null,
    foundedYear: null,
    description: '',
    website: null,
    email: null,
    phone: null,
    address: { street: null, postalCode: null, city: null, municipalityCode: null },
    operatingAreas: [],
    offerings: [],
    employees: null,
    targetGroups: [],
    certifications: [],
    trainingPlaces: null,
    networks: [],
  };
}
