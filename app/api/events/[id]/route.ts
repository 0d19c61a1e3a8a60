import { apiRoute } from '@/lib/api/api-route';
import { eventEndpoint } from '@/lib/api/event';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(eventEndpoint);
