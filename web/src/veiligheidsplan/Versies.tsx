import { useEffect, useState } from 'react';
import { Button, Heading3, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { PlanVersie, PlanVersieSamenvatting } from '@schemas/veiligheidsplan';
import { useAreaMessages, useI18n } from '../i18n';
import { DataTable } from '../shell/DataTable';
import { ProblemAlert } from '../shell/forms';
import { PlanWeergave, type Namen } from './PlanWeergave';
import { veiligheidsplanApi } from './veiligheidsplan.api';
import { en, nl } from './messages';

/** The versions of the plan (version, status, who, when); any one opens below the list, read only. */
export function Versies({ casusId, versies, namen }: { casusId: string; versies: PlanVersieSamenvatting[]; namen: Namen }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const [open, setOpen] = useState<PlanVersie | null>(null);
  const [error, setError] = useState<unknown>(null);

  const bekijk = (versie: number) => {
    setError(null);
    veiligheidsplanApi.versie(casusId, versie).then(
      (v) => setOpen(v),
      setError,
    );
  };

  // The heading of the opened version takes focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (open) document.getElementById('vp-versie-kop')?.focus();
  }, [open]);

  if (versies.length === 0) return <Paragraph>{m.versiesLeeg}</Paragraph>;
  return (
    <>
      <DataTable caption={m.versiesCaption} columns={[m.kolomVersie, m.kolomStatus, m.kolomDoor, m.kolomOp, m.kolomInzien]}>
        {versies.map((v) => (
          <TableRow key={v.versie}>
            <TableHeaderCell scope="row">{v.versie}</TableHeaderCell>
            <TableCell>{m.statussen[v.status]}</TableCell>
            <TableCell>{[v.doorGebruiker?.naam, v.doorOrganisatie.naam].filter(Boolean).join(', ')}</TableCell>
            <TableCell>
              <time dateTime={v.op}>{formatDateTime(v.op)}</time>
            </TableCell>
            <TableCell>
              <Button appearance="subtle-button" onClick={() => bekijk(v.versie)}>
                {m.bekijkVersie(v.versie)}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
      <ProblemAlert error={error} />
      {open && (
        <div className="sl-vp-versie" data-testid="vp-versie">
          <Heading3 id="vp-versie-kop" tabIndex={-1}>
            {m.versieKop(open.versie)}
          </Heading3>
          <Paragraph>
            {m.statussen[open.status]} – {[open.doorGebruiker?.naam, open.doorOrganisatie.naam].filter(Boolean).join(', ')},{' '}
            <time dateTime={open.op}>{formatDateTime(open.op)}</time>
          </Paragraph>
          {open.verborgenOnderdelen > 0 && <Paragraph>{m.verborgen(open.verborgenOnderdelen)}</Paragraph>}
          <PlanWeergave inhoud={open.inhoud} namen={namen} />
          <Paragraph>
            <Button appearance="secondary-action-button" onClick={() => setOpen(null)}>
              {m.versieSluiten}
            </Button>
          </Paragraph>
        </div>
      )}
    </>
  );
}
