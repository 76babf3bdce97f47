import { Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useApiData } from '../../api/useApiData';
import { useAreaMessages, useI18n } from '../../i18n';
import { formatDate } from '../../persons/format';
import { DataTable } from '../../shell/DataTable';
import { ProblemAlert } from '../../shell/forms';
import { Loading } from '../../shell/page';
import { CasuswerkPagina } from '../afspraken/CasuswerkPagina';
import { notulenApi } from './notulen.api';
import { en, nl } from './messages';
import '../actieoverleg.css';

function NotulenLijst() {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime, lang } = useI18n();
  const { data, error } = useApiData(() => notulenApi.list(), []);
  if (error) return <ProblemAlert error={error} />;
  if (!data) return <Loading />;
  if (data.length === 0) return <Paragraph>{m.leeg}</Paragraph>;
  return (
    <>
      <Paragraph>{m.uitleg}</Paragraph>
      <DataTable caption={m.caption} columns={[m.datum, m.regio, m.verzonden, m.gelezen, m.openen]}>
        {data.map((n) => {
          const datum = formatDate(n.datum, lang);
          return (
            <TableRow key={n.id} data-testid="notulen">
              <TableHeaderCell scope="row">
                <time dateTime={n.datum}>{datum}</time>
              </TableHeaderCell>
              <TableCell>{n.regio.naam}</TableCell>
              <TableCell>
                <time dateTime={n.beschikbaarOp}>{formatDateTime(n.beschikbaarOp)}</time>
              </TableCell>
              <TableCell>{n.gelezen ? m.ja : <strong>{m.nee}</strong>}</TableCell>
              <TableCell>
                <ul className="sl-plain-list">
                  <li>
                    <a className="utrecht-link" href={notulenApi.htmlHref(n)}>
                      {m.lezen}
                      <span className="sl-visually-hidden">{m.voor(datum)}</span>
                    </a>
                  </li>
                  <li>
                    <a className="utrecht-link" href={notulenApi.pdfHref(n)} download>
                      {m.pdf}
                      <span className="sl-visually-hidden">{m.voor(datum)}</span>
                    </a>
                  </li>
                </ul>
              </TableCell>
            </TableRow>
          );
        })}
      </DataTable>
    </>
  );
}

/** /actieoverleg/notulen — the minutes delivered to the own organisation, with links to read them or download the PDF. */
export function NotulenPage() {
  const m = useAreaMessages({ nl, en });
  return (
    <CasuswerkPagina title={m.title} terug={m.terug} lead={m.lead} geenToegang={m.geenToegang}>
      <NotulenLijst />
    </CasuswerkPagina>
  );
}
