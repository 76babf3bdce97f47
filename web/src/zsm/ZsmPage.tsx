import { useEffect, useState } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ZsmBord, ZsmBordQuery, ZsmZaak } from '@schemas/zsm/zaken';
import { ApiError } from '../api/client';
import { useApiData } from '../api/useApiData';
import { useAreaMessages } from '../i18n';
import { useActiveSession } from '../identity/session';
import { DataTable } from '../shell/DataTable';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterButtonLink, RouterLink } from '../shell/router';
import { Aftelklok, NuBereikbaarTekst, termijn, useNu, useTijd, VtStatusTekst } from './Klok';
import { zsmApi } from './zsm.api';
import { en, nl } from './messages';
import '../cases/cases.css';
import './zsm.css';

type Filter = ZsmBordQuery['status'];
const FILTERS: readonly Filter[] = ['lopend', 'beslist', 'alle'];
/** The board is fetched again every minute (new cases, assessments, decisions); the clocks tick every 30 seconds. */
const HERLADEN_MS = 60_000;

/** "Veilig Thuis nu bereikbaar": per VT organisation of the region whom to reach now. */
export function VtNuBereikbaar({ lijst, headingLevel = 2 }: { lijst: ZsmBord['vtNuBereikbaar']; headingLevel?: 2 | 3 }) {
  const m = useAreaMessages({ nl, en });
  const Kop = headingLevel === 2 ? Heading2 : 'h3';
  return (
    <section aria-labelledby="vt-nu-titel" className="sl-zsm-nu" data-testid="vt-nu-bereikbaar">
      <Kop id="vt-nu-titel" className={headingLevel === 3 ? 'utrecht-heading-3' : undefined}>
        {m.nuBereikbaar.title}
      </Kop>
      <Paragraph>{m.nuBereikbaar.intro}</Paragraph>
      {lijst.length === 0 ? (
        <Paragraph>{m.nuBereikbaar.geenOrganisaties}</Paragraph>
      ) : (
        <dl className="sl-deflist">
          {lijst.map((v) => (
            <div key={v.organisatie.id}>
              <dt>{v.organisatie.naam}</dt>
              <dd>
                <NuBereikbaarTekst nu={v.nu} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <Paragraph>
        <RouterLink href="/zsm/bereikbaarheid">{m.nuBereikbaar.weekLink}</RouterLink>
      </Paragraph>
    </section>
  );
}

function JaNee({ waarde }: { waarde: boolean }) {
  const m = useAreaMessages({ nl, en }).algemeen;
  return <>{waarde ? m.ja : m.nee}</>;
}

function ZaakRij({ zaak, nu }: { zaak: ZsmZaak; nu: number }) {
  const m = useAreaMessages({ nl, en });
  const tijd = useTijd();
  const lopend = zaak.status === 'lopend';
  const status = lopend ? termijn(zaak.beslissenUiterlijk, nu).status : null;
  return (
    <TableRow className={status && status !== 'ruim' ? `sl-zsm-rij--${status}` : undefined} data-testid="zsm-zaak">
      <TableHeaderCell scope="row">
        <RouterLink href={`/zsm/zaken/${zaak.id}`}>
          {zaak.verdachte.naam}
          <span className="sl-visually-hidden"> – {m.bord.zaakLink(zaak.verdachte.naam)}</span>
        </RouterLink>
        {zaak.verdachte.minderjarig && <span className="sl-block sl-zsm-label">{m.bord.minderjarig}</span>}
        {zaak.exPartner && <span className="sl-block sl-muted">{m.bord.exPartner}</span>}
        {!zaak.huiselijkGeweld && <span className="sl-block sl-muted">{m.bord.geenHg}</span>}
      </TableHeaderCell>
      <TableCell>{zaak.feit}</TableCell>
      <TableCell>
        <time dateTime={zaak.aangehoudenOp}>{tijd(zaak.aangehoudenOp)}</time>
      </TableCell>
      <TableCell>
        {lopend ? (
          <>
            <Aftelklok beslissenUiterlijk={zaak.beslissenUiterlijk} nu={nu} kort />
            <span className="sl-block sl-muted">{m.klok.uiterlijk(tijd(zaak.beslissenUiterlijk))}</span>
          </>
        ) : (
          <>{m.klok.beslist}</>
        )}
      </TableCell>
      <TableCell>
        <VtStatusTekst status={zaak.vtStatus} />
        {zaak.acuutOnveilig === true && (
          <strong className="sl-block sl-zsm-onveilig">
            <span aria-hidden="true">⚠ </span>
            {m.bord.acuutOnveilig}
          </strong>
        )}
        {zaak.acuutOnveilig === false && <span className="sl-block">{m.bord.nietAcuutOnveilig}</span>}
        <span className="sl-block sl-muted">{zaak.vtOrganisatie?.naam ?? m.bord.geenVt}</span>
      </TableCell>
      <TableCell>
        <JaNee waarde={zaak.reclasseringsadvies} />
      </TableCell>
      <TableCell>
        <JaNee waarde={zaak.rvdkBetrokken} />
      </TableCell>
      <TableCell>
        <JaNee waarde={zaak.kinderenBetrokken} />
      </TableCell>
      <TableCell>{zaak.afdoeningsoverlegOp ? <time dateTime={zaak.afdoeningsoverlegOp}>{tijd(zaak.afdoeningsoverlegOp)}</time> : m.bord.nietGepland}</TableCell>
      <TableCell>
        {zaak.beslissing ? (
          <>
            <strong>{m.beslissingSoort[zaak.beslissing.soort]}</strong>
            <span className="sl-block">
              <time dateTime={zaak.beslissing.op}>{tijd(zaak.beslissing.op)}</time>
            </span>
          </>
        ) : (
          m.bord.nogNiet
        )}
        {zaak.zonderVtContact && <strong className="sl-block sl-zsm-onveilig">{m.bord.zonderVtContact}</strong>}
      </TableCell>
    </TableRow>
  );
}

/** /zsm — the board (verdachtenmonitor HG): running cases with their clocks, and whom of Veilig Thuis to reach now. */
export function ZsmPage() {
  const m = useAreaMessages({ nl, en });
  const sessie = useActiveSession();
  const soort = sessie.organisatie?.soort;
  const [filter, setFilter] = useState<Filter>('lopend');
  const [ronde, setRonde] = useState(0);
  const nu = useNu();
  useEffect(() => {
    const timer = window.setInterval(() => setRonde((n) => n + 1), HERLADEN_MS);
    return () => window.clearInterval(timer);
  }, []);
  const { data, error } = useApiData(() => zsmApi.bord(filter), [filter, ronde]);
  const [getoond, setGetoond] = useState<Filter>(filter);
  useEffect(() => {
    if (data) setGetoond(filter);
    // The table says which filter it shows only once its data arrived.
  }, [data]);

  const geenToegang = error instanceof ApiError && error.status === 403;
  const zaken = data && getoond === filter ? data.zaken : null;
  const lopend = zaken?.filter((z) => z.status === 'lopend') ?? [];
  const krap = lopend.filter((z) => termijn(z.beslissenUiterlijk, nu).status === 'krap').length;
  const verstreken = lopend.filter((z) => termijn(z.beslissenUiterlijk, nu).status === 'verstreken').length;

  return (
    <>
      <PageTitle>{m.bord.title}</PageTitle>
      <Paragraph>{m.bord.intro}</Paragraph>
      {soort === 'veilig-thuis' && <Paragraph>{m.bord.introVt}</Paragraph>}
      {soort === 'politie' && (
        <ButtonGroup>
          <RouterButtonLink href="/zsm/nieuw" appearance="primary-action-button">
            {m.bord.invoeren}
          </RouterButtonLink>
        </ButtonGroup>
      )}
      {geenToegang ? (
        <>
          <Alert type="info">
            <Paragraph>{m.algemeen.geenToegang}</Paragraph>
          </Alert>
          <Paragraph>
            <RouterLink href="/zsm/bereikbaarheid">{m.nuBereikbaar.weekLink}</RouterLink>
          </Paragraph>
          <Paragraph>
            <RouterLink href="/zsm/aandachtspunten">{m.aandachtspunten.link}</RouterLink>
          </Paragraph>
        </>
      ) : (
        <>
          {data && <VtNuBereikbaar lijst={data.vtNuBereikbaar} />}
          <Heading2 id="zaken-titel">{m.bord.zaken}</Heading2>
          <div className="sl-casus-tabs" role="group" aria-label={m.bord.filter}>
            {FILTERS.map((f) => (
              <Button key={f} appearance="subtle-button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
                {m.bord.filters[f]}
              </Button>
            ))}
          </div>
          <ProblemAlert error={error} />
          {zaken === null && !error && <Loading />}
          {zaken && zaken.length === 0 && <Paragraph>{m.bord.leeg[filter]}</Paragraph>}
          {zaken && zaken.length > 0 && (
            <>
              {verstreken > 0 && (
                <Paragraph>
                  <strong className="sl-late">{m.bord.verstrekenAantal(verstreken)}</strong>
                </Paragraph>
              )}
              {krap > 0 && (
                <Paragraph>
                  <strong className="sl-zsm-krap">{m.bord.krapAantal(krap)}</strong>
                </Paragraph>
              )}
              <p className="utrecht-paragraph sl-muted">{m.bord.klokUitleg}</p>
              <DataTable
                caption={m.bord.caption(m.bord.filters[filter], zaken.length)}
                className="sl-table--compact sl-zsm-bord"
                columns={[
                  m.bord.kolommen.verdachte,
                  m.bord.kolommen.feit,
                  m.bord.kolommen.aangehouden,
                  m.bord.kolommen.klok,
                  m.bord.kolommen.vt,
                  m.bord.kolommen.advies,
                  m.bord.kolommen.rvdk,
                  m.bord.kolommen.kinderen,
                  m.bord.kolommen.afdoeningsoverleg,
                  m.bord.kolommen.beslissing,
                ]}
              >
                {zaken.map((z) => (
                  <ZaakRij key={z.id} zaak={z} nu={nu} />
                ))}
              </DataTable>
            </>
          )}
          <Paragraph>
            <RouterLink href="/zsm/aandachtspunten">{m.aandachtspunten.link}</RouterLink>
          </Paragraph>
        </>
      )}
    </>
  );
}
