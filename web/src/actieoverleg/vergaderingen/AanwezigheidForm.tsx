import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Checkbox, FormLabel, Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Overleg } from '@schemas/actieoverleg/vergaderingen';
import { ApiError } from '../../api/client';
import { useAreaMessages } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { DataTable } from '../../shell/DataTable';
import { StatusNotice } from '../../shell/fields';
import { ProblemAlert } from '../../shell/forms';
import { RadioGroup } from '../RadioGroup';
import { bekendePersonen } from './format';
import { vergaderingenApi, type Versioned } from './vergaderingen.api';
import { en, nl } from './messages';

type Keuze = 'aanwezig' | 'afgemeld' | '';
interface Regel {
  gebruikerId: string;
  naam: string;
  organisatie: string;
  keuze: Keuze;
  metMandaat: boolean;
}

function regels(overleg: Overleg, sessie: ReturnType<typeof useActiveSession>): Regel[] {
  const namen = new Map<string, string>();
  for (const l of overleg.leden) namen.set(l.organisatie.id, l.organisatie.naam);
  for (const p of overleg.agendapunten) for (const u of p.uitnodigingen) namen.set(u.organisatie.id, u.organisatie.naam);
  for (const a of overleg.aanwezigheid) namen.set(a.organisatie.id, a.organisatie.naam);
  if (sessie.organisatie) namen.set(sessie.organisatie.id, sessie.organisatie.naam);
  const result: Regel[] = [];
  for (const [organisatieId, personen] of bekendePersonen(overleg, sessie)) {
    for (const p of personen) {
      const vastgelegd = overleg.aanwezigheid.find((a) => a.gebruiker.id === p.id);
      result.push({
        gebruikerId: p.id,
        naam: p.naam,
        organisatie: namen.get(organisatieId) ?? '',
        keuze: vastgelegd?.status ?? '',
        metMandaat: vastgelegd?.metMandaat ?? false,
      });
    }
  }
  return result;
}

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
 * The chair records who is present (with mandate) and who sent apologies, for the people the meeting knows: the
 * members' representatives, the chair, and whoever is already recorded. Saved with If-Match on the meeting.
 */
export function AanwezigheidForm({ current, onSaved, onConflict }: { current: Versioned<Overleg>; onSaved: (o: Versioned<Overleg>) => void; onConflict: () => void }) {
  const m = useAreaMessages({ nl, en });
  const a = m.aanwezigheid;
  const sessie = useActiveSession();
  const [rows, setRows] = useState<Regel[]>(() => regels(current.data, sessie));
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (i: number, change: Partial<Regel>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...change } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const deelnemers = rows
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
            {rows.map((r, i) => (
              <div key={r.gebruikerId} className="sl-ao-attendance__person" data-testid="aanwezigheid-persoon">
                <RadioGroup
                  id={`aanwezig-${r.gebruikerId}`}
                  legend={`${r.naam} (${r.organisatie})`}
                  options={[
                    { value: 'aanwezig', label: a.aanwezig },
                    { value: 'afgemeld', label: a.afgemeld },
                    { value: 'onbekend', label: a.onbekend },
                  ]}
                  value={r.keuze || 'onbekend'}
                  onChange={(v) => update(i, { keuze: v === 'onbekend' ? '' : (v as Keuze) })}
                />
                {r.keuze === 'aanwezig' && (
                  <div className="sl-choice">
                    <Checkbox
                      id={`mandaat-${r.gebruikerId}`}
                      checked={r.metMandaat}
                      onChange={(event) => update(i, { metMandaat: event.target.checked })}
                    />
                    <FormLabel htmlFor={`mandaat-${r.gebruikerId}`} type="checkbox" checked={r.metMandaat}>
                      {a.mandaat}
                      <span className="sl-visually-hidden"> ({r.naam})</span>
                    </FormLabel>
                  </div>
                )}
              </div>
            ))}
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
