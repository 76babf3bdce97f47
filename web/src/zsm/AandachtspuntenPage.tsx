import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { ZSM_CHECKLIST_MAX, type ZsmChecklistInvoer, type ZsmChecklistpunt } from '@schemas/zsm/afdoening';
import { ApiError } from '../api/client';
import { useApiData } from '../api/useApiData';
import { useAreaMessages } from '../i18n';
import { useActiveSession } from '../identity/session';
import { focusSoon, useAction } from '../actieoverleg/vergaderingen/actions';
import { StatusNotice, TextAreaField } from '../shell/fields';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { zsmApi } from './zsm.api';
import { en, nl } from './messages';
import './zsm.css';

/** The organisations whose functional administrator keeps the region's list (the server checks this again). */
const BEHEER_SOORTEN = ['openbaar-ministerie', 'politie'];

interface Rij {
  key: number;
  /** An existing point keeps its id; a new one has none. */
  id?: string;
  tekst: string;
}

/** The first point the server's invalidParams name (`punten[3].tekst`), as its index in the list that was sent. */
function eersteFoutIndex(error: ApiError): number | null {
  for (const p of error.invalidParams) {
    const match = /punten\[(\d+)\]/.exec(p.name);
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * The administrator edits the whole list: text, order (up and down buttons; focus stays on the moved point), remove,
 * add. The server's reason shows beside the point it names — also after points were moved since.
 */
function ChecklistForm({ punten, onSaved, onCancel }: { punten: ZsmChecklistpunt[]; onSaved: (punten: ZsmChecklistpunt[]) => void; onCancel: () => void }) {
  const m = useAreaMessages({ nl, en });
  const a = m.aandachtspunten;
  const [rijen, setRijen] = useState<Rij[]>(() => punten.map((p, i) => ({ key: i, id: p.id, tekst: p.tekst })));
  const [volgnummer, setVolgnummer] = useState(punten.length);
  /** The keys of the points in the order they were last sent: the server names points by that index. */
  const [verstuurd, setVerstuurd] = useState<number[]>([]);
  const [melding, setMelding] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const fout = (key: number): string | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    const i = verstuurd.indexOf(key);
    if (i < 0) return undefined;
    return error.reasonFor(`punten[${i}].tekst`) ?? error.reasonFor(`punten[${i}].id`) ?? error.reasonFor(`punten[${i}]`);
  };
  const lijstFout = error instanceof ApiError ? error.invalidParams.find((p) => p.name === 'punten' || p.name === 'body.punten')?.reason : undefined;

  function verplaats(key: number, richting: -1 | 1) {
    const i = rijen.findIndex((r) => r.key === key);
    const j = i + richting;
    if (i < 0 || j < 0 || j >= rijen.length) return;
    const lijst = [...rijen];
    [lijst[i], lijst[j]] = [lijst[j]!, lijst[i]!];
    setRijen(lijst);
    setMelding(a.verplaatst(i + 1, j + 1));
    // Focus stays on the moved point's button; at the top or the bottom on the one that still moves it.
    const knop = richting === -1 ? (j === 0 ? 'omlaag' : 'omhoog') : j === lijst.length - 1 ? 'omhoog' : 'omlaag';
    focusSoon(`ap-${key}-${knop}`);
  }

  function verwijder(key: number) {
    const i = rijen.findIndex((r) => r.key === key);
    const lijst = rijen.filter((r) => r.key !== key);
    setRijen(lijst);
    setMelding(a.verwijderd(i + 1));
    const volgende = lijst[i] ?? lijst[i - 1];
    focusSoon(volgende ? `ap-${volgende.key}-tekst` : 'ap-toevoegen');
  }

  function voegToe() {
    const key = volgnummer + 1;
    setVolgnummer(key);
    setRijen((lijst) => [...lijst, { key, tekst: '' }]);
    setMelding(a.toegevoegd(rijen.length + 1));
    focusSoon(`ap-${key}-tekst`);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMelding(null);
    const keys = rijen.map((r) => r.key);
    setVerstuurd(keys);
    const invoer: ZsmChecklistInvoer = { punten: rijen.map((r) => ({ ...(r.id ? { id: r.id } : {}), tekst: r.tekst.trim() })) };
    let mislukt: unknown = null;
    let opgeslagen: ZsmChecklistpunt[] = [];
    const ok = await run(async () => {
      try {
        opgeslagen = await zsmApi.checklistVervangen(invoer);
      } catch (err) {
        mislukt = err;
        throw err;
      }
    });
    if (ok) {
      onSaved(opgeslagen);
      return;
    }
    if (mislukt instanceof ApiError) {
      const i = eersteFoutIndex(mislukt);
      if (i !== null && keys[i] !== undefined) focusSoon(`ap-${keys[i]}-tekst`);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-zsm-form" aria-labelledby="ap-form-titel">
      <Heading2 id="ap-form-titel" tabIndex={-1}>
        {a.formTitle}
      </Heading2>
      <Paragraph>{a.formIntro}</Paragraph>
      <Paragraph>{a.tekstHint}</Paragraph>
      <ProblemAlert error={error} />
      {lijstFout && (
        <Paragraph>
          <strong>{lijstFout}</strong>
        </Paragraph>
      )}
      {/* Moving, removing and adding are announced: the labels renumber, so the message names the new place. */}
      <div role="status" className="sl-visually-hidden">
        {melding}
      </div>
      {rijen.length === 0 && <Paragraph>{a.geenPunten}</Paragraph>}
      {rijen.map((r, i) => {
        const n = i + 1;
        const welk = <span className="sl-visually-hidden">{a.welk(n)}</span>;
        return (
          <div key={r.key} className="sl-zsm-punt" data-testid="ap-punt">
            <TextAreaField
              id={`ap-${r.key}-tekst`}
              label={r.id ? a.punt(n) : `${a.punt(n)} ${a.nieuw}`}
              value={r.tekst}
              onChange={(tekst) => setRijen((lijst) => lijst.map((x) => (x.key === r.key ? { ...x, tekst } : x)))}
              maxLength={500}
              rows={2}
              error={fout(r.key)}
            />
            <ButtonGroup>
              <Button id={`ap-${r.key}-omhoog`} appearance="subtle-button" disabled={i === 0} onClick={() => verplaats(r.key, -1)}>
                <span aria-hidden="true">↑ </span>
                {a.omhoog}
                {welk}
              </Button>
              <Button id={`ap-${r.key}-omlaag`} appearance="subtle-button" disabled={i === rijen.length - 1} onClick={() => verplaats(r.key, 1)}>
                <span aria-hidden="true">↓ </span>
                {a.omlaag}
                {welk}
              </Button>
              <Button id={`ap-${r.key}-verwijderen`} appearance="subtle-button" onClick={() => verwijder(r.key)}>
                {a.verwijderen}
                {welk}
              </Button>
            </ButtonGroup>
          </div>
        );
      })}
      {rijen.length < ZSM_CHECKLIST_MAX ? (
        <ButtonGroup>
          <Button id="ap-toevoegen" appearance="secondary-action-button" onClick={voegToe}>
            {a.toevoegen}
          </Button>
        </ButtonGroup>
      ) : (
        <Paragraph id="ap-toevoegen" tabIndex={-1}>
          {a.maximum(ZSM_CHECKLIST_MAX)}
        </Paragraph>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {a.opslaan}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {a.annuleren}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/**
 * /zsm/aandachtspunten — the region's attention points for the afdoeningsoverleg (HG and ex-partner): everyone reads
 * the list; the functional administrator of an OM or police organisation edits it.
 */
export function AandachtspuntenPage() {
  const m = useAreaMessages({ nl, en });
  const a = m.aandachtspunten;
  const sessie = useActiveSession();
  const [ronde, setRonde] = useState(0);
  const herlaad = useCallback(() => setRonde((n) => n + 1), []);
  const { data: gelezen, error } = useApiData(() => zsmApi.checklist(), [ronde]);
  // The list as just saved shows at once; the next read replaces it.
  const [opgeslagen, setOpgeslagen] = useState<ZsmChecklistpunt[] | null>(null);
  useEffect(() => setOpgeslagen(null), [gelezen]);
  const data = opgeslagen ?? gelezen;
  const [bewerken, setBewerken] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const beheerder = sessie.rollen.includes('functioneel-beheerder') && BEHEER_SOORTEN.includes(sessie.organisatie?.soort ?? '');

  return (
    <>
      <PageTitle>{a.title}</PageTitle>
      <Paragraph>{a.intro}</Paragraph>
      {!beheerder && <Paragraph>{a.beheer}</Paragraph>}
      <Paragraph>
        <RouterLink href="/zsm">{m.algemeen.terugNaarBord}</RouterLink>
      </Paragraph>
      <StatusNotice text={notice} />
      <ProblemAlert error={error} />
      {data === null && !error && <Loading />}
      {data && !bewerken && (
        <section aria-labelledby="ap-lijst-titel">
          <Heading2 id="ap-lijst-titel" tabIndex={-1}>
            {a.lijstTitel}
          </Heading2>
          {data.length === 0 ? (
            <Paragraph>{a.leeg}</Paragraph>
          ) : (
            <>
              <Paragraph>{a.aantal(data.length)}</Paragraph>
              <OrderedList data-testid="ap-lijst">
                {data.map((p) => (
                  <OrderedListItem key={p.id}>{p.tekst}</OrderedListItem>
                ))}
              </OrderedList>
            </>
          )}
          {beheerder && (
            <ButtonGroup>
              <Button
                id="ap-bewerken"
                appearance="secondary-action-button"
                onClick={() => {
                  setNotice(null);
                  setBewerken(true);
                  focusSoon('ap-form-titel');
                }}
              >
                {a.bewerken}
              </Button>
            </ButtonGroup>
          )}
        </section>
      )}
      {data && bewerken && (
        <ChecklistForm
          punten={data}
          onSaved={(punten) => {
            setOpgeslagen(punten);
            setBewerken(false);
            setNotice(a.opgeslagen);
            herlaad();
            focusSoon('ap-lijst-titel');
          }}
          onCancel={() => {
            setBewerken(false);
            focusSoon('ap-bewerken');
          }}
        />
      )}
    </>
  );
}
