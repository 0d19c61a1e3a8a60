import { actorsBody } from '@/lib/api/actors';
import { jsonRoute } from '@/lib/api/json-route';

export const GET = jsonRoute((request) => actorsBody(new URL(request.url).searchParams));
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/api/json-route';
