import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Checkbox, FormLabel, Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Medewerker, Overleg } from '@schemas/actieoverleg/vergaderingen';
import { ApiError } from '../../api/client';
import { useAreaMessages } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { DataTable } from '../../shell/DataTable';
import { StatusNotice } from '../../shell/fields';
import { ProblemAlert } from '../../shell/forms';
import { RadioGroup } from '../RadioGroup';
import { personenPerOrganisatie } from './format';
import { vergaderingenApi, type Versioned } from './vergaderingen.api';
import { en, nl } from './messages';

type Keuze = 'aanwezig' | 'afgemeld' | '';
interface Persoon {
  gebruikerId: string;
  naam: string;
  organisatie: string;
}
interface Vastlegging {
  keuze: Keuze;
  metMandaat: boolean;
}

/** Everyone who may be recorded, by organisation name and then name. */
function personen(overleg: Overleg, sessie: ReturnType<typeof useActiveSession>, medewerkers: readonly Medewerker[]): Persoon[] {
  const namen = new Map<string, string>();
  for (const m of medewerkers) namen.set(m.organisatie.id, m.organisatie.naam);
  for (const l of overleg.leden) namen.set(l.organisatie.id, l.organisatie.naam);
  for (const p of overleg.agendapunten) for (const u of p.uitnodigingen) namen.set(u.organisatie.id, u.organisatie.naam);
  for (const a of overleg.aanwezigheid) namen.set(a.organisatie.id, a.organisatie.naam);
  if (sessie.organisatie) namen.set(sessie.organisatie.id, sessie.organisatie.naam);
  const result: Persoon[] = [];
  for (const [organisatieId, lijst] of personenPerOrganisatie(overleg, sessie, medewerkers)) {
    for (const p of lijst) result.push({ gebruikerId: p.id, naam: p.naam, organisatie: namen.get(organisatieId) ?? '' });
  }
  return result.sort((a, b) => a.organisatie.localeCompare(b.organisatie) || a.naam.localeCompare(b.naam));
}

const vastgelegd = (overleg: Overleg): Record<string, Vastlegging> =>
  Object.fromEntries(overleg.aanwezigheid.map((a) => [a.gebruiker.id, { keuze: a.status, metMandaat: a.metMandaat }]));

/** The recorded attendance, for everyone who sees the meeting. */
export function AanwezigheidLijst({ overleg }: { overleg: Overleg }) {
  const m = useAreaMessages({ nl, en });
  const a = m.aanwezigheid;
  if (overleg.aanwezigheid.length === 0) return <Paragraph>{a.geenVastgelegd}</Paragraph>;
  return (
    <DataTable caption={a.vastgelegd} columns={[a.persoon, a.organisatie, a.keuze]} className="sl-table--compact">
      {overleg.aanwezigheid.map((x) => (
        <TableRow key={x.gebruiker.id} data-testid="aanwezige">
          <TableHeaderCell scope="row">{x.gebruiker.naam}</TableHeaderCell>
          <TableCell>{x.organisatie.naam}</TableCell>
          <TableCell>
            {x.status === 'aanwezig' ? `${a.aanwezig}, ${x.metMandaat ? a.metMandaat : a.zonderMandaat}` : a.afgemeld}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}

/**
 * The chair records who is present (with mandate) and who sent apologies, for anyone the meeting lists: the case
 * workers of the fixed members and the invited partners (they arrive after the meeting, `medewerkers`), the chair,
 * and whoever is already recorded. What is chosen stays when more people arrive. Saved with If-Match on the meeting.
 */
export function AanwezigheidForm({
  current,
  medewerkers,
  onSaved,
  onConflict,
}: {
  current: Versioned<Overleg>;
  medewerkers: readonly Medewerker[];
  onSaved: (o: Versioned<Overleg>) => void;
  onConflict: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const a = m.aanwezigheid;
  const sessie = useActiveSession();
  const rows = personen(current.data, sessie, medewerkers);
  const [keuzes, setKeuzes] = useState<Record<string, Vastlegging>>(() => vastgelegd(current.data));
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(null);
  const [busy, setBusy] = useState(false);

  const keuzeVan = (gebruikerId: string): Vastlegging => keuzes[gebruikerId] ?? { keuze: '', metMandaat: false };
  const update = (gebruikerId: string, change: Partial<Vastlegging>) => setKeuzes((k) => ({ ...k, [gebruikerId]: { ...keuzeVan(gebruikerId), ...change } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const deelnemers = rows
        .map((r) => ({ gebruikerId: r.gebruikerId, ...keuzeVan(r.gebruikerId) }))
        .filter((r) => r.keuze !== '')
        .map((r) => ({ gebruikerId: r.gebruikerId, status: r.keuze as 'aanwezig' | 'afgemeld', metMandaat: r.keuze === 'aanwezig' && r.metMandaat }));
      onSaved(await vergaderingenApi.aanwezigheid(current.data.id, current.etag, { deelnemers }));
      setNotice({ text: a.opgeslagen, kind: 'ok' });
    } catch (err) {
      if (err instanceof ApiError && err.isVersionConflict) {
        setNotice({ text: m.overleg.conflict, kind: 'warning' });
        onConflict();
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="aanwezigheid-kop" className="sl-ao-section">
      <Heading2 id="aanwezigheid-kop">{a.title}</Heading2>
      <Paragraph>{a.intro}</Paragraph>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={error} />
      {rows.length === 0 ? (
        <Paragraph>{a.geenPersonen}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="sl-form">
          <div className="sl-ao-attendance">
            {rows.map((r) => {
              const { keuze, metMandaat } = keuzeVan(r.gebruikerId);
              return (
                <div key={r.gebruikerId} className="sl-ao-attendance__person" data-testid="aanwezigheid-persoon">
                  <RadioGroup
                    id={`aanwezig-${r.gebruikerId}`}
                    legend={`${r.naam} (${r.organisatie})`}
                    options={[
                      { value: 'aanwezig', label: a.aanwezig },
                      { value: 'afgemeld', label: a.afgemeld },
                      { value: 'onbekend', label: a.onbekend },
                    ]}
                    value={keuze || 'onbekend'}
                    onChange={(v) => update(r.gebruikerId, { keuze: v === 'onbekend' ? '' : (v as Keuze) })}
                  />
                  {keuze === 'aanwezig' && (
                    <div className="sl-choice">
                      <Checkbox
                        id={`mandaat-${r.gebruikerId}`}
                        checked={metMandaat}
                        onChange={(event) => update(r.gebruikerId, { metMandaat: event.target.checked })}
                      />
                      <FormLabel htmlFor={`mandaat-${r.gebruikerId}`} type="checkbox" checked={metMandaat}>
                        {a.mandaat}
                        <span className="sl-visually-hidden"> ({r.naam})</span>
                      </FormLabel>
                    </div>
                  )}
                </div>
              );
            })}
          </div>
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
              {a.opslaan}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
