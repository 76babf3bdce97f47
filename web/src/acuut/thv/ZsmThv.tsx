import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useApiData } from '../../api/useApiData';
import { useI18n } from '../../i18n';
import { RouterLink } from '../../shell/router';
import { thvApi } from './thv.api';
import { useThvMessages } from './ThvTermijnen';
import './thv.css';

/**
 * On a ZSM case: the tijdelijke huisverboden of its casus linked to this case, with status and end, each linking to
 * its page. Nothing when there is none (or the casus's THVs cannot be read by this organisation).
 */
export function ZsmThv({ casusId, zsmZaakId }: { casusId: string; zsmZaakId: string }) {
  const m = useThvMessages();
  const { formatDateTime } = useI18n();
  const { data } = useApiData(() => thvApi.vanCasus(casusId).then((l) => l.filter((t) => t.zsmZaakId === zsmZaakId)), [casusId, zsmZaakId]);
  if (!data || data.length === 0) return null;
  return (
    <section aria-labelledby="zsm-thv-kop" className="sl-thv-item" data-testid="zsm-thv">
      <Heading2 id="zsm-thv-kop">{m.zsmTitel}</Heading2>
      <Paragraph>{m.zsmIntro}</Paragraph>
      <ul className="sl-thv-lijst">
        {data.map((thv) => (
          <li key={thv.id} className="sl-thv-link">
            <RouterLink href={`/acuut/thv/${thv.id}`}>
              {m.zsmRegel(m.status[thv.status] ?? thv.status)}
              {thv.eindeOp ? `, ${m.zsmEinde(formatDateTime(thv.eindeOp))}` : ''}
            </RouterLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
