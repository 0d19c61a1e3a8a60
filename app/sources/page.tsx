import type { Metadata } from 'next';
import { parsePageNumber } from '@/components/source/page-number';
import { SourceList } from '@/components/source/SourceList';
import { getReferenceDateBases, getSources } from '@/lib/db/queries';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sources · Chronocite' };

/** Articles per page: at thousands of articles one page would be megabytes of HTML. */
const PER_PAGE = 100;

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SourcesPage({ searchParams }: Props) {
  const all = await getSources();
  const pages = Math.ceil(all.length / PER_PAGE);
  const { page, problem } = parsePageNumber((await searchParams).page, pages);
  const sources = all.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const dateBases = await getReferenceDateBases(sources.map((source) => source.slug));
  return <SourceList sources={sources} dateBases={dateBases} total={all.length} page={page} pages={Math.max(pages, 1)} problem={problem} />;
}
