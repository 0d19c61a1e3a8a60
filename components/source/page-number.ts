// The sources list's `page` parameter. Like the actor search, a bad value never breaks the page: it is
// explained and the first page shown.

export type PageNumber = { page: number; problem: null } | { page: 1; problem: string };

/** Reads `page` (1-based) as Next hands over search params; `pages` is how many there are. */
export function parsePageNumber(value: string | string[] | undefined, pages: number): PageNumber {
  if (value === undefined) return { page: 1, problem: null };
  if (Array.isArray(value)) return { page: 1, problem: 'Give the page only once; showing the first page.' };
  if (!/^[1-9]\d{0,8}$/.test(value)) return { page: 1, problem: 'The page is a whole number from 1; showing the first page.' };
  const page = Number(value);
  if (page > Math.max(pages, 1)) return { page: 1, problem: `There ${pages === 1 ? 'is 1 page' : `are ${pages} pages`}; showing the first.` };
  return { page, problem: null };
}
