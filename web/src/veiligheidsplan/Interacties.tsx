import { useState } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Afstemming, Interactie } from '@schemas/veiligheidsplan';
import { ActionDisclosure, SubmitRow, useActionDisclosure } from '../cases/ActionDisclosure';
import { useAreaMessages } from '../i18n';
import { TextAreaField } from '../shell/fields';
import type { Namen } from './PlanWeergave';
import { en, nl } from './messages';

type Partij = Interactie['partijen'][number];

/**
 * The interactions of the saved plan: every crossing pair prominently (the rule's text, both interventions and both
 * owner organisations, whether it is aligned, and a form to align it), the reinforcing pairs calmly below.
 */
export function Interacties({
  interacties,
  namen,
  gewijzigd,
  onAfstemmen,
}: {
  interacties: Interactie[];
  namen: Namen;
  /** The form has unsaved changes: the interactions shown are those of the saved version. */
  gewijzigd: boolean;
  /** Adds the afstemming to the plan and saves; resolves false when saving failed (the error shows at the plan form). */
  onAfstemmen: (afstemming: Afstemming) => Promise<boolean>;
}) {
  const m = useAreaMessages({ nl, en });
  const doorkruisingen = interacties.filter((i) => i.soort === 'doorkruist');
  const versterkingen = interacties.filter((i) => i.soort === 'versterkt');
  const partijNaam = (p: Partij) => (p.interventieId ? namen.interventie(p.code) : m.onderzoeksstap(p.code));
  const zin = (i: Interactie) => {
    const [a, b] = i.partijen;
    return m.paar(partijNaam(a), namen.organisatie(a.eigenaarOrganisatieId), m.soort[i.soort], partijNaam(b), namen.organisatie(b.eigenaarOrganisatieId));
  };

  return (
    <>
      {gewijzigd && <Paragraph className="sl-vp-hint">{m.interactiesNaOpslaan}</Paragraph>}
      {interacties.length === 0 && <Paragraph>{m.interactiesLeeg}</Paragraph>}
      {doorkruisingen.length > 0 && (
        <>
          <Heading3>{m.doorkruisingenKop}</Heading3>
          <ul className="sl-vp-interacties">
            {doorkruisingen.map((i) => {
              const sleutel = `${i.regel}-${i.partijen.map((p) => p.interventieId ?? p.sskStapId).join('-')}`;
              return (
                <li key={sleutel} className={i.afgestemd ? 'sl-vp-interactie' : 'sl-vp-interactie sl-vp-interactie--open'} data-testid="vp-doorkruising">
                  <p className="utrecht-paragraph sl-vp-interactie__kop">
                    <strong>{i.afgestemd ? m.afgestemd : m.doorkruist}</strong>: {zin(i)}
                  </p>
                  <Paragraph>{i.uitleg}</Paragraph>
                  {!i.afgestemd && (
                    <>
                      <Paragraph>
                        <strong>{m.nietAfgestemd}</strong>
                      </Paragraph>
                      <ActionDisclosure id={`afstemmen-${sleutel}`} label={m.afstemmenVan(partijNaam(i.partijen[0]), partijNaam(i.partijen[1]))}>
                        <AfstemmenForm interactie={i} sleutel={sleutel} onAfstemmen={onAfstemmen} />
                      </ActionDisclosure>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {versterkingen.length > 0 && (
        <>
          <Heading3>{m.versterkingenKop}</Heading3>
          <ul className="sl-vp-versterkingen" data-testid="vp-versterkingen">
            {versterkingen.map((i) => (
              <li key={`${i.regel}-${i.partijen.map((p) => p.interventieId ?? p.sskStapId).join('-')}`}>
                {zin(i)}. {i.uitleg}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function AfstemmenForm({ interactie, sleutel, onAfstemmen }: { interactie: Interactie; sleutel: string; onAfstemmen: (a: Afstemming) => Promise<boolean> }) {
  const m = useAreaMessages({ nl, en });
  const disclosure = useActionDisclosure();
  const [toelichting, setToelichting] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const [bezig, setBezig] = useState(false);
  const id = `afstemming-${sleutel}`;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (toelichting.trim() === '') {
          setFout(m.afstemmingVerplicht);
          return;
        }
        setFout(undefined);
        setBezig(true);
        const [a, b] = interactie.partijen;
        void onAfstemmen({ regel: interactie.regel, partijIds: [a.interventieId ?? a.sskStapId!, b.interventieId ?? b.sskStapId!], toelichting: toelichting.trim() })
          .then((ok) => {
            if (ok) disclosure.done(m.afstemmingOpgeslagen);
          })
          .finally(() => setBezig(false));
      }}
    >
      <TextAreaField
        id={id}
        label={m.afstemmingToelichting}
        description={m.afstemmingToelichtingHint}
        value={toelichting}
        onChange={setToelichting}
        rows={3}
        required
        error={fout}
      />
      <SubmitRow busy={bezig}>{m.afstemmingOpslaan}</SubmitRow>
    </form>
  );
}
