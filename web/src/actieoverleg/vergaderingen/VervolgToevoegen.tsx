import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { Overleg } from '@schemas/actieoverleg/vergaderingen';
import { useApiData } from '../../api/useApiData';
import { useAreaMessages } from '../../i18n';
import { ProblemAlert, TextField } from '../../shell/forms';
import { KeuzeForm } from './actions';
import { vergaderingenApi, type Versioned } from './vergaderingen.api';
import { en, nl } from './messages';

/**
 * The chair puts a casus the own organisation takes part in on the agenda by hand, for a follow-up: a search by casus
 * number (a search is audited, so it runs on the button, not on every key) and a choice of the open casussen not yet on
 * this agenda. Why the server refuses a casus is shown beside the choice.
 */
export function VervolgToevoegen({ overleg, onAdded }: { overleg: Overleg; onAdded: (o: Versioned<Overleg>, nummer: string) => void }) {
  const m = useAreaMessages({ nl, en });
  const g = m.agenda;
  const [zoekInvoer, setZoekInvoer] = useState('');
  const [zoek, setZoek] = useState('');
  const { data, error } = useApiData(() => vergaderingenApi.casussen(zoek), [zoek]);
  const opAgenda = new Set(overleg.agendapunten.filter((p) => p.status !== 'doorgeschoven').map((p) => p.casus.id));
  const kandidaten = (data?.casussen ?? []).filter((c) => !opAgenda.has(c.id));

  function zoeken(event: FormEvent) {
    event.preventDefault();
    setZoek(zoekInvoer.trim());
  }

  return (
    <div className="sl-ao-inline-form">
      <Paragraph>{g.vervolgIntro}</Paragraph>
      <form role="search" aria-label={g.vervolgZoekNaam} onSubmit={zoeken} noValidate className="sl-ao-inline-form">
        <TextField id="agendapunt-casus-zoek" label={g.vervolgZoek} description={g.vervolgZoekHint} value={zoekInvoer} maxLength={40} onChange={setZoekInvoer} />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            {g.vervolgZoekKnop}
          </Button>
        </ButtonGroup>
      </form>
      <ProblemAlert error={error} />
      {data && kandidaten.length === 0 ? (
        <Paragraph className="sl-muted" role="status">
          {g.vervolgLeeg}
        </Paragraph>
      ) : (
        <KeuzeForm
          id="agendapunt-casus"
          label={g.vervolgLabel}
          description={data && data.totaal > data.casussen.length ? g.vervolgMeer(data.casussen.length) : g.vervolgHint}
          placeholder={g.vervolgKies}
          options={kandidaten.map((c) => ({ value: c.id, label: c.nummer }))}
          nodig={g.vervolgNodig}
          field="casusId"
          knop={g.vervolgKnop}
          onSubmit={async (casusId) => {
            const result = await vergaderingenApi.addVervolg(overleg.id, casusId);
            onAdded(result, kandidaten.find((c) => c.id === casusId)?.nummer ?? '');
          }}
        />
      )}
    </div>
  );
}
