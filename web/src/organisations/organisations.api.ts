import type { Organisatie } from '@schemas/organisations';
import { api } from '../api/client';

export const organisationsApi = {
  list: () => api.get<{ organisaties: Organisatie[] }>('/api/v1/organisaties'),
};
