/** Address of one cited paragraph on the source page (`/sources/<slug>#p-<n>`), absolute under `siteUrl`. */
export function paragraphLink(siteUrl: string, source: string, paragraph: number): string {
  return `${siteUrl.replace(/\/+$/, '')}/sources/${encodeURIComponent(source)}#p-${paragraph}`;
}
