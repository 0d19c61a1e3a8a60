import { z } from 'zod';
import { isPartialIsoDate } from '../articles/front-matter';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as oct7-attack');

const isoDay = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialIsoDate(value), {
    message: 'must be a full ISO date such as 2023-10-07',
  });

const citation = z
  .object({
    source: slug,
    paragraph: z.number().int().positive(),
  })
  .strict();

const goldEvent = z
  .object({
    id: slug,
    what: z.string().trim().min(1),
    start: isoDay,
    end: isoDay,
    precision: z.enum(['day', 'week', 'month', 'season', 'year', 'decade', 'approximate']),
    actors: z.array(slug),
    citations: z.array(citation).min(1),
  })
  .strict();

export const goldSchema = z.array(goldEvent);
