import { Button, PostForm } from '../../../platform/views/form.js';
import { Layout } from '../../../platform/views/layout.js';
import type { EndingStatus, Opportunity } from '../opportunity/opportunity.types.js';
import { BUYER_HOME, overviewPath } from './buyer.paths.js';
import { buyerText } from './buyer.text.js';

/** Asks before closing, awarding or cancelling: none of them can be undone. */
export function ConfirmEndPage({ o, status, demo }: { o: Opportunity; status: EndingStatus; demo: boolean }) {
  const t = buyerText.confirm[status];
  return (
    <Layout title={t.title} path={BUYER_HOME} demo={demo}>
      <p class="breadcrumb">
        <a href={overviewPath(o.id)}>{o.title}</a>
      </p>
      <h1>{t.title}</h1>
      <p class="lead">{t.text(o.title)}</p>
      <PostForm action={`${overviewPath(o.id)}/status`}>
        <input type="hidden" name="status" value={status} />
        <p class="actions-row">
          <Button>{t.yes}</Button>
          <a href={overviewPath(o.id)}>{buyerText.confirm.back}</a>
        </p>
      </PostForm>
    </Layout>
  );
}
