import type { FieldError } from '../../../platform/http/errors.js';
import type { FormValues } from '../../../platform/http/form.js';
import { ErrorSummary } from '../../../platform/views/components.js';
import { Button, Notice, PostForm } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import { STEP_COUNT, STEPS, type Step } from './editor.schema.js';
import { StepFields } from './editor.step-fields.views.js';
import { editorText as t } from './editor.text.js';

/** The five step pages of the editor's form. Each is a plain form that works without JavaScript. */
export interface StepPageProps {
  demo: boolean;
  step: Step;
  values: FormValues;
  errors?: FieldError[];
  /** Draft: steps show done/not done and the second button says "later". */
  draft: boolean;
  done: Record<Step, boolean>;
  enterpriseName: string;
  /** After a save that brought the editor here. */
  saved?: { publicNow: boolean; flagged: string[] } | undefined;
}

export function StepPage(p: StepPageProps) {
  const errors = p.errors ?? [];
  const title = t.steps.titles[p.step]!;
  return (
    <Layout title={`${title} – ${t.steps.of(p.step, STEP_COUNT)}`} path="/mitt-foretag" demo={p.demo}>
      <ErrorSummary errors={errors} fieldIds={{}} />
      <p class="breadcrumb">
        <a href="/mitt-foretag">{t.steps.back}</a>
      </p>
      <StepNav current={p.step} draft={p.draft} done={p.done} />
      <p class="lead">
        {t.steps.of(p.step, STEP_COUNT)} · {p.enterpriseName}
      </p>
      <h1>{title}</h1>
      {p.saved && <SavedNotice {...p.saved} />}
      <p>{stepHelp(p.step)}</p>
      <PostForm action={`/mitt-foretag/steg/${p.step}`}>
        <StepFields step={p.step} v={p.values} errors={errors} />
        <div class="actions">
          <Button name="action" value="next">
            {t.steps.next}
          </Button>
          <Button secondary name="action" value="later">
            {p.draft ? t.steps.later : t.steps.saveAndBack}
          </Button>
        </div>
      </PostForm>
    </Layout>
  );
}

function stepHelp(step: Step): string {
  return [t.step1.help, t.step2.help, t.step3.help, t.step4.help, t.step5.help][step - 1]!;
}

export function SavedNotice({ publicNow, flagged }: { publicNow: boolean; flagged: string[] }) {
  const names = flagged.map((f) => t.flaggedNames[f]).filter((x): x is string => !!x);
  return (
    <Notice>
      <p>{publicNow ? t.home.savedPublic : t.home.saved}</p>
      {names.length > 0 && <p>{t.flagged(joinAnd(names))}</p>}
    </Notice>
  );
}

function joinAnd(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} och ${list.at(-1)}`;
}

/** The five steps as links; a draft also says which are done. */
export function StepNav({ current, draft, done }: { current: Step; draft: boolean; done?: Record<Step, boolean> }) {
  return (
    <nav aria-label={t.steps.navLabel} class="steps">
      <ol>
        {STEPS.map((s) => (
          <li key={s}>
            <a href={`/mitt-foretag/steg/${s}`} aria-current={s === current ? 'step' : undefined}>
              {t.steps.titles[s]}
            </a>
            {draft && done && <span class="step-state"> ({done[s] ? t.home.done : t.home.notDone})</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
