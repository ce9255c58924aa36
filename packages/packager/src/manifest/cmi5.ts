import { el, xmlDocument, type XmlElement } from '../xml';
import { activityBase, hrefOf, masteryFraction, translations, type ManifestInput } from './common';

const CMI5 = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/**
 * The cmi5.xml course structure (cmi5 spec section 13): the course and one assignable unit that
 * launches the player. moveOn (section 13.1.4): "CompletedAndPassed" when the course has mastery
 * rules, else "Completed"; masteryScore (0–1) from the passing score; launchMethod "AnyWindow",
 * since the player works in a frame or a window of its own.
 *
 * @example
 * cmi5Manifest({ course, files, launch: 'index.html' });
 */
export function cmi5Manifest(input: ManifestInput): string {
  const { course } = input;
  const base = activityBase(course);
  const mastery = masteryFraction(course);
  const langstrings = (pairs: Array<[string, string]>): XmlElement[] => pairs.map(([lang, text]) => el('langstring', { lang }, text));
  const title = langstrings(translations(course, course.title));
  // The schema requires a description (textType, one langstring at least): the title stands in when the course has none.
  const described = translations(course, course.description);
  const description = described.length > 0 ? langstrings(described) : title;
  return xmlDocument(
    el(
      'courseStructure',
      { xmlns: CMI5 },
      el('course', { id: base }, el('title', {}, ...title), el('description', {}, ...description)),
      el(
        'au',
        {
          id: `${base}/au`,
          moveOn: mastery === null ? 'Completed' : 'CompletedAndPassed',
          masteryScore: mastery === null ? undefined : String(mastery),
          launchMethod: 'AnyWindow',
        },
        el('title', {}, ...title),
        el('description', {}, ...description),
        el('url', {}, hrefOf(input.launch)),
      ),
    ),
  );
}
