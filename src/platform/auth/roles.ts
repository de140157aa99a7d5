import { authText } from './auth.text.js';
/** The four roles of DESIGN §2. Every role check goes through access.ts. */
export const ROLES = ['enterprise_editor', 'buyer', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  enterprise_editor: 'Företagsredaktör',
  buyer: 'Inköpare',
  coordinator: 'Samordnare',
  admin: 'Administratör',
};

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}

/** The signed-in user as routes and views see it. */
export interface CurrentUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  /** For an enterprise editor: the one enterprise they edit. */
  enterpriseId: number | null;
  /** For a buyer (and others): the organisation they belong to. */
  organisationId: number | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
  }
}

/** The role's name in the page's language (ROLE_LABELS is the Swedish one, for mail and logs). */
export function roleName(role: Role): string {
  return authText.roleNames[role];
}
