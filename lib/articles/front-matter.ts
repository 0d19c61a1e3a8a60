import { z } from 'zod';

/** `2023`, `2023-10` or `2023-10-07`, each part a real calendar value. */
const partialIsoDate = z.string().refine(isPartialIsoDate, {
  message: 'must be an ISO date such as 2023, 2023-10 or 2023-10-07',
});

export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).optional(),
    author: z.string().trim().min(1).optional(),
    published: partialIsoDate.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    origin: z.string().trim().min(1).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export function isPartialIsoDate(value: string): boolean {
  const match = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/.exec(value);
  if (!match?.groups) return false;
  const { year, month, day } = match.groups;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}
