// GET /api/actors: the actor gazetteer, for pickers and for reading actor slugs.
import { z } from 'zod';
import type { ActorKind } from '../extract/actors/types';
import { getActors } from '../db/queries';
import { freeText } from '../query/event-filter';
import { oneOf } from '../query/query-parameters';
import { defineEndpoint } from './endpoint';
import { actorsSchema } from './response-schemas';

const ACTOR_KINDS = ['person', 'organization', 'state', 'group', 'unit'] as const satisfies readonly ActorKind[];

export const actorsEndpoint = defineEndpoint({
  path: '/api/actors',
  summary: 'Actors',
  description: 'Every actor (the gazetteer’s and those found in the text) with the number of events naming it.',
  query: z.object({
    q: freeText('Text in the name or an alias; case and diacritics ignored.'),
    kind: oneOf(ACTOR_KINDS).optional().meta({ description: 'Only actors of this kind.' }),
  }),
  pathParameters: z.object({}),
  response: { description: 'The matching actors.', schema: actorsSchema },
  answer: async ({ q, kind }) => ({ actors: await getActors({ q, kind: kind ?? null }) }),
});
