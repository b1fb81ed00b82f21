// The pages of routing, business hours and SLAs, for main.js's router: the admin pages by their
// #/admin/NAME, and the agents' SLA watch list (#/sla).
import { TeamsPage } from './admin-teams.js';
import { RoutingPage } from './admin-routing.js';
import { HoursPage } from './admin-hours.js';
import { SlaPoliciesPage } from './admin-sla.js';

export { SlaPage } from './sla-list.js';

export const ROUTING_ADMIN_PAGES = {
  teams: { title: 'Teams', create: () => new TeamsPage() },
  routing: { title: 'Routing', create: () => new RoutingPage() },
  hours: { title: 'Hours', create: () => new HoursPage() },
  sla: { title: 'SLAs', create: () => new SlaPoliciesPage() },
};
