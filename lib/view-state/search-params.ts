/** What Next.js gives a page as `searchParams`: repeated parameters arrive as arrays. */
export type PageSearchParams = Record<string, string | string[] | undefined>;

/** The page's parameters as URLSearchParams, repeats kept in order, for the shared parsers. */
export function toSearchParams(params: PageSearchParams): URLSearchParams {
  const result = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const single of Array.isArray(value) ? value : value === undefined ? [] : [value]) result.append(name, single);
  }
  return result;
}
