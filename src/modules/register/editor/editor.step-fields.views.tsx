import type { FieldError } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/form.js';
import { SERVICE_CATEGORIES, categoryName } from '../../../platform/reference/categories.js';
import { COUNTIES, MUNICIPALITIES } from '../../../platform/reference/geo.js';
import {
  CheckboxField,
  ChoiceGroup,
  ErrorText,
  fieldError,
  SelectInput,
  TextArea,
  TextField,
} from '../../../platform/views/form.js';
import { LEGAL_FORM_KEYS } from '../enterprise/enterprise.types.js';
import { legalFormName } from '../enterprise/enterprise.names.js';
import { certificationRows, many, one, TARGET_GROUP_CHOICES, type Step } from './editor.schema.js';
import { editorText as t } from './editor.text.js';

/** The fields of each of the editor's five steps; the step page around them is in editor.steps.views.tsx. */
const choices = (list: readonly string[]) => list.map((value) => ({ value, label: value }));

const MUNICIPALITY_OPTIONS = [...MUNICIPALITIES]
  .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  .map((m) => ({ value: m.code, label: m.name }));

interface StepProps {
  v: FormValues;
  errors: FieldError[];
}

/** The fields of one step. */
export function StepFields({ step, v, errors }: StepProps & { step: Step }) {
  return (
    <>
      {step === 1 && <Step1 v={v} errors={errors} />}
      {step === 2 && <Step2 v={v} errors={errors} />}
      {step === 3 && <Step3 v={v} errors={errors} />}
      {step === 4 && <Step4 v={v} errors={errors} />}
      {step === 5 && <Step5 v={v} errors={errors} />}
    </>
  );
}

/** A count (employees, training places): whole numbers, so a numeric keypad on phones. */
function CountField({ v, errors, id, label, hint }: StepProps & { id: string; label: string; hint?: string }) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      inputMode="numeric"
      size={6}
      value={one(v, id)}
      error={fieldError(errors, id)}
    />
  );
}

function Step1({ v, errors }: StepProps) {
  const e = (f: string) => fieldError(errors, f);
  return (
    <>
      <TextField id="name" label={t.step1.name} value={one(v, 'name')} maxLength={200} error={e('name')} />
      <ChoiceGroup
        id="legalForm"
        legend={t.step1.legalForm}
        hint={t.step1.legalFormHint}
        type="radio"
        options={LEGAL_FORM_KEYS.map((value) => ({ value, label: legalFormName(value) }))}
        selected={[one(v, 'legalForm')]}
        error={e('legalForm')}
      />
      <TextArea
        id="description"
        label={t.step1.description}
        hint={t.step1.descriptionHint}
        value={one(v, 'description')}
        lang="sv"
        rows={5}
        maxLength={4000}
        error={e('description')}
      />
      <TextField
        id="foundedYear"
        label={t.step1.foundedYear}
        hint={t.step1.foundedYearHint}
        inputMode="numeric"
        size={4}
        maxLength={4}
        value={one(v, 'foundedYear')}
        error={e('foundedYear')}
      />
      <fieldset>
        <legend>{t.step1.contactLegend}</legend>
        <p class="hint">{t.step1.contactHint}</p>
        <TextField
          id="website"
          label={t.step1.website}
          inputMode="url"
          autocomplete="url"
          value={one(v, 'website')}
          error={e('website')}
        />
        <TextField
          id="publicEmail"
          type="email"
          label={t.step1.email}
          value={one(v, 'publicEmail')}
          error={e('publicEmail')}
        />
        <TextField id="phone" type="tel" label={t.step1.phone} value={one(v, 'phone')} error={e('phone')} />
      </fieldset>
      <fieldset>
        <legend>{t.step1.addressLegend}</legend>
        <TextField id="street" label={t.step1.street} value={one(v, 'street')} error={e('street')} />
        <TextField
          id="postalCode"
          label={t.step1.postalCode}
          inputMode="numeric"
          size={6}
          value={one(v, 'postalCode')}
          error={e('postalCode')}
        />
        <TextField id="city" label={t.step1.city} value={one(v, 'city')} error={e('city')} />
        <SelectInput
          id="municipality"
          label={t.step1.municipality}
          value={one(v, 'municipality')}
          options={MUNICIPALITY_OPTIONS}
          emptyLabel={t.step1.noMunicipality}
          error={e('municipality')}
        />
      </fieldset>
    </>
  );
}

function Step2({ v, errors }: StepProps) {
  const chosen = many(v, 'kategori');
  const categoriesError = fieldError(errors, 'kategori');
  return (
    <>
      <fieldset
        id="kategori"
        class={categoriesError ? 'field field-error choices' : 'field choices'}
        aria-describedby={categoriesError ? 'kategori-hint kategori-fel' : 'kategori-hint'}
      >
        <legend>{t.step2.categories}</legend>
        <p class="hint" id="kategori-hint">
          {t.step2.categoriesHint}
        </p>
        <ErrorText error={categoriesError} id="kategori-fel" />
        {SERVICE_CATEGORIES.map((c) => {
          const cpv = `cpv-${c.slug}`;
          const text = `text-${c.slug}`;
          const open = !!(one(v, cpv) || one(v, text) || fieldError(errors, cpv) || fieldError(errors, text));
          return (
            <div class="category-choice" key={c.slug}>
              <CheckboxField
                id={`kategori-${c.slug}`}
                name="kategori"
                value={c.slug}
                label={categoryName(c)}
                hint={c.description}
                checked={chosen.includes(c.slug)}
              />
              <details open={open}>
                <summary>{t.step2.details(categoryName(c))}</summary>
                <TextField
                  id={cpv}
                  label={t.step2.cpv}
                  hint={t.step2.cpvHint}
                  inputMode="numeric"
                  value={one(v, cpv)}
                  error={fieldError(errors, cpv)}
                />
                <TextArea
                  id={text}
                  label={t.step2.text}
                  value={one(v, text)}
                  rows={2}
                  maxLength={1000}
                  error={fieldError(errors, text)}
                />
              </details>
            </div>
          );
        })}
      </fieldset>
      <h2>{t.step2.areasLegend}</h2>
      <ChoiceGroup
        id="lan"
        legend={t.step2.counties}
        hint={t.step2.countiesHint}
        type="checkbox"
        options={COUNTIES.map((c) => ({ value: c.code, label: c.name }))}
        selected={many(v, 'lan')}
        error={fieldError(errors, 'lan')}
      />
      <TextArea
        id="kommuner"
        label={t.step2.municipalities}
        hint={t.step2.municipalitiesHint}
        value={one(v, 'kommuner')}
        rows={3}
        maxLength={5000}
        error={fieldError(errors, 'kommuner')}
      />
    </>
  );
}

function Step3({ v, errors }: StepProps) {
  const e = (f: string) => fieldError(errors, f);
  return (
    <>
      <CountField v={v} errors={errors} id="employeesTotal" label={t.step3.total} hint={t.step3.totalHint} />
      <CountField
        v={v}
        errors={errors}
        id="employeesTargetGroup"
        label={t.step3.targetGroup}
        hint={t.step3.targetGroupHint}
      />
      <TextField
        id="reportedOn"
        label={t.step3.reportedOn}
        hint={t.step3.reportedOnHint}
        size={10}
        maxLength={10}
        value={one(v, 'reportedOn')}
        error={e('reportedOn')}
      />
      <ChoiceGroup
        id="malgrupp"
        legend={t.step3.targetGroups}
        type="checkbox"
        options={choices(TARGET_GROUP_CHOICES)}
        selected={many(v, 'malgrupp')}
      />
      <TextField
        id="otherTargetGroups"
        label={t.step3.otherTargetGroups}
        hint={t.step3.otherTargetGroupsHint}
        value={one(v, 'otherTargetGroups')}
        error={e('otherTargetGroups')}
      />
    </>
  );
}

function Step4({ v, errors }: StepProps) {
  const e = (f: string) => fieldError(errors, f);
  return (
    <>
      <CheckboxField id="none" label={t.step4.none} hint={t.step4.noneHint} checked={one(v, 'none') !== ''} />
      <CountField v={v} errors={errors} id="capacity" label={t.step4.capacity} />
      <CountField v={v} errors={errors} id="free" label={t.step4.free} hint={t.step4.freeHint} />
      <CountField v={v} errors={errors} id="supervisors" label={t.step4.supervisors} />
      <ChoiceGroup
        id="traningMalgrupp"
        legend={t.step4.targetGroups}
        type="checkbox"
        options={choices(TARGET_GROUP_CHOICES)}
        selected={many(v, 'traningMalgrupp')}
      />
      <TextField
        id="otherTrainingGroups"
        label={t.step3.otherTargetGroups}
        hint={t.step3.otherTargetGroupsHint}
        value={one(v, 'otherTrainingGroups')}
        error={e('otherTrainingGroups')}
      />
      <TextArea
        id="adaptations"
        label={t.step4.adaptations}
        hint={t.step4.adaptationsHint}
        value={one(v, 'adaptations')}
        rows={3}
        maxLength={1000}
        error={e('adaptations')}
      />
    </>
  );
}

function Step5({ v, errors }: StepProps) {
  const rows = Array.from({ length: certificationRows(v) }, (_, i) => i + 1);
  const e = (f: string) => fieldError(errors, f);
  return (
    <>
      <p class="hint">{t.step5.emptyRows}</p>
      {rows.map((i) => (
        <fieldset key={i}>
          <legend>{t.step5.row(i)}</legend>
          <TextField
            id={`certName${i}`}
            label={t.step5.name}
            value={one(v, `certName${i}`)}
            maxLength={200}
            error={e(`certName${i}`)}
          />
          <TextField
            id={`certIssuer${i}`}
            label={t.step5.issuer}
            value={one(v, `certIssuer${i}`)}
            maxLength={200}
            error={e(`certIssuer${i}`)}
          />
          <TextField
            id={`certValid${i}`}
            label={t.step5.validUntil}
            hint={t.step5.validUntilHint}
            size={10}
            maxLength={10}
            value={one(v, `certValid${i}`)}
            error={e(`certValid${i}`)}
          />
        </fieldset>
      ))}
    </>
  );
}
