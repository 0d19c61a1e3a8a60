import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { SourceReader } from '@/components/source/SourceReader';
import { displayTitle, getReferenceDateBases, getSource } from '@/lib/db/queries';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ slug: string }>;
}

// Metadata and page read the same source once per request.
const loadSource = cache(getSource);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).slug);
  return { title: source ? `${displayTitle(source)} · Chronocite` : 'Source not found · Chronocite' };
}

export default async function SourcePage({ params }: Props) {
  const { slug } = await params;
  const source = await loadSource(slug);
  if (source === null) notFound();
  const bases = await getReferenceDateBases([slug]);
  return <SourceReader source={source} dateBasis={bases[slug] ?? null} />;
}
