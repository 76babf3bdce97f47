import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Verbeteractie } from '@schemas/indicatoren';
import type { Evaluatie, EvaluatieAntwoord, EvaluatieVraagDto } from '@schemas/indicatoren/evaluaties';
import { ApiError } from '../../api/client';
import { useAreaMessages, useI18n } from '../../i18n';
import { RadioGroup } from '../../actieoverleg/RadioGroup';
import { SelectField, StatusNotice } from '../../shell/fields';
import { ProblemAlert } from '../../shell/forms';
import { evaluatiesApi } from './evaluaties.api';
import { nl, en } from './messages';

const WEET_NIET = 'weet-niet';

/** The form's choice per question: '' not answered, 'weet-niet' (null), or the value as text. */
type Keuzes = Record<string, string>;

function keuzesVan(evaluatie: Evaluatie | undefined): Keuzes {
  const keuzes: Keuzes = {};
  for (const a of evaluatie?.antwoorden ?? []) keuzes[a.vraag] = a.waarde === null ? WEET_NIET : String(a.waarde);
  return keuzes;
}

function veldId(vraagId: string): string {
  return `vraag-${vraagId.replace(/[^a-z0-9-]/gi, '-')}`;
}

/**
 * The caller's evaluation of one improvement action: a grade as a select, statements as radio groups, each with
 * "weet niet". Saving replaces the evaluation with If-Match; a conflict keeps what the user chose.
 */
export function EvaluatieFormulier({
  verbeteractie,
  jaar,
  vragen,
  opgeslagen,
  onOpgeslagen,
}: {
  verbeteractie: Verbeteractie;
  jaar: number;
  vragen: readonly EvaluatieVraagDto[];
  opgeslagen: Evaluatie | undefined;
  onOpgeslagen: (evaluatie: Evaluatie) => void;
}) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const naam = m.verbeteracties[verbeteractie];
  const [evaluatie, setEvaluatie] = useState(opgeslagen);
  const [keuzes, setKeuzes] = useState<Keuzes>(() => keuzesVan(opgeslagen));
  const [verzonden, setVerzonden] = useState<string[]>([]);
  const [fout, setFout] = useState<unknown>(null);
  const [clientFout, setClientFout] = useState<string | null>(null);
  const [melding, setMelding] = useState<'opgeslagen' | 'conflict' | null>(null);
  const [bezig, setBezig] = useState(false);
  const kop = `evaluatie-${verbeteractie}`;

  /** The server names answers by their place in the request: `antwoorden[i].waarde`. */
  function foutBij(vraagId: string): string | undefined {
    if (!(fout instanceof ApiError)) return undefined;
    const i = verzonden.indexOf(vraagId);
    if (i < 0) return undefined;
    return fout.reasonFor(`antwoorden[${i}].waarde`) ?? fout.reasonFor(`antwoorden[${i}].vraag`);
  }

  async function opslaan(event: FormEvent) {
    event.preventDefault();
    setMelding(null);
    const antwoorden: EvaluatieAntwoord[] = vragen
      .filter((v) => (keuzes[v.id] ?? '') !== '')
      .map((v) => ({ vraag: v.id, waarde: keuzes[v.id] === WEET_NIET ? null : Number(keuzes[v.id]) }));
    if (antwoorden.length === 0) {
      setClientFout(m.minstensEen);
      setFout(null);
      document.getElementById(veldId(vragen[0]!.id))?.focus();
      return;
    }
    setClientFout(null);
    setVerzonden(antwoorden.map((a) => a.vraag));
    setBezig(true);
    setFout(null);
    try {
      const nieuw = await evaluatiesApi.invullen(verbeteractie, jaar, evaluatie?.versie ?? null, antwoorden);
      setEvaluatie(nieuw);
      setKeuzes(keuzesVan(nieuw));
      setMelding('opgeslagen');
      onOpgeslagen(nieuw);
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) setMelding('conflict');
      else setFout(e);
    } finally {
      setBezig(false);
    }
  }

  async function laadOpgeslagen() {
    setFout(null);
    try {
      const { evaluaties } = await evaluatiesApi.mijn(jaar);
      const actueel = evaluaties.find((e) => e.verbeteractie === verbeteractie);
      setEvaluatie(actueel);
      setKeuzes(keuzesVan(actueel));
      setMelding(null);
      if (actueel) onOpgeslagen(actueel);
    } catch (e) {
      setFout(e);
    }
  }

  const kies = (vraagId: string) => (waarde: string) => setKeuzes((k) => ({ ...k, [vraagId]: waarde }));

  return (
    <section aria-labelledby={kop} className="sl-evaluatie">
      <Heading2 id={kop}>{naam}</Heading2>
      <Paragraph className="sl-muted">{evaluatie ? m.ingevuldOp(formatDateTime(evaluatie.bijgewerktOp)) : m.nietIngevuld}</Paragraph>
      <form className="sl-form" noValidate onSubmit={(e) => void opslaan(e)} aria-labelledby={kop}>
        <ProblemAlert error={fout} />
        {clientFout && <ProblemAlert error={new Error(clientFout)} />}
        {vragen.map((vraag) => {
          const id = veldId(vraag.id);
          const waarde = keuzes[vraag.id] ?? '';
          if (vraag.schaal.soort === 'cijfer') {
            const cijfers = [];
            for (let c = vraag.schaal.min; c <= vraag.schaal.max; c++) cijfers.push({ value: String(c), label: String(c) });
            return (
              <SelectField
                key={vraag.id}
                id={id}
                label={vraag.tekst}
                description={m.cijferHint}
                value={waarde}
                onChange={kies(vraag.id)}
                placeholder={m.cijferKiezen}
                options={[...cijfers, { value: WEET_NIET, label: m.weetNiet }]}
                error={foutBij(vraag.id)}
              />
            );
          }
          const labels = m.stellingen;
          const opties = [];
          for (let s = vraag.schaal.min; s <= vraag.schaal.max; s++) {
            opties.push({ value: String(s), label: vraag.schaal.max === 5 && vraag.schaal.min === 1 ? labels[s - 1]! : String(s) });
          }
          return (
            <RadioGroup
              key={vraag.id}
              id={id}
              legend={vraag.tekst}
              value={waarde}
              onChange={kies(vraag.id)}
              options={[...opties, { value: WEET_NIET, label: m.weetNiet }]}
              error={foutBij(vraag.id)}
            />
          );
        })}
        <StatusNotice
          text={melding === 'opgeslagen' ? m.opgeslagen(naam) : melding === 'conflict' ? m.conflict : null}
          kind={melding === 'conflict' ? 'warning' : 'ok'}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {bezig ? m.bezig : m.opslaan(naam)}
          </Button>
          {melding === 'conflict' && (
            <Button type="button" appearance="secondary-action-button" onClick={() => void laadOpgeslagen()}>
              {m.laadOpgeslagen}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}
