import { jsonRoute } from '@/lib/api/json-route';
import { sourcesBody } from '@/lib/api/sources';

export const GET = jsonRoute((request) => sourcesBody(new URL(request.url).searchParams));
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/api/json-route';
