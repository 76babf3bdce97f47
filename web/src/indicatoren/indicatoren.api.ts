import type { IndicatorCatalogusApi, IndicatorWaarden, OnderliggendeCasussen } from '@schemas/indicatoren/dashboard';
import { api } from '../api/client';

export const indicatorenApi = {
  catalogus: () => api.get<IndicatorCatalogusApi>('/api/v1/indicatoren'),
  /** query: regioId, organisatieId?, van, tot (see filter.ts apiQuery). */
  waarden: (query: string) => api.get<IndicatorWaarden>(`/api/v1/indicatoren/waarden?${query}`),
  onderliggendeCasussen: (indicatorId: string, query: string) =>
    api.get<OnderliggendeCasussen>(`/api/v1/indicatoren/${encodeURIComponent(indicatorId)}/casussen?${query}`),
};

export const rapportFormaten = ['pdf', 'xlsx', 'csv', 'html'] as const;

/** The download of the regional report for the dashboard's filter (the report area's endpoint). */
export function rapportDownloadUrl(query: string, formaat: (typeof rapportFormaten)[number]): string {
  return `/api/v1/indicatoren/rapport?${query}&formaat=${formaat}`;
}
