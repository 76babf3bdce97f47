import { useState, type ReactNode } from 'react';
import { Button, Fieldset, FieldsetLegend, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import type { Fase, Interventie, Rechtsdomein } from '@schemas/interventies';
import { rechtsdomeinen } from '@schemas/interventies';
import type { Scenario } from '@schemas/actieoverleg/scenarios';
import type { PlanAfspraak, PlanInterventie } from '@schemas/veiligheidsplan';
import { useAreaMessages } from '../i18n';
import { TextField } from '../shell/forms';
import { CheckboxGroup, SelectField, TextAreaField, type Option } from '../shell/fields';
import { nieuweAfspraak, nieuweId, nieuweInterventie, persoonOpties, veldId, type Ik, type PlanConcept } from './plan-model';
import { en, nl } from './messages';

type Mutate<T> = (fn: (x: T) => void) => void;

export interface PlanFormProps {
  concept: PlanConcept;
  mutate: Mutate<PlanConcept>;
  fouten: Record<string, string>;
  deelnemers: Option[];
  catalogus: Interventie[];
  scenarios: Scenario[];
  ik: Ik;
  /** The regie as saved: its person stays on offer while the organisation is unchanged. */
  huidigeRegie: { organisatieId: string | null; gebruiker: { id: string; naam: string } | null };
}

const useM = () => useAreaMessages({ nl, en });
const leegNaarNull = (v: string) => (v === '' ? null : v);

function Toevoegen({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Paragraph>
      <Button appearance="secondary-action-button" onClick={onClick}>
        <span aria-hidden="true">+ </span>
        {children}
      </Button>
    </Paragraph>
  );
}

function Verwijderen({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button appearance="subtle-button" className="sl-vp-verwijder" onClick={onClick}>
      {children}
    </Button>
  );
}

/** The ten steps in three phases, with the partners' interventions per phase. */
export function PlanForm(props: PlanFormProps) {
  const m = useM();
  const { concept, mutate, fouten, deelnemers } = props;
  const { directeVeiligheid: dv, stabieleVeiligheid: sv, duurzameVeiligheid: du } = concept.inhoud;
  const eerste = deelnemers[0]?.value ?? '';

  return (
    <>
      <Heading3 id="vp-regie-kop">{m.regieKop}</Heading3>
      <SelectField
        id={veldId(null, 'regieOrganisatieId')}
        label={m.regieOrganisatie}
        description={m.regieOrganisatieHint}
        value={concept.regieOrganisatieId}
        onChange={(v) => mutate((c) => void (c.regieOrganisatieId = v))}
        placeholder={m.kies}
        required
        options={deelnemers}
        error={fouten[veldId(null, 'regieOrganisatieId')]}
      />
      <RegiePersoon {...props} />

      <Heading3 id="vp-fase-directe">{m.fase.directe}</Heading3>
      <Heading4>{m.stap[0]}</Heading4>
      <Paragraph>{m.stap23Uitleg}</Paragraph>
      {dv.onveiligeSituaties.length === 0 && <Paragraph>{m.geenSituaties}</Paragraph>}
      {dv.onveiligeSituaties.map((s, i) => {
        const nr = i + 1;
        const mutS: Mutate<typeof s> = (fn) => mutate((c) => fn(c.inhoud.directeVeiligheid.onveiligeSituaties[i]!));
        return (
          <Fieldset key={s.id} className="sl-vp-element" data-testid="vp-situatie">
            <FieldsetLegend>{m.situatie(nr)}</FieldsetLegend>
            <TextAreaField
              id={veldId(s.id, 'omschrijving')}
              label={m.situatieOmschrijving}
              value={s.omschrijving}
              rows={3}
              required
              onChange={(v) => mutS((x) => void (x.omschrijving = v))}
              error={fouten[veldId(s.id, 'omschrijving')]}
            />
            <Heading4 className="sl-vp-substap">{m.stap[1]}</Heading4>
            {s.voorwaarden.map((v, j) => {
              const pad = `${nr}.${j + 1}`;
              const mutV: Mutate<typeof v> = (fn) => mutS((x) => fn(x.voorwaarden[j]!));
              return (
                <Fieldset key={v.id} className="sl-vp-element sl-vp-element--genest" data-testid="vp-voorwaarde">
                  <FieldsetLegend>{m.voorwaarde(nr, j + 1)}</FieldsetLegend>
                  <TextAreaField
                    id={veldId(v.id, 'omschrijving')}
                    label={m.voorwaardeOmschrijving}
                    value={v.omschrijving}
                    rows={2}
                    required
                    onChange={(t) => mutV((x) => void (x.omschrijving = t))}
                    error={fouten[veldId(v.id, 'omschrijving')]}
                  />
                  <TextField
                    id={veldId(v.id, 'monitoringOp')}
                    type="date"
                    label={m.monitoringOp}
                    description={m.monitoringOpHint}
                    value={v.monitoringOp}
                    required
                    className="sl-field--short"
                    onChange={(t) => mutV((x) => void (x.monitoringOp = t))}
                    error={fouten[veldId(v.id, 'monitoringOp')]}
                  />
                  {(props.scenarios.length > 0 || v.scenarioId) && (
                    <SelectField
                      id={veldId(v.id, 'scenarioId')}
                      label={m.scenario}
                      description={m.scenarioHint}
                      value={v.scenarioId ?? ''}
                      placeholder={m.geenScenario}
                      options={props.scenarios.map((sc) => ({ value: sc.id, label: `${sc.wat} (${sc.eigenaarOrganisatie.naam})` }))}
                      onChange={(t) => mutV((x) => void (x.scenarioId = leegNaarNull(t)))}
                      error={fouten[veldId(v.id, 'scenarioId')]}
                    />
                  )}
                  <Heading4 className="sl-vp-substap">{m.stap[2]}</Heading4>
                  <AfsprakenEditor
                    afspraken={v.afspraken}
                    naam={m.voorwaardeNaam(pad)}
                    eerste={eerste}
                    deelnemers={deelnemers}
                    fouten={fouten}
                    ik={props.ik}
                    mutate={(fn) => mutV((x) => fn(x.afspraken))}
                  />
                  <Verwijderen onClick={() => mutS((x) => void x.voorwaarden.splice(j, 1))}>{m.voorwaardeVerwijderen(nr, j + 1)}</Verwijderen>
                </Fieldset>
              );
            })}
            <Toevoegen
              onClick={() => mutS((x) => void x.voorwaarden.push({ id: nieuweId(), omschrijving: '', monitoringOp: '', scenarioId: null, afspraken: [] }))}
            >
              {m.voorwaardeToevoegen(nr)}
            </Toevoegen>
            <DelingVeld elementId={s.id} deling={s.deling} deelnemers={deelnemers} fouten={fouten} onChange={(d) => mutS((x) => void (x.deling = d))} />
            <Verwijderen onClick={() => mutate((c) => void c.inhoud.directeVeiligheid.onveiligeSituaties.splice(i, 1))}>{m.situatieVerwijderen(nr)}</Verwijderen>
          </Fieldset>
        );
      })}
      <Toevoegen
        onClick={() =>
          mutate((c) => void c.inhoud.directeVeiligheid.onveiligeSituaties.push({ id: nieuweId(), omschrijving: '', voorwaarden: [], deling: null }))
        }
      >
        {m.situatieToevoegen}
      </Toevoegen>

      <Heading4>{m.stap[3]}</Heading4>
      <TextAreaField
        id={veldId(null, 'directeVeiligheid-betrokkenen')}
        label={m.betrokkenen}
        value={dv.betrokkenen}
        rows={3}
        onChange={(v) => mutate((c) => void (c.inhoud.directeVeiligheid.betrokkenen = v))}
        error={fouten[veldId(null, 'directeVeiligheid-betrokkenen')]}
      />
      <TextAreaField
        id={veldId(null, 'directeVeiligheid-kader')}
        label={m.kader}
        value={dv.kader}
        rows={3}
        onChange={(v) => mutate((c) => void (c.inhoud.directeVeiligheid.kader = v))}
        error={fouten[veldId(null, 'directeVeiligheid-kader')]}
      />
      <InterventiesEditor fase="acuut" {...props} />
      <Heading4>{m.stap[4]}</Heading4>
      <Paragraph>{m.regieStap5}</Paragraph>
      <TextAreaField
        id={veldId(null, 'directeVeiligheid-consequenties')}
        label={m.consequenties}
        value={dv.consequenties}
        rows={3}
        onChange={(v) => mutate((c) => void (c.inhoud.directeVeiligheid.consequenties = v))}
        error={fouten[veldId(null, 'directeVeiligheid-consequenties')]}
      />

      <Heading3 id="vp-fase-stabiele">{m.fase.stabiele}</Heading3>
      <Heading4>{m.stap[5]}</Heading4>
      <Paragraph>{m.stap7Uitleg}</Paragraph>
      {sv.risicofactoren.length === 0 && <Paragraph>{m.geenRisicofactoren}</Paragraph>}
      {sv.risicofactoren.map((r, i) => {
        const nr = i + 1;
        const mutR: Mutate<typeof r> = (fn) => mutate((c) => fn(c.inhoud.stabieleVeiligheid.risicofactoren[i]!));
        return (
          <Fieldset key={r.id} className="sl-vp-element" data-testid="vp-risicofactor">
            <FieldsetLegend>{m.risicofactor(nr)}</FieldsetLegend>
            <TextAreaField
              id={veldId(r.id, 'omschrijving')}
              label={m.risicofactorOmschrijving}
              value={r.omschrijving}
              rows={2}
              required
              onChange={(v) => mutR((x) => void (x.omschrijving = v))}
              error={fouten[veldId(r.id, 'omschrijving')]}
            />
            {r.doelen.map((d, j) => {
              const pad = `${nr}.${j + 1}`;
              const mutD: Mutate<typeof d> = (fn) => mutR((x) => fn(x.doelen[j]!));
              return (
                <Fieldset key={d.id} className="sl-vp-element sl-vp-element--genest">
                  <FieldsetLegend>{m.doel(nr, j + 1)}</FieldsetLegend>
                  <TextAreaField
                    id={veldId(d.id, 'omschrijving')}
                    label={m.doelOmschrijving}
                    value={d.omschrijving}
                    rows={2}
                    required
                    onChange={(v) => mutD((x) => void (x.omschrijving = v))}
                    error={fouten[veldId(d.id, 'omschrijving')]}
                  />
                  <Heading4 className="sl-vp-substap">{m.stap[7]}</Heading4>
                  <AfsprakenEditor
                    afspraken={d.afspraken}
                    naam={m.doelNaam(pad)}
                    eerste={eerste}
                    deelnemers={deelnemers}
                    fouten={fouten}
                    ik={props.ik}
                    mutate={(fn) => mutD((x) => fn(x.afspraken))}
                  />
                  <Verwijderen onClick={() => mutR((x) => void x.doelen.splice(j, 1))}>{m.doelVerwijderen(nr, j + 1)}</Verwijderen>
                </Fieldset>
              );
            })}
            <Toevoegen onClick={() => mutR((x) => void x.doelen.push({ id: nieuweId(), omschrijving: '', afspraken: [] }))}>{m.doelToevoegen(nr)}</Toevoegen>
            <DelingVeld elementId={r.id} deling={r.deling} deelnemers={deelnemers} fouten={fouten} onChange={(d) => mutR((x) => void (x.deling = d))} />
            <Verwijderen onClick={() => mutate((c) => void c.inhoud.stabieleVeiligheid.risicofactoren.splice(i, 1))}>{m.risicofactorVerwijderen(nr)}</Verwijderen>
          </Fieldset>
        );
      })}
      <Toevoegen
        onClick={() => mutate((c) => void c.inhoud.stabieleVeiligheid.risicofactoren.push({ id: nieuweId(), omschrijving: '', doelen: [], deling: null }))}
      >
        {m.risicofactorToevoegen}
      </Toevoegen>
      <Heading4>{m.stap[7]}</Heading4>
      <InterventiesEditor fase="risicogestuurd" {...props} />

      <Heading3 id="vp-fase-duurzame">{m.fase.duurzame}</Heading3>
      <Heading4>{m.stap[8]}</Heading4>
      <TextAreaField
        id={veldId(null, 'duurzameVeiligheid-verwerking')}
        label={m.verwerking}
        value={du.verwerking}
        rows={3}
        onChange={(v) => mutate((c) => void (c.inhoud.duurzameVeiligheid.verwerking = v))}
        error={fouten[veldId(null, 'duurzameVeiligheid-verwerking')]}
      />
      <Fieldset className="sl-vp-element">
        <FieldsetLegend>{m.stap9Afspraken}</FieldsetLegend>
        <AfsprakenEditor
          afspraken={du.afspraken}
          naam={m.stap9Naam}
          eerste={eerste}
          deelnemers={deelnemers}
          fouten={fouten}
          ik={props.ik}
          mutate={(fn) => mutate((c) => fn(c.inhoud.duurzameVeiligheid.afspraken))}
        />
      </Fieldset>
      <InterventiesEditor fase="herstel" {...props} />
      <Heading4>{m.stap[9]}</Heading4>
      <TextAreaField
        id={veldId(null, 'duurzameVeiligheid-monitoring')}
        label={m.monitoring}
        value={du.monitoring}
        rows={3}
        onChange={(v) => mutate((c) => void (c.inhoud.duurzameVeiligheid.monitoring = v))}
        error={fouten[veldId(null, 'duurzameVeiligheid-monitoring')]}
      />
      <TextField
        id={veldId(null, 'duurzameVeiligheid-evaluatieOp')}
        type="date"
        label={m.evaluatieOp}
        value={du.evaluatieOp ?? ''}
        className="sl-field--short"
        onChange={(v) => mutate((c) => void (c.inhoud.duurzameVeiligheid.evaluatieOp = leegNaarNull(v)))}
        error={fouten[veldId(null, 'duurzameVeiligheid-evaluatieOp')]}
      />
    </>
  );
}

function AfsprakenEditor({
  afspraken,
  naam,
  eerste,
  deelnemers,
  fouten,
  ik,
  mutate,
}: {
  ik: Ik;
  afspraken: PlanAfspraak[];
  /** What the agreements belong to, e.g. "voorwaarde 1.2": names the legends and buttons. */
  naam: string;
  eerste: string;
  deelnemers: Option[];
  fouten: Record<string, string>;
  mutate: Mutate<PlanAfspraak[]>;
}) {
  const m = useM();
  const persoonKeuzes = (a: PlanAfspraak) => {
    const k = afspraken.indexOf(a);
    const opties = persoonOpties(a.eigenaarOrganisatieId, a.eigenaarGebruikerId ? { id: a.eigenaarGebruikerId, naam: null } : null, ik, {
      huidig: m.huidigePersoon,
      zelf: m.zelf,
    });
    if (opties.length === 0) return null;
    return (
      <SelectField
        id={veldId(a.id, 'eigenaarGebruikerId')}
        label={m.eigenaarPersoon}
        value={a.eigenaarGebruikerId ?? ''}
        placeholder={m.geenPersoon}
        options={opties}
        onChange={(v) => mutate((l) => void (l[k]!.eigenaarGebruikerId = leegNaarNull(v)))}
        error={fouten[veldId(a.id, 'eigenaarGebruikerId')]}
      />
    );
  };
  return (
    <>
      {afspraken.map((a, k) => {
        const mutA: Mutate<PlanAfspraak> = (fn) => mutate((l) => fn(l[k]!));
        return (
          <Fieldset key={a.id} className="sl-vp-element sl-vp-element--genest" data-testid="vp-afspraak">
            <FieldsetLegend>{m.afspraak(k + 1, naam)}</FieldsetLegend>
            <TextAreaField
              id={veldId(a.id, 'wat')}
              label={m.afspraakWat}
              value={a.wat}
              rows={2}
              required
              onChange={(v) => mutA((x) => void (x.wat = v))}
              error={fouten[veldId(a.id, 'wat')]}
            />
            <div className="sl-vp-rij">
              <SelectField
                id={veldId(a.id, 'eigenaarOrganisatieId')}
                label={m.eigenaar}
                value={a.eigenaarOrganisatieId}
                placeholder={m.kies}
                required
                options={deelnemers}
                onChange={(v) =>
                  mutA((x) => {
                    // Another organisation: its person (if any) no longer fits.
                    if (x.eigenaarOrganisatieId !== v) x.eigenaarGebruikerId = null;
                    x.eigenaarOrganisatieId = v;
                  })
                }
                error={fouten[veldId(a.id, 'eigenaarOrganisatieId')]}
              />
              <TextField
                id={veldId(a.id, 'deadline')}
                type="date"
                label={m.deadline}
                value={a.deadline ?? ''}
                className="sl-field--short"
                onChange={(v) => mutA((x) => void (x.deadline = leegNaarNull(v)))}
                error={fouten[veldId(a.id, 'deadline')]}
              />
            </div>
            {persoonKeuzes(a)}
            <Verwijderen onClick={() => mutate((l) => void l.splice(k, 1))}>{m.afspraakVerwijderen(k + 1, naam)}</Verwijderen>
          </Fieldset>
        );
      })}
      <Toevoegen onClick={() => mutate((l) => void l.push(nieuweAfspraak(eerste)))}>{m.afspraakToevoegen(naam)}</Toevoegen>
    </>
  );
}

function DelingVeld({
  elementId,
  deling,
  deelnemers,
  fouten,
  onChange,
}: {
  elementId: string;
  deling: string[] | null;
  deelnemers: Option[];
  fouten: Record<string, string>;
  onChange: (deling: string[] | null) => void;
}) {
  const m = useM();
  const id = veldId(elementId, 'deling');
  return (
    <CheckboxGroup
      id={id}
      legend={m.zichtbaarVoor}
      description={m.zichtbaarVoorHint}
      options={deelnemers}
      value={deling ?? []}
      onChange={(lijst) => onChange(lijst.length === 0 ? null : lijst)}
      error={fouten[id]}
    />
  );
}

/** The interventions of one phase: each from the catalogue (filtered by phase and legal domain), with owner and period. */
function InterventiesEditor({ fase, concept, mutate, fouten, deelnemers, catalogus }: PlanFormProps & { fase: Fase }) {
  const m = useM();
  const [domeinen, setDomeinen] = useState<Record<string, Rechtsdomein | ''>>({});
  const lijst = concept.inhoud.interventies.map((iv, index) => ({ iv, index })).filter((x) => x.iv.fase === fase);
  const mutI = (index: number): Mutate<PlanInterventie> => (fn) => mutate((c) => fn(c.inhoud.interventies[index]!));
  const naamVan = (code: string) => catalogus.find((c) => c.code === code);

  return (
    <Fieldset className="sl-vp-element sl-vp-interventies" data-testid={`vp-interventies-${fase}`}>
      <FieldsetLegend>{`${m.interventiesKop}: ${m.fasen[fase]}`}</FieldsetLegend>
      <Paragraph className="sl-vp-hint">{m.interventiesIntro}</Paragraph>
      {lijst.length === 0 && <Paragraph>{m.geenInterventies}</Paragraph>}
      {lijst.map(({ iv, index }) => {
        const nr = index + 1;
        const huidig = naamVan(iv.code);
        const domein = domeinen[iv.id] ?? huidig?.rechtsdomein ?? '';
        const keuzes = catalogus.filter((c) => c.fase.includes(fase) && (domein === '' || c.rechtsdomein === domein));
        if (huidig && !keuzes.includes(huidig)) keuzes.unshift(huidig);
        return (
          <Fieldset key={iv.id} className="sl-vp-element sl-vp-element--genest" data-testid="vp-interventie">
            <FieldsetLegend>{huidig ? `${m.interventie(nr)}: ${huidig.naam}` : m.interventie(nr)}</FieldsetLegend>
            <div className="sl-vp-rij">
              <SelectField
                id={veldId(iv.id, 'domein')}
                label={m.interventieDomein}
                value={domein}
                placeholder={m.alleDomeinen}
                options={rechtsdomeinen.map((d) => ({ value: d, label: m.domeinen[d] }))}
                onChange={(v) => setDomeinen((d) => ({ ...d, [iv.id]: v as Rechtsdomein | '' }))}
              />
              <SelectField
                id={veldId(iv.id, 'code')}
                label={m.interventieCode}
                value={iv.code}
                placeholder={m.kies}
                required
                options={keuzes.map((c) => ({ value: c.code, label: domein === '' ? `${c.naam} (${m.domeinen[c.rechtsdomein]})` : c.naam }))}
                onChange={(v) => mutI(index)((x) => void (x.code = v))}
                error={fouten[veldId(iv.id, 'code')] ?? fouten[veldId(iv.id, 'fase')]}
              />
            </div>
            <SelectField
              id={veldId(iv.id, 'eigenaarOrganisatieId')}
              label={m.interventieEigenaar}
              value={iv.eigenaarOrganisatieId}
              placeholder={m.kies}
              required
              options={deelnemers}
              onChange={(v) => mutI(index)((x) => void (x.eigenaarOrganisatieId = v))}
              error={fouten[veldId(iv.id, 'eigenaarOrganisatieId')]}
            />
            <div className="sl-vp-rij">
              <TextField
                id={veldId(iv.id, 'vanaf')}
                type="date"
                label={m.vanaf}
                value={iv.vanaf ?? ''}
                className="sl-field--short"
                onChange={(v) => mutI(index)((x) => void (x.vanaf = leegNaarNull(v)))}
                error={fouten[veldId(iv.id, 'vanaf')]}
              />
              <TextField
                id={veldId(iv.id, 'tot')}
                type="date"
                label={m.tot}
                value={iv.tot ?? ''}
                className="sl-field--short"
                onChange={(v) => mutI(index)((x) => void (x.tot = leegNaarNull(v)))}
                error={fouten[veldId(iv.id, 'tot')]}
              />
            </div>
            <TextAreaField
              id={veldId(iv.id, 'toelichting')}
              label={m.interventieToelichting}
              value={iv.toelichting}
              rows={2}
              onChange={(v) => mutI(index)((x) => void (x.toelichting = v))}
              error={fouten[veldId(iv.id, 'toelichting')]}
            />
            <DelingVeld elementId={iv.id} deling={iv.deling} deelnemers={deelnemers} fouten={fouten} onChange={(d) => mutI(index)((x) => void (x.deling = d))} />
            <Verwijderen onClick={() => mutate((c) => void c.inhoud.interventies.splice(index, 1))}>
              {huidig ? `${m.interventieVerwijderen(nr)} (${huidig.naam})` : m.interventieVerwijderen(nr)}
            </Verwijderen>
          </Fieldset>
        );
      })}
      <Toevoegen onClick={() => mutate((c) => void c.inhoud.interventies.push(nieuweInterventie(fase, deelnemers[0]?.value ?? '')))}>
        {`${m.interventieToevoegen} (${m.fasen[fase]})`}
      </Toevoegen>
    </Fieldset>
  );
}

/** The regie person: kept while the organisation is unchanged, or oneself when one's own organisation leads. */
function RegiePersoon({ concept, mutate, fouten, ik, huidigeRegie }: PlanFormProps) {
  const m = useM();
  const zelfdeOrganisatie = concept.regieOrganisatieId === huidigeRegie.organisatieId;
  const huidig = zelfdeOrganisatie ? huidigeRegie.gebruiker : null;
  const opties = persoonOpties(concept.regieOrganisatieId, huidig, ik, { huidig: m.huidigePersoon, zelf: m.zelf });
  if (opties.length === 0) return null;
  const waarde = concept.regieGebruikerId !== undefined ? concept.regieGebruikerId ?? '' : (huidig?.id ?? '');
  return (
    <SelectField
      id={veldId(null, 'regieGebruikerId')}
      label={m.regiePersoon}
      description={m.regiePersoonHint}
      value={waarde}
      placeholder={m.geenPersoon}
      options={opties}
      onChange={(v) => mutate((c) => void (c.regieGebruikerId = leegNaarNull(v)))}
      error={fouten[veldId(null, 'regieGebruikerId')]}
    />
  );
}
