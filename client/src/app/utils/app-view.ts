/** The screens, chosen with `?view=`; the programme view is the default and has no parameter. */
export const APP_VIEWS = ['programmes', 'admin-users', 'audit', 'releases'] as const;
export type AppView = (typeof APP_VIEWS)[number];

const ADMIN_VIEWS: ReadonlySet<AppView> = new Set(['admin-users', 'audit', 'releases']);

/**
 * The view to show for a `?view=` value. Unknown values, and admin screens for anyone else, fall
 * back to the programmes: the server refuses their data anyway, the UI just does not offer them.
 */
export function visibleView(requested: string | null, admin: boolean): AppView {
  const view = APP_VIEWS.find(candidate => candidate === requested) ?? 'programmes';
  return ADMIN_VIEWS.has(view) && !admin ? 'programmes' : view;
}

/** A shareable link to `view`, keeping the other parameters (e.g. the selected programme). */
export function viewHref(view: AppView, search: string): string {
  const params = new URLSearchParams(search);
  if (view === 'programmes') {
    params.delete('view');
  } else {
    params.set('view', view);
  }
  const query = params.toString();
  return query ? `?${query}` : '/';
}
