import { useState } from 'react';
import { Alert, ButtonGroup, Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { aanmeldingStatussen, type AanmeldingStatus } from '@schemas/actieoverleg';
import { useApiData } from '../api/useApiData';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { DataTable } from '../shell/DataTable';
import { StatusNotice } from '../shell/fields';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterButtonLink, RouterLink } from '../shell/router';
import { actieoverlegApi } from './actieoverleg.api';
import { CriteriumStatus } from './CriteriaPanel';
import { en as afsprakenEn, nl as afsprakenNl } from './afspraken/messages';
import { KomendeOverleggen } from './vergaderingen/KomendeOverleggen';
import { en, nl } from './messages';
import './actieoverleg.css';

const CASUSWERK = ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie'] as const;

/** The chair's part: referrals waiting for a decision (oldest first) and referrals per organisation. */
function ChairOverview() {
  const m = useAreaMessages({ nl, en });
  const o = m.overzicht;
  const { formatDateTime, formatDate } = useI18n();
  const { data, error } = useApiData(() => actieoverlegApi.overview(), []);
  if (error) return <ProblemAlert error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <Heading2>{o.wachtend}</Heading2>
      {data.wachtend.length === 0 ? (
        <Paragraph>{o.wachtendLeeg}</Paragraph>
      ) : (
        <>
          <Paragraph>{o.wachtendIntro}</Paragraph>
          <DataTable caption={o.wachtendCaption} columns={[o.casus, o.aanmelder, o.ingediendOp, o.criteria, o.herhaling]}>
            {data.wachtend.map((a) => (
              <TableRow key={a.id} data-testid="wachtend">
                <TableHeaderCell scope="row">
                  <RouterLink href={`/actieoverleg/aanmeldingen/${a.id}`} aria-label={o.openen(a.casus.nummer)}>
                    {a.casus.nummer}
                  </RouterLink>
                </TableHeaderCell>
                <TableCell>{a.aanmeldendeOrganisatie.naam}</TableCell>
                <TableCell>{a.ingediendOp ? <time dateTime={a.ingediendOp}>{formatDateTime(a.ingediendOp)}</time> : o.nietIngediend}</TableCell>
                <TableCell>
                  <ul className="sl-plain-list">
                    <li>
                      {m.criteria.relevantie}: <CriteriumStatus voldaan={a.criteria.relevantie.voldaan} />
                    </li>
                    <li>
                      {m.criteria.inhoud}: <CriteriumStatus voldaan={a.criteria.inhoud.voldaan} />
                    </li>
                  </ul>
                </TableCell>
                <TableCell>{a.herhaling ? <strong>{m.herhalingKort}</strong> : m.detail.leeg}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        </>
      )}

      <Heading2>{o.volgendeAgenda}</Heading2>
      {data.nogTeAgenderen > 0 && (
        <Paragraph>
          <strong>{o.nogTeAgenderen(data.nogTeAgenderen)}</strong>
        </Paragraph>
      )}
      {!data.volgendOverleg ? (
        <Paragraph>{o.geenOverleg}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <RouterLink href={`/actieoverleg/overleggen/${data.volgendOverleg.id}`}>
              {o.overlegOp(formatDateTime(data.volgendOverleg.begintOp))}
            </RouterLink>
            {data.volgendOverleg.status === 'gestart' && <> – {o.gestart}</>}
          </Paragraph>
          {data.volgendOverleg.agendapunten.length === 0 ? (
            <Paragraph>{o.agendaLeeg}</Paragraph>
          ) : (
            <ol className="sl-plain-list" data-testid="volgende-agenda">
              {data.volgendOverleg.agendapunten.map((p) => (
                <li key={p.id}>
                  <RouterLink href={`/casussen/${p.casus.id}`}>{p.casus.nummer}</RouterLink> – {o.agendapuntSoort[p.soort]}
                  {p.herhaling && <> – <strong>{m.herhalingKort}</strong></>}
                </li>
              ))}
            </ol>
          )}
        </>
      )}

      <Heading2>{o.verlopen}</Heading2>
      {data.verlopenAfspraken.length === 0 ? (
        <Paragraph>{o.verlopenLeeg}</Paragraph>
      ) : (
        <DataTable caption={o.verlopenCaption} columns={[o.casus, o.eigenaar, o.deadline, o.gemaaktIn]} className="sl-table--compact">
          {data.verlopenAfspraken.map((a) => (
            <TableRow key={a.id} data-testid="verlopen-afspraak">
              <TableHeaderCell scope="row">
                <RouterLink href={`/casussen/${a.casus.id}`}>{a.casus.nummer}</RouterLink>
              </TableHeaderCell>
              <TableCell>{a.eigenaarOrganisatie.naam}</TableCell>
              <TableCell>
                <strong>{o.verlopenSinds(formatDate(a.deadline))}</strong>
              </TableCell>
              <TableCell>{a.overlegBegintOp ? formatDateTime(a.overlegBegintOp) : m.detail.leeg}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}

      <Heading2>{o.herhalingen}</Heading2>
      {data.herhalingen.length === 0 ? (
        <Paragraph>{o.herhalingenLeeg}</Paragraph>
      ) : (
        <DataTable caption={o.herhalingenCaption} columns={[o.casus, o.aanmelder, o.ingediendOp, o.status, o.sindsVorige]} className="sl-table--compact">
          {data.herhalingen.map((a) => (
            <TableRow key={a.id} data-testid="herhaling">
              <TableHeaderCell scope="row">
                <RouterLink href={`/actieoverleg/aanmeldingen/${a.id}`} aria-label={o.openen(a.casus.nummer)}>
                  {a.casus.nummer}
                </RouterLink>
              </TableHeaderCell>
              <TableCell>{a.aanmeldendeOrganisatie.naam}</TableCell>
              <TableCell>{a.ingediendOp ? <time dateTime={a.ingediendOp}>{formatDateTime(a.ingediendOp)}</time> : o.nietIngediend}</TableCell>
              <TableCell>{m.status[a.status]}</TableCell>
              <TableCell>{a.herhaling ? o.dagen(a.herhaling.dagenSinds) : m.detail.leeg}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}

      <Heading2>{o.perOrganisatie}</Heading2>
      {data.perOrganisatie.length === 0 ? (
        <Paragraph>{o.perOrganisatieLeeg}</Paragraph>
      ) : (
        <DataTable caption={o.perOrganisatieCaption} columns={[o.organisatie, o.ditJaar, o.totaal]} className="sl-table--compact">
          {data.perOrganisatie.map((r) => (
            <TableRow key={r.organisatie.id}>
              <TableHeaderCell scope="row">{r.organisatie.naam}</TableHeaderCell>
              <TableCell>{r.ditJaar}</TableCell>
              <TableCell>{r.totaal}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </>
  );
}

/** The own organisation's referrals, newest first, with status and criteria. */
function MyReferrals({ organisatieId, organisatieNaam }: { organisatieId: string; organisatieNaam: string }) {
  const m = useAreaMessages({ nl, en });
  const o = m.overzicht;
  const { formatDateTime } = useI18n();
  const { data, error } = useApiData(() => actieoverlegApi.list(), []);
  if (error) return <ProblemAlert error={error} />;
  if (!data) return <Loading />;
  const eigen = data.filter((a) => a.aanmeldendeOrganisatie.id === organisatieId);
  return (
    <>
      <Heading2>{o.mijn}</Heading2>
      {eigen.length === 0 ? (
        <>
          <Paragraph>{o.mijnLeeg}</Paragraph>
          <Paragraph>{o.aanmeldenHint}</Paragraph>
        </>
      ) : (
        <>
          <Paragraph>{o.mijnIntro(organisatieNaam)}</Paragraph>
          <DataTable caption={o.mijnCaption} columns={[o.casus, o.status, o.besluit, o.aangemaaktOp, o.ingediendOp, o.criteria, o.herhaling]}>
            {eigen.map((a) => (
              <TableRow key={a.id} data-testid="mijn-aanmelding">
                <TableHeaderCell scope="row">
                  <RouterLink href={`/actieoverleg/aanmeldingen/${a.id}`} aria-label={o.openen(a.casus.nummer)}>
                    {a.casus.nummer}
                  </RouterLink>
                </TableHeaderCell>
                <TableCell>
                  <strong>{m.status[a.status]}</strong>
                </TableCell>
                <TableCell data-testid="mijn-aanmelding-besluit">
                  {a.besluit ? (
                    <>
                      <strong>{m.besluiten[a.besluit.besluit]}</strong>
                      {a.besluit.partnerOrganisatie && <> – {a.besluit.partnerOrganisatie.naam}</>}
                      <br />
                      {o.redenLabel}: <span className="sl-ao-text">{a.besluit.reden}</span>
                    </>
                  ) : (
                    o.geenBesluit
                  )}
                </TableCell>
                <TableCell>
                  <time dateTime={a.aangemaaktOp}>{formatDateTime(a.aangemaaktOp)}</time>
                </TableCell>
                <TableCell>{a.ingediendOp ? <time dateTime={a.ingediendOp}>{formatDateTime(a.ingediendOp)}</time> : o.nietIngediend}</TableCell>
                <TableCell>
                  <CriteriumStatus voldaan={a.criteriaVoldaan} />
                </TableCell>
                <TableCell>{a.herhaling ? <strong>{m.herhalingKort}</strong> : o.geenHerhaling}</TableCell>
              </TableRow>
            ))}
          </DataTable>
          <Paragraph>{o.aanmeldenHint}</Paragraph>
        </>
      )}
    </>
  );
}

/** Actieoverleg: the chair's overview (for a chair) and the own organisation's referrals. */
export function ActieoverlegPage() {
  const m = useAreaMessages({ nl, en });
  const o = m.overzicht;
  const sessie = useActiveSession();
  const [notice] = useState<string | null>(() => {
    const besloten = new URLSearchParams(window.location.search).get('besloten');
    return besloten && (aanmeldingStatussen as readonly string[]).includes(besloten) ? o.besluitGenomen(m.status[besloten as AanmeldingStatus]) : null;
  });
  const links = useAreaMessages({ nl: afsprakenNl, en: afsprakenEn }).links;
  const casuswerk = CASUSWERK.some((r) => sessie.rollen.includes(r));
  const isChair = sessie.rollen.includes('voorzitter-actieoverleg');

  return (
    <>
      <PageTitle>{o.title}</PageTitle>
      <Paragraph appearance="lead">{o.lead}</Paragraph>
      <StatusNotice text={notice} />
      {!casuswerk ? (
        <Alert type="info">
          <Paragraph>{o.geenToegang}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{m.nieuw.knopHint}</Paragraph>
          <ButtonGroup>
            <RouterButtonLink appearance="primary-action-button" href="/actieoverleg/aanmeldingen/nieuw">
              {m.nieuw.knop}
            </RouterButtonLink>
          </ButtonGroup>
          <nav aria-label={links.label}>
            <ul className="sl-plain-list sl-ao-links">
              <li>
                <RouterLink href="/actieoverleg/afspraken">{links.afspraken}</RouterLink>
              </li>
              <li>
                <RouterLink href="/actieoverleg/notulen">{links.notulen}</RouterLink>
              </li>
            </ul>
          </nav>
          <KomendeOverleggen isChair={isChair} />
          {isChair && <ChairOverview />}
          {sessie.organisatie && <MyReferrals organisatieId={sessie.organisatie.id} organisatieNaam={sessie.organisatie.naam} />}
        </>
      )}
    </>
  );
}
