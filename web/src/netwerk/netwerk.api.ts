import type {
  Bijeenkomst,
  BijeenkomstAanmaken,
  BijeenkomstLijst,
  BijeenkomstWijzigen,
  Leercasus,
  LeercasusAanbrengen,
  LeercasusWijzigen,
  LidToevoegen,
  LidWijzigen,
  NetwerkKandidaten,
  NetwerkLeden,
  NetwerkLid,
  Thema,
  ThemaAanmaken,
  ThemaWijzigen,
  Twijfelcasus,
  TwijfelcasusAanmaken,
  TwijfelcasusWijzigen,
  Werkplan,
  WerkplanOpslaan,
  Zelfevaluatie,
} from '@schemas/netwerk';
import { api } from '../api/client';

const base = '/api/v1/netwerk';
/** If-Match = the version the user saw; a newer one on the server gives 409 versie-verouderd. */
const ifMatch = (versie: number) => ({ headers: { 'If-Match': `"${versie}"` } });

export const netwerkApi = {
  leden: () => api.get<NetwerkLeden>(`${base}/leden`),
  kandidaten: () => api.get<NetwerkKandidaten>(`${base}/kandidaten`).then((r) => r.kandidaten),
  lidToevoegen: (invoer: LidToevoegen) => api.post<NetwerkLid>(`${base}/leden`, invoer),
  lidWijzigen: (lid: Pick<NetwerkLid, 'id' | 'versie'>, changes: LidWijzigen) => api.patch<NetwerkLid>(`${base}/leden/${lid.id}`, changes, ifMatch(lid.versie)),

  themas: () => api.get<{ themas: Thema[] }>(`${base}/themas`).then((r) => r.themas),
  themaAanmaken: (invoer: ThemaAanmaken) => api.post<Thema>(`${base}/themas`, invoer),
  themaWijzigen: (thema: Pick<Thema, 'id' | 'versie'>, changes: ThemaWijzigen) => api.patch<Thema>(`${base}/themas/${thema.id}`, changes, ifMatch(thema.versie)),

  werkplan: (jaar: number) => api.get<Werkplan>(`${base}/werkplannen/${jaar}`),
  werkplanOpslaan: (jaar: number, versie: number, invoer: WerkplanOpslaan) => api.put<Werkplan>(`${base}/werkplannen/${jaar}`, invoer, ifMatch(versie)),
  werkplanVaststellen: (jaar: number, versie: number) => api.post<Werkplan>(`${base}/werkplannen/${jaar}/vaststellen`, {}, ifMatch(versie)),

  bijeenkomsten: (jaar: number) => api.get<BijeenkomstLijst>(`${base}/bijeenkomsten?jaar=${jaar}`),
  bijeenkomst: (id: string) => api.get<Bijeenkomst>(`${base}/bijeenkomsten/${id}`),
  bijeenkomstPlannen: (invoer: BijeenkomstAanmaken) => api.post<Bijeenkomst>(`${base}/bijeenkomsten`, invoer),
  bijeenkomstWijzigen: (b: Pick<Bijeenkomst, 'id' | 'versie'>, changes: BijeenkomstWijzigen) =>
    api.patch<Bijeenkomst>(`${base}/bijeenkomsten/${b.id}`, changes, ifMatch(b.versie)),

  leercasussen: () => api.get<{ leercasussen: Leercasus[] }>(`${base}/leercasussen`).then((r) => r.leercasussen),
  leercasusInbrengen: (invoer: LeercasusAanbrengen) => api.post<Leercasus>(`${base}/leercasussen`, invoer),
  leercasusWijzigen: (l: Pick<Leercasus, 'id' | 'versie'>, changes: LeercasusWijzigen) => api.patch<Leercasus>(`${base}/leercasussen/${l.id}`, changes, ifMatch(l.versie)),

  twijfelcasussen: (status?: Twijfelcasus['status']) =>
    api.get<{ twijfelcasussen: Twijfelcasus[] }>(`${base}/twijfelcasussen${status ? `?status=${status}` : ''}`).then((r) => r.twijfelcasussen),
  twijfelcasusVastleggen: (invoer: TwijfelcasusAanmaken) => api.post<Twijfelcasus>(`${base}/twijfelcasussen`, invoer),
  twijfelcasusWijzigen: (t: Pick<Twijfelcasus, 'id' | 'versie'>, changes: TwijfelcasusWijzigen) =>
    api.patch<Twijfelcasus>(`${base}/twijfelcasussen/${t.id}`, changes, ifMatch(t.versie)),

  zelfevaluatie: (jaar: number) => api.get<Zelfevaluatie>(`${base}/zelfevaluatie?jaar=${jaar}`),
};
