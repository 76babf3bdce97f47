import { Fragment, type ReactNode } from 'react';
import { Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Aanmelding } from '@schemas/actieoverleg';
import { useAreaMessages, useI18n } from '../i18n';
import { DataTable } from '../shell/DataTable';
import { CriteriaPanel } from './CriteriaPanel';
import { en, nl } from './messages';

/** A submitted referral (or one of another organisation), read-only: the form's answers, criteria, "bekend bij", decision. */
export function AanmeldingView({ aanmelding: a }: { aanmelding: Aanmelding }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const f = m.formulier;
  const d = m.detail;
  const naamVan = (persoonId: string) => a.personen.find((p) => p.id === persoonId)?.naam ?? f.onbekend;
  const tekst = (v: string) => (v.trim() ? <span className="sl-ao-text">{v}</span> : d.leeg);
  const rows: Array<[string, ReactNode]> = [
    [f.omschrijving, tekst(a.omschrijving)],
    [f.krachten, tekst(a.krachten)],
    [f.politieJustitie, tekst(a.politieJustitie)],
    [f.eerderBekend, tekst(a.eerderBekend)],
    [f.watMaaktHetMoeilijk, tekst(a.watMaaktHetMoeilijk)],
    [f.betrokkenHulpverlening, tekst(a.betrokkenHulpverlening)],
    [
      f.ots,
      a.ots.ots ? (
        <ul className="sl-plain-list">
          {a.ots.kinderen.map((k, i) => (
            <li key={i}>
              {naamVan(k.persoonId)} – {f.gezinsvoogd}: {k.gezinsvoogd || d.leeg}; {f.eindeMaatregel}: {k.eindeMaatregel ?? d.leeg}
            </li>
          ))}
          {a.ots.kinderen.length === 0 && <li>{f.ja}</li>}
        </ul>
      ) : (
        f.nee
      ),
    ],
    [
      f.raad,
      a.raadBetrokken.betrokken ? (
        <ul className="sl-plain-list">
          {a.raadBetrokken.kinderen.map((k, i) => (
            <li key={i}>
              {naamVan(k.persoonId)} – {f.soortOnderzoek}: {k.soortOnderzoek || d.leeg}
            </li>
          ))}
          {a.raadBetrokken.kinderen.length === 0 && <li>{f.ja}</li>}
        </ul>
      ) : (
        f.nee
      ),
    ],
    [f.vraag, tekst(a.vraag)],
    [f.relevantVoor, a.vraagRelevantVoor.length > 0 ? a.vraagRelevantVoor.map((p) => m.partners[p]).join(', ') : d.leeg],
    [f.gerichtOp, a.vraagGerichtOp ? m.gerichtOp[a.vraagGerichtOp] : d.leeg],
    [
      f.factoren,
      a.inhoudelijkeFactoren.length > 0 ? (
        <ul className="sl-plain-list">
          {a.inhoudelijkeFactoren.map((x) => (
            <li key={x}>{m.factoren[x]}</li>
          ))}
        </ul>
      ) : (
        d.leeg
      ),
    ],
    [f.sbbLegend, a.stelselBewakenBeveiligenOverwegen ? f.sbb : d.leeg],
    [
      f.geinformeerd,
      a.betrokkenenGeinformeerd === null
        ? f.geinformeerdOnbekend
        : a.betrokkenenGeinformeerd.geinformeerd
          ? `${f.geinformeerdJa}${a.betrokkenenGeinformeerd.reactie ? ` – ${a.betrokkenenGeinformeerd.reactie}` : ''}`
          : `${f.geinformeerdNee}${a.betrokkenenGeinformeerd.wanneer ? ` – ${a.betrokkenenGeinformeerd.wanneer}` : ''}`,
    ],
    [f.antecedenten, tekst(a.relevanteAntecedenten)],
  ];

  return (
    <>
      <Heading2>{d.gegevens}</Heading2>
      <dl className="sl-deflist sl-ao-answers">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>

      <CriteriaPanel criteria={a.criteria} />

      <Heading2>{d.bekendBij}</Heading2>
      {a.bekendBij.length === 0 ? (
        <Paragraph>{d.bekendBijGeen}</Paragraph>
      ) : (
        <>
          <Paragraph>{d.bekendBijIntro}</Paragraph>
          <DataTable caption={d.bekendBijCaption} columns={[f.persoon, f.organisatie, d.contactpunt]}>
            {a.bekendBij.map((b) => (
              <TableRow key={`${b.persoonId}-${b.organisatie.id}`}>
                <TableHeaderCell scope="row">{naamVan(b.persoonId)}</TableHeaderCell>
                <TableCell>{b.organisatie.naam}</TableCell>
                <TableCell>{b.contactpunt}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        </>
      )}

      <Heading2>{d.besluit}</Heading2>
      {a.besluit ? (
        <dl className="sl-deflist" data-testid="besluit">
          <dt>{m.besluitForm.besluit}</dt>
          <dd>
            <strong>{m.besluiten[a.besluit.besluit]}</strong>
          </dd>
          <dt>{d.reden}</dt>
          <dd className="sl-ao-text">{a.besluit.reden}</dd>
          {a.besluit.partnerOrganisatie && (
            <>
              <dt>{d.partner}</dt>
              <dd>{a.besluit.partnerOrganisatie.naam}</dd>
            </>
          )}
          <dt>{d.door}</dt>
          <dd>
            {a.besluit.doorGebruiker.naam}, {a.besluit.doorOrganisatie.naam}
          </dd>
          <dt>{d.op}</dt>
          <dd>
            <time dateTime={a.besluit.op}>{formatDateTime(a.besluit.op)}</time>
          </dd>
        </dl>
      ) : (
        <Paragraph>{d.geenBesluit}</Paragraph>
      )}
    </>
  );
}
