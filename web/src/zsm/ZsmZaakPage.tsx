import { useCallback, useState } from 'react';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { ZsmZaakDetail } from '@schemas/zsm/zaken';
import { useApiData } from '../api/useApiData';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { LoadFailed } from '../actieoverleg/vergaderingen/actions';
import { StatusNotice } from '../shell/fields';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { Aftelklok, termijn, useNu, useTijd, VtStatusTekst } from './Klok';
import { ZsmThv } from '../acuut/thv/ZsmThv';
import { zaakRechten } from './rechten';
import { ZaakAdviezen } from './ZaakAdviezen';
import { ZaakAfdoening } from './ZaakAfdoening';
import { ZaakBeoordeling } from './ZaakBeoordeling';
import { ZaakBeslissing } from './ZaakBeslissing';
import { ZaakVt } from './ZaakVt';
import { zsmApi } from './zsm.api';
import { en, nl } from './messages';
import '../actieoverleg/scenarios/scenarios.css';
import './zsm.css';

/** At the very top: what the Actieoverleg agreed for these persons — active scenarios and open agreements. */
function ActieoverlegBovenaan({ zaak }: { zaak: ZsmZaakDetail }) {
  const m = useAreaMessages({ nl, en });
  const a = m.actieoverleg;
  const { formatDate } = useI18n();
  if (zaak.scenarios.length === 0 && zaak.afspraken.length === 0) return null;
  return (
    <section aria-labelledby="actieoverleg-titel" className="utrecht-alert utrecht-alert--warning sl-scenario-banner" data-testid="zsm-actieoverleg">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Heading2 id="actieoverleg-titel" className="sl-scenario-banner__title">
            <span aria-hidden="true" className="sl-scenario-banner__icon">
              ⚠
            </span>{' '}
            {a.title}
          </Heading2>
          <Paragraph>{a.intro}</Paragraph>
          {zaak.scenarios.length > 0 && (
            <>
              <Heading3>{a.scenarios}</Heading3>
              <ul className="sl-scenario-banner__list">
                {zaak.scenarios.map((s) => (
                  <li key={s.id} data-testid="zsm-scenario">
                    <dl className="sl-deflist">
                      <div>
                        <dt>{a.soort}</dt>
                        <dd>
                          <strong>{a.scenarioSoort[s.soort]}</strong>
                        </dd>
                      </div>
                      <div>
                        <dt>{a.wat}</dt>
                        <dd className="sl-zsm-text">{s.wat}</dd>
                      </div>
                      <div>
                        <dt>{a.eigenaar}</dt>
                        <dd>{[s.eigenaarOrganisatie.naam, s.eigenaarGebruiker?.naam ?? a.iemand].join(' – ')}</dd>
                      </div>
                      {s.casus && (
                        <div>
                          <dt>{a.casus}</dt>
                          <dd>
                            <RouterLink href={`/casussen/${s.casus.id}`}>{m.algemeen.casusLink(s.casus.nummer)}</RouterLink>
                          </dd>
                        </div>
                      )}
                    </dl>
                    {s.geactiveerdDoorDezeZaak && <Paragraph>{a.geactiveerd}</Paragraph>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {zaak.afspraken.length > 0 && (
            <>
              <Heading3>{a.afspraken}</Heading3>
              <ul className="sl-scenario-banner__list">
                {zaak.afspraken.map((x) => (
                  <li key={x.id} data-testid="zsm-afspraak">
                    <dl className="sl-deflist">
                      <div>
                        <dt>{a.soort}</dt>
                        <dd>
                          <strong>{a.afspraakSoort[x.soort]}</strong>
                        </dd>
                      </div>
                      <div>
                        <dt>{a.watAfspraak}</dt>
                        <dd className="sl-zsm-text">{x.wat}</dd>
                      </div>
                      <div>
                        <dt>{a.eigenaar}</dt>
                        <dd>{[x.eigenaarOrganisatie.naam, x.eigenaarGebruiker?.naam ?? a.iemand].join(' – ')}</dd>
                      </div>
                      <div>
                        <dt>{a.deadline}</dt>
                        <dd>
                          {formatDate(x.deadline)}
                          {x.verlopen && <strong> ({a.verlopen})</strong>}
                        </dd>
                      </div>
                    </dl>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** The facts of the case at its head: the clock first, then the arrest, the offence, the persons, the casus. */
function ZaakKop({ zaak, nu }: { zaak: ZsmZaakDetail; nu: number }) {
  const m = useAreaMessages({ nl, en });
  const z = m.zaak;
  const tijd = useTijd();
  const lopend = zaak.status === 'lopend';
  const status = lopend ? termijn(zaak.beslissenUiterlijk, nu).status : null;
  const persoon = (p: { naam: string; leeftijd: number | null }) => z.persoon(p.naam, p.leeftijd === null ? null : m.algemeen.leeftijd(p.leeftijd));
  return (
    <div className={`sl-zsm-kop${status && status !== 'ruim' ? ` sl-zsm-kop--${status}` : ''}`} data-testid="zsm-kop">
      <dl className="sl-deflist">
        <div>
          <dt>{z.klok}</dt>
          <dd>
            {lopend ? (
              <span className="sl-zsm-klok--groot">
                <Aftelklok beslissenUiterlijk={zaak.beslissenUiterlijk} nu={nu} />
              </span>
            ) : (
              <strong>{m.klok.beslist}</strong>
            )}
          </dd>
        </div>
        <div>
          <dt>{z.uiterlijk}</dt>
          <dd>
            <time dateTime={zaak.beslissenUiterlijk}>{tijd(zaak.beslissenUiterlijk)}</time>
          </dd>
        </div>
        <div>
          <dt>{z.status}</dt>
          <dd>{z.statussen[zaak.status]}</dd>
        </div>
        <div>
          <dt>{z.vtStatus}</dt>
          <dd>
            <VtStatusTekst status={zaak.vtStatus} />
            {zaak.acuutOnveilig === true && (
              <strong className="sl-block sl-zsm-onveilig">
                <span aria-hidden="true">⚠ </span>
                {z.acuutOnveilig}
              </strong>
            )}
          </dd>
        </div>
        <div>
          <dt>{z.aangehouden}</dt>
          <dd>
            <time dateTime={zaak.aangehoudenOp}>{tijd(zaak.aangehoudenOp)}</time>
          </dd>
        </div>
        <div>
          <dt>{z.feit}</dt>
          <dd>{zaak.feit}</dd>
        </div>
        <div>
          <dt>{z.vh}</dt>
          <dd>{zaak.voorlopigeHechtenisMogelijk ? z.vhJa : z.vhNee}</dd>
        </div>
        <div>
          <dt>{z.soort}</dt>
          <dd>
            {zaak.huiselijkGeweld ? z.huiselijkGeweld : z.geenHuiselijkGeweld}
            {zaak.exPartner && `, ${z.exPartner}`}
          </dd>
        </div>
        <div>
          <dt>{z.verdachte}</dt>
          <dd>
            {zaak.verdachte.naam}
            {zaak.verdachte.minderjarig && <strong> ({z.minderjarig})</strong>}
          </dd>
        </div>
        <div>
          <dt>{z.slachtoffers}</dt>
          <dd>{zaak.slachtoffers.map(persoon).join(', ')}</dd>
        </div>
        <div>
          <dt>{z.kinderen}</dt>
          <dd>{zaak.kinderen.length > 0 ? zaak.kinderen.map(persoon).join(', ') : z.geenKinderen}</dd>
        </div>
        <div>
          <dt>{z.casus}</dt>
          <dd>
            <RouterLink href={`/casussen/${zaak.casus.id}`}>{m.algemeen.casusLink(zaak.casus.nummer)}</RouterLink>
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** /zsm/zaken/:id — one ZSM case, from the clock to the decision and its feedback. */
export function ZsmZaakPage({ id }: { id: string }) {
  const m = useAreaMessages({ nl, en });
  const sessie = useActiveSession();
  const nu = useNu();
  const tijd = useTijd();
  const [ronde, setRonde] = useState(0);
  const herlaad = useCallback(() => setRonde((n) => n + 1), []);
  const [ingevoerd] = useState(() => new URLSearchParams(window.location.search).has('ingevoerd'));

  const zaak = useApiData(() => zsmApi.zaak(id), [id, ronde]);
  const beoordeling = useApiData(() => zsmApi.veiligheidsbeoordeling(id).then((b) => ({ b })), [id, ronde]);
  const adviezen = useApiData(() => zsmApi.adviezen(id), [id, ronde]);
  const afdoening = useApiData(() => zsmApi.afdoeningsoverleg(id), [id, ronde]);
  const beslissing = useApiData(() => zsmApi.beslissing(id).then((b) => ({ b })), [id, ronde]);

  if (zaak.error && !zaak.data) {
    return <LoadFailed title={m.zaak.titelLaden} error={zaak.error} notFound={m.algemeen.nietGevonden} back={{ href: '/zsm', label: m.algemeen.terugNaarBord }} />;
  }
  if (!zaak.data) {
    return (
      <>
        <PageTitle>{m.zaak.titelLaden}</PageTitle>
        <Loading />
      </>
    );
  }
  const z = zaak.data.data;
  const rechten = zaakRechten(sessie, z);
  const soort = sessie.organisatie?.soort;
  const geadviseerd = beoordeling.data?.b?.data.geadviseerdeVoorwaarden ?? [];

  return (
    <>
      <PageTitle>{m.zaak.title(z.verdachte.naam)}</PageTitle>
      <ActieoverlegBovenaan zaak={z} />
      {ingevoerd && <StatusNotice text={m.zaak.ingevoerd(tijd(z.beslissenUiterlijk))} />}
      <ZaakKop zaak={z} nu={nu} />
      <ZsmThv casusId={z.casus.id} zsmZaakId={z.id} />
      <nav aria-label={m.zaak.opDezePagina}>
        <ul className="sl-zsm-toc">
          <li>
            <a className="utrecht-link" href="#vt">
              {m.vt.title}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#beoordeling">
              {m.beoordeling.title}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#adviezen">
              {m.advies.title}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#afdoening">
              {m.afdoening.title}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="#beslissing">
              {m.beslissing.title}
            </a>
          </li>
        </ul>
      </nav>
      <Paragraph>
        <RouterLink href="/zsm">{m.algemeen.terugNaarBord}</RouterLink>
      </Paragraph>

      <ZaakVt zaak={zaak.data} rechten={rechten} isVt={soort === 'veilig-thuis'} onChanged={herlaad} />
      <ZaakBeoordeling
        zaakId={z.id}
        beoordeling={beoordeling.data?.b ?? null}
        geladen={beoordeling.data !== null}
        error={beoordeling.error}
        magInvoeren={rechten.vt}
        isOm={soort === 'openbaar-ministerie'}
        onChanged={herlaad}
      />
      <ZaakAdviezen
        zaakId={z.id}
        adviezen={adviezen.data}
        error={adviezen.error}
        kinderen={z.kinderenBetrokken || z.verdachte.minderjarig}
        partner={rechten.adviespartner}
        onChanged={herlaad}
      />
      <ZaakAfdoening
        zaakId={z.id}
        data={afdoening.data}
        error={afdoening.error}
        geplandOpZaak={z.afdoeningsoverlegOp}
        magInvoeren={rechten.politieOfOm}
        onChanged={herlaad}
      />
      <ZaakBeslissing
        zaak={z}
        beslissing={beslissing.data?.b ?? null}
        geladen={beslissing.data !== null}
        error={beslissing.error}
        geadviseerd={geadviseerd}
        magBeslissen={rechten.officier}
        onChanged={herlaad}
      />
    </>
  );
}
