import { useActiveSession } from '../identity/session';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Fieldset, FieldsetLegend, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import type { AcuutContactInvoer, BereikbaarNu, Besproken } from '@schemas/acuut';

type ContactWijze = AcuutContactInvoer['wijze'];
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { SelectField } from '../shell/fields';
import { PageTitle } from '../shell/page';
import { RouterLink, useRouter } from '../shell/router';
import { PersonSearch, type PersoonRef } from '../persons/PersonSearch';
import { fromLocalInput, toLocalInput } from '../shell/datetime-local';
import { acuutApi } from './acuut.api';
import { en, nl } from './messages';
import './acuut.css';

/** Per user, so that on a shared phone the next officer never sees someone else's unsent contact (see session.tsx). */
export const DRAFT_KEY_PREFIX = 'samenloop.acuut.concept.';

interface Concept {
  clientId: string;
  vtOrganisatieId: string;
  gebeldOp: string;
  opgenomenOp: string;
  wijze: ContactWijze;
  vtContactpersoon: string;
  adres: string;
  besproken: Besproken;
  /** The persons involved, optional (kept in the draft with their names, so the officer sees whom they linked). */
  personen?: PersoonRef[];
  /** Submitted but not yet confirmed by the server (sent when back online). */
  wachtend: boolean;
}

function nieuwConcept(): Concept {
  return {
    clientId: crypto.randomUUID(),
    vtOrganisatieId: '',
    gebeldOp: toLocalInput(),
    opgenomenOp: '',
    wijze: 'telefonisch',
    vtContactpersoon: '',
    adres: '',
    besproken: { eerdereMeldingen: '', lopendeAfspraken: '', afsprakenWijkagent: '', reclassering: '', ggz: '' },
    personen: [],
    wachtend: false,
  };
}

function leesConcept(key: string): Concept | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Concept) : null;
  } catch {
    return null;
  }
}

const besprokenVelden = ['eerdereMeldingen', 'lopendeAfspraken', 'afsprakenWijkagent', 'reclassering', 'ggz'] as const;
const wijzen: ContactWijze[] = ['telefonisch', 'video', 'ter-plaatse'];

function isNetwerkFout(error: unknown): boolean {
  return (error instanceof ApiError && error.status === 0) || !navigator.onLine;
}

export function NieuwContactPage() {
  const m = useAreaMessages({ nl, en });
  const { navigate } = useRouter();
  const DRAFT_KEY = `${DRAFT_KEY_PREFIX}${useActiveSession().gebruiker.id}`;
  const [concept, setConcept] = useState<Concept>(() => leesConcept(DRAFT_KEY) ?? nieuwConcept());
  const [bereikbaar, setBereikbaar] = useState<BereikbaarNu | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [bezig, setBezig] = useState(false);
  const [offline, setOffline] = useState(false);
  const sending = useRef(false);
  const latest = useRef(concept);
  latest.current = concept;

  useEffect(() => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(concept));
  }, [concept, DRAFT_KEY]);

  useEffect(() => {
    acuutApi.bereikbaarNu().then((b) => {
      setBereikbaar(b);
      const vt = b.organisaties.filter((o) => o.organisatie.soort === 'veilig-thuis');
      const opDienst = vt.filter((o) => o.nu.length > 0);
      const enige = vt.length === 1 ? vt[0] : opDienst.length === 1 ? opDienst[0] : undefined;
      if (enige) setConcept((c) => (c.vtOrganisatieId ? c : { ...c, vtOrganisatieId: enige.organisatie.id }));
    }, setError);
  }, []);

  const verstuur = useCallback(async () => {
    if (sending.current) return;
    const c = latest.current;
    if (!c.vtOrganisatieId) {
      setClientErrors({ vtOrganisatieId: m.verplicht });
      return;
    }
    setClientErrors({});
    sending.current = true;
    setBezig(true);
    setError(null);
    setConcept((x) => ({ ...x, wachtend: true }));
    try {
      const contact = await acuutApi.createContact({
        clientId: c.clientId,
        vtOrganisatieId: c.vtOrganisatieId,
        gebeldOp: fromLocalInput(c.gebeldOp) ?? '',
        opgenomenOp: c.opgenomenOp ? fromLocalInput(c.opgenomenOp) : null,
        wijze: c.wijze,
        vtContactpersoon: c.vtContactpersoon,
        adres: c.adres,
        persoonIds: (c.personen ?? []).map((p) => p.id),
        besproken: c.besproken,
      });
      localStorage.removeItem(DRAFT_KEY);
      navigate(`/acuut/contacten/${contact.id}`);
    } catch (e) {
      if (isNetwerkFout(e)) {
        setOffline(true);
      } else {
        setOffline(false);
        setConcept((x) => ({ ...x, wachtend: false }));
        setError(e);
      }
    } finally {
      sending.current = false;
      setBezig(false);
    }
  }, [m, navigate]);

  // Back online (or a draft still waiting from before): send it.
  useEffect(() => {
    const onOnline = () => {
      if (latest.current.wachtend) void verstuur();
    };
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(() => {
      if (latest.current.wachtend && navigator.onLine && !sending.current) void verstuur();
    }, 5000);
    if (latest.current.wachtend && navigator.onLine) void verstuur();
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [verstuur]);

  const set = <K extends keyof Concept>(key: K, value: Concept[K]) => setConcept((c) => ({ ...c, [key]: value }));
  const setBesproken = (key: keyof Besproken, value: string) => setConcept((c) => ({ ...c, besproken: { ...c.besproken, [key]: value } }));
  const vtOpties = (bereikbaar?.organisaties ?? [])
    .filter((o) => o.organisatie.soort === 'veilig-thuis')
    .map((o) => ({ value: o.organisatie.id, label: o.organisatie.naam }));
  const wijzeError = fieldError('wijze', clientErrors, error);
  const personen = concept.personen ?? [];
  const persoonError = error instanceof ApiError ? error.invalidParams.find((p) => p.name.includes('persoonIds'))?.reason : undefined;

  return (
    <>
      <PageTitle>{m.nieuwTitel}</PageTitle>
      <Paragraph className="sl-acuut-terug">
        <RouterLink href="/acuut">{m.terug}</RouterLink>
      </Paragraph>
      <div role="status">
        {offline && (
          <Alert type="warning">
            <Paragraph>{m.offline}</Paragraph>
          </Alert>
        )}
      </div>
      <ProblemAlert error={error} />
      <form
        id="acuut-contact-form"
        className="sl-acuut-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void verstuur();
        }}
      >
        <SelectField
          id="vtOrganisatieId"
          label={m.vtOrganisatie}
          value={concept.vtOrganisatieId}
          onChange={(v) => set('vtOrganisatieId', v)}
          options={vtOpties}
          placeholder={m.kies}
          required
          error={fieldError('vtOrganisatieId', clientErrors, error)}
        />
        <TextField id="gebeldOp" type="datetime-local" label={m.gebeldOp} value={concept.gebeldOp} onChange={(v) => set('gebeldOp', v)} required error={fieldError('gebeldOp', clientErrors, error)} />
        <TextField
          id="opgenomenOp"
          type="datetime-local"
          label={m.opgenomenOp}
          description={m.opgenomenHint}
          value={concept.opgenomenOp}
          onChange={(v) => set('opgenomenOp', v)}
          error={fieldError('opgenomenOp', clientErrors, error)}
        />
        <Fieldset invalid={Boolean(wijzeError)}>
          <FieldsetLegend>{m.wijze}</FieldsetLegend>
          {wijzeError && <FormFieldErrorMessage>{wijzeError}</FormFieldErrorMessage>}
          <div className="sl-acuut-keuzes">
            {wijzen.map((w) => (
              <label key={w} className="sl-acuut-keuze utrecht-form-label">
                <input type="radio" name="wijze" value={w} checked={concept.wijze === w} onChange={() => set('wijze', w)} />
                {m.wijzen[w]}
              </label>
            ))}
          </div>
        </Fieldset>
        <TextField id="vtContactpersoon" label={m.vtContactpersoon} value={concept.vtContactpersoon} onChange={(v) => set('vtContactpersoon', v)} error={fieldError('vtContactpersoon', clientErrors, error)} />
        <TextField id="adres" label={m.adres} value={concept.adres} onChange={(v) => set('adres', v)} autoComplete="off" error={fieldError('adres', clientErrors, error)} />
        <details>
          <summary>{m.besproken}</summary>
          {besprokenVelden.map((veld) => (
            <TextField key={veld} id={`besproken-${veld}`} label={m[veld]} value={concept.besproken[veld]} onChange={(v) => setBesproken(veld, v)} error={fieldError(veld, clientErrors, error)} />
          ))}
        </details>
      </form>
      {/* Outside the contact form: the person search is a form of its own. */}
      <details className="sl-acuut-personen" open={persoonError ? true : undefined}>
        <summary>
          {m.personen}
          {personen.length > 0 && ` (${personen.length})`}
        </summary>
        <Paragraph>{m.personenHint}</Paragraph>
        {persoonError && <FormFieldErrorMessage>{persoonError}</FormFieldErrorMessage>}
        {personen.length === 0 ? (
          <Paragraph>{m.geenPersonen}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list sl-acuut-gekozen" aria-label={m.personenGekozen}>
            {personen.map((p) => (
              <li key={p.id}>
                <span>{p.naam}</span>{' '}
                <Button type="button" appearance="subtle-button" onClick={() => set('personen', personen.filter((x) => x.id !== p.id))}>
                  {m.ontkoppel(p.naam)}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <PersonSearch
          idPrefix="acuut-zoek"
          actions={(p) =>
            personen.some((x) => x.id === p.id) ? (
              <Paragraph>{m.gekoppeldPersoon}</Paragraph>
            ) : (
              <Button type="button" appearance="secondary-action-button" onClick={() => set('personen', [...personen, p])}>
                {m.koppelPersoon(p.naam)}
              </Button>
            )
          }
        />
      </details>
      <Paragraph>
        <Button type="submit" form="acuut-contact-form" appearance="primary-action-button" className="sl-acuut-groot" disabled={bezig}>
          {bezig ? m.bezig : m.versturen}
        </Button>{' '}
        {offline && (
          <Button type="button" appearance="secondary-action-button" className="sl-acuut-groot" onClick={() => void verstuur()}>
            {m.opnieuw}
          </Button>
        )}
      </Paragraph>
    </>
  );
}
