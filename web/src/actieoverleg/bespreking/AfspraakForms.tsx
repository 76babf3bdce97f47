import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading4, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Afspraak, AfspraakSoort } from '@schemas/actieoverleg/afspraken';
import { scenarioSoorten, type Scenario, type ScenarioSoort } from '@schemas/actieoverleg/scenarios';
import { useAreaMessages, useI18n } from '../../i18n';
import { formatDate } from '../../persons/format';
import { DataTable } from '../../shell/DataTable';
import { SelectField, StatusNotice, TextAreaField } from '../../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../../shell/forms';
import { RadioGroup } from '../RadioGroup';
import type { OrganisatieAanTafel, PersoonKeuze } from '../vergaderingen/format';
import { focusSoon, useAction } from '../vergaderingen/actions';
import { besprekingApi } from './bespreking.api';
import { en, nl } from './messages';

export interface Tafel {
  organisaties: OrganisatieAanTafel[];
  personen: Map<string, PersoonKeuze[]>;
}

/** Owner organisation and (optionally) a person of it, from the people the meeting knows. */
export interface Eigenaar {
  organisatieId: string;
  gebruikerId: string;
}
const geenEigenaar: Eigenaar = { organisatieId: '', gebruikerId: '' };

function EigenaarVelden({
  id,
  tafel,
  value,
  onChange,
  labels,
  errors,
  error,
}: {
  id: string;
  tafel: Tafel;
  value: Eigenaar;
  onChange: (value: Eigenaar) => void;
  labels: { organisatie: string; organisatieHint: string; persoon: string };
  errors: Record<string, string>;
  error: unknown;
}) {
  const m = useAreaMessages({ nl, en });
  const { organisatieId, gebruikerId } = value;
  const personen = tafel.personen.get(organisatieId) ?? [];
  return (
    <>
      <SelectField
        id={`${id}-organisatie`}
        label={labels.organisatie}
        description={labels.organisatieHint}
        placeholder={m.afspraak.organisatieKies}
        options={tafel.organisaties.map((o) => ({ value: o.id, label: o.naam }))}
        value={organisatieId}
        error={fieldError('eigenaarOrganisatieId', errors, error)}
        onChange={(o) => onChange({ organisatieId: o, gebruikerId: '' })}
      />
      <SelectField
        id={`${id}-persoon`}
        label={labels.persoon}
        description={m.afspraak.persoonHint}
        placeholder={m.afspraak.persoonGeen}
        options={personen.map((p) => ({ value: p.id, label: p.naam }))}
        value={gebruikerId}
        error={fieldError('eigenaarGebruikerId', errors, error)}
        onChange={(g) => onChange({ organisatieId, gebruikerId: g })}
      />
    </>
  );
}

/** A new agreement at this item: what, who (organisation + person), due date; of one of the given kinds. */
export function AfspraakForm({
  id,
  agendapuntId,
  soorten,
  tafel,
  titel,
  onCreated,
}: {
  id: string;
  agendapuntId: string;
  soorten: readonly AfspraakSoort[];
  tafel: Tafel;
  titel: string;
  onCreated: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const a = m.afspraak;
  const [soort, setSoort] = useState<AfspraakSoort>(soorten[0]!);
  const [wat, setWat] = useState('');
  const [eigenaar, setEigenaar] = useState<Eigenaar>(geenEigenaar);
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!wat.trim()) e.wat = a.watNodig;
    if (!eigenaar.organisatieId) e.eigenaarOrganisatieId = a.organisatieNodig;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) e.deadline = a.deadlineNodig;
    setErrors(e);
    setNotice(null);
    if (Object.keys(e).length > 0) {
      focusSoon(e.wat ? `${id}-wat` : e.eigenaarOrganisatieId ? `${id}-organisatie` : `${id}-deadline`);
      return;
    }
    await run(async () => {
      const afspraak = await besprekingApi.afspraak(agendapuntId, {
        soort,
        wat: wat.trim(),
        eigenaarOrganisatieId: eigenaar.organisatieId,
        eigenaarGebruikerId: eigenaar.gebruikerId || null,
        deadline,
      });
      setWat('');
      setDeadline('');
      setEigenaar(geenEigenaar);
      setNotice(a.opgeslagen(afspraak.wat));
      onCreated();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-ao-form sl-ao-subform" aria-labelledby={`${id}-kop`}>
      <Heading4 id={`${id}-kop`}>{titel}</Heading4>
      <StatusNotice text={notice} />
      <ProblemAlert error={error} />
      {soorten.length > 1 && (
        <RadioGroup
          id={`${id}-soort`}
          legend={a.soort}
          options={soorten.map((s) => ({ value: s, label: a.soorten[s] }))}
          value={soort}
          error={fieldError('soort', errors, error)}
          onChange={(v) => setSoort(v as AfspraakSoort)}
        />
      )}
      <TextAreaField id={`${id}-wat`} label={a.wat} value={wat} rows={2} maxLength={2000} error={fieldError('wat', errors, error)} onChange={setWat} />
      <EigenaarVelden
        id={id}
        tafel={tafel}
        value={eigenaar}
        labels={{ organisatie: a.organisatie, organisatieHint: a.organisatieHint, persoon: a.persoon }}
        errors={errors}
        error={error}
        onChange={setEigenaar}
      />
      <TextField
        id={`${id}-deadline`}
        type="date"
        label={a.deadline}
        description={a.deadlineHint}
        value={deadline}
        className="sl-field--short"
        error={fieldError('deadline', errors, error)}
        onChange={setDeadline}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {a.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** A scenario for a next incident or broken conditions: kind, what, owner. */
export function ScenarioForm({ agendapuntId, tafel, onCreated }: { agendapuntId: string; tafel: Tafel; onCreated: () => void }) {
  const m = useAreaMessages({ nl, en });
  const s = m.scenario;
  const id = 'scenario';
  const [soort, setSoort] = useState<ScenarioSoort | null>(null);
  const [wat, setWat] = useState('');
  const [eigenaar, setEigenaar] = useState<Eigenaar>(geenEigenaar);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!soort) e.soort = s.soortNodig;
    if (!wat.trim()) e.wat = s.watNodig;
    if (!eigenaar.organisatieId) e.eigenaarOrganisatieId = s.organisatieNodig;
    setErrors(e);
    setNotice(null);
    if (Object.keys(e).length > 0 || !soort) {
      focusSoon(e.soort ? `${id}-soort-${scenarioSoorten[0]}` : e.wat ? `${id}-wat` : `${id}-organisatie`);
      return;
    }
    await run(async () => {
      const scenario = await besprekingApi.scenario(agendapuntId, { soort, wat: wat.trim(), eigenaarOrganisatieId: eigenaar.organisatieId, eigenaarGebruikerId: eigenaar.gebruikerId || null });
      setSoort(null);
      setWat('');
      setEigenaar(geenEigenaar);
      setNotice(s.opgeslagen(s.soorten[scenario.soort]));
      onCreated();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-ao-form sl-ao-subform" aria-labelledby={`${id}-kop`}>
      <Heading4 id={`${id}-kop`}>{s.nieuw}</Heading4>
      <StatusNotice text={notice} />
      <ProblemAlert error={error} />
      <RadioGroup
        id={`${id}-soort`}
        legend={s.soort}
        options={scenarioSoorten.map((x) => ({ value: x, label: s.soorten[x] }))}
        value={soort}
        error={fieldError('soort', errors, error)}
        onChange={(v) => setSoort(v as ScenarioSoort)}
      />
      <TextAreaField id={`${id}-wat`} label={s.wat} description={s.watHint} value={wat} rows={2} maxLength={2000} error={fieldError('wat', errors, error)} onChange={setWat} />
      <EigenaarVelden
        id={id}
        tafel={tafel}
        value={eigenaar}
        labels={{ organisatie: s.organisatie, organisatieHint: s.organisatieHint, persoon: s.persoon }}
        errors={errors}
        error={error}
        onChange={setEigenaar}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {s.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Agreements of this item as a table: what, owner, due date, status (overdue in words). */
export function AfspraakTabel({ caption, afspraken, leeg, testId }: { caption: string; afspraken: Afspraak[]; leeg: string; testId: string }) {
  const m = useAreaMessages({ nl, en });
  const a = m.afspraak;
  const { lang } = useI18n();
  if (afspraken.length === 0) return <Paragraph>{leeg}</Paragraph>;
  return (
    <DataTable caption={caption} columns={[a.wat, a.soort, a.wie, a.deadline, a.status]}>
      {afspraken.map((x) => (
        <TableRow key={x.id} data-testid={testId}>
          <TableHeaderCell scope="row">
            <span className="sl-ao-text">{x.wat}</span>
          </TableHeaderCell>
          <TableCell>{a.soorten[x.soort]}</TableCell>
          <TableCell>
            {x.eigenaarOrganisatie.naam}
            {x.eigenaarGebruiker && (
              <>
                <br />
                {x.eigenaarGebruiker.naam}
              </>
            )}
          </TableCell>
          <TableCell>{formatDate(x.deadline, lang)}</TableCell>
          <TableCell>
            <strong>{a.statussen[x.status]}</strong>
            {x.verlopen && <strong className="sl-ao-flag"> {a.verlopen}</strong>}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}

export function ScenarioLijst({ scenarios }: { scenarios: Scenario[] }) {
  const m = useAreaMessages({ nl, en });
  const s = m.scenario;
  if (scenarios.length === 0) return <Paragraph>{m.stap2.scenariosLeeg}</Paragraph>;
  return (
    <ul className="sl-plain-list sl-ao-contributions">
      {scenarios.map((x) => (
        <li key={x.id} data-testid="scenario">
          <strong>{s.soorten[x.soort]}</strong> ({x.actief ? s.actief : s.ingetrokken})
          <div className="sl-ao-text">{x.wat}</div>
          <div>
            {s.eigenaar}: {x.eigenaarOrganisatie.naam}
            {x.eigenaarGebruiker && ` – ${x.eigenaarGebruiker.naam}`}
          </div>
        </li>
      ))}
    </ul>
  );
}
