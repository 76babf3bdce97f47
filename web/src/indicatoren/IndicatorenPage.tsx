import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  RadioButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { indicatorSoorten, verbeteracties } from '@schemas/indicatoren';
import type { IndicatorCatalogusApi } from '@schemas/indicatoren/dashboard';
import type { Organisatie } from '@schemas/organisations';
import { ApiError } from '../api/client';
import { useApiData } from '../api/useApiData';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { SelectField } from '../shell/fields';
import { ProblemAlert, TextField } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { apiQuery, filterQuery, periodeFouten, laatsteVolledigeJaar, periodeVan, plusDagen, type DashboardFilter } from './filter';
import { indicatorenApi, rapportDownloadUrl, rapportFormaten } from './indicatoren.api';
import { IndicatorKaart } from './IndicatorKaart';
import { en, nl } from './messages';
import { regiosVan, useFilterUitAdres } from './useFilterUitAdres';
import './indicatoren.css';

/** Practitioners who do not see the figures still give their yearly evaluation (the qualitative indicators). */
const EVALUERENDE_ROLLEN = ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie', 'rnzs-lid'] as const;

/** A field the server named (querystring.tot) as the form labels it. */
function veldNaam(naam: string, m: typeof nl): string {
  const veld = naam.replace(/^querystring\./, '');
  if (veld === 'van') return m.filter.van;
  if (veld === 'tot') return m.filter.totEnMet;
  if (veld === 'organisatieId') return m.filter.organisatie;
  if (veld === 'regioId') return m.filter.regio;
  return veld;
}

/**
 * The indicator dashboard: per improvement action and kind the figures of a region (and optionally one of its
 * organisations) for a year or an own period, with change, trend, breakdown and formula; the drill-down to the
 * casussen for those entitled to it; links to the report, its downloads and the evaluation and effort screens.
 */
export function IndicatorenPage() {
  const m = useAreaMessages({ nl, en });
  const sessie = useActiveSession();
  const { search, organisaties, organisatieFout, filter, toepassen } = useFilterUitAdres('/indicatoren', filterQuery);
  const { data: catalogus, error: catalogusFout } = useApiData(() => indicatorenApi.catalogus(), []);

  if (catalogusFout instanceof ApiError && catalogusFout.status === 403) {
    return (
      <>
        <PageTitle>{m.title}</PageTitle>
        <Alert type="info">
          <Paragraph>
            <strong>{m.geenToegang}</strong>
          </Paragraph>
          <Paragraph>{m.geenToegangUitleg}</Paragraph>
        </Alert>
        {EVALUERENDE_ROLLEN.some((rol) => sessie.rollen.includes(rol)) && (
          <Paragraph>
            {m.welEvalueren} <RouterLink href="/indicatoren/evaluaties">{m.links.evaluaties}</RouterLink>
          </Paragraph>
        )}
      </>
    );
  }

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph appearance="lead">{m.intro}</Paragraph>
      <ProblemAlert error={catalogusFout ?? organisatieFout} />
      {!filter || !organisaties || !catalogus ? (
        !catalogusFout && !organisatieFout && <Loading />
      ) : (
        <>
          <FilterFormulier key={search} filter={filter} organisaties={organisaties} onToepassen={toepassen} />
          <Dashboard filter={filter} organisaties={organisaties} catalogus={catalogus.indicatoren} />
        </>
      )}
    </>
  );
}

function FilterFormulier({
  filter,
  organisaties,
  onToepassen,
}: {
  filter: DashboardFilter;
  organisaties: readonly Organisatie[];
  onToepassen: (f: DashboardFilter) => void;
}) {
  const m = useAreaMessages({ nl, en });
  const [concept, setConcept] = useState(filter);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const regios = regiosVan(organisaties);
  const inRegio = organisaties.filter((o) => o.regio.id === concept.regioId);
  const laatste = laatsteVolledigeJaar();
  const jaren = Array.from({ length: 11 }, (_, i) => laatste + 1 - i);
  const zet = (deel: Partial<DashboardFilter>) => setConcept((c) => ({ ...c, ...deel }));

  function verstuur(event: FormEvent) {
    event.preventDefault();
    const nieuweFouten: Record<string, string> = concept.soort === 'eigen' ? periodeFouten(concept.van, concept.totEnMet, m.filter) : {};
    setFouten(nieuweFouten);
    if (Object.keys(nieuweFouten).length === 0) onToepassen(concept);
  }

  return (
    <form className="sl-indicatoren-filter" aria-label={m.filter.legend} onSubmit={verstuur} noValidate>
      <div className="sl-filter">
        <div className="sl-filter__field">
          <SelectField
            id="regio"
            label={m.filter.regio}
            value={concept.regioId}
            options={regios.map((r) => ({ value: r.id, label: r.naam }))}
            onChange={(regioId) => zet({ regioId, organisatieId: '' })}
          />
        </div>
        <div className="sl-filter__field">
          <SelectField
            id="organisatie"
            label={m.filter.organisatie}
            value={concept.organisatieId}
            placeholder={m.filter.alleOrganisaties}
            options={inRegio.map((o) => ({ value: o.id, label: o.naam }))}
            onChange={(organisatieId) => zet({ organisatieId })}
          />
        </div>
      </div>
      <Fieldset>
        <FieldsetLegend>{m.filter.periodeSoort}</FieldsetLegend>
        <div className="sl-choice">
          <RadioButton id="periode-jaar" name="periode-soort" checked={concept.soort === 'jaar'} onChange={() => zet({ soort: 'jaar' })} />
          <FormLabel htmlFor="periode-jaar" type="radio" checked={concept.soort === 'jaar'}>
            {m.filter.jaar}
          </FormLabel>
        </div>
        <div className="sl-choice">
          <RadioButton id="periode-eigen" name="periode-soort" checked={concept.soort === 'eigen'} onChange={() => zet({ soort: 'eigen' })} />
          <FormLabel htmlFor="periode-eigen" type="radio" checked={concept.soort === 'eigen'}>
            {m.filter.eigen}
          </FormLabel>
        </div>
      </Fieldset>
      <div className="sl-filter">
        {concept.soort === 'jaar' ? (
          <div className="sl-filter__field">
            <SelectField
              id="jaar"
              label={m.filter.jaarKiezen}
              value={String(concept.jaar)}
              options={jaren.map((j) => ({ value: String(j), label: String(j) }))}
              onChange={(j) => zet({ jaar: Number(j) })}
            />
          </div>
        ) : (
          <>
            <TextField
              className="sl-filter__field"
              id="van"
              type="date"
              label={m.filter.van}
              description={m.filter.datumHint}
              value={concept.van}
              error={fouten.van}
              onChange={(van) => zet({ van })}
            />
            <TextField
              className="sl-filter__field"
              id="totEnMet"
              type="date"
              label={m.filter.totEnMet}
              description={m.filter.datumHint}
              value={concept.totEnMet}
              error={fouten.totEnMet}
              onChange={(totEnMet) => zet({ totEnMet })}
            />
          </>
        )}
        <div className="sl-filter__field sl-indicatoren-filter__knop">
          <Button type="submit" appearance="primary-action-button">
            {m.filter.toon}
          </Button>
        </div>
      </div>
    </form>
  );
}

function Dashboard({
  filter,
  organisaties,
  catalogus,
}: {
  filter: DashboardFilter;
  organisaties: readonly Organisatie[];
  catalogus: IndicatorCatalogusApi['indicatoren'];
}) {
  const m = useAreaMessages({ nl, en });
  const { formatDate } = useI18n();
  const query = apiQuery(filter);
  const { data: antwoord, error } = useApiData(() => indicatorenApi.waarden(query), [query]);
  // While the figures of a new choice load, the previous choice's figures are not shown under the new heading.
  const periode = periodeVan(filter);
  const data =
    antwoord &&
    antwoord.regio.id === filter.regioId &&
    (antwoord.organisatie?.id ?? '') === filter.organisatieId &&
    antwoord.van === periode.van &&
    antwoord.tot === periode.tot
      ? antwoord
      : null;

  const regio = organisaties.find((o) => o.regio.id === filter.regioId)?.regio;
  const organisatie = organisaties.find((o) => o.id === filter.organisatieId);
  const van = periode.van;
  const totEnMet = plusDagen(periode.tot, -1);
  const waardenPerId = new Map((data?.indicatoren ?? []).map((w) => [w.id, w]));

  return (
    <>
      <Heading2 className="sl-indicatoren-selectie">
        {m.periode(regio?.naam ?? '', organisatie?.naam ?? null, m.periodeTekst(formatDate(van), formatDate(totEnMet)))}
      </Heading2>
      <nav aria-label={m.links.heading} className="sl-indicatoren-links">
        <UnorderedList>
          <UnorderedListItem>
            <RouterLink href={`/indicatoren/rapport?${query}`}>{m.links.rapport}</RouterLink>
          </UnorderedListItem>
          <UnorderedListItem>
            <RouterLink href="/indicatoren/evaluaties">{m.links.evaluaties}</RouterLink>
          </UnorderedListItem>
          <UnorderedListItem>
            <RouterLink href="/indicatoren/inspanningen">{m.links.inspanningen}</RouterLink>
          </UnorderedListItem>
        </UnorderedList>
        <Paragraph className="sl-indicatoren-downloads">
          <span>{m.links.downloads}:</span>{' '}
          {rapportFormaten.map((f) => (
            <Link key={f} href={rapportDownloadUrl(query, f)} download className="sl-indicatoren-download">
              {m.links.download(f.toUpperCase())}
            </Link>
          ))}
        </Paragraph>
      </nav>
      <ProblemAlert error={error}>
        {error instanceof ApiError &&
          error.invalidParams.map((p) => (
            <Paragraph key={p.name}>
              {veldNaam(p.name, m)}: {p.reason}
            </Paragraph>
          ))}
      </ProblemAlert>
      {!data && !error && <Loading />}
      {data && data.leeg && (
        <Alert type="info" role="status">
          <Paragraph>
            <strong>{m.leeg}</strong>
          </Paragraph>
          <Paragraph>{m.leegUitleg}</Paragraph>
        </Alert>
      )}
      {data &&
        !data.leeg &&
        verbeteracties.map((va) => {
          const vanActie = catalogus.filter((d) => d.verbeteractie === va && waardenPerId.has(d.id));
          return (
            <section key={va} className="sl-indicatoren-actie" aria-labelledby={`actie-${va}`}>
              <Heading2 id={`actie-${va}`}>{m.verbeteracties[va]}</Heading2>
              {vanActie.length === 0 && <Paragraph className="sl-muted">{m.geenIndicatoren}</Paragraph>}
              {indicatorSoorten.map((soort) => {
                const definities = vanActie.filter((d) => d.soort === soort);
                if (definities.length === 0) return null;
                return (
                  <section key={soort} aria-labelledby={`actie-${va}-${soort}`}>
                    <Heading3 id={`actie-${va}-${soort}`}>{m.soorten[soort]}</Heading3>
                    <ul className="sl-indicatoren-kaarten">
                      {definities.map((d) => (
                        <li key={d.id}>
                          <IndicatorKaart
                            definitie={d}
                            waarde={waardenPerId.get(d.id)!}
                            context={{
                              van: data.van,
                              tot: data.tot,
                              reeksIndeling: data.reeksIndeling,
                              query,
                              onderliggendeCasussen: data.onderliggendeCasussen,
                            }}
                          />
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </section>
          );
        })}
    </>
  );
}
