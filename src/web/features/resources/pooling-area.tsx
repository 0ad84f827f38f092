import { BookingsPage } from './bookings-page';
import { FindResourcesPage } from './find-resources-page';
import { MyResourcesPage } from './my-resources-page';
import { ReportPage, OverviewPage } from './report-page';
import { EditResourcePage, NewResourcePage } from './resource-form-page';
import { ResourcePage } from './resource-page';
import type { PoolingPage } from './resource-paths';

/** The pooling area of a network (issue 6): one component per page, chosen from the path by `matchPoolingPath`. */
export function PoolingArea({ slug, page }: { slug: string; page: PoolingPage }) {
  switch (page.page) {
    case 'find':
      return <FindResourcesPage key={slug} slug={slug} />;
    case 'new':
      return <NewResourcePage key={slug} slug={slug} />;
    case 'resource':
      return <ResourcePage key={page.id} slug={slug} id={page.id} />;
    case 'edit':
      return <EditResourcePage key={page.id} slug={slug} id={page.id} />;
    case 'bookings':
      return <BookingsPage key={slug} slug={slug} />;
    case 'mine':
      return <MyResourcesPage key={slug} slug={slug} />;
    case 'report':
      return <ReportPage key={slug} slug={slug} />;
    case 'overview':
      return <OverviewPage key={slug} slug={slug} />;
  }
}
