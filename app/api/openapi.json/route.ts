import { apiRoute } from '@/lib/api/api-route';
import { openApiEndpoint } from '@/lib/api/openapi';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(openApiEndpoint);
