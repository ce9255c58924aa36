import type { Assessment, ChoiceNode, EndingNode, ResolvedCourse, Scenario } from '@coursekit/schema';
import { ACTIVITY_TYPE } from '../vocabulary';
import { type ActivityIds, activityIds, courseActivityBase } from './ids';
import { languageMap } from './language';
import type { Activity, ActivityDefinition } from './types';

/**
 * The activities of one course, with definitions in every course language: what a statement
 * names as its object or in its context. Lookups are built once; an id the course does not have
 * still gives an activity (with the id only), so a statement is never lost to a stale id.
 *
 * @example
 * const activities = new CourseActivities(course);
 * activities.module('m1'); // { objectType: 'Activity', id: 'urn:coursekit:tour/module/m1', definition: { type: '…/module', name: { id: '…', en: '…' } } }
 */
export class CourseActivities {
  readonly ids: ActivityIds;
  readonly base: string;
  private readonly languages: readonly string[];
  private readonly modules = new Map<string, ResolvedCourse['modules'][number]>();
  private readonly pages = new Map<string, { moduleId: string; page: ResolvedCourse['modules'][number]['pages'][number] }>();
  private readonly assessments = new Map<string, Assessment>();
  private readonly scenarios = new Map<string, Scenario>();

  constructor(
    readonly course: ResolvedCourse,
    /** The course activity's own id, when it is not the base (cmi5: the AU's activityId from the launch). */
    private readonly courseId?: string,
  ) {
    this.base = courseActivityBase(course);
    this.ids = activityIds(this.base);
    this.languages = course.languages?.length ? course.languages : [course.defaultLanguage];
    for (const m of course.modules ?? []) {
      this.modules.set(m.id, m);
      for (const p of m.pages ?? []) this.pages.set(p.id, { moduleId: m.id, page: p });
    }
    for (const a of course.assessments ?? []) this.assessments.set(a.id, a);
    for (const s of course.scenarios ?? []) this.scenarios.set(s.id, s);
  }

  private activity(id: string, definition: ActivityDefinition): Activity {
    const clean = Object.fromEntries(Object.entries(definition).filter(([, v]) => v !== undefined)) as ActivityDefinition;
    return { objectType: 'Activity', id, definition: clean };
  }

  /** The course itself (the AU in cmi5). */
  courseActivity(): Activity {
    return this.activity(this.courseId ?? this.ids.course, {
      type: ACTIVITY_TYPE.course,
      name: languageMap(this.course.title, this.languages),
      description: languageMap(this.course.description, this.languages),
    });
  }

  /** The course as a context activity: id and type only, enough to filter on. */
  courseRef(): Activity {
    return { objectType: 'Activity', id: this.courseId ?? this.ids.course, definition: { type: ACTIVITY_TYPE.course } };
  }

  module(moduleId: string): Activity {
    return this.activity(this.ids.module(moduleId), { type: ACTIVITY_TYPE.module, name: languageMap(this.modules.get(moduleId)?.title, this.languages) });
  }

  /** The module a page belongs to, from the course. */
  moduleOfPage(pageId: string): string | undefined {
    return this.pages.get(pageId)?.moduleId;
  }

  page(pageId: string): Activity {
    return this.activity(this.ids.page(pageId), { type: ACTIVITY_TYPE.page, name: languageMap(this.pages.get(pageId)?.page.title, this.languages) });
  }

  assessment(assessmentId: string): Activity {
    const a = this.assessments.get(assessmentId);
    return this.activity(this.ids.assessment(assessmentId), {
      type: ACTIVITY_TYPE.assessment,
      name: languageMap(a?.title, this.languages),
      description: languageMap(a?.description, this.languages),
    });
  }

  scenario(scenarioId: string): Activity {
    const s = this.scenarios.get(scenarioId);
    return this.activity(this.ids.scenario(scenarioId), {
      type: ACTIVITY_TYPE.simulation,
      name: languageMap(s?.title, this.languages),
      description: languageMap(s?.description, this.languages),
    });
  }

  /** A scenario's choice node as a choice interaction: its prompt and every choice it can offer. */
  scenarioNode(scenarioId: string, nodeId: string, offered: readonly string[]): Activity {
    const scenario = this.scenarios.get(scenarioId);
    const node = scenario?.nodes.find((n): n is ChoiceNode => n.id === nodeId && n.type === 'choice');
    const choices = node ? node.choices : offered.map((id) => ({ id, text: undefined }));
    return this.activity(this.ids.scenarioNode(scenarioId, nodeId), {
      type: ACTIVITY_TYPE.interaction,
      interactionType: 'choice',
      name: languageMap(scenario?.title, this.languages),
      description: languageMap(node?.prompt, this.languages),
      choices: choices.map((c) => {
        const description = languageMap(c.text, this.languages);
        return description ? { id: c.id, description } : { id: c.id };
      }),
    });
  }

  /** One choice of a scenario node, named by its text in every language. */
  scenarioChoice(scenarioId: string, nodeId: string, choiceId: string): Activity {
    const node = this.scenarios.get(scenarioId)?.nodes.find((n): n is ChoiceNode => n.id === nodeId && n.type === 'choice');
    const choice = node?.choices.find((c) => c.id === choiceId);
    return this.activity(this.ids.scenarioChoice(scenarioId, nodeId, choiceId), { type: ACTIVITY_TYPE.choice, name: languageMap(choice?.text, this.languages) });
  }

  /** A scenario's ending node, from the course. */
  ending(scenarioId: string, endingId: string): EndingNode | undefined {
    return this.scenarios.get(scenarioId)?.nodes.find((n): n is EndingNode => n.id === endingId && n.type === 'ending');
  }

  certificate(): Activity {
    const settings = this.course.certificate;
    return this.activity(this.ids.certificate(), { type: ACTIVITY_TYPE.certificate, name: languageMap(settings?.title ?? this.course.title, this.languages) });
  }

  /** The course's languages, in the order the author listed them. */
  get courseLanguages(): readonly string[] {
    return this.languages;
  }
}
