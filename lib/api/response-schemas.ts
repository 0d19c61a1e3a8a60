// The shapes of the API's JSON answers, for the OpenAPI document. Objects are strict so that the
// test reading real answers through them (test/api/response-schemas.test.ts) fails when a field is
// added to an answer but not here: a new field (e.g. on an event) is one line in this file.
import { z } from 'zod';
import { GROUPINGS } from '../query/timeline-window';
import { PRECISIONS } from '../query/event-filter';

const STANCES = ['stated', 'reported', 'alleged', 'denied', 'confirmed'] as const;
const isoDay = z.string().meta({ format: 'date' });

const actorSummary = z.strictObject({ slug: z.string(), name: z.string(), kind: z.string(), discovered: z.boolean() });

const citation = z.strictObject({
  source: z.string().meta({ description: 'Source slug.' }),
  sourceTitle: z.string(),
  publisher: z.string().nullable(),
  paragraph: z.number().int().meta({ description: '1-based paragraph number in the source.' }),
  quote: z.string().meta({ description: 'Verbatim text of the paragraph.' }),
  start: z.number().int().meta({ description: 'Offset of the quote in its paragraph.' }),
  end: z.number().int(),
  stance: z.enum(STANCES),
  claimant: z.string().nullable().meta({ description: 'Who the passage attributes the happening to, as written; null: the source itself, or no one named.' }),
  role: z.enum(['report', 'mention']).meta({ description: 'Whether the passage reports the event or only names it as a time; only reports count as corroboration.' }),
  roleBasis: z.string().nullable().meta({ description: 'For a mention, the words that name the event only as a time.' }),
});

const discrepancy = z.strictObject({
  measure: z.string(),
  values: z.array(z.strictObject({ value: z.number(), text: z.string(), source: z.string(), sourceTitle: z.string(), paragraph: z.number().int() })),
});

export const eventSchema = z.strictObject({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    start: isoDay,
    end: isoDay.meta({ description: 'Inclusive last day.' }),
    precision: z.enum(PRECISIONS),
    dateText: z.string().meta({ description: 'The date as written.' }),
    inferred: z.strictObject({ rule: z.string(), anchor: z.string() }).nullable(),
    sourceCount: z.number().int().meta({ description: 'Distinct sources with a passage that reports the event.' }),
    passageCount: z.number().int().meta({ description: 'Passages that report the event.' }),
    mentionCount: z.number().int().meta({ description: 'Passages that only name the event as a time.' }),
    actors: z.array(actorSummary),
    citations: z.array(citation),
  discrepancies: z.array(discrepancy),
});

export const eventPageSchema = z.strictObject({
  events: z.array(eventSchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});

const timelineItem = z.strictObject({
  id: z.string(),
  title: z.string(),
  start: isoDay,
  end: isoDay,
  precision: z.enum(PRECISIONS),
  dateText: z.string(),
  inferredBy: z.string().nullable(),
  actors: z.array(z.string()),
  sources: z.array(z.string()),
  sourceCount: z.number().int(),
  passageCount: z.number().int(),
  disagreements: z.array(z.string()).meta({ description: 'Measures on which the sources’ figures differ.' }),
});

export const timelineWindowSchema = z.strictObject({
  start: isoDay,
  end: isoDay,
  total: z.number().int(),
  matching: z.number().int(),
  inWindow: z.number().int(),
  items: z.array(timelineItem),
  clusters: z.array(z.strictObject({ start: isoDay, end: isoDay, count: z.number().int(), group: z.string().nullable() })),
  sourceLanes: z
    .strictObject({
      sources: z.array(z.strictObject({ slug: z.string(), title: z.string(), events: z.number().int() })),
      otherSources: z.number().int(),
    })
    .optional()
    .meta({ description: `Only with group=source (groupings: ${GROUPINGS.join(', ')}).` }),
});

export const actorsSchema = z.strictObject({
  actors: z.array(
    z.strictObject({
      slug: z.string(),
      name: z.string(),
      kind: z.string(),
      aliases: z.array(z.string()),
      affiliation: z.string().nullable(),
      eventCount: z.number().int(),
      discovered: z.boolean(),
      evidence: z.string().nullable(),
      media: z.boolean(),
    }),
  ),
});

export const sourcesSchema = z.strictObject({
  sources: z.array(
    z.strictObject({
      slug: z.string(),
      title: z.string().nullable(),
      publisher: z.string().nullable(),
      author: z.string().nullable(),
      published: z.string().nullable(),
      url: z.string().nullable(),
      origin: z.string().nullable(),
      file: z.string(),
      referenceDate: isoDay,
      referenceDateEstimated: z.boolean(),
      eventCount: z.number().int(),
    }),
  ),
  more: z.boolean(),
});

export const errorSchema = z.strictObject({ error: z.strictObject({ parameter: z.string().optional(), message: z.string() }) });
