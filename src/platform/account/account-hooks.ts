import type { Kysely, Transaction } from 'kysely';
import type { Db, PlatformDB } from '../db/schema.js';

/**
 * What the account pages need from the modules, without the platform importing them (the
 * platform lies below the modules, DESIGN §3). Each module hands its hooks over in the module
 * contract and composition.ts registers them once; the admin pages, the account download and
 * the account deletion then ask the registry.
 */

/**
 * Whom a piece of personal data is about. Both id and address: some labels were written as
 * text ("Name <address>") rather than by user id, and are only found by the address.
 */
export interface DataSubject {
  id: number;
  email: string;
}

export type EnterpriseLookup = { ok: true; id: number; name: string } | { ok: false; message: string };

/** Finds an enterprise by what a person typed as its org.nr; the message says plainly what is wrong. */
export type FindEnterprise = (db: Kysely<PlatformDB>, input: string) => Promise<EnterpriseLookup>;

/** The name and org.nr of enterprises by id (an editor's, on the admin pages); unknown ids are left out. */
export type DescribeEnterprises = (
  db: Kysely<PlatformDB>,
  ids: readonly number[],
) => Promise<Map<number, { name: string; orgnr: string }>>;

/** One kind of personal data a module keeps: shown in the user's download, blanked when they delete their account. */
export interface PersonalDataHook {
  /** The key in the downloaded JSON document. */
  key: string;
  collect(db: Db, user: DataSubject): Promise<unknown>;
  /** Runs in the deletion's transaction, before the user row goes; keeps what happened, not who. */
  anonymise(trx: Transaction<PlatformDB>, user: DataSubject, label: string): Promise<void>;
}

export interface AccountHooks {
  /** Only the module that keeps enterprises (the register) answers this. */
  findEnterprise?: FindEnterprise;
  /** Answered by the module that keeps enterprises, with findEnterprise. */
  describeEnterprises?: DescribeEnterprises;
  personalData: PersonalDataHook[];
}

/** Keys the platform's own part of the download uses; a module may not take them. */
const PLATFORM_KEYS = ['about', 'generatedAt', 'account', 'auditEvents', 'signInAttempts', 'sessions', 'mail'];

export class AccountHookRegistry {
  private finder: FindEnterprise | undefined;
  private describer: DescribeEnterprises | undefined;
  private readonly data: PersonalDataHook[] = [];

  register(hooks: AccountHooks): void {
    if (hooks.findEnterprise) {
      if (this.finder) throw new Error('two modules answer findEnterprise');
      this.finder = hooks.findEnterprise;
    }
    if (hooks.describeEnterprises) {
      if (this.describer) throw new Error('two modules answer describeEnterprises');
      this.describer = hooks.describeEnterprises;
    }
    for (const hook of hooks.personalData) {
      if (PLATFORM_KEYS.includes(hook.key) || this.data.some((d) => d.key === hook.key)) {
        throw new Error(`personal data key ${hook.key} is already taken`);
      }
      this.data.push(hook);
    }
  }

  /** Without a register there is no enterprise to belong to; saying so beats a crash. */
  findEnterprise: FindEnterprise = async (db, input) =>
    this.finder ? this.finder(db, input) : { ok: false, message: 'Det finns inget företagsregister att söka i.' };

  describeEnterprises: DescribeEnterprises = async (db, ids) =>
    this.describer && ids.length > 0 ? this.describer(db, ids) : new Map();

  get personalData(): readonly PersonalDataHook[] {
    return this.data;
  }
}
