// The parts of the wikinews-apple gold (/work/shared/devsets/README.md) the scorer reads, validated
// loosely: extra fields (entities, tokens, ids…) are allowed and ignored.
import { z } from 'zod';

const span = { paragraph: z.number().int().positive(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() };

const timex = z.object({ ...span, type: z.string(), value: z.string().nullable() });
const eventMention = z.object(span);
const entityMention = z.object({ ...span, type: z.string(), instance: z.string() });
const timelineMention = z.object({ ...span, slug: z.string() });
const timelineRow = z.object({
  order: z.number().int().nonnegative(),
  /** `YYYY-MM-DD` with `XX` for an unknown part; `XXXX-XX-XX` is undated. */
  date: z.string().regex(/^(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)$/, 'must be YYYY-MM-DD with XX for unknown parts'),
  mentions: z.array(timelineMention).min(1),
});

const wikinewsGoldSchema = z.object({
  docs: z.record(z.string(), z.object({ dct: z.string() })),
  timelines: z.record(z.string(), z.array(timelineRow)),
  timexes: z.record(z.string(), z.array(timex)),
  events: z.record(z.string(), z.array(eventMention)),
  entities: z.record(z.string(), z.array(entityMention)),
});

export type WikinewsGold = z.infer<typeof wikinewsGoldSchema>;
export type GoldTimex = z.infer<typeof timex>;
export type GoldEventMention = z.infer<typeof eventMention>;
export type GoldEntityMention = z.infer<typeof entityMention>;
export type GoldTimelineRow = z.infer<typeof timelineRow>;
export type GoldTimelineMention = z.infer<typeof timelineMention>;

/** Parses gold.json; the error names the first field that does not fit. */
export function parseWikinewsGold(jsonText: string, file: string): WikinewsGold {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = wikinewsGoldSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
