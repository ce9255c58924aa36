import { el, xmlDocument } from '../xml';
import { activityBase, hrefOf, translations, type ManifestInput } from './common';

/**
 * The tincan.xml of an xAPI ("TinCan") package, as LMSs that import TinCan packages read it: one
 * course activity with its name and description in every course language, and the launch file.
 *
 * @example
 * tincanManifest({ course, files, launch: 'index.html' });
 */
export function tincanManifest(input: ManifestInput): string {
  const { course } = input;
  return xmlDocument(
    el(
      'tincan',
      { xmlns: 'http://projecttincan.com/tincan.xsd' },
      el(
        'activities',
        {},
        el(
          'activity',
          { id: activityBase(course), type: 'http://adlnet.gov/expapi/activities/course' },
          ...translations(course, course.title).map(([lang, text]) => el('name', { lang }, text)),
          ...translations(course, course.description).map(([lang, text]) => el('description', { lang }, text)),
          el('launch', { lang: course.defaultLanguage }, hrefOf(input.launch)),
        ),
      ),
    ),
  );
}
