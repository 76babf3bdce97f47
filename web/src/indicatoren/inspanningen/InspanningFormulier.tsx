import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { verbeteracties } from '@schemas/indicatoren';
import {
  inspanningSoorten,
  MAX_OMSCHRIJVING,
  werklasten,
  type Inspanning,
  type InspanningAanmaken,
} from '@schemas/indicatoren/inspanningen';
import { ApiError } from '../../api/client';
import { useAreaMessages } from '../../i18n';
import { RadioGroup } from '../../actieoverleg/RadioGroup';
import { SelectField, StatusNotice, TextAreaField } from '../../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../../shell/forms';
import { inspanningenApi } from './inspanningen.api';
import { nl, en } from './messages';

const GEEN_OORDEEL = 'geen';

interface Velden {
  verbeteractie: string;
  soort: string;
  datum: string;
  uren: string;
  deelnemers: string;
  werklast: string;
  omschrijving: string;
}

function veldenVan(i: Inspanning | null, vandaag: string): Velden {
  return {
    verbeteractie: i?.verbeteractie ?? '',
    soort: i?.soort ?? '',
    datum: i?.datum ?? vandaag,
    uren: i?.uren === null || i?.uren === undefined ? '' : String(i.uren),
    deelnemers: i?.deelnemers === null || i?.deelnemers === undefined ? '' : String(i.deelnemers),
    werklast: i?.werklast ?? GEEN_OORDEEL,
    omschrijving: i?.omschrijving ?? '',
  };
}

/**
 * Register or change one effort of the own organisation. Errors from the client's own checks and from the server's
 * invalidParams show beside the field; on a version conflict the input stays and the user may load the latest.
 */
export function InspanningFormulier({
  bestaand,
  vandaag,
  onOpgeslagen,
  onAnnuleren,
}: {
  bestaand: Inspanning | null;
  vandaag: string;
  onOpgeslagen: (inspanning: Inspanning) => void;
  onAnnuleren: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const [basis, setBasis] = useState(bestaand);
  const [v, setV] = useState<Velden>(() => veldenVan(bestaand, vandaag));
  const [clientFouten, setClientFouten] = useState<Record<string, string>>({});
  const [fout, setFout] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [bezig, setBezig] = useState(false);
  const zet = (veld: keyof Velden) => (waarde: string) => setV((oud) => ({ ...oud, [veld]: waarde }));
  const foutBij = (veld: string) => fieldError(veld, clientFouten, fout);

  function getal(tekst: string, veld: string, fouten: Record<string, string>, geheel: boolean): number | null {
    const schoon = tekst.trim().replace(',', '.');
    if (schoon === '') return null;
    const n = Number(schoon);
    if (!Number.isFinite(n)) fouten[veld] = m.fouten.geenGetal;
    else if (geheel && !Number.isInteger(n)) fouten[veld] = m.fouten.geenGeheelGetal;
    else if (n < 0) fouten[veld] = m.fouten.negatief;
    return n;
  }

  async function opslaan(event: FormEvent) {
    event.preventDefault();
    const fouten: Record<string, string> = {};
    if (!v.verbeteractie) fouten.verbeteractie = m.fouten.verplicht;
    if (!v.soort) fouten.soort = m.fouten.verplicht;
    if (!v.datum.trim()) fouten.datum = m.fouten.verplicht;
    const uren = getal(v.uren, 'uren', fouten, false);
    const deelnemers = getal(v.deelnemers, 'deelnemers', fouten, true);
    setClientFouten(fouten);
    setConflict(false);
    if (Object.keys(fouten).length > 0) {
      setFout(null);
      document.getElementById(`inspanning-${Object.keys(fouten)[0]}`)?.focus();
      return;
    }
    const invoer = {
      verbeteractie: v.verbeteractie,
      soort: v.soort,
      datum: v.datum.trim(),
      uren,
      deelnemers,
      werklast: v.werklast === GEEN_OORDEEL ? null : v.werklast,
      omschrijving: v.omschrijving.trim(),
    } as InspanningAanmaken;
    setBezig(true);
    setFout(null);
    try {
      const opgeslagen = basis ? await inspanningenApi.wijzig(basis.id, basis.versie, invoer) : await inspanningenApi.registreer(invoer);
      onOpgeslagen(opgeslagen);
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) setConflict(true);
      else setFout(e);
    } finally {
      setBezig(false);
    }
  }

  async function laadNieuwste() {
    if (!basis) return;
    try {
      const { inspanningen } = await inspanningenApi.lijst(Number(basis.datum.slice(0, 4)));
      const nieuwste = inspanningen.find((i) => i.id === basis.id);
      if (!nieuwste) {
        setFout(new Error(m.verdwenen));
        return;
      }
      setBasis(nieuwste);
      setV(veldenVan(nieuwste, vandaag));
      setConflict(false);
    } catch (e) {
      setFout(e);
    }
  }

  const kop = 'inspanning-formulier';
  return (
    <section aria-labelledby={kop}>
      <Heading2 id={kop}>{basis ? m.wijzigHeading : m.nieuwHeading}</Heading2>
      <form className="sl-form" noValidate onSubmit={(e) => void opslaan(e)} aria-labelledby={kop}>
        <ProblemAlert error={fout} />
        <SelectField
          id="inspanning-verbeteractie"
          label={m.velden.verbeteractie}
          value={v.verbeteractie}
          onChange={zet('verbeteractie')}
          placeholder={m.velden.kies}
          options={verbeteracties.map((a) => ({ value: a, label: m.verbeteracties[a] }))}
          error={foutBij('verbeteractie')}
          required
        />
        <SelectField
          id="inspanning-soort"
          label={m.velden.soort}
          value={v.soort}
          onChange={zet('soort')}
          placeholder={m.velden.kies}
          options={inspanningSoorten.map((s) => ({ value: s, label: m.soorten[s] }))}
          error={foutBij('soort')}
          required
        />
        <TextField
          id="inspanning-datum"
          type="date"
          label={m.velden.datum}
          description={m.velden.datumHint}
          value={v.datum}
          onChange={zet('datum')}
          error={foutBij('datum')}
          required
          className="sl-field--short"
        />
        <TextField
          id="inspanning-uren"
          label={m.velden.uren}
          description={m.velden.urenHint}
          value={v.uren}
          onChange={zet('uren')}
          error={foutBij('uren')}
          className="sl-field--short"
        />
        <TextField
          id="inspanning-deelnemers"
          inputMode="numeric"
          label={m.velden.deelnemers}
          value={v.deelnemers}
          onChange={zet('deelnemers')}
          error={foutBij('deelnemers')}
          className="sl-field--short"
        />
        <RadioGroup
          id="inspanning-werklast"
          legend={m.velden.werklast}
          value={v.werklast}
          onChange={zet('werklast')}
          options={[...werklasten.map((w) => ({ value: w, label: m.werklasten[w] })), { value: GEEN_OORDEEL, label: m.werklastOnbekend }]}
          error={foutBij('werklast')}
        />
        <TextAreaField
          id="inspanning-omschrijving"
          label={m.velden.omschrijving}
          description={m.velden.omschrijvingHint}
          value={v.omschrijving}
          onChange={zet('omschrijving')}
          maxLength={MAX_OMSCHRIJVING}
          error={foutBij('omschrijving')}
        />
        <StatusNotice text={conflict ? m.conflict : null} kind="warning" />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {bezig ? m.bezig : m.opslaan}
          </Button>
          {conflict && (
            <Button type="button" appearance="secondary-action-button" onClick={() => void laadNieuwste()}>
              {m.laadNieuwste}
            </Button>
          )}
          <Button type="button" appearance="secondary-action-button" onClick={onAnnuleren}>
            {m.annuleren}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
