import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { NetwerkLeden, NetwerkLid } from '@schemas/netwerk';
import { useActiveSession } from '../identity/session';
import { useI18n } from '../i18n';
import { DataTable } from '../shell/DataTable';
import { SelectField, StatusNotice } from '../shell/fields';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterButtonLink, RouterLink } from '../shell/router';
import { ditJaar, useLoad, useNetwerkMessages } from './netwerk-shell';
import { netwerkApi } from './netwerk.api';
import { ZelfevaluatieSectie } from './ZelfevaluatieSectie';

/** /netwerk: the regional network at a glance — members per organisation and the chair, themes, this year's meetings. */
export function NetwerkPage() {
  const m = useNetwerkMessages();
  const sessie = useActiveSession();
  const lid = sessie.rollen.includes('rnzs-lid');
  const beheerder = sessie.rollen.includes('functioneel-beheerder');
  const leden = useLoad(() => netwerkApi.leden(), []);

  if (!lid && !beheerder) {
    return (
      <>
        <PageTitle>{m.title}</PageTitle>
        <Alert type="info">
          <Paragraph>{m.geenToegang}</Paragraph>
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <ProblemAlert error={leden.error} />
      {leden.value === undefined && !leden.error && <Loading />}
      {leden.value && (
        <>
          <Paragraph appearance="lead">{m.intro(leden.value.regioNaam)}</Paragraph>
          {!lid && (
            <Alert type="info">
              <Paragraph>{m.alleenLeden}</Paragraph>
            </Alert>
          )}
          <Leden leden={leden.value} onChange={() => void leden.reload()} />
        </>
      )}
      {lid && (
        <>
          <Themas />
          <Bijeenkomsten />
          <Heading2>{m.werk}</Heading2>
          <UnorderedList>
            <UnorderedListItem>
              <RouterLink href={`/netwerk/werkplan/${ditJaar()}`}>{m.werkplan(ditJaar())}</RouterLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <RouterLink href="/netwerk/leercasussen">{m.leercasussen}</RouterLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <RouterLink href="/netwerk/twijfelcasussen">{m.twijfelcasussen}</RouterLink>
            </UnorderedListItem>
          </UnorderedList>
          <ZelfevaluatieSectie />
        </>
      )}
    </>
  );
}

function Leden({ leden, onChange }: { leden: NetwerkLeden; onChange: () => void }) {
  const m = useNetwerkMessages();
  // Each organisation's administrator speaks for its own members only.
  const eigenOrganisatieId = useActiveSession().organisatie?.id;
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Removing a member asks for a second click.
  const [bevestig, setBevestig] = useState<string | null>(null);

  async function doe(lid: NetwerkLid, wijziging: { voorzitter?: boolean; actief?: boolean }, tekst: string) {
    setBusy(true);
    setError(null);
    setNotice(null);
    setBevestig(null);
    try {
      await netwerkApi.lidWijzigen(lid, wijziging);
      setNotice(tekst);
      onChange();
    } catch (e) {
      setError(e);
      onChange();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="leden-kop">
      <Heading2 id="leden-kop">{m.leden}</Heading2>
      <Paragraph>{leden.voorzitter ? m.voorzitterVan(leden.voorzitter.naam, leden.voorzitter.organisatieNaam) : m.geenVoorzitter}</Paragraph>
      <StatusNotice text={notice} />
      <ProblemAlert error={error} />
      <DataTable caption={m.ledenCaption} columns={[m.organisatie, m.lid]}>
        {leden.organisaties.map((o) => (
          <TableRow key={o.id}>
            <TableHeaderCell scope="row">{o.naam}</TableHeaderCell>
            <TableCell>
              {o.leden.length === 0 ? (
                <em>{m.geenLid}</em>
              ) : (
                <UnorderedList>
                  {o.leden.map((l) => (
                    <UnorderedListItem key={l.id}>
                      {l.naam}
                      {l.voorzitter && <strong> ({m.voorzitter})</strong>}
                      {leden.magBeheren && o.id === eigenOrganisatieId && (
                        <ButtonGroup>
                          {!l.voorzitter && (
                            <Button appearance="secondary-action-button" disabled={busy} onClick={() => void doe(l, { voorzitter: true }, m.benoemd(l.naam))}>
                              {m.benoemen(l.naam)}
                            </Button>
                          )}
                          {bevestig === l.id ? (
                            <>
                              <Button appearance="primary-action-button" hint="danger" disabled={busy} onClick={() => void doe(l, { actief: false }, m.verwijderd(l.naam))}>
                                {m.bevestigVerwijderen(l.naam)}
                              </Button>
                              <Button appearance="subtle-button" onClick={() => setBevestig(null)}>
                                {m.annuleren}
                              </Button>
                            </>
                          ) : (
                            <Button appearance="subtle-button" disabled={busy} onClick={() => setBevestig(l.id)}>
                              {m.verwijderen(l.naam)}
                            </Button>
                          )}
                        </ButtonGroup>
                      )}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
      {leden.magBeheren && <LidToevoegen onAdded={onChange} />}
    </section>
  );
}

function LidToevoegen({ onAdded }: { onAdded: () => void }) {
  const m = useNetwerkMessages();
  const kandidaten = useLoad(() => netwerkApi.kandidaten(), []);
  const [keuze, setKeuze] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function voegToe(event: FormEvent) {
    event.preventDefault();
    const k = kandidaten.value?.find((c) => `${c.gebruikerId}|${c.organisatieId}` === keuze);
    if (!k) return;
    setError(null);
    try {
      await netwerkApi.lidToevoegen({ gebruikerId: k.gebruikerId, organisatieId: k.organisatieId });
      setNotice(m.toegevoegd(k.naam));
      setKeuze('');
      void kandidaten.reload();
      onAdded();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form onSubmit={voegToe} className="sl-netwerk-group" noValidate>
      <Heading2>{m.lidToevoegen}</Heading2>
      <StatusNotice text={notice} />
      <ProblemAlert error={error ?? kandidaten.error} />
      {kandidaten.value && kandidaten.value.length === 0 ? (
        <Paragraph>{m.geenKandidaten}</Paragraph>
      ) : (
        <>
          <SelectField
            id="kandidaat"
            label={m.kandidaat}
            description={m.kandidaatHint}
            value={keuze}
            onChange={setKeuze}
            placeholder={m.kiesKandidaat}
            options={(kandidaten.value ?? []).map((k) => ({ value: `${k.gebruikerId}|${k.organisatieId}`, label: `${k.naam} (${k.organisatieNaam})` }))}
          />
          <Button type="submit" appearance="primary-action-button" disabled={!keuze}>
            {m.toevoegen}
          </Button>
        </>
      )}
    </form>
  );
}

function Themas() {
  const m = useNetwerkMessages();
  const themas = useLoad(() => netwerkApi.themas(), []);
  return (
    <section aria-labelledby="themas-kop">
      <Heading2 id="themas-kop">{m.themas}</Heading2>
      <ProblemAlert error={themas.error} />
      {themas.value && (
        <UnorderedList>
          {themas.value
            .filter((t) => t.actief)
            .map((t) => (
              <UnorderedListItem key={t.id}>
                <strong>{t.naam}</strong> — {m.trekker}: {t.trekker ? `${t.trekker.naam} (${t.trekker.organisatieNaam})` : m.geenTrekker}
              </UnorderedListItem>
            ))}
        </UnorderedList>
      )}
      <Paragraph>
        <RouterLink href="/netwerk/themas">{m.themasBeheren}</RouterLink>
      </Paragraph>
    </section>
  );
}

function Bijeenkomsten() {
  const m = useNetwerkMessages();
  const { formatDateTime } = useI18n();
  const jaar = ditJaar();
  const lijst = useLoad(() => netwerkApi.bijeenkomsten(jaar), [jaar]);
  const v = lijst.value;
  return (
    <section aria-labelledby="bijeenkomsten-kop">
      <Heading2 id="bijeenkomsten-kop">{m.bijeenkomsten(jaar)}</Heading2>
      <ProblemAlert error={lijst.error} />
      {v && (
        <>
          {v.teWeinig ? (
            <Alert type="warning" className="sl-netwerk-warning">
              <Paragraph>{m.teWeinig(v.aantalGepland, v.minimum)}</Paragraph>
            </Alert>
          ) : (
            <Paragraph>{m.genoeg(v.aantalGepland)}</Paragraph>
          )}
          {v.bijeenkomsten.length === 0 ? (
            <Paragraph>{m.geenBijeenkomsten}</Paragraph>
          ) : (
            <DataTable caption={m.bijeenkomstenCaption(jaar)} columns={[m.datum, m.status, m.agenda]}>
              {v.bijeenkomsten.map((b) => (
                <TableRow key={b.id}>
                  <TableHeaderCell scope="row">
                    <RouterLink href={`/netwerk/bijeenkomsten/${b.id}`} aria-label={m.bekijken(formatDateTime(b.begintOp))}>
                      {formatDateTime(b.begintOp)}
                    </RouterLink>
                  </TableHeaderCell>
                  <TableCell>{m.bijeenkomstStatussen[b.status]}</TableCell>
                  <TableCell>{b.agenda.map((p) => p.onderwerp).join('; ')}</TableCell>
                </TableRow>
              ))}
            </DataTable>
          )}
        </>
      )}
      <RouterButtonLink href="/netwerk/bijeenkomsten/nieuw">{m.bijeenkomstPlannen}</RouterButtonLink>
    </section>
  );
}
