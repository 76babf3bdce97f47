import { useCallback, useEffect, useState } from 'react';
import { Button, ButtonGroup, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Inspanning, InspanningenLijst } from '@schemas/indicatoren/inspanningen';
import type { Rol } from '@schemas/identity';
import { ApiError } from '../../api/client';
import { useAreaMessages, useI18n } from '../../i18n';
import { useSession } from '../../identity/session';
import { DataTable } from '../../shell/DataTable';
import { SelectField, StatusNotice } from '../../shell/fields';
import { ProblemAlert } from '../../shell/forms';
import { Loading, PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { ditJaar, jaarOpties } from '../evaluaties/jaren';
import { InspanningFormulier } from './InspanningFormulier';
import { inspanningenApi } from './inspanningen.api';
import { nl, en } from './messages';
import './inspanningen.css';

/** Who registers effort (the server's inspanningen.registreren). */
const REGISTREERDERS: Rol[] = ['rnzs-lid', 'functioneel-beheerder'];

function vandaag(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** /indicatoren/inspanningen: the region's registered effort for a year; the own organisation's can be changed. */
export function InspanningenPage() {
  const m = useAreaMessages({ nl, en });
  const { formatDate, lang } = useI18n();
  const getal = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  const rollen = useSession().sessie?.rollen ?? [];
  const magRegistreren = rollen.some((r) => REGISTREERDERS.includes(r));
  const [jaar, setJaar] = useState(ditJaar());
  const [lijst, setLijst] = useState<InspanningenLijst | null>(null);
  const [fout, setFout] = useState<unknown>(null);
  const [formulier, setFormulier] = useState<{ bestaand: Inspanning | null } | null>(null);
  const [teVerwijderen, setTeVerwijderen] = useState<Inspanning | null>(null);
  const [melding, setMelding] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(null);
  const [bezig, setBezig] = useState(false);

  const laad = useCallback(async () => {
    setLijst(await inspanningenApi.lijst(jaar));
  }, [jaar]);

  useEffect(() => {
    if (!magRegistreren) return;
    setLijst(null);
    laad().catch(setFout);
  }, [laad, magRegistreren]);

  const beschrijf = (i: Inspanning) => [m.soorten[i.soort], formatDate(i.datum)] as const;

  function openFormulier(bestaand: Inspanning | null) {
    setMelding(null);
    setTeVerwijderen(null);
    setFormulier({ bestaand });
    requestAnimationFrame(() => document.getElementById('inspanning-formulier')?.scrollIntoView());
    requestAnimationFrame(() => document.getElementById('inspanning-verbeteractie')?.focus());
  }

  /** After the form or a confirmation closes, focus goes to a control that is still there. */
  function focusOp(id: string) {
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  }

  async function opgeslagen(inspanning: Inspanning) {
    setFormulier(null);
    focusOp('inspanning-nieuw');
    setMelding({ text: m.opgeslagen, kind: 'ok' });
    const jaarVan = Number(inspanning.datum.slice(0, 4));
    if (jaarVan !== jaar) setJaar(jaarVan);
    else await laad().catch(setFout);
  }

  async function verwijder(inspanning: Inspanning) {
    setBezig(true);
    setFout(null);
    try {
      await inspanningenApi.verwijder(inspanning.id, inspanning.versie);
      setMelding({ text: m.verwijderd, kind: 'ok' });
      focusOp('inspanning-nieuw');
    } catch (e) {
      if (e instanceof ApiError && (e.isVersionConflict || e.status === 404)) {
        setMelding({ text: e.status === 404 ? m.verdwenen : m.conflict, kind: 'warning' });
      } else {
        setFout(e);
      }
    } finally {
      setBezig(false);
      setTeVerwijderen(null);
      await laad().catch(setFout);
    }
  }

  if (!magRegistreren) {
    return (
      <>
        <PageTitle>{m.title}</PageTitle>
        <Paragraph>{m.geenRol}</Paragraph>
        <Paragraph>
          <RouterLink href="/indicatoren/evaluaties">{m.links.evaluaties}</RouterLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph>{m.intro}</Paragraph>
      <div className="sl-inspanningen__jaar">
        <SelectField id="jaar" label={m.jaar} value={String(jaar)} onChange={(w) => setJaar(Number(w))} options={jaarOpties()} />
      </div>
      {!formulier && (
        <ButtonGroup className="sl-inspanningen__nieuw">
          <Button id="inspanning-nieuw" appearance="primary-action-button" onClick={() => openFormulier(null)}>
            {m.nieuw}
          </Button>
        </ButtonGroup>
      )}
      <StatusNotice text={melding?.text} kind={melding?.kind} />
      <ProblemAlert error={fout} />
      {formulier && (
        <InspanningFormulier
          key={formulier.bestaand?.id ?? 'nieuw'}
          bestaand={formulier.bestaand}
          vandaag={vandaag()}
          onOpgeslagen={(i) => void opgeslagen(i)}
          onAnnuleren={() => {
            setFormulier(null);
            focusOp('inspanning-nieuw');
          }}
        />
      )}
      {lijst === null && !fout && <Loading />}
      {lijst && lijst.inspanningen.length === 0 && <Paragraph>{m.leeg}</Paragraph>}
      {lijst && lijst.inspanningen.length > 0 && (
        <DataTable
          caption={m.caption(lijst.jaar)}
          className="sl-table--compact"
          columns={[
            m.kolommen.datum,
            m.kolommen.organisatie,
            m.kolommen.verbeteractie,
            m.kolommen.soort,
            m.kolommen.uren,
            m.kolommen.deelnemers,
            m.kolommen.werklast,
            m.kolommen.acties,
          ]}
        >
          {lijst.inspanningen.map((i) => {
            const [soort, datum] = beschrijf(i);
            return (
              <TableRow key={i.id}>
                <TableHeaderCell scope="row" className="sl-nowrap">
                  {datum}
                </TableHeaderCell>
                <TableCell>
                  {i.organisatie.naam}
                  <span className="sl-block sl-muted">{m.door(i.geregistreerdDoor.naam)}</span>
                </TableCell>
                <TableCell>{m.verbeteracties[i.verbeteractie]}</TableCell>
                <TableCell className="sl-inspanningen__omschrijving">
                  {soort}
                  {i.omschrijving && <span className="sl-block sl-muted">{i.omschrijving}</span>}
                </TableCell>
                <TableCell>{i.uren === null ? '–' : getal.format(i.uren)}</TableCell>
                <TableCell>{i.deelnemers ?? '–'}</TableCell>
                <TableCell>{i.werklast ? m.werklasten[i.werklast] : m.werklastOnbekend}</TableCell>
                <TableCell>
                  {!i.eigen ? (
                    <span className="sl-muted">{m.alleenEigen}</span>
                  ) : teVerwijderen?.id === i.id ? (
                    <div role="group" aria-label={m.bevestigVerwijderen(soort, datum)}>
                      <Paragraph>{m.bevestigVerwijderen(soort, datum)}</Paragraph>
                      <ButtonGroup>
                        <Button id="inspanning-verwijder-ja" appearance="primary-action-button" hint="danger" busy={bezig} disabled={bezig} onClick={() => void verwijder(i)}>
                          {m.jaVerwijderen}
                        </Button>
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => {
                            setTeVerwijderen(null);
                            focusOp(`inspanning-verwijder-${i.id}`);
                          }}
                        >
                          {m.annuleren}
                        </Button>
                      </ButtonGroup>
                    </div>
                  ) : (
                    <ButtonGroup className="sl-inspanningen__acties">
                      <Button appearance="secondary-action-button" aria-label={m.wijzigenLabel(soort, datum)} onClick={() => openFormulier(i)}>
                        {m.wijzigen}
                      </Button>
                      <Button
                        id={`inspanning-verwijder-${i.id}`}
                        appearance="secondary-action-button"
                        aria-label={m.verwijderenLabel(soort, datum)}
                        onClick={() => {
                          setMelding(null);
                          setTeVerwijderen(i);
                          focusOp('inspanning-verwijder-ja');
                        }}
                      >
                        {m.verwijderen}
                      </Button>
                    </ButtonGroup>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </DataTable>
      )}
      <Paragraph>
        <RouterLink href="/indicatoren/evaluaties">{m.links.evaluaties}</RouterLink>
        {rollen.includes('rnzs-lid') && (
          <>
            {' · '}
            <RouterLink href="/indicatoren">{m.links.dashboard}</RouterLink>
          </>
        )}
      </Paragraph>
    </>
  );
}
