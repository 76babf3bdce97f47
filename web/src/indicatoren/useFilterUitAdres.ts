import { useEffect, useMemo, useState } from 'react';
import type { Organisatie } from '@schemas/organisations';
import { useApiData } from '../api/useApiData';
import { useActiveSession } from '../identity/session';
import { organisationsApi } from '../organisations/organisations.api';
import { useRouter } from '../shell/router';
import { leesFilter, type DashboardFilter } from './filter';

/** The regions that have organisations, by name. */
export function regiosVan(organisaties: readonly Organisatie[]) {
  const perId = new Map(organisaties.map((o) => [o.regio.id, o.regio]));
  return [...perId.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

/**
 * The region-and-period choice of the indicator screens, kept in the address (ids and dates only), so a view can
 * be shared and the browser's back button works; the default is the user's own region.
 */
export function useFilterUitAdres(pad: string, naarQuery: (filter: DashboardFilter) => string) {
  const sessie = useActiveSession();
  const { navigate } = useRouter();
  const [search, setSearch] = useState(() => window.location.search);

  useEffect(() => {
    const onPop = () => setSearch(window.location.search);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const { data: organisatieLijst, error: organisatieFout } = useApiData(() => organisationsApi.list(), []);
  const organisaties = organisatieLijst?.organisaties ?? null;
  const eigenRegio = organisaties?.find((o) => o.id === sessie.organisatie?.id)?.regio.id ?? organisaties?.[0]?.regio.id ?? '';
  const filter = useMemo(() => (organisaties ? leesFilter(search, eigenRegio) : null), [search, eigenRegio, organisaties]);

  function toepassen(nieuw: DashboardFilter) {
    const query = `?${naarQuery(nieuw)}`;
    navigate(`${pad}${query}`);
    setSearch(query);
  }

  return { search, organisaties, organisatieFout, filter, toepassen };
}
