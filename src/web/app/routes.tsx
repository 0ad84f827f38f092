import type { ReactNode } from 'react';
import { AdminNetworksPage } from '../features/admin/admin-networks-page';
import { AdminOutboxPage } from '../features/admin/admin-outbox-page';
import { AdminUsersPage } from '../features/admin/admin-users-page';
import { ComingAreaPage } from '../features/areas/coming-area-page';
import { ConventionPage } from '../features/convention/convention-page';
import { isConventionTab, type ConventionTab } from '../features/convention/convention-paths';
import { ConventionsPage } from '../features/convention/conventions-page';
import { AcceptInvitationPage } from '../features/auth/accept-invitation-page';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { DirectoryPage } from '../features/directory/directory-page';
import { PoolingArea } from '../features/resources/pooling-area';
import { matchPoolingPath } from '../features/resources/resource-paths';
import { ImportPage } from '../features/imports/import-page';
import { ImportsPage } from '../features/imports/imports-page';
import { EditOrganisationPage, NewOrganisationPage } from '../features/organisations/organisation-form-page';
import { OrganisationHistoryPage } from '../features/organisations/organisation-history-page';
import { OrganisationPage } from '../features/organisations/organisation-page';
import { ShowcaseAreaPage } from '../features/showcase/showcase-area-page';
import { ShowcasePage } from '../features/showcase/showcase-page';
import { needsRouteOf } from './needs-routes';
import { AttendancePage } from '../features/events/attendance-page';
import { CheckInLinkPage } from '../features/events/check-in-link-page';
import { CheckInPage } from '../features/events/check-in-page';
import { EditEventPage, NewEventPage } from '../features/events/event-form-page';
import { EventPage } from '../features/events/event-page';
import { EventsPage } from '../features/events/events-page';
import { MinutesPage } from '../features/events/minutes-page';
import { MyEventsPage } from '../features/events/my-events-page';
import { PublicEventPage } from '../features/events/public-events';
import { NetworkHomePage } from '../features/networks/network-home-page';
import { ProfilePage } from '../features/profile/profile-page';
import type { Me } from '../api/types';
import { matchPath, Redirect } from '../router/router';
import { isAreaId } from '../shared/areas';
import { matchReportingPath } from '../features/reports/reporting-routes';
import { ShowcaseLayout } from './showcase-layout';
import { HomePage, NotFoundPage } from './simple-pages';

/** Who may see a page: guests only (sign-in), anyone (links from e-mails), signed-in people, platform admins. */
export type Access = 'guest' | 'public' | 'user' | 'admin';

export interface ResolvedRoute {
  access: Access;
  /** 'bare': a page of its own, without the app's frame (the public showcase). */
  layout?: 'bare';
  networkSlug?: string;
  render: () => ReactNode;
}

/** The route table of the SPA, first match wins. */
export function resolveRoute(pathname: string, me: Me): ResolvedRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  const is = (pattern: string) => matchPath(pattern, path);
  const networkName = (slug: string) => me.networks.find((n) => n.slug === slug)?.name;

  if (is('/sign-in')) return { access: 'guest', render: () => <SignInPage /> };
  if (is('/forgot-password')) return { access: 'guest', render: () => <ForgotPasswordPage /> };
  if (is('/reset-password')) return { access: 'public', render: () => <ResetPasswordPage /> };
  if (is('/accept-invitation')) return { access: 'public', render: () => <AcceptInvitationPage /> };
  const publicEvent = is('/showcase/:slug/events/:id');
  if (publicEvent?.slug && publicEvent.id) {
    const { slug, id } = publicEvent;
    return {
      access: 'public',
      layout: 'bare',
      render: () => (
        <ShowcaseLayout>
          <PublicEventPage key={id} slug={slug} id={id} />
        </ShowcaseLayout>
      ),
    };
  }
  const showcase = is('/showcase/:slug');
  if (showcase?.slug) {
    const slug = showcase.slug;
    return {
      access: 'public',
      layout: 'bare',
      render: () => (
        <ShowcaseLayout>
          <ShowcasePage key={slug} slug={slug} />
        </ShowcaseLayout>
      ),
    };
  }
  if (is('/')) return { access: 'user', render: () => <HomePage /> };
  if (is('/profile')) return { access: 'user', render: () => <ProfilePage /> };
  if (is('/my-events')) return { access: 'user', render: () => <MyEventsPage /> };
  const checkInLink = is('/check-in/:code');
  if (checkInLink?.code) {
    const { code } = checkInLink;
    return { access: 'user', render: () => <CheckInLinkPage key={code} code={code} /> };
  }
  if (is('/admin')) return { access: 'admin', render: () => <Redirect to="/admin/networks" /> };
  if (is('/admin/networks')) return { access: 'admin', render: () => <AdminNetworksPage /> };
  if (is('/admin/users')) return { access: 'admin', render: () => <AdminUsersPage /> };
  if (is('/admin/outbox')) return { access: 'admin', render: () => <AdminOutboxPage /> };

  const home = is('/n/:slug');
  if (home?.slug) {
    const slug = home.slug;
    return { access: 'user', networkSlug: slug, render: () => <NetworkHomePage key={slug} slug={slug} /> };
  }
  const newOrg = is('/n/:slug/o/new');
  if (newOrg?.slug) {
    const { slug } = newOrg;
    return { access: 'user', networkSlug: slug, render: () => <NewOrganisationPage key={slug} slug={slug} /> };
  }
  const org = is('/n/:slug/o/:id') ?? is('/n/:slug/o/:id/:tab');
  if (org?.slug && org.id) {
    const { slug, id, tab } = org;
    if (tab === 'edit') return { access: 'user', networkSlug: slug, render: () => <EditOrganisationPage key={id} slug={slug} id={id} /> };
    if (tab === 'history') return { access: 'user', networkSlug: slug, render: () => <OrganisationHistoryPage key={id} slug={slug} id={id} /> };
    if (tab === undefined) return { access: 'user', networkSlug: slug, render: () => <OrganisationPage key={id} slug={slug} id={id} /> };
  }
  const imports = is('/n/:slug/imports');
  if (imports?.slug) {
    const { slug } = imports;
    return { access: 'user', networkSlug: slug, render: () => <ImportsPage key={slug} slug={slug} /> };
  }
  const oneImport = is('/n/:slug/imports/:id');
  if (oneImport?.slug && oneImport.id) {
    const { slug, id } = oneImport;
    return { access: 'user', networkSlug: slug, render: () => <ImportPage key={id} slug={slug} id={id} /> };
  }
  const events = is('/n/:slug/events');
  if (events?.slug) {
    const { slug } = events;
    return { access: 'user', networkSlug: slug, render: () => <EventsPage key={slug} slug={slug} /> };
  }
  const newEvent = is('/n/:slug/events/new');
  if (newEvent?.slug) {
    const { slug } = newEvent;
    return { access: 'user', networkSlug: slug, render: () => <NewEventPage key={slug} slug={slug} /> };
  }
  const event = is('/n/:slug/events/:id') ?? is('/n/:slug/events/:id/:tab');
  if (event?.slug && event.id) {
    const { slug, id, tab } = event;
    const page =
      tab === undefined ? <EventPage key={id} slug={slug} id={id} />
      : tab === 'edit' ? <EditEventPage key={id} slug={slug} id={id} />
      : tab === 'check-in' ? <CheckInPage key={id} slug={slug} id={id} />
      : tab === 'attendance' ? <AttendancePage key={id} slug={slug} id={id} />
      : tab === 'minutes' ? <MinutesPage key={id} slug={slug} id={id} />
      : null;
    if (page) return { access: 'user', networkSlug: slug, render: () => page };
  }
  // Business conventions: the network's list, then one convention and its tabs.
  const conventions = is('/n/:slug/conventions');
  if (conventions?.slug) {
    const { slug } = conventions;
    return { access: 'user', networkSlug: slug, render: () => <ConventionsPage key={slug} slug={slug} /> };
  }
  const convention = is('/n/:slug/conventions/:id') ?? is('/n/:slug/conventions/:id/:tab');
  if (convention?.slug && convention.id && (convention.tab === undefined || isConventionTab(convention.tab))) {
    const { slug, id, tab } = convention;
    return { access: 'user', networkSlug: slug, render: () => <ConventionPage key={id} slug={slug} eventId={id} tab={tab as ConventionTab | undefined} /> };
  }
  // Pooling of industrial means: the area and its pages (find, resource, publish, bookings, reports).
  const pooling = matchPoolingPath(path);
  if (pooling) {
    const { slug, page } = pooling;
    return { access: 'user', networkSlug: slug, render: () => <PoolingArea slug={slug} page={page} /> };
  }
  // Roadmaps and committees, dashboards, the network graph, sponsors, the agency view (issue 8).
  const reporting = matchReportingPath(path);
  if (reporting) return { access: 'user', ...reporting };
  // Needs and offers, skills and jobs (GANESH), projects and taskforces (issue 7).
  const needsRoute = needsRouteOf(is);
  if (needsRoute) return needsRoute;
  const area = is('/n/:slug/:area');
  if (area?.slug && area.area && isAreaId(area.area)) {
    const { slug } = area;
    const id = area.area;
    return {
      access: 'user',
      networkSlug: slug,
      render: () =>
        id === 'directory' ? (
          <DirectoryPage key={slug} slug={slug} />
        ) : id === 'showcase' ? (
          <ShowcaseAreaPage key={slug} slug={slug} />
        ) : (
          <ComingAreaPage slug={slug} area={id} networkName={networkName(slug)} />
        ),
    };
  }
  return { access: 'user', render: () => <NotFoundPage /> };
}

