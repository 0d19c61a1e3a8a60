import { apiRoute } from '@/lib/api/api-route';
import { eventsEndpoint } from '@/lib/api/events';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(eventsEndpoint);
