import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ActorProfileView } from '@/components/actors/ActorProfileView';
import { getActorEventOverview, getActorProfile } from '@/lib/db/queries';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ slug: string }>;
}

// Metadata and page read the same actor once per request.
const loadProfile = cache((slug: string) => getActorProfile(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).slug);
  return { title: profile ? `${profile.name} · Chronocite` : 'Actor not found · Chronocite' };
}

export default async function ActorPage({ params }: Props) {
  const { slug } = await params;
  const profile = await loadProfile(slug);
  if (profile === null) notFound();
  const overview = await getActorEventOverview(slug);
  return <ActorProfileView profile={profile} overview={overview} />;
}
