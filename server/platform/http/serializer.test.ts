import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from './serializer';
import { gebruikerSchema, sessieSchema } from '../../identity/schemas';

const compile = (schema: z.ZodType) =>
  (serializerCompiler as unknown as (route: { schema: z.ZodType; method: string; url: string }) => (data: unknown) => string)({
    schema,
    method: 'GET',
    url: '/test',
  });

describe('the response serializer', () => {
  it('writes only the fields the response schema declares, at every depth', () => {
    const serialize = compile(gebruikerSchema);
    const output = JSON.parse(
      serialize({
        id: '0b6c6b5e-3f1e-4a55-9a57-2f1f0e6a4d21',
        gebruikersnaam: 'a.b',
        naam: 'A B',
        eMail: null,
        rollen: ['medewerker'],
        actief: true,
        tweedeFactorIngericht: false,
        demo: false,
        versie: 1,
        aangemaaktOp: '2026-11-23T10:00:00.000Z',
        passwordHash: '$argon2id$geheim',
        totpSecret: 'GEHEIM',
      }),
    );
    expect(output).not.toHaveProperty('passwordHash');
    expect(output).not.toHaveProperty('totpSecret');
    expect(output).toMatchObject({ gebruikersnaam: 'a.b', eMail: null, versie: 1 });
  });

  it('handles nullable nested objects and arrays of objects', () => {
    const serialize = compile(sessieSchema);
    const base = {
      status: 'organisatie-kiezen',
      gebruiker: { id: '0b6c6b5e-3f1e-4a55-9a57-2f1f0e6a4d21', gebruikersnaam: 'a', naam: 'A', geheim: 'x' },
      organisatie: null,
      rollen: [],
      organisaties: [{ id: '6f0f8c1c-8d1a-4b8e-a3a4-6a2d4f4f9b10', naam: 'VT', soort: 'veilig-thuis', rollen: ['medewerker'], intern: 1 }],
      csrfToken: 't',
      verlooptOp: '2026-11-23T10:00:00.000Z',
      inactiefMinuten: 30,
      demo: true,
    };
    const output = JSON.parse(serialize(base));
    expect(output.organisatie).toBeNull();
    expect(output.gebruiker).not.toHaveProperty('geheim');
    expect(output.organisaties[0]).not.toHaveProperty('intern');
    expect(output.organisaties[0].rollen).toEqual(['medewerker']);
  });
});
