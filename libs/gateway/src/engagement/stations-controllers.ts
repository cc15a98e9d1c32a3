import { StationsController } from './stations.controller';
import { StationIssuesController } from './stations-issues.controller';
import { PublicStationsController } from './stations-public.controller';

/** The liaison stations' routes (issue 9), as the gateway module lists them. */
export const STATION_CONTROLLERS = [StationsController, StationIssuesController, PublicStationsController];
