import { useRef, useState } from 'react';
import { Heading } from '@utrecht/component-library-react';
import type { Afspraak } from '@schemas/actieoverleg/afspraken';
import { useAreaMessages, useI18n } from '../../i18n';
import { formatDate } from '../../persons/format';
import { ActionDisclosure } from '../../cases/ActionDisclosure';
import { StatusNotice } from '../../shell/fields';
import { RouterLink } from '../../shell/router';
import { AfspraakAfsluitenForm } from './AfspraakAfsluitenForm';
import { en, nl } from './messages';
import '../actieoverleg.css';
import './afspraken.css';

/** "Verlopen" in words with a warning sign, boxed: never by colour alone. */
export function VerlopenMark() {
  const m = useAreaMessages({ nl, en });
  return (
    <strong className="sl-late sl-nowrap" data-testid="afspraak-verlopen">
      <span aria-hidden="true" className="sl-afspraak-icon">
        ⚠
      </span>{' '}
      {m.afspraak.verlopen}
    </strong>
  );
}

/** An agreement's status in words; an overdue open one says so with a mark. */
export function AfspraakStatusText({ afspraak }: { afspraak: Afspraak }) {
  const m = useAreaMessages({ nl, en });
  return (
    <>
      <strong data-testid="afspraak-status">{m.status[afspraak.status]}</strong>
      {afspraak.verlopen && (
        <>
          {' '}
          <VerlopenMark /> <span className="sl-muted">({m.afspraak.verlopenUitleg})</span>
        </>
      )}
    </>
  );
}

function AfspraakItem({
  afspraak,
  headingLevel,
  showCasus,
  canClose,
  onClosed,
  onReload,
}: {
  afspraak: Afspraak;
  headingLevel: number;
  showCasus: boolean;
  canClose: boolean;
  onClosed: (afspraak: Afspraak) => void;
  onReload: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const a = m.afspraak;
  const { formatDateTime, lang } = useI18n();
  const eigenaar = [afspraak.eigenaarOrganisatie.naam, afspraak.eigenaarGebruiker?.naam ?? a.geenPersoon].join(' – ');
  return (
    <li className={afspraak.verlopen ? 'sl-casus-card sl-casus-card--attention' : 'sl-casus-card'} data-testid="afspraak">
      <Heading level={headingLevel}>{a.kop(m.soort[afspraak.soort], formatDate(afspraak.deadline, lang))}</Heading>
      <dl className="sl-deflist">
        {showCasus && (
          <div>
            <dt>{a.casus}</dt>
            <dd>
              <RouterLink href={`/casussen/${afspraak.casus.id}#afspraken`}>{a.casusLink(afspraak.casus.nummer)}</RouterLink>
            </dd>
          </div>
        )}
        <div>
          <dt>{a.wat}</dt>
          <dd className="sl-ao-text" data-testid="afspraak-wat">
            {afspraak.wat}
          </dd>
        </div>
        <div>
          <dt>{a.eigenaar}</dt>
          <dd>{eigenaar}</dd>
        </div>
        <div>
          <dt>{a.deadline}</dt>
          <dd>
            <time dateTime={afspraak.deadline}>{formatDate(afspraak.deadline, lang)}</time>
          </dd>
        </div>
        <div>
          <dt>{a.overleg}</dt>
          <dd>{afspraak.overleg ? <time dateTime={afspraak.overleg.begintOp}>{formatDateTime(afspraak.overleg.begintOp)}</time> : a.geenOverleg}</dd>
        </div>
        <div>
          <dt>{a.status}</dt>
          <dd>
            <AfspraakStatusText afspraak={afspraak} />
          </dd>
        </div>
        {afspraak.toelichting && (
          <div>
            <dt>{a.toelichting}</dt>
            <dd className="sl-ao-text" data-testid="afspraak-toelichting">
              {afspraak.toelichting}
            </dd>
          </div>
        )}
        {afspraak.afgeslotenOp && (
          <div>
            <dt>{a.afgesloten}</dt>
            <dd>{a.afgeslotenOp(formatDateTime(afspraak.afgeslotenOp), afspraak.afgeslotenDoor?.naam ?? null)}</dd>
          </div>
        )}
        {afspraak.gemaaktDoorOrganisatie && (
          <div>
            <dt>{a.gemaaktDoor}</dt>
            <dd>{afspraak.gemaaktDoorOrganisatie.naam}</dd>
          </div>
        )}
        {afspraak.beoordelingen.length > 0 && (
          <div>
            <dt>{a.beoordelingen}</dt>
            <dd>
              <ul className="sl-plain-list">
                {afspraak.beoordelingen.map((b) => (
                  <li key={b.id}>
                    {a.beoordeling(m.reden[b.reden], formatDateTime(b.op))}
                    {b.toelichting && <span className="sl-ao-text"> – {b.toelichting}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {canClose && afspraak.status === 'open' && (
        <ActionDisclosure id={`afspraak-${afspraak.id}-afsluiten`} label={m.afsluiten.knop} intro={m.afsluiten.intro}>
          <AfspraakAfsluitenForm afspraak={afspraak} onClosed={onClosed} onReload={onReload} />
        </ActionDisclosure>
      )}
    </li>
  );
}

/**
 * The status line after closing an agreement, kept by the page rather than the list (on "Open afspraken" the list
 * may be gone once the last one is closed). Focus moves to it, as the form and its button disappear.
 */
export function useAfsluitMelding(onChanged: () => void) {
  const m = useAreaMessages({ nl, en });
  const [notice, setNotice] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const closed = (afspraak: Afspraak) => {
    setNotice(m.afsluiten.gelukt(afspraak.casus.nummer, m.status[afspraak.status]));
    onChanged();
    requestAnimationFrame(() => ref.current?.focus());
  };
  const melding = (
    <div ref={ref} tabIndex={-1} className="sl-ao-focus-target">
      <StatusNotice text={notice} />
    </div>
  );
  return { melding, closed, clear: () => setNotice(null) };
}

/** Agreements as cards: each a heading, its facts, and "Afspraak afsluiten" where the caller may close it. */
export function AfsprakenLijst({
  afspraken,
  headingLevel,
  showCasus,
  canClose,
  onClosed,
  onReload,
}: {
  afspraken: readonly Afspraak[];
  headingLevel: number;
  showCasus: boolean;
  canClose: (afspraak: Afspraak) => boolean;
  onClosed: (afspraak: Afspraak) => void;
  onReload: () => void;
}) {
  return (
    <ul className="sl-cards">
      {afspraken.map((afspraak) => (
        <AfspraakItem
          key={afspraak.id}
          afspraak={afspraak}
          headingLevel={headingLevel}
          showCasus={showCasus}
          canClose={canClose(afspraak)}
          onClosed={onClosed}
          onReload={onReload}
        />
      ))}
    </ul>
  );
}
