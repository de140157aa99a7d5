import type { Command } from '../cli/command.js';
import { AppError } from '../http/errors.js';
import { emailSchema } from './auth.schema.js';
import { ROLE_LABELS, ROLES, isRole } from './roles.js';
import { inviteUser } from './user.service.js';
import { findOrganisationByName, insertOrganisation, listUsers } from './user.repository.js';

/**
 * `asf user create|list`. The register module tells it how to find an enterprise by org.nr (its
 * account hook, which src/bin/commands.ts passes in), so the platform does not read the
 * register's tables: the CLI registers no modules.
 */
export function userCommands(): Command[] {
  const create: Command = {
    path: ['user', 'create'],
    summary: 'Skapa en användare och skriv ut länken där hen väljer lösenord',
    usage:
      'asf user create --email <adress> --role <roll> [--name <namn>] [--enterprise <orgnr>] [--organisation <namn>]',
    help: [
      'Skapar ett konto och skriver ut en länk (giltig i 7 dagar) där användaren väljer sitt lösenord.',
      'Inget e-postmeddelande skickas: ge länken till personen på ett säkert sätt.',
      '',
      'Flaggor:',
      '  --email <adress>        användarens e-postadress',
      `  --role <roll>           ${ROLES.map((r) => `${r} (${ROLE_LABELS[r].toLowerCase()})`).join(', ')}`,
      '  --name <namn>           användarens namn (valfritt)',
      '  --enterprise <orgnr>    företaget en företagsredaktör redigerar (krävs för enterprise_editor)',
      '  --organisation <namn>   organisationen användaren hör till (krävs för buyer; skapas om den saknas)',
      '',
      'Exempel:',
      '  asf user create --email anna@kommun.se --role coordinator --name "Anna Andersson"',
    ].join('\n'),
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      enterprise: { type: 'string' },
      organisation: { type: 'string' },
    },
    async run({ values }, io, env) {
      const email = emailSchema.safeParse(values.email ?? '');
      const role = typeof values.role === 'string' ? values.role : '';
      if (!email.success) {
        io.err(`--email: ${email.error.issues[0]?.message ?? 'ogiltig adress'}`);
        return 2;
      }
      if (!isRole(role)) {
        io.err(`--role måste vara en av: ${ROLES.join(', ')}.`);
        return 2;
      }
      const ctx = await env.context();
      try {
        let enterpriseId: number | null = null;
        if (typeof values.enterprise === 'string') {
          const found = await ctx.accountHooks.findEnterprise(ctx.db, values.enterprise);
          if (!found.ok) {
            io.err(`--enterprise ${values.enterprise}: ${found.message}`);
            return 1;
          }
          enterpriseId = found.id;
        }
        let organisationId: number | null = null;
        if (typeof values.organisation === 'string' && values.organisation.trim()) {
          const name = values.organisation.trim();
          organisationId =
            (await findOrganisationByName(ctx.db, name))?.id ??
            (await insertOrganisation(ctx.db, {
              name,
              kind: 'annan',
              countyCode: null,
              municipalityCode: null,
              now: ctx.now(),
            }));
        }
        const { link } = await inviteUser(
          ctx,
          { system: 'Kommandoraden (asf user create)' },
          {
            email: email.data,
            name: typeof values.name === 'string' ? values.name : null,
            role,
            organisationId,
            enterpriseId,
          },
          { sendMail: false },
        );
        io.out(`Skapade ${ROLE_LABELS[role].toLowerCase()} ${email.data}.`);
        io.out(`Länk för att välja lösenord (giltig i 7 dagar, fungerar en gång):`);
        io.out(link);
        return 0;
      } catch (e) {
        if (e instanceof AppError) {
          io.err(e.message);
          return 1;
        }
        throw e;
      }
    },
  };

  const list: Command = {
    path: ['user', 'list'],
    summary: 'Lista användarna',
    usage: 'asf user list',
    help: 'Skriver ut alla användare: e-post, roll, organisation och om kontot är spärrat.',
    async run(_args, io, env) {
      const users = await listUsers((await env.database()).db);
      if (users.length === 0) io.out('Det finns inga användare än.');
      for (const u of users) {
        const role = isRole(u.role) ? ROLE_LABELS[u.role] : u.role;
        const state = u.disabled_at ? ' (spärrad)' : u.password_hash ? '' : ' (har inte valt lösenord)';
        io.out(`${u.email}\t${role}${u.organisation_name ? `\t${u.organisation_name}` : ''}${state}`);
      }
      return 0;
    },
  };
  return [create, list];
}
