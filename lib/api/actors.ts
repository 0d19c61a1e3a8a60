// GET /api/actors: the actor gazetteer, for pickers and for reading actor slugs.
import type { ActorKind } from '../extract/actors/types';
import { getActors, type ActorListing } from '../db/queries';
import { single } from '../query/event-filter';
import { ParameterError } from '../query/parameter-error';
import { rejectUnknownParameters } from './request-parameters';

const ACTOR_KINDS = ['person', 'organization', 'state', 'group', 'unit'] as const satisfies readonly ActorKind[];
const MAX_QUERY_LENGTH = 200;

export async function actorsBody(params: URLSearchParams): Promise<{ actors: ActorListing[] }> {
  rejectUnknownParameters(params, ['q', 'kind']);
  const q = single(params, 'q')?.normalize('NFC').trim() || null;
  if (q !== null && q.length > MAX_QUERY_LENGTH) throw new ParameterError('q', `at most ${MAX_QUERY_LENGTH} characters`);
  const kind = single(params, 'kind');
  if (kind !== null && !(ACTOR_KINDS as readonly string[]).includes(kind)) {
    throw new ParameterError('kind', `must be one of ${ACTOR_KINDS.join(', ')}`);
  }
  return { actors: await getActors({ q, kind }) };
}
