import type { Activity, Context, ContextActivities } from '../statements/types';
import { CMI5 } from '../vocabulary';

function mergeList(template: Activity[] | undefined, ours: Activity[] | undefined): Activity[] | undefined {
  if (!template?.length) return ours?.length ? ours : undefined;
  const ids = new Set(template.map((a) => a.id));
  return [...template, ...(ours ?? []).filter((a) => !ids.has(a.id))];
}

/**
 * A statement's context on the cmi5 context template (cmi5 10.0, contextTemplate): our values are
 * added, the template's are never overwritten (its registration, session id, publisher id grouping
 * and any other LMS values win). `kind` adds the cmi5 category (defined statements, 9.6.2.1) and
 * the moveOn category (defined statements with success or completion, 9.6.2.2).
 *
 * @example
 * const context = onTemplate(statement.context, launchData.contextTemplate, 'defined-moveon');
 * context.contextActivities.category; // [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }, { id: '…/moveon' }]
 */
export function onTemplate(ours: Context | undefined, template: Context, kind: 'allowed' | 'defined' | 'defined-moveon'): Context {
  const merged: Context = { ...ours, ...template };
  const a: ContextActivities = ours?.contextActivities ?? {};
  const t: ContextActivities = template.contextActivities ?? {};
  const category: Activity[] = kind === 'allowed' ? [] : [{ id: CMI5.categoryCmi5, objectType: 'Activity' }];
  if (kind === 'defined-moveon') category.push({ id: CMI5.categoryMoveOn, objectType: 'Activity' });
  // An allowed statement must not carry the cmi5 (or moveOn) category, whoever put it there (cmi5 7.1.3).
  const ourCategory = (a.category ?? []).filter((c) => c.id !== CMI5.categoryCmi5 && c.id !== CMI5.categoryMoveOn);
  const activities: ContextActivities = {};
  for (const key of ['parent', 'grouping', 'other'] as const) {
    const list = mergeList(t[key], a[key]);
    if (list) activities[key] = list;
  }
  const categories = mergeList(t.category, [...category, ...ourCategory]);
  if (categories) activities.category = kind === 'allowed' ? categories.filter((c) => c.id !== CMI5.categoryCmi5 && c.id !== CMI5.categoryMoveOn) : categories;
  if (Object.keys(activities).length) merged.contextActivities = activities;
  else delete merged.contextActivities;
  const extensions = { ...ours?.extensions, ...template.extensions };
  if (Object.keys(extensions).length) merged.extensions = extensions;
  return merged;
}
