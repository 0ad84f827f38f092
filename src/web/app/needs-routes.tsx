import { ConversationPage } from '../features/posts/conversation-page';
import { DigestUnsubscribePage } from '../features/posts/digest-preference';
import { NeedsPage } from '../features/posts/needs-page';
import { NewPostPage } from '../features/posts/post-form-page';
import { PostPage } from '../features/posts/post-page';
import { SkillsPage } from '../features/skills/skills-page';
import { TaskforcePage } from '../features/taskforces/taskforce-page';
import { TaskforcesPage } from '../features/taskforces/taskforces-page';
import type { ResolvedRoute } from './routes';

type Match = (pattern: string) => Record<string, string> | null;

/** The routes of needs and offers (area "needs"), skills and jobs ("skills") and taskforces ("projects"). */
export function needsRouteOf(is: Match): ResolvedRoute | undefined {
  const page = (slug: string | undefined, render: () => React.ReactNode): ResolvedRoute | undefined => (slug ? { access: 'user', networkSlug: slug, render } : undefined);
  // The link at the foot of the weekly digest of matches works signed out.
  if (is('/digest/unsubscribe')) return { access: 'public', render: () => <DigestUnsubscribePage /> };
  let m = is('/n/:slug/needs');
  if (m) return page(m.slug, () => <NeedsPage key={m!.slug} slug={m!.slug!} />);
  m = is('/n/:slug/needs/new');
  if (m) return page(m.slug, () => <NewPostPage key={m!.slug} slug={m!.slug!} />);
  m = is('/n/:slug/needs/:id');
  if (m?.id) return page(m.slug, () => <PostPage key={m!.id} slug={m!.slug!} id={m!.id!} />);
  m = is('/n/:slug/conversations/:id');
  if (m?.id) return page(m.slug, () => <ConversationPage key={m!.id} slug={m!.slug!} id={m!.id!} />);
  m = is('/n/:slug/skills');
  if (m) return page(m.slug, () => <SkillsPage key={m!.slug} slug={m!.slug!} />);
  m = is('/n/:slug/projects');
  if (m) return page(m.slug, () => <TaskforcesPage key={m!.slug} slug={m!.slug!} />);
  m = is('/n/:slug/projects/:id');
  if (m?.id) return page(m.slug, () => <TaskforcePage key={m!.id} slug={m!.slug!} id={m!.id!} />);
  return undefined;
}
