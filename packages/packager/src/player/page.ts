import type { ResolvedCourse } from '@coursekit/schema';
import { defaultTitle } from '../manifest/common';
import type { TargetId } from '../targets';
import { escapeXml } from '../xml';
import { faviconHref } from '../favicon';
import { PRERENDER_ID } from './prerender';

/** What the launch page tells the player besides its target. */
export interface PageOptions {
  /** Script paths inside the package, loaded as modules in order. */
  scripts: readonly string[];
  /** Stylesheets inside the package. */
  styles?: readonly string[];
  /** web target only: an LRS the learner's statements also go to (see the CLI's credential warning). */
  xapi?: { endpoint: string; auth?: string };
  /** web target: the service worker to register for offline use (left out in preview, where it would hide edits). */
  serviceWorker?: string;
  /** SCORM targets: the LMS quirk profile the tracker uses (@coursekit/runtime's QUIRK_PROFILES), when not the default. */
  lms?: string;
  /** The course file the player loads (default `course.json`). */
  course?: string;
  /** Course files the first page needs, fetched with the page (default: the course file). */
  preloads?: readonly string[];
  /** Module scripts the first page needs, declared up front (`modulepreload`) so the browser fetches them in parallel. */
  modulePreloads?: readonly string[];
  /** The first page, rendered at build time (see prerenderFirstPage), shown until the player replaces it. */
  prerender?: string | null;
}

/**
 * The Content-Security-Policy of every package: scripts only from the package (no inline script,
 * no eval), no plugins, no forms posting out. Trackers that talk to an LRS (xapi, cmi5, or web with
 * an LRS) may connect anywhere, since the endpoint arrives with the launch.
 *
 * @example
 * contentSecurityPolicy('scorm12'); // "default-src 'self'; script-src 'self'; …"
 */
export function contentSecurityPolicy(target: TargetId, withLrs = false): string {
  const connect = target === 'xapi' || target === 'cmi5' || withLrs ? "'self' https: http:" : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Lit styles go through adoptedStyleSheets; style attributes (progress bars) need 'unsafe-inline' for styles only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const NOSCRIPT = {
  id: 'Kursus ini membutuhkan JavaScript. Aktifkan JavaScript di peramban Bapak/Ibu, lalu muat ulang halaman ini.',
  en: 'This course needs JavaScript. Turn JavaScript on in your browser, then reload this page.',
};

/**
 * The package's launch page: the course title, its icon (see faviconHref), the player scripts, a
 * plain message for browsers without JavaScript, `<meta>` tags the player reads (target, course
 * file) and, when given, the first page rendered at build time. No inline script.
 *
 * @example
 * indexHtml(course, 'scorm12', { scripts: ['player/coursekit.js'] });
 */
export function indexHtml(course: ResolvedCourse, target: TargetId, options: PageOptions): string {
  const lang = course.defaultLanguage;
  const noscript = NOSCRIPT[lang as keyof typeof NOSCRIPT] ?? NOSCRIPT.en;
  const meta = (name: string, content: string) => `    <meta name="${name}" content="${escapeXml(content)}">`;
  return [
    '<!doctype html>',
    `<html lang="${escapeXml(lang)}">`,
    '  <head>',
    '    <meta charset="utf-8">',
    '    <meta name="viewport" content="width=device-width, initial-scale=1">',
    `    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(target, Boolean(options.xapi))}">`,
    '    <meta name="referrer" content="no-referrer">',
    meta('coursekit:target', target),
    meta('coursekit:course', options.course ?? 'course.json'),
    options.serviceWorker ? meta('coursekit:offline', options.serviceWorker) : null,
    options.lms ? meta('coursekit:lms', options.lms) : null,
    options.xapi ? meta('coursekit:xapi-endpoint', options.xapi.endpoint) : null,
    options.xapi?.auth ? meta('coursekit:xapi-auth', options.xapi.auth) : null,
    `    <title>${escapeXml(defaultTitle(course))}</title>`,
    `    <link rel="icon" href="${escapeXml(faviconHref(course))}">`,
    // The course files the player fetches first, requested with the page (as the player's fetch: same-origin credentials).
    ...(options.preloads ?? [options.course ?? 'course.json']).map((f) => `    <link rel="preload" href="${escapeXml(f)}" as="fetch" crossorigin>`),
    ...(options.modulePreloads ?? []).map((s) => `    <link rel="modulepreload" href="${escapeXml(s)}">`),
    ...(options.styles ?? []).map((s) => `    <link rel="stylesheet" href="${escapeXml(s)}">`),
    ...options.scripts.map((s) => `    <script type="module" src="${escapeXml(s)}"></script>`),
    // The player's <main>, added after the prerendered page, stays hidden until the player removes that page.
    options.prerender ? `    <style>#${PRERENDER_ID} ~ main { display: none; }</style>` : null,
    '  </head>',
    '  <body>',
    `    <noscript><p>${escapeXml(noscript)}</p></noscript>`,
    options.prerender ?? null,
    '  </body>',
    '</html>',
    '',
  ]
    .filter((l) => l !== null)
    .join('\n');
}
