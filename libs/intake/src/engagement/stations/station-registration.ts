import { DeputyLinksService } from './deputy-links.service';
import { StationDashboardService } from './station-dashboard.service';
import { StationIntakeService } from './station-intake.service';
import { StationIssue } from './station-issue.entity';
import { StationIssueViews } from './station-issue-views';
import { StationIssuesService } from './station-issues.service';
import { DeputyLink, Station, StationPoint, StationSchedule } from './station.entity';
import { StationsHandler } from './stations.handler';
import { StationsService } from './stations.service';

/** Liaison stations and the online station: what engagement-registration adds for them. */
export const STATION_ENTITIES = [Station, StationPoint, StationSchedule, DeputyLink, StationIssue];
export const STATION_HANDLERS = [StationsHandler];
export const STATION_PROVIDERS = [StationsService, DeputyLinksService, StationIssueViews, StationIntakeService, StationIssuesService, StationDashboardService];
