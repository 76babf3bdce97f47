import { Heading4, Heading5, Paragraph } from '@utrecht/component-library-react';
import type { PlanAfspraak, PlanInhoud } from '@schemas/veiligheidsplan';
import { useAreaMessages, useI18n } from '../i18n';
import { en, nl } from './messages';

export interface Namen {
  organisatie: (id: string) => string;
  interventie: (code: string) => string;
}

/** An older version of the plan, read only: the ten steps in their phases as lists. */
export function PlanWeergave({ inhoud, namen }: { inhoud: PlanInhoud; namen: Namen }) {
  const m = useAreaMessages({ nl, en });
  const { formatDate } = useI18n();
  const tekst = (t: string) => <Paragraph>{t.trim() === '' ? m.geenInhoud : t}</Paragraph>;
  const afspraken = (lijst: PlanAfspraak[]) =>
    lijst.length > 0 && (
      <ul>
        {lijst.map((a) => (
          <li key={a.id}>{m.afspraakRegel(a.wat, namen.organisatie(a.eigenaarOrganisatieId), a.deadline ? formatDate(a.deadline) : null)}</li>
        ))}
      </ul>
    );
  const interventies = (fase: 'acuut' | 'risicogestuurd' | 'herstel') => {
    const lijst = inhoud.interventies.filter((i) => i.fase === fase);
    return (
      lijst.length > 0 && (
        <>
          <Heading5>{`${m.interventiesKop}: ${m.fasen[fase]}`}</Heading5>
          <ul>
            {lijst.map((i) => (
              <li key={i.id}>{m.interventieRegel(namen.interventie(i.code), namen.organisatie(i.eigenaarOrganisatieId), m.fasen[i.fase])}</li>
            ))}
          </ul>
        </>
      )
    );
  };
  const dv = inhoud.directeVeiligheid;
  return (
    <div className="sl-vp-weergave">
      <Heading4>{m.fase.directe}</Heading4>
      <Heading5>{m.stap[0]}</Heading5>
      {dv.onveiligeSituaties.length === 0 ? (
        <Paragraph>{m.geenSituaties}</Paragraph>
      ) : (
        <ol>
          {dv.onveiligeSituaties.map((s) => (
            <li key={s.id}>
              {s.omschrijving}
              <ul>
                {s.voorwaarden.map((v) => (
                  <li key={v.id}>
                    {m.controleRegel(v.omschrijving, formatDate(v.monitoringOp))}
                    {afspraken(v.afspraken)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <Heading5>{m.stap[3]}</Heading5>
      {tekst(dv.betrokkenen)}
      {tekst(dv.kader)}
      {interventies('acuut')}
      <Heading5>{m.stap[4]}</Heading5>
      {tekst(dv.consequenties)}
      <Heading4>{m.fase.stabiele}</Heading4>
      <Heading5>{m.stap[5]}</Heading5>
      {inhoud.stabieleVeiligheid.risicofactoren.length === 0 ? (
        <Paragraph>{m.geenRisicofactoren}</Paragraph>
      ) : (
        <ol>
          {inhoud.stabieleVeiligheid.risicofactoren.map((r) => (
            <li key={r.id}>
              {r.omschrijving}
              <ul>
                {r.doelen.map((d) => (
                  <li key={d.id}>
                    {d.omschrijving}
                    {afspraken(d.afspraken)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {interventies('risicogestuurd')}
      <Heading4>{m.fase.duurzame}</Heading4>
      <Heading5>{m.stap[8]}</Heading5>
      {tekst(inhoud.duurzameVeiligheid.verwerking)}
      {afspraken(inhoud.duurzameVeiligheid.afspraken)}
      {interventies('herstel')}
      <Heading5>{m.stap[9]}</Heading5>
      {tekst(inhoud.duurzameVeiligheid.monitoring)}
      {inhoud.duurzameVeiligheid.evaluatieOp && <Paragraph>{`${m.evaluatieOp}: ${formatDate(inhoud.duurzameVeiligheid.evaluatieOp)}`}</Paragraph>}
    </div>
  );
}
