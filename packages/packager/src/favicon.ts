import type { ResolvedCourse } from '@coursekit/schema';

const COLOR = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

/**
 * The launch page's icon, so a browser's request for `/favicon.ico` never ends in a 404: the
 * course theme's logo (a file packaged with the course), else a small shield drawn in the theme's
 * accent colour, as a data URL (allowed by the package's `img-src 'self' data:`).
 *
 * @example
 * faviconHref(course); // 'assets/logo.svg', or 'data:image/svg+xml,…'
 */
export function faviconHref(course: Pick<ResolvedCourse, 'theme'>): string {
  const logo = course.theme?.logo?.src;
  if (logo && !/^[a-z][a-z0-9+.-]*:|^\//i.test(logo)) return logo;
  const accent = course.theme?.colorAccent?.trim();
  const fill = accent && COLOR.test(accent) ? accent : '#0b5cad';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 4 6v9c0 7.5 5.1 13.2 12 15 6.9-1.8 12-7.5 12-15V6z" fill="${fill}"/><path d="m10 16 4.5 4.5L23 12" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
