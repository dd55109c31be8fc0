/** The `<main>` element: target of the skip link and of focus after in-app navigation. */
export const MAIN_CONTENT_ID = 'main-content';

/** Moves keyboard and screen-reader focus to the start of the new content. */
export function focusMainContent(): void {
  document.getElementById(MAIN_CONTENT_ID)?.focus();
}
