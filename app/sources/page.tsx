import type { Metadata } from 'next';
import { SourceList } from '@/components/source/SourceList';
import { getReferenceDateBases, getSources } from '@/lib/db/queries';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sources · Chronocite' };

export default async function SourcesPage() {
  const sources = await getSources();
  const dateBases = await getReferenceDateBases(sources.map((source) => source.slug));
  return <SourceList sources={sources} dateBases={dateBases} />;
}
