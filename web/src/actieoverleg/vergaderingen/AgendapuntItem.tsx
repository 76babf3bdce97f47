import { useState } from 'react';
import { Button, ButtonGroup, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import type { Agendapunt, Overleg, OverlegLijstItem } from '@schemas/actieoverleg/vergaderingen';
import { useAreaMessages, useI18n } from '../../i18n';
import { ProblemAlert } from '../../shell/forms';
import { KeuzeForm, useAction } from './actions';
import { RouterLink } from '../../shell/router';
import { BijdrageForm } from './BijdrageForm';
import { organisatiesAanTafel, useMeetingTime, type OrganisatieAanTafel } from './format';
import { vergaderingenApi } from './vergaderingen.api';
import { en, nl } from './messages';

export interface ItemActions {
  /** Move the item one place up (-1) or down (+1). */
  move: (punt: Agendapunt, delta: -1 | 1) => void;
  /** Something changed on the server: read the meeting again; the text is announced. */
  changed: (notice?: string) => void;
  /** Plan the next meeting of the series (for moving an item on). */
  planNext: () => Promise<void>;
}

export const bespreekPath = (overlegId: string, puntId: string) => `/actieoverleg/overleggen/${overlegId}/agendapunten/${puntId}`;

/** The chair invites an on-call partner (RvdK, probation) to this one item. */
function Uitnodigen({ punt, partners, onDone }: { punt: Agendapunt; partners: OrganisatieAanTafel[]; onDone: (notice: string) => void }) {
  const m = useAreaMessages({ nl, en });
  const g = m.agenda;
  const invited = new Set(punt.uitnodigingen.map((u) => u.organisatie.id));
  const options = partners.filter((p) => !invited.has(p.id));
  if (options.length === 0) return <Paragraph className="sl-muted">{g.uitnodigenLeeg}</Paragraph>;
  return (
    <KeuzeForm
      id={`uitnodigen-${punt.id}`}
      label={g.uitnodigenLabel}
      description={g.uitnodigenHint}
      placeholder={g.uitnodigenKies}
      options={options.map((o) => ({ value: o.id, label: o.naam }))}
      nodig={g.uitnodigenNodig}
      field="organisatieId"
      knop={g.uitnodigenKnop}
      onSubmit={async (organisatieId) => {
        await vergaderingenApi.uitnodigen(punt.id, organisatieId);
        onDone(g.uitgenodigdMelding(options.find((o) => o.id === organisatieId)?.naam ?? '', punt.casus.nummer));
      }}
    />
  );
}

/** The chair moves the item to a later meeting of the same series (or plans that meeting first). */
function Doorschuiven({ punt, later, actions }: { punt: Agendapunt; later: OverlegLijstItem[]; actions: ItemActions }) {
  const m = useAreaMessages({ nl, en });
  const g = m.agenda;
  const tijd = useMeetingTime();
  const plan = useAction();
  if (later.length === 0) {
    return (
      <div className="sl-ao-inline-form">
        <Paragraph className="sl-muted">{g.doorschuivenGeen}</Paragraph>
        <ProblemAlert error={plan.error} />
        <ButtonGroup>
          <Button appearance="secondary-action-button" busy={plan.busy} disabled={plan.busy} onClick={() => void plan.run(actions.planNext)}>
            {g.doorschuivenPlannen}
          </Button>
        </ButtonGroup>
      </div>
    );
  }
  return (
    <KeuzeForm
      id={`doorschuiven-${punt.id}`}
      label={g.doorschuivenLabel}
      description={g.doorschuivenHint}
      placeholder={g.doorschuivenKies}
      options={later.map((o) => ({ value: o.id, label: tijd.span(o.begintOp, o.eindigtOp) }))}
      nodig={g.doorschuivenNodig}
      field="overlegId"
      knop={g.doorschuivenKnop}
      onSubmit={async (overlegId) => {
        await vergaderingenApi.doorschuiven(punt.id, overlegId);
        const gekozen = later.find((o) => o.id === overlegId)!;
        actions.changed(g.doorgeschoven(punt.casus.nummer, tijd.span(gekozen.begintOp, gekozen.eindigtOp)));
      }}
    />
  );
}

/**
 * One agenda item on the meeting page: the casus, kind, repeat flag, the referral's question, the invited partners
 * and the partners' input as far as need-to-know lets the reader see it; the own organisation's contribution; for the
 * chair the order, invitations and moving on.
 */
export function AgendapuntItem({
  overleg,
  punt,
  nummer,
  aantal,
  partnersOpAfroep,
  later,
  actions,
}: {
  overleg: Overleg;
  punt: Agendapunt;
  /** Place on the agenda, from 1. */
  nummer: number;
  aantal: number;
  partnersOpAfroep: OrganisatieAanTafel[];
  later: OverlegLijstItem[];
  actions: ItemActions;
}) {
  const m = useAreaMessages({ nl, en });
  const g = m.agenda;
  const { formatDateTime } = useI18n();
  const isChair = overleg.rol === 'voorzitter';
  const open = overleg.status === 'gepland' || overleg.status === 'gestart';
  const chairActions = isChair && open && punt.status === 'gepland';
  // A cancelled meeting's open items stay on it until the chair moves them on.
  const doorschuifbaar = chairActions || (isChair && overleg.status === 'geannuleerd' && punt.status === 'gepland');
  const [withdrawError, setWithdrawError] = useState<unknown>(null);
  const aanTafel = organisatiesAanTafel(overleg, punt);
  const naamVan = new Map(aanTafel.map((o) => [o.id, o.naam]));
  const kopId = `punt-${punt.id}`;

  async function withdraw(organisatieId: string, naam: string) {
    setWithdrawError(null);
    try {
      await vergaderingenApi.uitnodigingIntrekken(punt.id, organisatieId);
      actions.changed(g.ingetrokken(naam));
    } catch (err) {
      setWithdrawError(err);
    }
  }

  return (
    <article aria-labelledby={kopId} className="sl-ao-item" data-testid="agendapunt">
      <Heading3 id={kopId} tabIndex={-1} className="sl-ao-focus-target">
        {g.punt(nummer, punt.casus.nummer)}
      </Heading3>
      <dl className="sl-deflist">
        <div>
          <dt>{g.casus}</dt>
          <dd>
            <RouterLink href={`/casussen/${punt.casus.id}`} aria-label={g.casusLink(punt.casus.nummer)}>
              {punt.casus.nummer}
            </RouterLink>
          </dd>
        </div>
        <div>
          <dt>{g.soort}</dt>
          <dd>{m.agendapuntSoort[punt.soort]}</dd>
        </div>
        <div>
          <dt>{g.status}</dt>
          <dd data-testid="agendapunt-status">
            <strong>{m.agendapuntStatus[punt.status]}</strong>
          </dd>
        </div>
        {punt.aanmelding?.herhaling && (
          <div>
            <dt>{g.herhaling}</dt>
            <dd>
              <strong className="sl-ao-flag">{g.herhaling}</strong>
            </dd>
          </div>
        )}
        {punt.soort === 'aanmelding' && (
          <div>
            <dt>{g.vraag}</dt>
            <dd>{punt.aanmelding ? <span className="sl-ao-text">{punt.aanmelding.vraag}</span> : <span className="sl-muted">{g.vraagNietZichtbaar}</span>}</dd>
          </div>
        )}
        <div>
          <dt>{g.uitgenodigd}</dt>
          <dd>
            {punt.uitnodigingen.length === 0 ? (
              g.geenUitgenodigd
            ) : (
              <ul className="sl-plain-list" data-testid="uitnodigingen">
                {punt.uitnodigingen.map((u) => (
                  <li key={u.organisatie.id}>
                    {u.organisatie.naam}
                    {isChair && overleg.status === 'gepland' && (
                      <>
                        {' '}
                        <Button appearance="subtle-button" className="sl-ao-inline-button" onClick={() => void withdraw(u.organisatie.id, u.organisatie.naam)}>
                          {g.intrekken(u.organisatie.naam)}
                        </Button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <ProblemAlert error={withdrawError} />
          </dd>
        </div>
      </dl>

      <Heading4 id={`${kopId}-bijdragen`}>{g.bijdragen}</Heading4>
      {punt.bijdragen.length === 0 ? (
        <Paragraph>{g.geenBijdragen}</Paragraph>
      ) : (
        <ul className="sl-plain-list sl-ao-contributions" aria-labelledby={`${kopId}-bijdragen`}>
          {punt.bijdragen.map((b) => (
            <li key={b.id} data-testid="bijdrage">
              <strong>{b.organisatie.naam}</strong>
              <span className="sl-muted">
                {' – '}
                {b.auteur ? g.door(b.auteur.naam, formatDateTime(b.bijgewerktOp)) : formatDateTime(b.bijgewerktOp)}
              </span>
              <div className="sl-ao-text">{b.inhoud}</div>
              <div className="sl-muted">
                {b.zichtbaarVoor === null ? g.voorIedereen : g.alleenVoor(b.zichtbaarVoor.map((id) => naamVan.get(id) ?? id).sort((x, y) => x.localeCompare(y)).join(', '))}
              </div>
            </li>
          ))}
        </ul>
      )}

      {punt.status !== 'doorgeschoven' && (
        <Paragraph>
          <RouterLink href={bespreekPath(overleg.id, punt.id)}>
            {overleg.status === 'gestart' && overleg.rol !== 'op-afroep' ? g.bespreekKnop : g.bekijken}
            <span className="sl-visually-hidden">{g.bespreekCasus(punt.casus.nummer)}</span>
          </RouterLink>
        </Paragraph>
      )}

      {open && punt.status !== 'doorgeschoven' && <BijdrageForm punt={punt} aanTafel={aanTafel} onSaved={() => actions.changed()} />}

      {doorschuifbaar && (
        <div role="group" aria-label={g.acties(punt.casus.nummer)} className="sl-ao-chair-actions">
          {chairActions && (
            <>
              <ButtonGroup>
                {nummer > 1 && (
                  <Button appearance="secondary-action-button" aria-label={g.omhoog(nummer, punt.casus.nummer)} onClick={() => actions.move(punt, -1)}>
                    <span aria-hidden="true">↑ </span>
                    {g.omhoogKort}
                  </Button>
                )}
                {nummer < aantal && (
                  <Button appearance="secondary-action-button" aria-label={g.omlaag(nummer, punt.casus.nummer)} onClick={() => actions.move(punt, 1)}>
                    <span aria-hidden="true">↓ </span>
                    {g.omlaagKort}
                  </Button>
                )}
              </ButtonGroup>
              <Heading4>{g.uitnodigen}</Heading4>
              <Uitnodigen punt={punt} partners={partnersOpAfroep} onDone={(text) => actions.changed(text)} />
            </>
          )}
          <Heading4>{g.doorschuiven}</Heading4>
          <Doorschuiven punt={punt} later={later} actions={actions} />
        </div>
      )}
    </article>
  );
}
