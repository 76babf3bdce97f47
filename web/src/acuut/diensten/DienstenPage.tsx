import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Checkbox, FormField, FormLabel, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { dienstSoorten, type Dienst, type DienstSoort } from '@schemas/acuut';
import { useAreaMessages, useI18n } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { fieldError, ProblemAlert, TextField } from '../../shell/forms';
import { SelectField, StatusNotice, TextAreaField } from '../../shell/fields';
import { Loading, PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { fromLocalInput } from '../../shell/datetime-local';
import { acuutApi } from '../acuut.api';
import { en, nl } from '../messages';
import '../acuut.css';

/** How far ahead the roster screen looks (the server allows at most 62 days per request). */
const VOORUIT_DAGEN = 28;

/** Who keeps a roster: the functional administrator of a Veilig Thuis or crisis-intervention-team organisation. */
export function magRoosterBeheren(sessie: { rollen: readonly string[]; organisatie: { soort: string } | null }): boolean {
  const soort = sessie.organisatie?.soort;
  return sessie.rollen.includes('functioneel-beheerder') && (soort === 'veilig-thuis' || soort === 'crisis-interventie-team');
}

interface Invoer {
  dienst: DienstSoort;
  naam: string;
  telefoon: string;
  van: string;
  tot: string;
  terPlaatseMogelijk: boolean;
  toelichting: string;
}

const leeg = (dienst: DienstSoort): Invoer => ({ dienst, naam: '', telefoon: '', van: '', tot: '', terPlaatseMogelijk: false, toelichting: '' });

function controleer(invoer: Invoer, m: typeof nl): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (!invoer.naam.trim()) fouten.naam = m.naamVerplicht;
  if (!invoer.telefoon.trim()) fouten.telefoon = m.telefoonVerplicht;
  if (!invoer.van) fouten.van = m.tijdVerplicht;
  if (!invoer.tot) fouten.tot = m.tijdVerplicht;
  else if (invoer.van && new Date(invoer.tot).getTime() <= new Date(invoer.van).getTime()) fouten.tot = m.totNaVan;
  return fouten;
}

function DienstToevoegen({ organisatieId, standaard, onAdded }: { organisatieId: string; standaard: DienstSoort; onAdded: (d: Dienst) => void }) {
  const m = useAreaMessages({ nl, en });
  const [invoer, setInvoer] = useState<Invoer>(() => leeg(standaard));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [bezig, setBezig] = useState(false);
  const set = <K extends keyof Invoer>(key: K, value: Invoer[K]) => setInvoer((x) => ({ ...x, [key]: value }));

  const toevoegen = async () => {
    const fouten = controleer(invoer, m);
    setClientErrors(fouten);
    if (Object.keys(fouten).length > 0) {
      setError(null);
      document.getElementById(`dienst-${Object.keys(fouten)[0]!}`)?.focus();
      return;
    }
    setBezig(true);
    setError(null);
    try {
      const dienst = await acuutApi.createDienst({
        organisatieId,
        dienst: invoer.dienst,
        naam: invoer.naam.trim(),
        telefoon: invoer.telefoon.trim(),
        van: fromLocalInput(invoer.van) ?? '',
        tot: fromLocalInput(invoer.tot) ?? '',
        terPlaatseMogelijk: invoer.terPlaatseMogelijk,
        toelichting: invoer.toelichting,
      });
      setInvoer(leeg(invoer.dienst));
      onAdded(dienst);
    } catch (e) {
      setError(e);
    } finally {
      setBezig(false);
    }
  };

  const err = (veld: string) => fieldError(veld, clientErrors, error);
  return (
    <section aria-labelledby="dienst-toevoegen">
      <Heading2 id="dienst-toevoegen">{m.nieuweDienst}</Heading2>
      <ProblemAlert error={error} />
      <form
        className="sl-acuut-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void toevoegen();
        }}
      >
        <SelectField
          id="dienst-dienst"
          label={m.soortDienst}
          value={invoer.dienst}
          onChange={(v) => set('dienst', v as DienstSoort)}
          options={dienstSoorten.map((d) => ({ value: d, label: m.dienst[d] ?? d }))}
          error={err('dienst')}
        />
        <TextField id="dienst-naam" label={m.naam} value={invoer.naam} onChange={(v) => set('naam', v)} required autoComplete="off" error={err('naam')} />
        <TextField id="dienst-telefoon" label={m.telefoon} value={invoer.telefoon} onChange={(v) => set('telefoon', v)} required autoComplete="off" error={err('telefoon')} />
        <TextField id="dienst-van" type="datetime-local" label={m.van} value={invoer.van} onChange={(v) => set('van', v)} required error={err('van')} />
        <TextField id="dienst-tot" type="datetime-local" label={m.totVeld} value={invoer.tot} onChange={(v) => set('tot', v)} required error={err('tot')} />
        <FormField type="checkbox" className="sl-choice">
          <Checkbox id="dienst-terPlaatse" checked={invoer.terPlaatseMogelijk} onChange={(e) => set('terPlaatseMogelijk', e.target.checked)} />
          <FormLabel htmlFor="dienst-terPlaatse" type="checkbox" checked={invoer.terPlaatseMogelijk}>
            {m.terPlaatseVraag}
          </FormLabel>
        </FormField>
        <TextAreaField id="dienst-toelichting" label={m.toelichting} rows={2} value={invoer.toelichting} onChange={(v) => set('toelichting', v)} error={err('toelichting')} />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>
            {m.toevoegen}
          </Button>
        </Paragraph>
      </form>
    </section>
  );
}

function DienstItem({ dienst, onDeleted }: { dienst: Dienst; onDeleted: (d: Dienst) => void }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const [bevestigen, setBevestigen] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const jaRef = useRef<HTMLButtonElement>(null);
  const van = formatDateTime(dienst.van);

  useEffect(() => {
    if (bevestigen) jaRef.current?.focus();
  }, [bevestigen]);

  const verwijder = async () => {
    setBezig(true);
    setError(null);
    try {
      await acuutApi.deleteDienst(dienst.id);
      onDeleted(dienst);
    } catch (e) {
      setError(e);
      setBezig(false);
    }
  };

  return (
    <li className="sl-acuut-dienst" data-testid="rooster-dienst">
      <Heading3 className="sl-acuut-dienst__naam">{dienst.naam}</Heading3>
      <Paragraph>{m.tijdvak(van, formatDateTime(dienst.tot))}</Paragraph>
      <Paragraph>
        {m.kolomTelefoon}: {dienst.telefoon} — <strong>{dienst.terPlaatseMogelijk ? m.terPlaatse : m.telefonisch}</strong>
      </Paragraph>
      {dienst.toelichting && <Paragraph className="sl-muted">{dienst.toelichting}</Paragraph>}
      <ProblemAlert error={error} />
      {bevestigen ? (
        <div className="sl-acuut-bevestig">
          <Paragraph>
            <strong>{m.bevestigVerwijderen(dienst.naam, van)}</strong>
          </Paragraph>
          <Button ref={jaRef} type="button" appearance="primary-action-button" disabled={bezig} onClick={() => void verwijder()}>
            {m.jaVerwijderen}
          </Button>{' '}
          <Button type="button" appearance="secondary-action-button" onClick={() => setBevestigen(false)}>
            {m.aanvullenAnnuleren}
          </Button>
        </div>
      ) : (
        <Button type="button" appearance="secondary-action-button" onClick={() => setBevestigen(true)}>
          {m.verwijder}
          <span className="sl-visually-hidden">: {m.verwijderDienst(dienst.naam, van)}</span>
        </Button>
      )}
    </li>
  );
}

/** /acuut/diensten: the functional administrator keeps the organisation's roster (who, hours, phone, on site). */
export function DienstenPage() {
  const m = useAreaMessages({ nl, en });
  const sessie = useActiveSession();
  const organisatie = sessie.organisatie;
  const mag = magRoosterBeheren(sessie);
  const [diensten, setDiensten] = useState<Dienst[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);

  const laad = useCallback(() => {
    if (!mag || !organisatie) return;
    const nu = new Date();
    acuutApi.diensten(organisatie.id, nu, new Date(nu.getTime() + VOORUIT_DAGEN * 86_400_000)).then((l) => setDiensten(l.diensten), setError);
  }, [mag, organisatie]);

  useEffect(() => laad(), [laad]);

  const sorteer = (lijst: Dienst[]) => [...lijst].sort((a, b) => a.van.localeCompare(b.van) || a.naam.localeCompare(b.naam));

  return (
    <>
      <PageTitle>{m.roosterTitel}</PageTitle>
      <Paragraph className="sl-acuut-terug">
        <RouterLink href="/acuut">{m.terug}</RouterLink>
      </Paragraph>
      {!mag || !organisatie ? (
        <Paragraph>{m.geenRoosterOrganisatie}</Paragraph>
      ) : (
        <>
          <Paragraph>{m.roosterIntro}</Paragraph>
          <StatusNotice text={status} />
          <ProblemAlert error={error} />
          <DienstToevoegen
            organisatieId={organisatie.id}
            standaard={organisatie.soort === 'crisis-interventie-team' ? 'cit' : 'bereikbaarheidsdienst'}
            onAdded={(d) => {
              setDiensten((l) => sorteer([...(l ?? []), d]));
              setStatus(`${m.toegevoegd}: ${d.naam}`);
            }}
          />
          {diensten === null ? (
            error ? null : <Loading />
          ) : diensten.length === 0 ? (
            <Paragraph>{m.geenDiensten}</Paragraph>
          ) : (
            dienstSoorten.map((soort) => {
              const lijst = sorteer(diensten.filter((d) => d.dienst === soort));
              if (lijst.length === 0) return null;
              return (
                <section key={soort} aria-labelledby={`rooster-${soort}`}>
                  <Heading2 id={`rooster-${soort}`}>{m.roosterCaption(m.dienst[soort] ?? soort)}</Heading2>
                  <ul className="sl-acuut-rooster">
                    {lijst.map((d) => (
                      <DienstItem
                        key={d.id}
                        dienst={d}
                        onDeleted={(weg) => {
                          setDiensten((l) => (l ?? []).filter((x) => x.id !== weg.id));
                          setStatus(`${m.verwijderd}: ${weg.naam}`);
                          document.getElementById('paginatitel')?.focus();
                        }}
                      />
                    ))}
                  </ul>
                </section>
              );
            })
          )}
        </>
      )}
    </>
  );
}
