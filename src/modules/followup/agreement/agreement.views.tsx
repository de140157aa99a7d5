import type { FieldError } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/form.js';
import { formatDate } from '../../../platform/i18n/format.js';
import { municipalityByCode } from '../../../platform/reference/geo.js';
import { ErrorSummary, Fact, ScrollTable } from '../../../platform/views/components.js';
import {
  Button,
  ChoiceGroup,
  fieldError,
  Notice,
  PostForm,
  SelectField,
  TextField,
} from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { MunicipalityOptions } from '../../../platform/views/places.js';
import type { Supplier } from '../../register/index.js';
import { ADAPTATIONS, choiceLabel, choiceOptions, TARGET_GROUPS } from './agreement.choices.js';
import { AGREEMENTS_PATH, agreementPath, editAgreementPath, NEW_AGREEMENT_PATH } from './agreement.paths.js';
import { agreementText } from './agreement.text.js';
import { periodStatus, type Agreement } from './agreement.types.js';

/** The capacity board (capacity/capacity.paths.ts: capacity builds on agreements, not the other way round). */
const BOARD_PATH = '/arbetstraningsplatser';
const municipalityName = (code: string) => municipalityByCode(code)?.shortName ?? code;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** The form's values from a saved agreement. */
export function agreementValues(a: Agreement): FormValues {
  return {
    diaryNumber: a.diaryNumber,
    municipality: a.municipalityCode,
    starts: a.starts,
    ends: a.ends,
    places: String(a.places),
    supervisors: String(a.supervisors),
    targetGroups: a.targetGroups,
    adaptations: a.adaptations,
  };
}

/** /uppfoljning/arbetstraning: the organisation's agreements (an admin's: all), or why there are none to see. */
export function AgreementListPage(p: {
  agreements: Agreement[];
  today: string;
  mayRegister: boolean;
  seesAll: boolean;
  demo: boolean;
}) {
  const t = agreementText;
  const c = t.columns;
  return (
    <Layout title={t.list.title} path={AGREEMENTS_PATH} demo={p.demo}>
      <h1>{t.list.title}</h1>
      <p class="lead">{t.list.lead}</p>
      {p.seesAll && <p>{t.list.leadAll}</p>}
      {p.mayRegister ? (
        <p>
          <a href={NEW_AGREEMENT_PATH} class="button-link">
            {t.list.add}
          </a>
        </p>
      ) : (
        <p>{t.list.noOrganisation}</p>
      )}
      {p.agreements.length === 0 ? (
        <p>{t.list.none}</p>
      ) : (
        <>
          <ScrollTable id="overenskommelser" caption={t.list.count(p.agreements.length)}>
            <thead>
              <tr>
                <th scope="col">{c.diaryNumber}</th>
                <th scope="col">{c.enterprise}</th>
                {p.seesAll && <th scope="col">{c.organisation}</th>}
                <th scope="col">{c.municipality}</th>
                <th scope="col">{c.period}</th>
                <th scope="col">{c.places}</th>
                <th scope="col">{c.status}</th>
              </tr>
            </thead>
            <tbody>
              {p.agreements.map((a) => (
                <tr>
                  <td>
                    <a href={agreementPath(a.id)}>{a.diaryNumber}</a>
                  </td>
                  <td>{a.enterprise.name}</td>
                  {p.seesAll && <td>{a.organisationName}</td>}
                  <td>{municipalityName(a.municipalityCode)}</td>
                  <td>
                    {formatDate(a.starts)} – {formatDate(a.ends)}
                  </td>
                  <td>{a.places}</td>
                  <td>{t.periodStatus[periodStatus(a, p.today)]}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <p class="downloads">
            {t.list.download}: <a href={`${AGREEMENTS_PATH}/export.csv`}>CSV</a>,{' '}
            <a href={`${AGREEMENTS_PATH}/export.xlsx`}>XLSX</a>
          </p>
        </>
      )}
      <p>
        <a href={BOARD_PATH}>{t.list.board}</a>
      </p>
    </Layout>
  );
}

const FIELD_IDS = {
  enterprise: 'enterprise',
  enterpriseId: 'enterpriseId',
  diaryNumber: 'diaryNumber',
  municipality: 'municipality',
  starts: 'starts',
  ends: 'ends',
  places: 'places',
  supervisors: 'supervisors',
  targetGroups: 'targetGroups',
  adaptations: 'adaptations',
};

/** The new agreement's form, or an existing one's (its parties fixed); what was typed is kept on errors. */
export function AgreementFormPage(p: {
  agreement: Agreement | null;
  values: FormValues;
  errors: FieldError[];
  candidates: Supplier[];
  demo: boolean;
}) {
  const t = agreementText.form;
  const error = (field: string) => fieldError(p.errors, field);
  const title = p.agreement ? t.editTitle(p.agreement.diaryNumber) : t.newTitle;
  const action = p.agreement ? editAgreementPath(p.agreement.id) : NEW_AGREEMENT_PATH;
  return (
    <Layout title={title} path={AGREEMENTS_PATH} demo={p.demo}>
      <p>
        <a href={p.agreement ? agreementPath(p.agreement.id) : AGREEMENTS_PATH}>{t.cancel}</a>
      </p>
      <ErrorSummary errors={p.errors} fieldIds={FIELD_IDS} />
      <h1>{title}</h1>
      <p class="lead">{t.lead}</p>
      <PostForm action={action}>
        {p.agreement ? (
          <dl class="facts">
            <Fact term={agreementText.columns.enterprise}>
              {p.agreement.enterprise.name} ({p.agreement.enterprise.orgnr})
            </Fact>
          </dl>
        ) : (
          <>
            <TextField
              id="enterprise"
              label={t.enterprise}
              hint={t.enterpriseHint}
              value={one(p.values.enterprise)}
              error={error('enterprise')}
              maxLength={200}
            />
            {p.candidates.length > 0 && (
              <ChoiceGroup
                id="enterpriseId"
                legend={t.pick}
                hint={t.pickHint}
                type="radio"
                error={error('enterpriseId')}
                options={p.candidates.map((s) => ({
                  value: String(s.id),
                  label: `${s.name} (${s.orgnr})`,
                  hint: s.seatMunicipalityCode ? municipalityName(s.seatMunicipalityCode) : undefined,
                }))}
                selected={many(p.values.enterpriseId)}
              />
            )}
          </>
        )}
        <TextField
          id="diaryNumber"
          label={t.diaryNumber}
          hint={t.diaryNumberHint}
          value={one(p.values.diaryNumber)}
          error={error('diaryNumber')}
          maxLength={60}
        />
        <SelectField
          id="municipality"
          label={t.municipality}
          anyLabel={t.municipalityAny}
          error={error('municipality')}
        >
          <MunicipalityOptions countyCode={null} selected={one(p.values.municipality) || null} />
        </SelectField>
        <TextField
          id="starts"
          label={t.starts}
          hint={t.dateHint}
          value={one(p.values.starts)}
          error={error('starts')}
          maxLength={10}
          size={10}
        />
        <TextField
          id="ends"
          label={t.ends}
          hint={t.dateHint}
          value={one(p.values.ends)}
          error={error('ends')}
          maxLength={10}
          size={10}
        />
        <TextField
          id="places"
          label={t.places}
          value={one(p.values.places)}
          error={error('places')}
          inputMode="numeric"
          maxLength={4}
          size={4}
        />
        <TextField
          id="supervisors"
          label={t.supervisors}
          hint={t.supervisorsHint}
          value={one(p.values.supervisors)}
          error={error('supervisors')}
          inputMode="numeric"
          maxLength={4}
          size={4}
        />
        <ChoiceGroup
          id="targetGroups"
          legend={t.targetGroups}
          hint={t.targetGroupsHint}
          type="checkbox"
          error={error('targetGroups')}
          options={choiceOptions(TARGET_GROUPS)}
          selected={many(p.values.targetGroups)}
        />
        <ChoiceGroup
          id="adaptations"
          legend={t.adaptations}
          hint={t.adaptationsHint}
          type="checkbox"
          error={error('adaptations')}
          options={choiceOptions(ADAPTATIONS)}
          selected={many(p.values.adaptations)}
        />
        <Button>{t.save}</Button>
      </PostForm>
    </Layout>
  );
}

/** One agreement's page: its terms, and the way to change them. */
export function AgreementPage(p: { agreement: Agreement; today: string; saved: boolean; demo: boolean }) {
  const t = agreementText;
  const c = t.columns;
  const a = p.agreement;
  return (
    <Layout title={t.page.title(a.diaryNumber)} path={AGREEMENTS_PATH} demo={p.demo}>
      <p>
        <a href={AGREEMENTS_PATH}>{t.page.back}</a>
      </p>
      <h1>{t.page.title(a.diaryNumber)}</h1>
      {p.saved && <Notice>{t.page.saved}</Notice>}
      <dl class="facts">
        <Fact term={c.enterprise}>
          <a href={`/foretag/${a.enterprise.orgnr}`}>{a.enterprise.name}</a> ({a.enterprise.orgnr})
        </Fact>
        <Fact term={c.organisation}>{a.organisationName}</Fact>
        <Fact term={c.municipality}>{municipalityName(a.municipalityCode)}</Fact>
        <Fact term={c.period}>
          {formatDate(a.starts)} – {formatDate(a.ends)} ({t.periodStatus[periodStatus(a, p.today)]})
        </Fact>
        <Fact term={c.places}>{a.places}</Fact>
        <Fact term={c.supervisors}>{a.supervisors}</Fact>
        <Fact term={c.targetGroups}>{a.targetGroups.map((g) => choiceLabel(TARGET_GROUPS, g)).join(', ')}</Fact>
        <Fact term={c.adaptations}>
          {a.adaptations.length > 0 ? a.adaptations.map((g) => choiceLabel(ADAPTATIONS, g)).join(', ') : '–'}
        </Fact>
      </dl>
      <p>
        <a href={editAgreementPath(a.id)}>{t.page.edit}</a>
      </p>
      <p>
        <a href={BOARD_PATH}>{t.list.board}</a>
      </p>
    </Layout>
  );
}
