/**
 * The route table. A screen is one line here and one file under screens/. Every screen but home
 * loads lazily, so the first screen stays small on a cheap tablet; the service worker precaches
 * them all, so they open offline too.
 */
import type { ComponentChildren } from 'preact';
import { Home } from './screens/home';
import { Lazy, type ScreenLoader, screen } from './ui/lazy-screen';

type Params = Readonly<Record<string, string>>;

interface RouteEntry {
  match(parts: readonly string[]): Params | null;
  render(params: Params, query: URLSearchParams): ComponentChildren;
}

/** `pattern('groups', ':id')` matches `#/groups/abc` with `{ id: 'abc' }`. */
function pattern(...segments: readonly string[]): RouteEntry['match'] {
  return (parts) => {
    if (parts.length !== segments.length) return null;
    const params: Record<string, string> = {};
    for (const [i, segment] of segments.entries()) {
      const part = parts[i] ?? '';
      if (segment.startsWith(':')) params[segment.slice(1)] = part;
      else if (segment !== part) return null;
    }
    return params;
  };
}

/** A lazily loaded screen; its component receives the route params and the query as props. */
function lazy(load: ScreenLoader): RouteEntry['render'] {
  return (params, query) => <Lazy load={load} params={{ ...Object.fromEntries(query), ...params }} />;
}

// Each loader names the file and export of one screen. Areas: groups/ (groups and families,
// roster import), plan/ (planning, month view), session/ (running a session), followup/ (history,
// catch-up, printouts), data/ (bundles, backup, app lock).
const screens = {
  status: screen(() => import('./screens/status').then((m) => m.Status)),
  groups: screen(() => import('./screens/groups/groups').then((m) => m.Groups)),
  group: screen(() => import('./screens/groups/group-detail').then((m) => m.GroupDetail)),
  groupEdit: screen(() => import('./screens/groups/group-edit').then((m) => m.GroupEdit)),
  memberEdit: screen(() => import('./screens/groups/member-edit').then((m) => m.MemberEdit)),
  rosterImport: screen(() => import('./screens/groups/roster-import').then((m) => m.RosterImport)),
  plan: screen(() => import('./screens/plan/month-view').then((m) => m.MonthView)),
  planSession: screen(() => import('./screens/plan/plan-session').then((m) => m.PlanSession)),
  session: screen(() => import('./screens/session/run-session').then((m) => m.RunSession)),
  groupHistory: screen(() => import('./screens/followup/group-history').then((m) => m.GroupHistory)),
  catchUp: screen(() => import('./screens/followup/catch-up').then((m) => m.CatchUp)),
  memberHistory: screen(() => import('./screens/followup/member-history').then((m) => m.MemberHistory)),
  printAttendance: screen(() => import('./screens/followup/print-attendance').then((m) => m.PrintAttendance)),
  printReport: screen(() => import('./screens/followup/print-report').then((m) => m.PrintReport)),
  data: screen(() => import('./screens/data/data-home').then((m) => m.DataHome)),
  care: screen(() => import('./screens/care/care-hub').then((m) => m.CareHub)),
  observations: screen(() => import('./screens/care/observations').then((m) => m.Observations)),
  observationEdit: screen(() => import('./screens/care/observation-edit').then((m) => m.ObservationEdit)),
  cases: screen(() => import('./screens/care/cases').then((m) => m.Cases)),
  caseDetail: screen(() => import('./screens/care/case-detail').then((m) => m.CaseDetail)),
  caseReport: screen(() => import('./screens/care/case-report').then((m) => m.CaseReport)),
  complaints: screen(() => import('./screens/complaints/complaints').then((m) => m.Complaints)),
  complaintDetail: screen(() => import('./screens/complaints/complaint-detail').then((m) => m.ComplaintDetail)),
  stories: screen(() => import('./screens/stories/stories').then((m) => m.Stories)),
  storyDetail: screen(() => import('./screens/stories/story-detail').then((m) => m.StoryDetail)),
  storyCard: screen(() => import('./screens/stories/story-card').then((m) => m.StoryCard)),
  supervisor: screen(() => import('./screens/supervisor/supervisor-view').then((m) => m.SupervisorView)),
  facilitator: screen(() => import('./screens/supervisor/facilitator-detail').then((m) => m.FacilitatorDetail)),
};

export const routes: readonly RouteEntry[] = [
  { match: pattern(), render: () => <Home /> },
  { match: pattern('status'), render: lazy(screens.status) },
  { match: pattern('groups'), render: lazy(screens.groups) },
  { match: pattern('groups', 'new'), render: lazy(screens.groupEdit) },
  { match: pattern('groups', ':groupId'), render: lazy(screens.group) },
  { match: pattern('groups', ':groupId', 'edit'), render: lazy(screens.groupEdit) },
  { match: pattern('groups', ':groupId', 'import'), render: lazy(screens.rosterImport) },
  { match: pattern('groups', ':groupId', 'members', 'new'), render: lazy(screens.memberEdit) },
  { match: pattern('groups', ':groupId', 'history'), render: lazy(screens.groupHistory) },
  { match: pattern('groups', ':groupId', 'catch-up'), render: lazy(screens.catchUp) },
  { match: pattern('members', ':memberId'), render: lazy(screens.memberEdit) },
  { match: pattern('members', ':memberId', 'history'), render: lazy(screens.memberHistory) },
  { match: pattern('plan'), render: lazy(screens.plan) },
  { match: pattern('plan', 'new'), render: lazy(screens.planSession) },
  { match: pattern('sessions', ':sessionId'), render: lazy(screens.session) },
  { match: pattern('sessions', ':sessionId', 'edit'), render: lazy(screens.planSession) },
  { match: pattern('sessions', ':sessionId', ':tab'), render: lazy(screens.session) },
  { match: pattern('sessions', ':sessionId', 'print', 'attendance'), render: lazy(screens.printAttendance) },
  { match: pattern('sessions', ':sessionId', 'print', 'report'), render: lazy(screens.printReport) },
  { match: pattern('data'), render: lazy(screens.data) },
  { match: pattern('care'), render: lazy(screens.care) },
  { match: pattern('observations'), render: lazy(screens.observations) },
  { match: pattern('observations', 'new'), render: lazy(screens.observationEdit) },
  { match: pattern('observations', ':observationId'), render: lazy(screens.observationEdit) },
  { match: pattern('cases'), render: lazy(screens.cases) },
  { match: pattern('cases', 'new'), render: lazy(screens.caseDetail) },
  { match: pattern('cases', 'report'), render: lazy(screens.caseReport) },
  { match: pattern('cases', ':caseId'), render: lazy(screens.caseDetail) },
  { match: pattern('complaints'), render: lazy(screens.complaints) },
  { match: pattern('complaints', 'new'), render: lazy(screens.complaintDetail) },
  { match: pattern('complaints', ':complaintId'), render: lazy(screens.complaintDetail) },
  { match: pattern('stories'), render: lazy(screens.stories) },
  { match: pattern('stories', 'new'), render: lazy(screens.storyDetail) },
  { match: pattern('stories', ':storyId'), render: lazy(screens.storyDetail) },
  { match: pattern('stories', ':storyId', 'card'), render: lazy(screens.storyCard) },
  { match: pattern('supervisor'), render: lazy(screens.supervisor) },
  { match: pattern('supervisor', ':facilitatorKey'), render: lazy(screens.facilitator) },
];
