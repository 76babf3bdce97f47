import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Heading2, Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import { indicatorSoorten, verbeteracties } from '@schemas/indicatoren';
import { RAPPORT_TEKST_MAX, type RapportTekst } from '@schemas/indicatoren/rapport';
import type { Organisatie } from '@schemas/organisations';
import { ApiError } from '../../api/client';
import { useApiData } from '../../api/useApiData';
import { useAreaMessages, useI18n } from '../../i18n';
import { SelectField, StatusNotice, TextAreaField } from '../../shell/fields';
import { ProblemAlert, TextField } from '../../shell/forms';
import { Loading, PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { apiQuery, periodeFouten, periodeVan, plusDagen, type DashboardFilter } from '../filter';
import { rapportDownloadUrl, rapportFormaten } from '../indicatoren.api';
import { rapportApi } from './rapport.api';
import { en, nl } from './messages';
import { regiosVan, useFilterUitAdres } from '../useFilterUitAdres';
import './rapport.css';

type M = typeof nl;

/**
 * The regional report "Indicatoren kwaliteit & impact": choose region and period (or take them from the dashboard's
 * link), download it as HTML, PDF, CSV or XLSX, and — for RNZS members of the region — write the network's own text
 * per section, saved with If-Match; a conflict keeps what the user typed and shows the stored text beside it.
 */
export function RapportPage() {
  const m = useAreaMessages({ nl, en });
  const { search, organisaties, organisatieFout, filter, toepassen } = useFilterUitAdres('/indicatoren/rapport', apiQuery);

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph appearance="lead">{m.intro}</Paragraph>
      <Paragraph>
        <RouterLink href={`/indicatoren${filter ? `?${apiQuery(filter)}` : ''}`}>{m.terug}</RouterLink>
      </Paragraph>
      <ProblemAlert error={organisatieFout} />
      {!filter || !organisaties ? (
        !organisatieFout && <Loading />
      ) : (
        <>
          <Keuze key={search} filter={filter} organisaties={organisaties} onToepassen={toepassen} />
          <Rapport filter={filter} organisaties={organisaties} />
        </>
      )}
    </>
  );
}

function Keuze({ filter, organisaties, onToepassen }: { filter: DashboardFilter; organisaties: readonly Organisatie[]; onToepassen: (f: DashboardFilter) => void }) {
  const m = useAreaMessages({ nl, en });
  const periode = periodeVan(filter);
  const [regioId, setRegioId] = useState(filter.regioId);
  const [van, setVan] = useState(periode.van);
  const [totEnMet, setTotEnMet] = useState(plusDagen(periode.tot, -1));
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const organisatie = organisaties.find((o) => o.id === filter.organisatieId);

  function verstuur(event: FormEvent) {
    event.preventDefault();
    const nieuw: Record<string, string> = periodeFouten(van, totEnMet, m.keuze);
    setFouten(nieuw);
    if (Object.keys(nieuw).length > 0) return;
    // An organisation belongs to one region: choosing another region drops it.
    const organisatieId = regioId === filter.regioId ? filter.organisatieId : '';
    onToepassen({ ...filter, regioId, organisatieId, soort: 'eigen', van, totEnMet });
  }

  return (
    <form className="sl-rapport-keuze" aria-label={m.keuze.legend} onSubmit={verstuur} noValidate>
      <div className="sl-filter">
        <div className="sl-filter__field">
          <SelectField
            id="regio"
            label={m.keuze.regio}
            value={regioId}
            options={regiosVan(organisaties).map((r) => ({ value: r.id, label: r.naam }))}
            onChange={setRegioId}
          />
        </div>
        <TextField className="sl-filter__field" id="van" type="date" label={m.keuze.van} description={m.keuze.datumHint} value={van} error={fouten.van} onChange={setVan} />
        <TextField
          className="sl-filter__field"
          id="totEnMet"
          type="date"
          label={m.keuze.totEnMet}
          description={m.keuze.datumHint}
          value={totEnMet}
          error={fouten.totEnMet}
          onChange={setTotEnMet}
        />
        <div className="sl-filter__field">
          <Button type="submit" appearance="primary-action-button">
            {m.keuze.toon}
          </Button>
        </div>
      </div>
      {organisatie && <Paragraph>{m.keuze.alleenOrganisatie(organisatie.naam)}</Paragraph>}
    </form>
  );
}

function Rapport({ filter, organisaties }: { filter: DashboardFilter; organisaties: readonly Organisatie[] }) {
  const m = useAreaMessages({ nl, en });
  const { formatDate } = useI18n();
  const query = apiQuery(filter);
  const periode = periodeVan(filter);
  const tekstQuery = new URLSearchParams({ regioId: filter.regioId, van: periode.van, tot: periode.tot }).toString();
  const { data, error } = useApiData(() => rapportApi.teksten(tekstQuery), [tekstQuery]);
  const regio = organisaties.find((o) => o.regio.id === filter.regioId)?.regio;

  if (error instanceof ApiError && error.status === 403) {
    return (
      <Alert type="info">
        <Paragraph>
          <strong>{m.geenToegang}</strong>
        </Paragraph>
        <Paragraph>{m.geenToegangUitleg}</Paragraph>
      </Alert>
    );
  }

  return (
    <>
      <Heading2>{m.selectie(regio?.naam ?? '', formatDate(periode.van), formatDate(plusDagen(periode.tot, -1)))}</Heading2>
      <section aria-labelledby="rapport-downloads">
        <Heading3 id="rapport-downloads">{m.downloads.heading}</Heading3>
        <Paragraph>{m.downloads.uitleg}</Paragraph>
        <ul className="sl-rapport-downloads">
          {rapportFormaten.map((f) => (
            <li key={f}>
              <Link href={rapportDownloadUrl(query, f)} download>
                {m.downloads.link(f.toUpperCase())}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rapport-teksten">
        <Heading2 id="rapport-teksten">{m.teksten.heading}</Heading2>
        <Paragraph>{m.teksten.uitleg}</Paragraph>
        <ProblemAlert error={error} />
        {!data && !error && <Loading />}
        {data && (
          <>
            {data.magSchrijven ? (
              <Alert type="warning">
                <Paragraph>
                  <strong>{m.teksten.privacy}</strong>
                </Paragraph>
              </Alert>
            ) : (
              <Paragraph>{m.teksten.alleenLezen}</Paragraph>
            )}
            <Sectie
              key={`${tekstQuery}-inleiding`}
              titel={m.teksten.inleiding}
              tekst={data.teksten.find((t) => t.sectie === 'inleiding')!}
              query={tekstQuery}
              magSchrijven={data.magSchrijven}
              m={m}
            />
            {verbeteracties.map((va, i) => (
              <section key={va} className="sl-rapport-hoofdstuk" aria-labelledby={`hoofdstuk-${va}`}>
                <Heading3 id={`hoofdstuk-${va}`}>{`${i + 1}. ${m.verbeteracties[va]}`}</Heading3>
                {indicatorSoorten.map((s, j) => (
                  <Sectie
                    key={`${tekstQuery}-${va}.${s}`}
                    titel={`${i + 1}.${j + 1} ${m.soorten[s]}`}
                    tekst={data.teksten.find((t) => t.sectie === `${va}.${s}`)!}
                    query={tekstQuery}
                    magSchrijven={data.magSchrijven}
                    m={m}
                  />
                ))}
              </section>
            ))}
          </>
        )}
      </section>
    </>
  );
}

/** One section's own text: an editor for RNZS members of the region, otherwise the text as it stands. */
function Sectie({ titel, tekst, query, magSchrijven, m }: { titel: string; tekst: RapportTekst; query: string; magSchrijven: boolean; m: M }) {
  const [waarde, setWaarde] = useState(tekst.tekst);
  const [versie, setVersie] = useState(tekst.versie);
  const [gewijzigdOp, setGewijzigdOp] = useState(tekst.gewijzigdOp);
  const { formatDateTime } = useI18n();
  const [bezig, setBezig] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [fout, setFout] = useState<unknown>(null);
  const [conflict, setConflict] = useState<RapportTekst | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const id = `tekst-${tekst.sectie.replace('.', '-')}`;

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  if (!magSchrijven) {
    return (
      <div className="sl-rapport-tekst">
        <p className="utrecht-paragraph">
          <strong>{titel}</strong>
        </p>
        <Paragraph className="sl-rapport-leestekst">{tekst.tekst.trim() === '' ? m.teksten.geenTekst : tekst.tekst}</Paragraph>
      </div>
    );
  }

  async function opslaan(event: FormEvent) {
    event.preventDefault();
    setBezig(true);
    setStatus(null);
    setFout(null);
    try {
      const opgeslagen = await rapportApi.opslaan(tekst.sectie, query, waarde, versie);
      setVersie(opgeslagen.versie);
      setGewijzigdOp(opgeslagen.gewijzigdOp);
      setConflict(null);
      setStatus(m.teksten.opgeslagen(titel));
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        // Keep what the user typed; show what is stored now, and save over that version when they choose to.
        try {
          const nu = (await rapportApi.teksten(query)).teksten.find((t) => t.sectie === tekst.sectie) ?? null;
          setConflict(nu);
          if (nu) setVersie(nu.versie);
        } catch (laden) {
          setFout(laden);
        }
      } else {
        setFout(e);
      }
    } finally {
      setBezig(false);
    }
  }

  return (
    <form className="sl-rapport-tekst" onSubmit={opslaan} noValidate>
      <TextAreaField
        id={id}
        label={titel}
        description={gewijzigdOp ? `${m.teksten.privacyKort} ${m.teksten.laatstOpgeslagen(formatDateTime(gewijzigdOp))}` : m.teksten.privacyKort}
        value={waarde}
        onChange={setWaarde}
        maxLength={RAPPORT_TEKST_MAX}
        rows={5}
        error={fout instanceof ApiError ? fout.reasonFor('tekst') : undefined}
      />
      {conflict && (
        <div ref={conflictRef} tabIndex={-1}>
          <Alert type="warning">
            <Paragraph>{m.teksten.conflict}</Paragraph>
            <Paragraph>
              <strong>{m.teksten.huidigeTekst}:</strong>
            </Paragraph>
            <p className="utrecht-paragraph sl-rapport-tekst__huidig">{conflict.tekst.trim() === '' ? m.teksten.leeg : conflict.tekst}</p>
          </Alert>
        </div>
      )}
      <ProblemAlert error={fout} />
      <Button type="submit" appearance="secondary-action-button" disabled={bezig}>
        {conflict ? m.teksten.tochOpslaan(titel) : m.teksten.opslaan(titel)}
      </Button>
      <StatusNotice text={status} />
    </form>
  );
}
