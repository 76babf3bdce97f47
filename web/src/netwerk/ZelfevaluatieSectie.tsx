import { Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { DataTable } from '../shell/DataTable';
import { ProblemAlert } from '../shell/forms';
import { RouterLink } from '../shell/router';
import { ditJaar, useLoad, useNetwerkMessages } from './netwerk-shell';
import { netwerkApi } from './netwerk.api';

/** The yearly self-evaluation: a link to the evaluations and the year's aggregated answers on coherence. */
export function ZelfevaluatieSectie() {
  const m = useNetwerkMessages();
  const jaar = ditJaar();
  const evaluatie = useLoad(() => netwerkApi.zelfevaluatie(jaar), [jaar]);
  const v = evaluatie.value;
  const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="zelfevaluatie-kop">
      <Heading2 id="zelfevaluatie-kop">{m.zelfevaluatie(jaar)}</Heading2>
      <Paragraph>{m.zelfevaluatieUitleg}</Paragraph>
      <Paragraph>
        <RouterLink href="/indicatoren/evaluaties">{m.evaluatieInvullen}</RouterLink>
      </Paragraph>
      <ProblemAlert error={evaluatie.error} />
      {v && !v.beschikbaar && <Paragraph>{m.zelfevaluatieNietBeschikbaar}</Paragraph>}
      {v && v.beschikbaar && v.leeg && <Paragraph>{m.zelfevaluatieLeeg}</Paragraph>}
      {v && v.beschikbaar && !v.leeg && (
        <DataTable caption={m.zelfevaluatieCaption(jaar)} columns={[m.vraagIndicator, m.uitkomst, m.aantalAntwoorden]}>
          {v.indicatoren.map((i) => (
            <TableRow key={i.id}>
              <TableHeaderCell scope="row">{i.naam}</TableHeaderCell>
              <TableCell>{i.onderdrukt || i.waarde === null ? m.onderdrukt : getal.format(i.waarde)}</TableCell>
              <TableCell>{i.n ?? '–'}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </section>
  );
}
