import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Contactpersoon } from '@schemas/kindermishandeling';
import type { Sessie } from '@schemas/identity';
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { en, nl } from './messages';
import './kindermishandeling.css';

export const useSskMessages = () => useAreaMessages({ nl, en });

/** Roles with case work (casussen.werken). */
const CASUSWERK = ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie'] as const;
export const heeftCasuswerk = (sessie: Sessie) => CASUSWERK.some((r) => sessie.rollen.includes(r));
export const isSskPartner = (sessie: Sessie) =>
  ['veilig-thuis', 'politie', 'openbaar-ministerie', 'raad-voor-de-kinderbescherming'].includes(sessie.organisatie?.soort ?? '');
export const isBeheerder = (sessie: Sessie) => sessie.rollen.includes('functioneel-beheerder');

/**
 * The problem of one form: a version conflict in words with a button to load the latest version (nothing typed is
 * lost: the form keeps its state), anything else as the server's problem; focus moves to it when it appears.
 */
export function FormProblem({ error, onHerladen }: { error: unknown; onHerladen?: (() => void) | undefined }) {
  const m = useSskMessages();
  const ref = useRef<HTMLDivElement>(null);
  // A refused submit: focus moves to the summary (a screen reader hears it; the fields below name their errors).
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <div ref={ref} tabIndex={-1} className="sl-ssk-probleem">
      {error instanceof ApiError && error.isVersionConflict ? (
        <Alert type="warning">
          <Paragraph>{m.conflict}</Paragraph>
          {onHerladen && (
            <Button type="button" appearance="secondary-action-button" className="sl-ssk-knop" onClick={onHerladen}>
              {m.herladen}
            </Button>
          )}
        </Alert>
      ) : (
        <ProblemAlert error={error} />
      )}
    </div>
  );
}

/** One submit at a time: busy while it runs, the server's problem kept for the form (null again on the next try). */
export function useVerzenden() {
  const [error, setError] = useState<unknown>(null);
  const [bezig, setBezig] = useState(false);
  const verzend = async (actie: () => Promise<unknown>): Promise<boolean> => {
    setBezig(true);
    setError(null);
    try {
      await actie();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBezig(false);
    }
  };
  return { error, setError, bezig, verzend };
}

export function isNietGevonden(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

/**
 * A page whose object is not there yet: loading, or what went wrong (not found, or not for this organisation: the
 * server says 404 for both) with the way back.
 */
export function NogNiet({ error, titel, nietGevonden, terug }: { error: unknown; titel: string; nietGevonden: string; terug: { href: string; tekst: string } }) {
  const m = useSskMessages();
  const weg = isNietGevonden(error);
  return (
    <>
      <PageTitle>{weg ? m.nietGevondenTitel : titel}</PageTitle>
      {!error && <Loading />}
      {weg ? (
        <Alert type="error">
          <Paragraph>{nietGevonden}</Paragraph>
        </Alert>
      ) : (
        <ProblemAlert error={error} />
      )}
      {Boolean(error) && (
        <Paragraph className="sl-ssk-link">
          <RouterLink href={terug.href}>{terug.tekst}</RouterLink>
        </Paragraph>
      )}
    </>
  );
}

/** Term and description in a definition list. */
export function Gegeven({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * The contact persons per organisation, in escalation order (the server sorts: bureaudienst first, then volgorde):
 * each with a tel: link, 24/7 in words.
 */
export function ContactpersonenLijst({ items }: { items: readonly Contactpersoon[] }) {
  const m = useSskMessages();
  if (items.length === 0) return <Paragraph>{m.cpGeen}</Paragraph>;
  const perOrganisatie = new Map<string, { naam: string; items: Contactpersoon[] }>();
  for (const c of items) {
    const groep = perOrganisatie.get(c.organisatie.id) ?? { naam: c.organisatie.naam, items: [] };
    groep.items.push(c);
    perOrganisatie.set(c.organisatie.id, groep);
  }
  return (
    <div className="sl-ssk-cp" data-testid="ssk-contactpersonen">
      <Paragraph>{m.cpIntro}</Paragraph>
      {[...perOrganisatie.entries()].map(([id, groep]) => (
        <section key={id} aria-labelledby={`cp-${id}`} className="sl-ssk-cp__organisatie">
          <Heading3 id={`cp-${id}`}>{groep.naam}</Heading3>
          <ol className="sl-ssk-cp__lijst">
            {groep.items.map((c) => (
              <li key={c.id} className="sl-ssk-cp__item">
                <strong>{m.niveau[c.niveau]}</strong>: {c.naam}
                {c.functie && <span className="sl-muted">, {c.functie}</span>}
                <br />
                <a className="utrecht-link sl-ssk-tel" href={`tel:${c.telefoon.replace(/[^+0-9]/g, '')}`}>
                  {m.bellen(c.naam, c.telefoon)}
                </a>
                {c.email && (
                  <>
                    {' '}
                    <a className="utrecht-link sl-ssk-tel" href={`mailto:${c.email}`}>
                      {m.mailen(c.email)}
                    </a>
                  </>
                )}
                <br />
                {c.altijdBereikbaar ? <strong>{m.altijdBereikbaar}</strong> : c.bereikbaarheid}
                {c.altijdBereikbaar && c.bereikbaarheid && c.bereikbaarheid !== '24/7' && <span> ({c.bereikbaarheid})</span>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
