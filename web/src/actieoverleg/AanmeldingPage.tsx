import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { CasusRol } from '@schemas/cases';
import { leegFormulier, type Aanmelding, type AanmeldingFormulier, type AanmeldingStatus } from '@schemas/actieoverleg';
import { ApiError } from '../api/client';
import { casesApi } from '../cases/cases.api';
import { nl as casusNl, en as casusEn } from '../cases/messages';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { formatDate } from '../persons/format';
import { DataTable } from '../shell/DataTable';
import { StatusNotice } from '../shell/fields';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { AanmeldingFields, controlIdFor, type CasusPersoonRef } from './AanmeldingFields';
import { AanmeldingView } from './AanmeldingView';
import { actieoverlegApi, type Versioned } from './actieoverleg.api';
import { BesluitForm } from './BesluitForm';
import { legeKeuze, NieuweCasusStap, type NieuweCasusKeuze } from './NieuweCasusStap';
import { CriteriaPanel } from './CriteriaPanel';
import { en, nl } from './messages';
import './actieoverleg.css';

interface CasusInfo {
  id: string;
  nummer: string;
  regio: string;
  personen: Array<CasusPersoonRef & { geboortedatum: string | null }>;
}

function formulierVan(a: Aanmelding): AanmeldingFormulier {
  const f = {} as Record<string, unknown>;
  for (const key of Object.keys(leegFormulier) as Array<keyof AanmeldingFormulier>) f[key] = a[key];
  return f as unknown as AanmeldingFormulier;
}

function casusVan(a: Aanmelding): CasusInfo {
  return {
    id: a.casus.id,
    nummer: a.casus.nummer,
    regio: a.regio.naam,
    personen: a.personen.map((p) => ({ id: p.id, naam: p.naam, rol: p.rol, geboortedatum: p.geboortedatum })),
  };
}

/** While one of these runs for a casus, the server refuses a second referral (409 aanmelding-loopt-al). */
const LOPENDE_STATUSSEN: readonly AanmeldingStatus[] = ['concept', 'ingediend', 'geagendeerd'];

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * A referral to the Actieoverleg: the form of seed 003 §3.1 while it is a draft of the own organisation (new from
 * ?casus=<id>, or an existing draft), otherwise the read-only referral with the criteria, "bekend bij", the chair's
 * decision and — for a chair, while it waits — the decision form.
 */
export function AanmeldingPage({ id }: { id?: string }) {
  const m = useAreaMessages({ nl, en });
  const rollen = useAreaMessages({ nl: casusNl, en: casusEn }).rollen;
  const { formatDateTime, lang } = useI18n();
  const sessie = useActiveSession();
  const f = m.formulier;

  const [aanmelding, setAanmelding] = useState<Aanmelding | null>(null);
  const [etag, setEtag] = useState('');
  const [casus, setCasus] = useState<CasusInfo | null>(null);
  const [formulier, setFormulier] = useState<AanmeldingFormulier>(leegFormulier);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [criteriaError, setCriteriaError] = useState<ApiError | null>(null);
  const [looptAl, setLooptAl] = useState<string | null>(null);
  const [lopendVooraf, setLopendVooraf] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(null);
  const [busy, setBusy] = useState<'opslaan' | 'indienen' | null>(null);
  // Without a casus: step 1 chooses the persons, doel and grondslag; the casus opens with the first save.
  const [nieuw, setNieuw] = useState<NieuweCasusKeuze | null>(null);
  const [stap1Open, setStap1Open] = useState(true);

  const adopt = useCallback((r: Versioned, withForm: boolean) => {
    setAanmelding(r.aanmelding);
    setEtag(r.etag);
    setCasus(casusVan(r.aanmelding));
    if (withForm) setFormulier(formulierVan(r.aanmelding));
  }, []);

  // After the first save the address is the draft's own (no ?casus= any more); the casus is then the draft's.
  const casusIdParam = id ? null : (aanmelding?.casus.id ?? new URLSearchParams(window.location.search).get('casus'));
  useEffect(() => {
    if (id) {
      if (aanmelding?.id === id) return;
      setLoadError(null);
      setAanmelding(null);
      setSaveError(null);
      setCriteriaError(null);
      setLooptAl(null);
      setLopendVooraf(null);
      actieoverlegApi
        .read(id)
        .then((r) => adopt(r, true))
        .catch(setLoadError);
    } else if (casusIdParam && !aanmelding) {
      // A casus with a running referral gets a pointer to it instead of a second form.
      actieoverlegApi
        .list()
        .then((lijst) => {
          const lopend = lijst.find((a) => a.casus.id === casusIdParam && LOPENDE_STATUSSEN.includes(a.status));
          if (lopend) setLopendVooraf(lopend.id);
        })
        .catch(() => {});
      casesApi
        .read(casusIdParam)
        .then(({ casus: c }) =>
          setCasus({
            id: c.id,
            nummer: c.nummer,
            regio: c.regio.naam,
            personen: c.personen.map((p) => ({ id: p.persoon.id, naam: p.persoon.naam, rol: p.rol, geboortedatum: p.persoon.geboortedatum })),
          }),
        )
        .catch(setLoadError);
    }
    // Only a new id (or casus) loads again; the referral saved here is already in state.
  }, [id, casusIdParam]);

  if (!id && !casusIdParam && (stap1Open || !nieuw)) {
    return (
      <>
        <PageTitle>{f.titleNieuw}</PageTitle>
        <ul className="sl-plain-list sl-ao-links">
          <li>
            <RouterLink href="/actieoverleg">{f.terug}</RouterLink>
          </li>
        </ul>
        <Paragraph>{f.geenCasus}</Paragraph>
        <NieuweCasusStap
          initial={nieuw ?? legeKeuze}
          onNext={(keuze) => {
            setNieuw(keuze);
            setStap1Open(false);
            setCasus({ id: '', nummer: '', regio: m.nieuw.regioNieuw, personen: keuze.personen.map((p) => ({ id: p.id, naam: p.naam, rol: p.rol, geboortedatum: p.geboortedatum })) });
            focusSoon('paginatitel');
          }}
        />
      </>
    );
  }
  if (loadError) {
    const notFound = loadError instanceof ApiError && [400, 403, 404].includes(loadError.status);
    return (
      <>
        <PageTitle>{f.titleNieuw}</PageTitle>
        {notFound ? (
          <Alert type="error">
            <Paragraph>{f.nietGevonden}</Paragraph>
          </Alert>
        ) : (
          <ProblemAlert error={loadError} />
        )}
        <Paragraph>
          <RouterLink href="/actieoverleg">{f.terug}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!casus || (id && !aanmelding)) return <Loading />;

  const editable = !aanmelding || (aanmelding.status === 'concept' && aanmelding.aanmeldendeOrganisatie.id === sessie.organisatie?.id);
  const isChair = sessie.rollen.includes('voorzitter-actieoverleg');

  /** Saves the draft (POST the first time, then PATCH with If-Match). Null when it did not save. */
  async function persist(): Promise<Versioned | null> {
    setSaveError(null);
    setLooptAl(null);
    try {
      if (!aanmelding) {
        const r = nieuw
          ? await actieoverlegApi.createWithCasus(
              { personen: nieuw.personen.map((p) => ({ persoonId: p.id, rol: p.rol as CasusRol })), doel: nieuw.doel, grondslagId: nieuw.grondslagId },
              formulier,
            )
          : await actieoverlegApi.create(casus!.id, formulier);
        adopt(r, false);
        // The draft has an address now; the page stays (focus and typing are not disturbed).
        window.history.replaceState(null, '', `/actieoverleg/aanmeldingen/${encodeURIComponent(r.aanmelding.id)}`);
        return r;
      }
      const r = await actieoverlegApi.update(aanmelding.id, etag, formulier);
      adopt(r, false);
      return r;
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict && aanmelding) {
        try {
          const fresh = await actieoverlegApi.read(aanmelding.id);
          adopt(fresh, false);
          setNotice({ text: fresh.aanmelding.status === 'concept' ? f.conflict : f.nietMeerConcept, kind: 'warning' });
        } catch (reloadError) {
          setSaveError(reloadError);
        }
      } else if (e instanceof ApiError && e.code === 'aanmelding-loopt-al') {
        setLooptAl(e.kandidaten[0] ?? '');
        focusSoon('aanmelding-loopt-al');
      } else {
        setSaveError(e);
        const first = e instanceof ApiError ? e.invalidParams[0]?.name.replace(/^body\./, '') : undefined;
        if (first) focusSoon(controlIdFor(first));
      }
      return null;
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setCriteriaError(null);
    setBusy('opslaan');
    const r = await persist();
    setBusy(null);
    if (r) setNotice({ text: f.opgeslagen, kind: 'ok' });
  }

  async function submit() {
    setNotice(null);
    setCriteriaError(null);
    setBusy('indienen');
    try {
      const saved = await persist();
      if (!saved) return;
      try {
        const r = await actieoverlegApi.submit(saved.aanmelding.id);
        adopt(r, true);
        setNotice({ text: f.ingediend, kind: 'ok' });
        focusSoon('paginatitel');
      } catch (e) {
        if (e instanceof ApiError && e.code === 'criteria-niet-voldaan') {
          setCriteriaError(e);
          focusSoon('aanmelding-criteria-fouten');
        } else {
          setSaveError(e);
        }
      }
    } finally {
      setBusy(null);
    }
  }

  const inbrenger = aanmelding
    ? { organisatie: aanmelding.aanmeldendeOrganisatie.naam, naam: aanmelding.aangemeldDoor.naam }
    : { organisatie: sessie.organisatie?.naam ?? '', naam: sessie.gebruiker.naam };

  return (
    <>
      <PageTitle>{aanmelding ? f.title(casus.nummer) : f.titleNieuw}</PageTitle>
      <ul className="sl-plain-list sl-ao-links">
        <li>
          <RouterLink href="/actieoverleg">{f.terug}</RouterLink>
        </li>
        {casus.id && (
          <li>
            <RouterLink href={`/casussen/${casus.id}`}>{f.naarCasus(casus.nummer)}</RouterLink>
          </li>
        )}
      </ul>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      {aanmelding?.herhaling && (
        <Alert type="warning">
          <Paragraph>
            <strong>{m.herhaling(aanmelding.herhaling.dagenSinds)}</strong>
          </Paragraph>
        </Alert>
      )}

      <dl className="sl-deflist">
        {aanmelding && (
          <>
            <dt>{m.detail.status}</dt>
            <dd>
              <strong data-testid="aanmelding-status">{m.status[aanmelding.status]}</strong>
            </dd>
          </>
        )}
        {aanmelding?.ingediendOp && (
          <>
            <dt>{m.detail.ingediendOp}</dt>
            <dd>
              <time dateTime={aanmelding.ingediendOp}>{formatDateTime(aanmelding.ingediendOp)}</time>
            </dd>
          </>
        )}
      </dl>

      <Heading2>{f.inbrenger}</Heading2>
      <dl className="sl-deflist">
        <dt>{f.organisatie}</dt>
        <dd>{inbrenger.organisatie}</dd>
        <dt>{f.naam}</dt>
        <dd>{inbrenger.naam}</dd>
      </dl>

      <Heading2>{f.client}</Heading2>
      <Paragraph>{casus.id ? f.clientIntro : m.nieuw.clientIntroNieuw}</Paragraph>
      {!aanmelding && nieuw && (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setStap1Open(true)}>
            {m.nieuw.wijzigen}
          </Button>
        </ButtonGroup>
      )}
      {casus.personen.length === 0 ? (
        <Paragraph>{f.geenPersonen}</Paragraph>
      ) : (
        <DataTable caption={f.clientCaption} columns={[f.persoon, f.geboren, f.rol]}>
          {casus.personen.map((p) => (
            <TableRow key={`${p.id}-${p.rol}`}>
              <TableHeaderCell scope="row">{p.naam}</TableHeaderCell>
              <TableCell>{p.geboortedatum ? formatDate(p.geboortedatum, lang) : f.onbekend}</TableCell>
              <TableCell>{rollen[p.rol as keyof typeof rollen] ?? p.rol}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}

      <Heading2>{f.regio}</Heading2>
      <Paragraph>{casus.regio}</Paragraph>

      {!aanmelding && lopendVooraf ? (
        <Alert type="warning">
          <Paragraph>
            {f.looptAl} <RouterLink href={`/actieoverleg/aanmeldingen/${lopendVooraf}`}>{f.looptAlLink}</RouterLink>
          </Paragraph>
        </Alert>
      ) : editable ? (
        <form onSubmit={save} noValidate className="sl-form sl-ao-form">
          <Paragraph>{f.intro}</Paragraph>
          {looptAl !== null && (
            <div id="aanmelding-loopt-al" tabIndex={-1}>
              <Alert type="warning">
                <Paragraph>
                  {f.looptAl}{' '}
                  {looptAl && <RouterLink href={`/actieoverleg/aanmeldingen/${looptAl}`}>{f.looptAlLink}</RouterLink>}
                </Paragraph>
              </Alert>
            </div>
          )}
          <ProblemAlert error={saveError}>
            {nieuw && !aanmelding && saveError instanceof ApiError && (
              <ul>
                {saveError.invalidParams
                  .filter((p) => /nieuweCasus|grondslagId|personen/.test(p.name))
                  .map((p) => (
                    <li key={`${p.name}-${p.reason}`}>{p.reason}</li>
                  ))}
              </ul>
            )}
          </ProblemAlert>
          <AanmeldingFields value={formulier} onChange={setFormulier} personen={casus.personen} error={criteriaError ?? saveError} />
          {criteriaError && (
            <div id="aanmelding-criteria-fouten" tabIndex={-1} className="sl-ao-focus-target">
              <Alert type="error">
                <Paragraph>{f.criteriaNietVoldaan}</Paragraph>
                <ul>
                  {criteriaError.invalidParams.map((p) => (
                    <li key={`${p.name}-${p.reason}`}>
                      <a className="utrecht-link" href={`#${controlIdFor(p.name)}`} onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(controlIdFor(p.name))?.focus();
                      }}>
                        {p.reason}
                      </a>
                    </li>
                  ))}
                </ul>
              </Alert>
            </div>
          )}
          <CriteriaPanel criteria={aanmelding?.criteria ?? null} />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={busy === 'opslaan'} disabled={busy !== null}>
              {f.opslaan}
            </Button>
            <Button appearance="primary-action-button" busy={busy === 'indienen'} disabled={busy !== null} onClick={submit}>
              {f.indienen}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        aanmelding && (
          <>
            <AanmeldingView aanmelding={aanmelding} />
            {isChair && aanmelding.status === 'ingediend' && !aanmelding.besluit && <BesluitForm aanmelding={aanmelding} />}
          </>
        )
      )}
    </>
  );
}
