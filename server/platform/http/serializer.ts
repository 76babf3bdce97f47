import fastJson from 'fast-json-stringify';
import { z } from 'zod';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';

/**
 * Responses are written by fast-json-stringify from the JSON Schema of each route's zod response schema:
 * only declared fields reach the wire (an undeclared property of an object, personal data included, is
 * silently dropped), at a fraction of the cost of validating every response with zod.
 * The handlers' return types are checked against the same schemas at compile time.
 * A schema JSON Schema cannot express falls back to zod's own serializer.
 */
type SerializerCompiler = typeof zodSerializerCompiler;

export const serializerCompiler: SerializerCompiler = (route) => {
  const schema = route.schema as z.ZodType;
  try {
    const jsonSchema = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'throw' });
    const { $schema: _ignored, ...rest } = jsonSchema as Record<string, unknown>;
    return fastJson(rest as unknown as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
  } catch {
    return zodSerializerCompiler(route);
  }
};
