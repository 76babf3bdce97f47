import { useCallback, useState, type FormEvent } from 'react';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Heading2,
  Heading3,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { bereikbaarheidWijzen, type BereikbaarheidBlok, type BereikbaarheidWijze, type VtBereikbaarheid } from '@schemas/zsm/bereikbaarheid';
import { ApiError } from '../api/client';
import { useApiData } from '../api/useApiData';
import { useAreaMessages } from '../i18n';
import { useActiveSession } from '../identity/session';
import { focusSoon, useAction } from '../actieoverleg/vergaderingen/actions';
import { DataTable } from '../shell/DataTable';
import { SelectField, StatusNotice } from '../shell/fields';
import { ProblemAlert, TextField } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { NuBereikbaarTekst } from './Klok';
import { zsmApi } from './zsm.api';
import { en, nl } from './messages';
import './zsm.css';

interface Rij {
  key: number;
  weekdag: string;
  van: string;
  tot: string;
  wijze: BereikbaarheidWijze;
  telefoon: string;
  toelichting: string;
}

const TIJD = /^([01]\d|2[0-3]):[0-5]\d$/;
const EINDTIJD = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const minuten = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

function WeekTabel({ org }: { org: VtBereikbaarheid }) {
  const m = useAreaMessages({ nl, en });
  const b = m.bereikbaarheid;
  if (org.blokken.length === 0) return <Paragraph>{b.leeg}</Paragraph>;
  return (
    <DataTable
      caption={b.caption(org.organisatie.naam)}
      className="sl-table--compact"
      columns={[b.kolommen.weekdag, b.kolommen.van, b.kolommen.tot, b.kolommen.wijze, b.kolommen.telefoon, b.kolommen.toelichting]}
    >
      {org.blokken.map((blok, i) => (
        <TableRow key={i}>
          <TableHeaderCell scope="row">{m.weekdag[blok.weekdag - 1]}</TableHeaderCell>
          <TableCell>{blok.van}</TableCell>
          <TableCell>{blok.tot}</TableCell>
          <TableCell>{m.bereikbaarheidWijze[blok.wijze]}</TableCell>
          <TableCell>{blok.telefoon || '–'}</TableCell>
          <TableCell>{blok.toelichting || '–'}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}

/** The VT's administrator edits its own week: blocks per weekday (add, remove), If-Match; a conflict keeps the input. */
function WeekForm({ org, onSaved, onConflict, onCancel }: { org: VtBereikbaarheid; onSaved: (naam: string) => void; onConflict: () => void; onCancel: () => void }) {
  const m = useAreaMessages({ nl, en });
  const b = m.bereikbaarheid;
  const [volgnummer, setVolgnummer] = useState(org.blokken.length);
  const [rijen, setRijen] = useState<Rij[]>(() =>
    org.blokken.map((blok, i) => ({ key: i, weekdag: String(blok.weekdag), van: blok.van, tot: blok.tot, wijze: blok.wijze, telefoon: blok.telefoon, toelichting: blok.toelichting })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const zet = (key: number, change: Partial<Rij>) => setRijen((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const naam = org.organisatie.naam;

  /** The client's check first, then the server's reason for this block or one of its fields. */
  const fout = (i: number, veld?: keyof BereikbaarheidBlok): string | undefined => {
    const sleutel = veld ? `blokken[${i}].${veld}` : `blokken[${i}]`;
    if (errors[sleutel]) return errors[sleutel];
    if (!(error instanceof ApiError)) return undefined;
    return error.invalidParams.find((p) => p.name === sleutel || p.name === `body.${sleutel}`)?.reason;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const e: Record<string, string> = {};
    rijen.forEach((r, i) => {
      if (!TIJD.test(r.van.trim())) e[`blokken[${i}].van`] = b.ongeldigeTijd;
      if (!EINDTIJD.test(r.tot.trim())) e[`blokken[${i}].tot`] = b.ongeldigeTijd;
      else if (TIJD.test(r.van.trim()) && minuten(r.tot.trim()) <= minuten(r.van.trim())) e[`blokken[${i}].tot`] = b.totVoorVan;
    });
    setErrors(e);
    const eerste = Object.keys(e)[0];
    if (eerste) {
      const [, i, veld] = /^blokken\[(\d+)\]\.(\w+)$/.exec(eerste) ?? [];
      focusSoon(`blok-${rijen[Number(i)]!.key}-${veld}`);
      return;
    }
    const blokken: BereikbaarheidBlok[] = rijen.map((r) => ({
      weekdag: Number(r.weekdag),
      van: r.van.trim(),
      tot: r.tot.trim(),
      wijze: r.wijze,
      telefoon: r.telefoon.trim(),
      toelichting: r.toelichting.trim(),
    }));
    let conflict = false;
    const ok = await run(async () => {
      try {
        await zsmApi.weekVervangen(org.organisatie.id, `"${org.versie}"`, { blokken });
      } catch (err) {
        if (!(err instanceof ApiError && err.isVersionConflict)) throw err;
        conflict = true;
      }
    });
    if (!ok) return;
    if (conflict) {
      setNotice(b.conflict);
      onConflict();
    } else {
      onSaved(naam);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-zsm-form" aria-labelledby={`week-form-${org.organisatie.id}`}>
      <Heading3 id={`week-form-${org.organisatie.id}`} tabIndex={-1}>
        {b.formTitle(naam)}
      </Heading3>
      <Paragraph>{b.formIntro}</Paragraph>
      <StatusNotice text={notice} kind="warning" />
      <ProblemAlert error={error} />
      {rijen.map((r, i) => {
        const id = (veld: string) => `blok-${r.key}-${veld}`;
        const blokFout = fout(i);
        return (
          <Fieldset key={r.key} className="sl-zsm-blok" invalid={Boolean(blokFout)} aria-describedby={blokFout ? id('fout') : undefined} data-testid="week-blok">
            <FieldsetLegend>{b.blok(i + 1)}</FieldsetLegend>
            {blokFout && <FormFieldErrorMessage id={id('fout')}>{blokFout}</FormFieldErrorMessage>}
            <div className="sl-zsm-blok__velden">
              <SelectField
                id={id('weekdag')}
                label={b.weekdagLabel}
                value={r.weekdag}
                options={m.weekdag.map((d, j) => ({ value: String(j + 1), label: d }))}
                error={fout(i, 'weekdag')}
                onChange={(weekdag) => zet(r.key, { weekdag })}
              />
              <TextField id={id('van')} label={b.van} value={r.van} inputMode="numeric" maxLength={5} className="sl-zsm-tijdveld" error={fout(i, 'van')} onChange={(van) => zet(r.key, { van })} />
              <TextField id={id('tot')} label={b.tot} value={r.tot} inputMode="numeric" maxLength={5} className="sl-zsm-tijdveld" error={fout(i, 'tot')} onChange={(tot) => zet(r.key, { tot })} />
              <SelectField
                id={id('wijze')}
                label={b.wijze}
                value={r.wijze}
                options={bereikbaarheidWijzen.map((w) => ({ value: w, label: m.bereikbaarheidWijze[w] }))}
                error={fout(i, 'wijze')}
                onChange={(wijze) => zet(r.key, { wijze: wijze as BereikbaarheidWijze })}
              />
              <TextField id={id('telefoon')} label={b.telefoon} value={r.telefoon} maxLength={50} error={fout(i, 'telefoon')} onChange={(telefoon) => zet(r.key, { telefoon })} />
              <TextField id={id('toelichting')} label={b.toelichting} value={r.toelichting} maxLength={500} error={fout(i, 'toelichting')} onChange={(toelichting) => zet(r.key, { toelichting })} />
            </div>
            <ButtonGroup>
              <Button
                appearance="subtle-button"
                onClick={() => {
                  setRijen((list) => list.filter((x) => x.key !== r.key));
                  setErrors({});
                  focusSoon(`week-form-${org.organisatie.id}`);
                }}
              >
                {b.verwijderen(i + 1)}
              </Button>
            </ButtonGroup>
          </Fieldset>
        );
      })}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            const key = volgnummer + 1;
            setVolgnummer(key);
            setRijen((list) => [...list, { key, weekdag: '1', van: '08:00', tot: '17:00', wijze: 'telefonisch', telefoon: '', toelichting: '' }]);
            focusSoon(`blok-${key}-weekdag`);
          }}
        >
          {b.toevoegen}
        </Button>
      </ButtonGroup>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {b.opslaan}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {b.annuleren}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** /zsm/bereikbaarheid — Veilig Thuis at ZSM per organisation and weekday; the VT's administrator edits its own week. */
export function BereikbaarheidPage() {
  const m = useAreaMessages({ nl, en });
  const b = m.bereikbaarheid;
  const sessie = useActiveSession();
  const [ronde, setRonde] = useState(0);
  const herlaad = useCallback(() => setRonde((n) => n + 1), []);
  const { data, error } = useApiData(() => zsmApi.bereikbaarheid(), [ronde]);
  const [bewerken, setBewerken] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const beheerder = sessie.rollen.includes('functioneel-beheerder');

  return (
    <>
      <PageTitle>{b.title}</PageTitle>
      <Paragraph>{b.intro}</Paragraph>
      <Paragraph>
        <RouterLink href="/zsm">{m.algemeen.terugNaarBord}</RouterLink>
      </Paragraph>
      <Paragraph>
        <RouterLink href="/zsm/aandachtspunten">{m.aandachtspunten.link}</RouterLink>
      </Paragraph>
      <StatusNotice text={notice} />
      <ProblemAlert error={error} />
      {data === null && !error && <Loading />}
      {data && data.length === 0 && <Paragraph>{m.nuBereikbaar.geenOrganisaties}</Paragraph>}
      {data?.map((org) => {
        const eigen = beheerder && sessie.organisatie?.id === org.organisatie.id;
        return (
          <section key={org.organisatie.id} aria-labelledby={`org-${org.organisatie.id}`} data-testid="vt-week">
            <Heading2 id={`org-${org.organisatie.id}`}>{org.organisatie.naam}</Heading2>
            <dl className="sl-deflist">
              <div>
                <dt>{b.nu}</dt>
                <dd>
                  <NuBereikbaarTekst nu={org.nuBereikbaar} />
                </dd>
              </div>
            </dl>
            <WeekTabel org={org} />
            {eigen && bewerken !== org.organisatie.id && (
              <ButtonGroup>
                <Button
                  appearance="secondary-action-button"
                  onClick={() => {
                    setNotice(null);
                    setBewerken(org.organisatie.id);
                    focusSoon(`week-form-${org.organisatie.id}`);
                  }}
                >
                  {b.bewerken(org.organisatie.naam)}
                </Button>
              </ButtonGroup>
            )}
            {eigen && bewerken === org.organisatie.id && (
              <WeekForm
                org={org}
                onSaved={(naam) => {
                  setBewerken(null);
                  setNotice(b.opgeslagen(naam));
                  herlaad();
                }}
                onConflict={herlaad}
                onCancel={() => setBewerken(null)}
              />
            )}
          </section>
        );
      })}
    </>
  );
}
