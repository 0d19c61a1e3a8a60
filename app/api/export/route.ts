// GET /api/export?format=json|csv|ics|timelinejs&<filter>: the matching events as a download.
import { apiRoute } from '@/lib/api/api-route';
import { exportEndpoint } from '@/lib/api/export';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(exportEndpoint);
