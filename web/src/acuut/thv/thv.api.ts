import type { Thv, ThvAdres, ThvAfzien, ThvOpleggen, ThvOvertredingInvoer, ThvOverwegen, ThvVerlengen } from '@schemas/acuut/thv';
import type { AcuutContactenLijst } from '@schemas/acuut';
import type { ZsmBord } from '@schemas/zsm/zaken';
import { api, request } from '../../api/client';

const enc = encodeURIComponent;
const thvPath = (id: string) => `/api/v1/thv/${enc(id)}`;

export type ThvActie =
  | { pad: 'opleggen'; body: ThvOpleggen }
  | { pad: 'afzien'; body: ThvAfzien }
  | { pad: 'adres'; body: ThvAdres }
  | { pad: 'verlengen'; body: ThvVerlengen }
  | { pad: 'overtredingen'; body: Partial<ThvOvertredingInvoer> & { op: string } }
  | { pad: 'beeindigen'; body: Record<string, never> };

export const thvApi = {
  vanCasus: (casusId: string) => api.get<{ items: Thv[] }>(`/api/v1/casussen/${enc(casusId)}/thv`).then((l) => l.items),
  overwegen: (casusId: string, invoer: ThvOverwegen) => api.post<Thv>(`/api/v1/casussen/${enc(casusId)}/thv`, invoer),
  lees: (id: string) => api.get<Thv>(thvPath(id)),
  /** One change of the THV, sent with If-Match = the version the user saw. */
  wijzig: (id: string, versie: number, actie: ThvActie) =>
    request<Thv>(`${thvPath(id)}/${actie.pad}`, { method: 'POST', body: actie.body, headers: { 'If-Match': `"${versie}"` } }).then((r) => r.data),
  /** For linking a THV: the acute contacts of the casus (police and VT see their own contacts). */
  contactenVanCasus: (casusId: string) =>
    api.get<AcuutContactenLijst>('/api/v1/acuut/contacten').then((l) => l.contacten.filter((c) => c.casusId === casusId)),
  /** For linking a THV: the ZSM cases of the casus the user may see. */
  zsmZakenVanCasus: (casusId: string) =>
    api.get<ZsmBord>('/api/v1/zsm-zaken?status=alle').then((b) => b.zaken.filter((z) => z.casus.id === casusId)),
};

/** The actions the server allows per status (mirrors server/acuut/thv/thv-status-rules.ts). */
export type ThvHandeling = 'opleggen' | 'afzien' | 'adres' | 'verlengen' | 'overtreding' | 'beeindigen';
const lopend = ['opgelegd', 'verlengd'];
const toegestaanVanuit: Record<ThvHandeling, readonly string[]> = {
  opleggen: ['overwogen'],
  afzien: ['overwogen'],
  adres: lopend,
  verlengen: lopend,
  overtreding: lopend,
  beeindigen: lopend,
};
export function thvMag(status: Thv['status'], handeling: ThvHandeling): boolean {
  return toegestaanVanuit[handeling].includes(status);
}

const DAG_MS = 24 * 3_600_000;
/** The latest end an extension may give: four weeks (28 × 24 h) after imposition. */
export function uitersteEinde(opgelegdOp: string): string {
  return new Date(new Date(opgelegdOp).getTime() + 28 * DAG_MS).toISOString();
}
