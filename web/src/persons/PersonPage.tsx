import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Adres, BekendBij, Huishouden, Persoon } from '@schemas/persons';
import { ApiError } from '../api/client';
import { useAreaMessages, useI18n } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { DataTable } from '../shell/DataTable';
import { formatDate, maskBsn } from './format';
import { en, nl } from './messages';
import { householdsOf, personsApi } from './persons.api';
import { KnownTo } from './PersonSearch';
import './persons.css';

/** One person, for organisations that may see them: names, birth, BSN (masked until asked), addresses, relations, household. */
export function PersonPage({ id }: { id: string }) {
  const all = useAreaMessages({ nl, en });
  const m = all.detail;
  const { lang } = useI18n();
  const [persoon, setPersoon] = useState<Persoon | null>(null);
  const [huishoudens, setHuishoudens] = useState<Huishouden[]>([]);
  const [bekendBij, setBekendBij] = useState<BekendBij[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [toonBsn, setToonBsn] = useState(false);

  useEffect(() => {
    let cancelled = false;
    personsApi
      .read(id)
      .then(async (p) => {
        if (cancelled) return;
        setPersoon(p);
        const [h, zoek] = await Promise.all([
          personsApi.household(id).then(householdsOf).catch(() => [] as Huishouden[]),
          personsApi.search({ naam: p.naam, ...(p.geboortedatum ? { geboortedatum: p.geboortedatum } : {}) }).catch(() => null),
        ]);
        if (cancelled) return;
        setHuishoudens(h);
        setBekendBij(zoek?.treffers.find((t) => t.persoon.id === id)?.bekendBij ?? []);
      })
      .catch((e: unknown) => !cancelled && setLoadError(e));
    return () => {
      cancelled = true;
    };
  }, [id]);

  if (loadError) {
    const notFound = loadError instanceof ApiError && [400, 403, 404].includes(loadError.status);
    return (
      <>
        <PageTitle>{notFound ? m.notFoundTitle : m.title}</PageTitle>
        {notFound ? (
          <Alert type="error">
            <Paragraph>{m.notFound}</Paragraph>
          </Alert>
        ) : (
          <ProblemAlert error={loadError} />
        )}
        <Paragraph>
          <RouterLink href="/meldingen">{m.back}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!persoon) return <Loading />;

  const date = (d: string) => formatDate(d, lang);
  const leeg = <span className="sl-muted">{m.leeg}</span>;

  return (
    <>
      <PageTitle>{persoon.naam}</PageTitle>
      <Paragraph>
        <RouterLink href="/meldingen">{m.back}</RouterLink>
      </Paragraph>

      <Heading2>{m.gegevens}</Heading2>
      <DataList className="sl-datalist">
        <DataListItem>
          <DataListKey>{m.voornamen}</DataListKey>
          <DataListValue>{persoon.voornamen ?? leeg}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.tussenvoegsel}</DataListKey>
          <DataListValue>{persoon.tussenvoegsel ?? leeg}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.achternaam}</DataListKey>
          <DataListValue>{persoon.achternaam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.geboortedatum}</DataListKey>
          <DataListValue>{persoon.geboortedatum ? date(persoon.geboortedatum) : leeg}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.geslacht}</DataListKey>
          <DataListValue>{all.geslachten[persoon.geslacht]}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.bsn}</DataListKey>
          <DataListValue>
            {persoon.bsn ? (
              <>
                <span className="sl-person-bsn" aria-live="polite">
                  {toonBsn ? (
                    persoon.bsn
                  ) : (
                    <>
                      <span aria-hidden="true">{maskBsn(persoon.bsn)}</span>
                      <span className="sl-visually-hidden">{m.bsnVerborgen}</span>
                    </>
                  )}
                </span>
                <Button appearance="subtle-button" aria-pressed={toonBsn} onClick={() => setToonBsn((x) => !x)}>
                  {toonBsn ? m.verberg : m.toon}
                </Button>
              </>
            ) : (
              <span className="sl-muted">{m.geenBsn}</span>
            )}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.telefoon}</DataListKey>
          <DataListValue>{persoon.telefoon ?? leeg}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.eMail}</DataListKey>
          <DataListValue>{persoon.eMail ?? leeg}</DataListValue>
        </DataListItem>
      </DataList>

      <Heading2>{m.bekendBij}</Heading2>
      {bekendBij === null ? <Loading /> : <KnownTo bekendBij={bekendBij} prefix={false} />}

      <Heading2>{m.adressen}</Heading2>
      {persoon.adressen.length === 0 ? (
        <Paragraph>{m.geenAdressen}</Paragraph>
      ) : (
        <DataTable caption={m.adressenCaption} columns={[m.adres, m.periode, m.status]}>
          {persoon.adressen.map((a) => (
            <TableRow key={a.id}>
              <TableHeaderCell scope="row">{formatAdres(a)}</TableHeaderCell>
              <TableCell>{periode(a.geldigVan, a.geldigTot, m, date)}</TableCell>
              <TableCell>{a.actueel ? <strong>{m.actueel}</strong> : m.vroeger}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}

      <Heading2>{m.relaties}</Heading2>
      {persoon.relaties.length === 0 ? (
        <Paragraph>{m.geenRelaties}</Paragraph>
      ) : (
        <ul className="sl-person-known">
          {persoon.relaties.map((r) => (
            <li key={r.id}>
              {all.relaties[r.soort]}: <RouterLink href={`/personen/${r.persoon.id}`}>{r.persoon.naam}</RouterLink>
              {r.persoon.geboortedatum && <span className="sl-muted"> ({date(r.persoon.geboortedatum)})</span>}
              {(r.geldigVan || r.geldigTot) && <span className="sl-muted">, {periode(r.geldigVan, r.geldigTot, m, date)}</span>}
            </li>
          ))}
        </ul>
      )}
      {persoon.relatiesNietZichtbaar > 0 && <Paragraph>{m.relatieNietZichtbaar(persoon.relatiesNietZichtbaar)}</Paragraph>}

      <Heading2>{m.huishouden}</Heading2>
      {huishoudens.length === 0 || huishoudens.every((h) => h.leden.length === 0 && h.aantalNietZichtbaar === 0) ? (
        <Paragraph>{all.search.geenLeden}</Paragraph>
      ) : (
        huishoudens.map((h, i) => (
          <div key={`${h.adres ?? ''}-${i}`} className="sl-person-household">
            {h.adres && <Paragraph>{all.search.huishouden(h.adres)}</Paragraph>}
            <ul className="sl-person-known">
              {h.leden
                .filter((l) => l.persoon.id !== id)
                .map((l) => (
                  <li key={l.persoon.id}>
                    <RouterLink href={`/personen/${l.persoon.id}`}>{l.persoon.naam}</RouterLink>
                    <span className="sl-muted"> ({l.redenen.map((r) => all.redenen[r]).join(', ')})</span>
                  </li>
                ))}
            </ul>
            {h.aantalNietZichtbaar > 0 && <Paragraph>{all.search.nietZichtbaar(h.aantalNietZichtbaar)}</Paragraph>}
          </div>
        ))
      )}
    </>
  );
}

function formatAdres(a: Adres): string {
  return `${a.straat} ${a.huisnummer}${a.huisnummerToevoeging ? ` ${a.huisnummerToevoeging}` : ''}, ${a.postcode} ${a.woonplaats}`;
}

function periode(van: string | null, tot: string | null, m: (typeof nl)['detail'], date: (d: string) => string): string {
  if (van && tot) return m.vanTot(date(van), date(tot));
  if (van) return m.vanaf(date(van));
  if (tot) return m.tot(date(tot));
  return m.periodeOnbekend;
}
