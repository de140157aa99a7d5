import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as draft04 from 'ajv-draft-04';
import { openTestApp, type TestApp } from '../../../app/testing/test-app.js';
import { testDatabaseKinds } from '../../../app/testing/test-db.js';
import { createTestUser } from '../../../platform/testing/auth.js';
import { sharedReferencePath } from '../../../platform/reference/shared-path.js';
import { createOpportunity, endOpportunity, publishOpportunity, saveLot } from '../opportunity/opportunity.service.js';
import { basics, buyerUser, lot, procurementContext } from '../testing/opportunities.js';

// The package is CommonJS with a default export; under Node's ESM it arrives as the module object.
const Ajv = draft04.default.default ?? draft04.default;

const schemaDir = sharedReferencePath('ocds-schema');
const read = (...parts: string[]) =>
  JSON.parse(readFileSync([schemaDir, ...parts].join('/'), 'utf8')) as Record<string, unknown>;

/** What the tests read of a package. */
interface OcdsPackage {
  releases: {
    ocid: string;
    tender: {
      lots: { title: string; otherRequirements?: unknown; contractTerms?: unknown }[];
      items: { classification: { id: string }; relatedLot: string }[];
      tenderPeriod: { endDate: string };
    };
  }[];
}

/** RFC 7386 JSON Merge Patch: how OCDS applies an extension's release-schema.json to the release schema. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** The release-package schema with the release schema extended by lots and otherRequirements. */
function packageValidator() {
  let release = read('release-schema.json');
  for (const ext of ['ocds_lots_extension', 'ocds_otherRequirements_extension'])
    release = mergePatch(release, read(ext, 'release-schema.json')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  ajv.addSchema(release);
  return ajv.compile(read('release-package-schema.json'));
}

for (const kind of testDatabaseKinds()) {
  describe(
    `OCDS release packages (${kind})`,
    { skip: schemaDir ? false : 'the OCDS schemas in ../shared/reference are missing' },
    () => {
      let t: TestApp;
      let id: number;
      const get = (url: string) => t.app.inject({ method: 'GET', url });
      before(async () => {
        t = await openTestApp(kind, new Date('2026-12-07T10:00:00Z'));
        const ctx = procurementContext(t);
        const u = await createTestUser(t, 'buyer');
        const buyer = buyerUser(u.id, null);
        id = await createOpportunity(ctx, buyer, basics());
        await saveLot(
          ctx,
          buyer,
          id,
          null,
          lot({ title: 'Integration', reservation: 'social_integration', reservationReason: 'ASF.' }),
        );
        await saveLot(
          ctx,
          buyer,
          id,
          null,
          lot({ title: 'Skyddad anställning', reservation: 'sheltered_programme', reservationReason: 'Samhall.' }),
        );
        await saveLot(
          ctx,
          buyer,
          id,
          null,
          lot({
            title: 'Omsorg',
            mainCpv: '85312000',
            reservation: 'public_service_mission',
            reservationReason: 'Allmännytta.',
            contractMonths: '36',
          }),
        );
        await saveLot(
          ctx,
          buyer,
          id,
          null,
          lot({ title: 'Idéburet', reservation: 'non_profit', reservationReason: 'Idéburen.' }),
        );
        assert.ok(
          (
            await publishOpportunity(
              ctx,
              buyer,
              id,
              { noLotsReason: null, dialogueHeld: true, noDialogueReason: null },
              null,
            )
          )?.ok,
        );
        const cancelled = await createOpportunity(
          ctx,
          buyer,
          basics({ kind: 'planned', expectedYear: '2027', expectedQuarter: '2' }),
        );
        await saveLot(ctx, buyer, cancelled, null, lot());
        assert.ok(
          (
            await publishOpportunity(
              ctx,
              buyer,
              cancelled,
              { noLotsReason: null, dialogueHeld: null, noDialogueReason: null },
              null,
            )
          )?.ok,
        );
        assert.ok(await endOpportunity(ctx, buyer, cancelled, 'cancelled', null));
        await createOpportunity(ctx, buyer, basics({ title: 'Utkast' }));
      });
      after(() => t?.close());

      it('is valid against the release-package schema with the lots and otherRequirements extensions', async () => {
        const res = await get('/api/v1/opportunities.ocds.json');
        assert.equal(res.statusCode, 200);
        const body = res.json() as OcdsPackage;
        const validate = packageValidator();
        assert.ok(validate(body as unknown), JSON.stringify(validate.errors, null, 1));
        assert.equal(body.releases.length, 2, 'published and cancelled, never the draft');
        assert.equal(res.headers['x-total-count'], '2');
      });

      it('maps reservations as the eForms profile says, lot by lot', async () => {
        const body = (await get(`/api/v1/opportunities/${id}/ocds.json`)).json() as OcdsPackage;
        assert.ok(packageValidator()(body as unknown));
        const release = body.releases[0]!;
        assert.equal(release.ocid, `ocds-asf000-asf-${id}`);
        const lots = release.tender.lots;
        assert.deepEqual(
          lots.map((l) => [l.title, l.otherRequirements ?? null, l.contractTerms ?? null]),
          [
            ['Integration', { reservedParticipation: ['shelteredWorkshop'] }, null],
            ['Skyddad anställning', null, { reservedExecution: true }],
            ['Omsorg', { reservedParticipation: ['publicServiceMissionOrganization'] }, null],
            ['Idéburet', null, null],
          ],
        );
        assert.equal(release.tender.items[2]!.classification.id, '85312000');
        assert.equal(release.tender.items[2]!.relatedLot, 'LOT-0003');
        assert.equal(release.tender.tenderPeriod.endDate, '2027-03-15T11:00:00.000Z');
      });

      it('says no to a draft, a bad id and a bad page size', async () => {
        const drafts = await t.ctx.db.selectFrom('opportunity').select('id').where('status', '=', 'draft').execute();
        assert.equal((await get(`/api/v1/opportunities/${drafts[0]!.id}/ocds.json`)).statusCode, 404);
        assert.equal((await get('/api/v1/opportunities/x/ocds.json')).statusCode, 404);
        assert.equal((await get('/api/v1/opportunities.ocds.json?pageSize=5000')).statusCode, 400);
      });
    },
  );
}
