import { apiRoute } from '@/lib/api/api-route';
import { sourcesEndpoint } from '@/lib/api/sources';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(sourcesEndpoint);
