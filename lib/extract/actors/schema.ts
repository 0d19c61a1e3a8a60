import { z } from 'zod';
import { isPartialIsoDate } from '../../articles/front-matter';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower case words joined by hyphens');

/** YAML reads a bare `from: 1998` as a number; a year is what the editor meant. */
const partialIsoDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().refine(isPartialIsoDate, { message: 'must be an ISO date such as 2023, 2023-10 or 2023-10-07' }),
);

const roleSchema = z.strictObject({
  title: z.string().trim().min(1),
  of: slug,
  from: partialIsoDate.nullable().default(null),
  to: partialIsoDate.nullable().default(null),
});

const words = z.array(z.string().trim().min(1)).default([]);

const actorSchema = z.strictObject({
  slug,
  name: z.string().trim().min(1),
  kind: z.enum(['person', 'organization', 'state', 'group', 'unit']),
  aliases: words,
  affiliation: slug.nullable().default(null),
  roles: z.array(roleSchema).default([]),
  demonyms: words,
  capitals: words,
  media: z.boolean().default(false),
});

/** The shape of data/actors.yaml; optional lists default to empty so entries stay short. */
export const gazetteerSchema = z.strictObject({ actors: z.array(actorSchema), notActors: words });
