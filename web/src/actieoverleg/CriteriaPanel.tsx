import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { CriteriaUitslag } from '@schemas/actieoverleg';
import { useAreaMessages } from '../i18n';
import { en, nl } from './messages';

/** Met or not, in words and with an icon (never by colour alone). */
export function CriteriumStatus({ voldaan }: { voldaan: boolean }) {
  const m = useAreaMessages({ nl, en });
  return (
    <span className={voldaan ? 'sl-ao-mark sl-ao-mark--ok' : 'sl-ao-mark sl-ao-mark--missing'}>
      <span aria-hidden="true">{voldaan ? '✓' : '✗'}</span> {voldaan ? m.criteria.voldaan : m.criteria.nietVoldaan}
    </span>
  );
}

/** The criteria check of the saved draft (seed 004): each criterion met or missing, with the reasons. */
export function CriteriaPanel({ criteria, headingLevel = 2 }: { criteria: CriteriaUitslag | null; headingLevel?: 2 | 3 }) {
  const m = useAreaMessages({ nl, en });
  const Heading = headingLevel === 2 ? Heading2 : Heading3;
  return (
    <section className="sl-ao-criteria" aria-labelledby="criteria-kop" data-testid="criteria">
      <Heading id="criteria-kop">{m.criteria.title}</Heading>
      {!criteria ? (
        <Paragraph>{m.criteria.nogNietOpgeslagen}</Paragraph>
      ) : (
        <>
          <Paragraph>{m.criteria.intro}</Paragraph>
          <Paragraph>
            <strong>{criteria.voldaan ? m.criteria.alles : m.criteria.nietAlles}</strong>
          </Paragraph>
          <ul className="sl-plain-list sl-ao-criteria__list">
            {(
              [
                ['relevantie', m.criteria.relevantie, criteria.relevantie],
                ['inhoud', m.criteria.inhoud, criteria.inhoud],
              ] as const
            ).map(([key, label, c]) => (
              <li key={key} data-testid={`criterium-${key}`}>
                <strong>{label}</strong>: <CriteriumStatus voldaan={c.voldaan} />
                {(c.voldaanOmdat.length > 0 || c.ontbreekt.length > 0) && (
                  <ul className="sl-ao-reasons">
                    {c.voldaanOmdat.map((r) => (
                      <li key={`ok-${r}`}>
                        <span aria-hidden="true">✓ </span>
                        {r}
                      </li>
                    ))}
                    {c.ontbreekt.map((o) => (
                      <li key={`mis-${o.veld}-${o.reden}`} className="sl-ao-reasons__missing">
                        <span aria-hidden="true">✗ </span>
                        <span className="sl-visually-hidden">{m.criteria.nietVoldaan}: </span>
                        {o.reden}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
