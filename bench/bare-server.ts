// The yardstick for the HTTP benchmark: a bare Fastify 5 app, one GET route answering a small JSON object
// of about the size and shape of GET /api/v1/sessies/huidig (and a POST route for the intake benchmark),
// no plugins, no logging. Spawned by bench/run.ts and bench/casus.ts.
//   PORT (required), HOST (default 127.0.0.1)
import Fastify from 'fastify';

const port = Number(process.env.PORT);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port <= 0) {
  console.error('bare-server: PORT must be set');
  process.exit(2);
}

const app = Fastify({ logger: false });

const body = {
  gebruiker: {
    id: '0b6c6b5e-3f1e-4a55-9a57-2f1f0e6a4d21',
    gebruikersnaam: 'vt.medewerker',
    weergavenaam: 'Medewerker Veilig Thuis',
    rollen: ['medewerker'],
  },
  organisatie: {
    id: '6f0f8c1c-8d1a-4b8e-a3a4-6a2d4f4f9b10',
    naam: 'Veilig Thuis Demo',
    soort: 'veilig_thuis',
  },
  sessie: {
    verlooptOp: new Date(Date.now() + 30 * 60_000).toISOString(),
    tweedeFactorVoltooid: true,
  },
};

app.get('/api/v1/bare', async () => body);
// The yardstick for the intake benchmark: parses the same JSON body and answers 201 with a small object.
app.post('/api/v1/bare', async (request, reply) => {
  const input = request.body as { externBerichtId?: string };
  reply.status(201);
  return { id: body.gebruiker.id, externBerichtId: input.externBerichtId ?? null };
});
app.get('/health/ready', async () => ({ status: 'ready' }));

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

await app.listen({ port, host });
console.log(`bare-server: listening on http://${host}:${port}`);
