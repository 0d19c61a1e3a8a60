// Any path under /api that no endpoint serves: a JSON 404 for every method, never the HTML 404 page.
import { unknownPath } from '@/lib/api/api-route';

export { unknownPath as GET, unknownPath as POST, unknownPath as PUT, unknownPath as PATCH, unknownPath as DELETE, unknownPath as OPTIONS };
