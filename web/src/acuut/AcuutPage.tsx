import { useEffect, useState } from 'react';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { AcuutContact, BereikbaarNu, Dienst } from '@schemas/acuut';
import { useAreaMessages, useI18n } from '../i18n';
import { useSession } from '../identity/session';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterButtonLink, RouterLink } from '../shell/router';
import { acuutApi } from './acuut.api';
import { magRoosterBeheren } from './diensten/DienstenPage';
import { en, nl } from './messages';
import './acuut.css';

function DienstKaart({ dienst }: { dienst: Dienst }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  return (
    <div className="sl-acuut-dienst">
      <Paragraph>{m.dienst[dienst.dienst] ?? dienst.dienst}</Paragraph>
      <a className="utrecht-link sl-acuut-bel" href={`tel:${dienst.telefoon.replace(/[^+\d]/g, '')}`}>
        {m.bel(dienst.naam, dienst.telefoon)}
      </a>
      <Paragraph>{m.tot(formatDateTime(dienst.tot))}</Paragraph>
      <Paragraph>
        <strong>{dienst.terPlaatseMogelijk ? m.terPlaatse : m.telefonisch}</strong>
      </Paragraph>
    </div>
  );
}

export function AcuutPage() {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const { sessie } = useSession();
  const soort = sessie?.organisatie?.soort;
  const isPolitie = soort === 'politie';
  const casuswerk = (sessie?.rollen ?? []).some((r) => r === 'medewerker' || r === 'voorzitter-actieoverleg' || r === 'officier-van-justitie');
  /** Only the police and Veilig Thuis have acute contacts of their own (case work); others see the reachability only. */
  const heeftContacten = casuswerk && (isPolitie || soort === 'veilig-thuis');
  const rooster = sessie ? magRoosterBeheren(sessie) : false;
  const [bereikbaar, setBereikbaar] = useState<BereikbaarNu | null>(null);
  const [contacten, setContacten] = useState<AcuutContact[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    acuutApi.bereikbaarNu().then(setBereikbaar, setError);
    if (heeftContacten) acuutApi.contacten().then((l) => setContacten(l.contacten), setError);
  }, [heeftContacten]);

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <ProblemAlert error={error} />
      {rooster && (
        <Paragraph>
          <RouterButtonLink href="/acuut/diensten" appearance="secondary-action-button" className="sl-acuut-groot">
            {m.roosterLink}
          </RouterButtonLink>
        </Paragraph>
      )}
      <section aria-labelledby="acuut-wie-bel">
        <Heading2 id="acuut-wie-bel">{m.wieBel}</Heading2>
        {bereikbaar === null ? (
          <Loading />
        ) : (
          bereikbaar.organisaties.map((o) => (
            <section key={o.organisatie.id} aria-label={o.organisatie.naam}>
              <Heading3>{o.organisatie.naam}</Heading3>
              {o.nu.length > 0 ? (
                o.nu.map((d) => <DienstKaart key={d.id} dienst={d} />)
              ) : (
                <>
                  <Paragraph>{m.niemand}</Paragraph>
                  <Paragraph>{o.volgende ? m.volgende(o.volgende.naam, formatDateTime(o.volgende.van)) : m.geenVolgende}</Paragraph>
                  {o.volgende && <DienstKaart dienst={o.volgende} />}
                </>
              )}
            </section>
          ))
        )}
      </section>
      {isPolitie && casuswerk && (
        <Paragraph>
          <RouterButtonLink href="/acuut/contact/nieuw" appearance="primary-action-button" className="sl-acuut-groot">
            {m.vastleggen}
          </RouterButtonLink>
        </Paragraph>
      )}
      {heeftContacten && (
      <section aria-labelledby="acuut-recent">
        <Heading2 id="acuut-recent">{m.recent}</Heading2>
        {contacten === null ? (
          <Loading />
        ) : contacten.length === 0 ? (
          <Paragraph>{m.geenContacten}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list sl-acuut-contacten">
            {contacten.map((c) => (
              <li key={c.id}>
                <RouterLink href={`/acuut/contacten/${c.id}`}>{m.contactLabel(formatDateTime(c.gebeldOp), c.adres)}</RouterLink>
                <span className={c.opvolgingStatus === 'verlopen' ? 'sl-acuut-status sl-acuut-status--verlopen' : 'sl-acuut-status'}>
                  {m.opvolgStatus[c.opvolgingStatus]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      )}
    </>
  );
}
