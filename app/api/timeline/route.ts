import { jsonRoute } from '@/lib/api/json-route';
import { timelineBody } from '@/lib/api/timeline';

export const GET = jsonRoute((request) => timelineBody(new URL(request.url).searchParams));
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/api/json-route';
