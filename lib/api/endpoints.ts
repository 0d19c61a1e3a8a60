// Every endpoint that serves the stored corpus, in the order the OpenAPI document lists them.
import { actorsEndpoint } from './actors';
import type { Endpoint } from './endpoint';
import { eventEndpoint } from './event';
import { eventsEndpoint } from './events';
import { exportEndpoint } from './export';
import { sourcesEndpoint } from './sources';
import { timelineEndpoint } from './timeline';

export const CORPUS_ENDPOINTS: readonly Endpoint[] = [eventsEndpoint, eventEndpoint, timelineEndpoint, actorsEndpoint, sourcesEndpoint, exportEndpoint] as Endpoint[];
