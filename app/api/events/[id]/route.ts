import { eventBody } from '@/lib/api/event';
import { jsonRoute } from '@/lib/api/json-route';

export const GET = jsonRoute(async (request, { params }: { params: Promise<{ id: string }> }) =>
  eventBody((await params).id, new URL(request.url).searchParams));
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/api/json-route';
