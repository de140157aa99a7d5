import { ScrollTable, Time } from '../../../platform/views/components.js';
import { fieldLabel } from './changes.service.js';
import { labelOf } from './facts.views.js';
import type { HistoryEntry } from './verification.service.js';
import { statusLabel } from './verification.service.js';
import { verificationText } from './verification.text.js';

const t = verificationText;

/** Every version of the enterprise: who did what when, and which facts changed (flagged ones marked). */
export function History({ entries }: { entries: HistoryEntry[] }) {
  return (
    <section aria-labelledby="historik">
      <h2 id="historik">{t.enterprise.historyHeading}</h2>
      {entries.length === 0 ? (
        <p>{t.enterprise.noHistory}</p>
      ) : (
        <ScrollTable id="historik-tabell" caption={t.enterprise.historyCaption}>
          <thead>
            <tr>
              <th scope="col">{t.history.when}</th>
              <th scope="col">{t.history.who}</th>
              <th scope="col">{t.history.what}</th>
              <th scope="col">{t.history.fields}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((h) => (
              <tr key={h.id}>
                <td>
                  <Time at={h.at} />
                </td>
                <td>{h.actor}</td>
                <td>
                  {labelOf(t.actions, h.action)}
                  {h.statusBefore !== h.statusAfter && h.statusBefore && h.statusAfter && (
                    <>
                      <br />
                      {t.history.statusChange(statusLabel(h.statusBefore), statusLabel(h.statusAfter))}
                    </>
                  )}
                  {h.reverted && (
                    <>
                      <br />
                      <em>{t.history.reverted}</em>
                    </>
                  )}
                </td>
                <td>
                  <ChangedFields entry={h} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

function ChangedFields({ entry }: { entry: HistoryEntry }) {
  if (entry.changedFields === 'all') return <>{t.history.allFacts}</>;
  if (entry.changedFields.length === 0) return <>–</>;
  return (
    <ul class="plain">
      {entry.changedFields.map((f) => (
        <li key={f}>
          {fieldLabel(f)}
          {entry.flaggedFields.includes(f) && <strong class="flag"> ({t.history.flagged})</strong>}
        </li>
      ))}
    </ul>
  );
}
