import type { FieldError } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/form.js';
import { ErrorSummary } from '../../../platform/views/components.js';
import { Button, ChoiceGroup, fieldError, PostForm, SelectInput, TextField } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { RESERVATION_KINDS, reservationText } from '../../procurement/index.js';
import { COMMITMENT_FORMS, REQUIREMENT_KINDS } from '../commitment/commitment.rules.js';
import { FOLLOWUP_HOME, NEW_CONTRACT_PATH } from './contract.paths.js';
import { contractText } from './contract.text.js';

/**
 * A contract entered by the buyer, by hand or filled in from an awarded lot (`lotName`): the
 * supplier by org.nr (the register's) or by name, the period, and the employment-promoting clause
 * as one commitment. Works without JavaScript; what was typed comes back with the errors.
 */
export function ContractFormPage({
  values,
  errors = [],
  lotName = null,
  labourMarkets,
  changing = null,
  demo,
}: {
  /** The contract being changed (its address and title); null for a new one. */
  changing?: { action: string; title: string } | null;
  values: FormValues;
  errors?: FieldError[];
  lotName?: string | null;
  /** The AME and samordningsförbund the buyer may name as reporting too. */
  labourMarkets: readonly { id: number; name: string }[];
  demo: boolean;
}) {
  const t = contractText.form;
  const v = (f: string) => {
    const x = values[f];
    return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
  };
  const e = (f: string) => fieldError(errors, f);
  const title = changing ? t.changeTitle(changing.title) : lotName ? t.fromLotTitle(lotName) : t.newTitle;
  const number = (id: string, label: string, size = 6) => (
    <TextField id={id} label={label} value={v(id)} error={e(id)} inputMode="numeric" size={size} maxLength={size} />
  );
  return (
    <Layout title={title} path={FOLLOWUP_HOME} demo={demo}>
      <ErrorSummary errors={errors} fieldIds={{ form: 'title' }} />
      <p class="breadcrumb">
        <a href={FOLLOWUP_HOME}>{contractText.page.breadcrumb}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{changing ? t.changeLead : t.lead}</p>
      <PostForm action={changing?.action ?? NEW_CONTRACT_PATH} class="narrow">
        {v('opportunityId') !== '' && (
          <>
            <input type="hidden" name="opportunityId" value={v('opportunityId')} />
            <input type="hidden" name="lotPosition" value={v('lotPosition')} />
          </>
        )}
        <TextField id="title" label={t.title} value={v('title')} error={e('title')} maxLength={200} />
        <fieldset>
          <legend>{t.supplierLegend}</legend>
          <TextField
            id="supplierOrgnr"
            label={t.supplierOrgnr}
            hint={t.supplierOrgnrHint}
            value={v('supplierOrgnr')}
            error={e('supplierOrgnr')}
            size={13}
            maxLength={13}
          />
          <TextField
            id="supplierName"
            label={t.supplierName}
            hint={t.supplierNameHint}
            value={v('supplierName')}
            error={e('supplierName')}
            maxLength={200}
          />
        </fieldset>
        <TextField
          id="starts"
          label={t.starts}
          hint={t.dateHint}
          value={v('starts')}
          error={e('starts')}
          size={10}
          maxLength={10}
        />
        <TextField
          id="ends"
          label={t.ends}
          hint={t.dateHint}
          value={v('ends')}
          error={e('ends')}
          size={10}
          maxLength={10}
        />
        {number('value', t.value, 16)}
        <SelectInput
          id="reservation"
          label={t.reservation}
          value={v('reservation')}
          error={e('reservation')}
          emptyLabel={t.noReservation}
          options={RESERVATION_KINDS.map((k) => ({ value: k, label: reservationText.kinds[k] }))}
        />
        {labourMarkets.length > 0 && (
          <SelectInput
            id="labourMarket"
            label={t.labourMarket}
            hint={t.labourMarketHint}
            value={v('labourMarket')}
            error={e('labourMarket')}
            emptyLabel={t.noLabourMarket}
            options={labourMarkets.map((o) => ({ value: String(o.id), label: o.name }))}
          />
        )}
        <fieldset>
          <legend>{changing ? t.addCommitmentLegend : t.commitmentLegend}</legend>
          <SelectInput
            id="requirement"
            label={t.requirement}
            value={v('requirement')}
            error={e('requirement')}
            emptyLabel={t.noCommitment}
            options={REQUIREMENT_KINDS.map((k) => ({ value: k, label: contractText.requirements[k] }))}
          />
          <ChoiceGroup
            id="commitmentForm"
            legend={t.form}
            type="radio"
            options={COMMITMENT_FORMS.map((f) => ({ value: f, label: contractText.forms[f] }))}
            selected={[v('commitmentForm')]}
            error={e('commitmentForm')}
          />
          <TextField
            id="targetGroup"
            label={t.targetGroup}
            hint={t.targetGroupHint}
            value={v('targetGroup')}
            error={e('targetGroup')}
            maxLength={300}
          />
          {number('persons', t.persons)}
          {number('months', t.months, 4)}
          {number('firstStart', t.firstStart, 4)}
          {number('metShare', t.metShare, 4)}
        </fieldset>
        <p class="actions-row">
          <Button>{changing ? t.saveChange : t.save}</Button>
          <a href={FOLLOWUP_HOME}>{t.cancel}</a>
        </p>
      </PostForm>
    </Layout>
  );
}
