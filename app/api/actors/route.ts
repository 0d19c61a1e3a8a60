import { actorsEndpoint } from '@/lib/api/actors';
import { apiRoute } from '@/lib/api/api-route';

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(actorsEndpoint);
