import { apiRoute } from '@/lib/api/api-route';
import { timelineEndpoint } from '@/lib/api/timeline';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(timelineEndpoint);
