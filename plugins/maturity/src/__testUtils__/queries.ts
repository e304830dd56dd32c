/**
 * The accessible label of the chart whose label starts with `prefix`. Charts are `role="img"`
 * with an aria-label; a CSS lookup is much faster than a role query over a large page.
 */
export function chartLabel(prefix: string): string | null {
  const chart = [
    ...document.querySelectorAll<HTMLElement>('[role="img"][aria-label]'),
  ].find(element => element.getAttribute('aria-label')!.startsWith(prefix));
  return chart?.getAttribute('aria-label') ?? null;
}
