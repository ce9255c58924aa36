import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { CourseEngineApi, LaunchData, LearningEvent, Refusal, Tracker, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { LanguageController } from '../i18n/language-controller';
import { documentLanguage, setDocumentLanguage } from '../i18n/document-language';
import { loadedStrings, loadStrings, stringsReady } from '../i18n/lazy';
import { engineReady } from '../controllers/engine-controller';
import { reportError } from '../events/error';
import type { CkErrorCode, ComponentErrorCode } from '../events/error-codes';
import { CkLearningEvent } from '../events/learning';
import { CkPageChangeEvent } from '../events/page-change';
import { CkReadyEvent } from '../events/ready';
import { themeStyles, type ColorScheme } from '../styles/theme';
import { playerStrings } from '../translations/player';
import { blockStrings } from '../translations/blocks';
import { coursePlayerStyles } from './course-player.styles';
import { checkCourse, fetchCourse, type LoadProblem } from './load';
import { Session, type EngineClass } from '@coursekit/session';
import { renderBlock } from './blocks';
import type { IdentityState } from './results';
import { renderOutline } from './outline';
import { aidsStyles } from './aids.styles';
import { unfinished, type Unfinished } from './required';
import { termStyles } from '../glossary/terms.styles';
import { CourseParts } from './parts';
import { aidStrings } from '../translations/aids';

const LANGUAGE_NAMES: Record<string, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** The player's parts loaded on demand (chunks of their own in the bundles). */
interface Parts {
  results: typeof import('./results');
  prompt: typeof import('./required-prompt');
  terms: typeof import('../glossary/terms');
  aids: typeof import('./aids-pages');
}

// A Map, not an object: the parts are looked up by name, and a build that shortens property names
// must not rename them.
const PART_LOADERS = new Map<keyof Parts, () => Promise<Parts[keyof Parts]>>([
  ['results', () => import('./results')],
  ['prompt', () => import('./required-prompt')],
  ['terms', () => import('../glossary/terms')],
  ['aids', () => import('./aids-pages')],
]);

/**
 * @summary Plays a whole course: outline, page navigation by the course's rules, progress,
 * resume, language switch (Indonesian / English), results with the score against the passing
 * score, and the certificate. Feeds every learning event to its trackers (SCORM, xAPI, local).
 * For the learner: a skip link, the theme's agency logo, module opening illustrations, glossary
 * terms marked at their first use and a glossary page, downloads, a question before "Next"
 * leaves a required scenario or assessment unfinished, and on the results page a way straight
 * back to each unfinished item.
 *
 * Give it `src` (the URL of a course JSON) or a `course` object. Without trackers it just plays.
 *
 * @event ck-ready - The course started (or resumed). detail: { courseId, resumed, language }
 * @event ck-page-change - The learner is moving to another page; cancelable. detail: { moduleId, pageId, index }
 * @event ck-language-change - The learner switched language. detail: { language }
 * @event ck-learning - Every learning event of the engine. detail: the LearningEvent
 * @event ck-error - The course could not be loaded, or a tracker met a problem. detail: { code, message, source, detail }
 *
 * @csspart base - The player.
 * @csspart header - The top bar (title, progress, language, contents button).
 * @csspart outline - The contents: modules and pages.
 * @csspart page - The current page.
 * @csspart pager - Previous / next navigation.
 * @csspart results - The results page.
 * @csspart verdict - The pass / fail line on the results page.
 * @csspart certificate - The certificate on the results page.
 * @csspart exit - The Exit button in the top bar (with `exit-control`).
 * @csspart closed - The screen shown once the learner has exited.
 * @csspart skip-link - The "Skip to content" link, first in the tab order, shown when focused.
 * @csspart logo - The agency logo of the course theme, in the top bar.
 * @csspart module-opener - The module's opening illustration, on its first page.
 * @csspart required-prompt - The question asked before leaving a page whose required activity is unfinished.
 * @csspart unfinished - The results page's list of unfinished items, each a button that goes to it.
 * @csspart glossary - The glossary page.
 * @csspart downloads - The downloads page (and the downloads on the results page).
 *
 * @cssproperty --ck-color-accent - Accent (links, buttons, focus), like every theme token.
 *
 * @example
 * <script type="module" src="coursekit.js"></script>
 * <ck-course-player src="course.json" lang="id"></ck-course-player>
 */
export class CkCoursePlayer extends LitElement {
  static override styles = [coursePlayerStyles, aidsStyles, termStyles];

  /** The engine class to create; default `LazyCourseEngine` from `@coursekit/engine/lazy` (its rules load on demand); `CourseEngine` has them from the start. */
  static engineClass: EngineClass | undefined;

  /** URL of the course JSON (a resolved course, as `coursekit build` writes it). */
  @property() src?: string;
  /** The course itself, instead of `src`. */
  @property({ attribute: false }) course?: ResolvedCourse;
  /** Trackers to feed (SCORM, xAPI, localStorage). Launched before the course starts, so a saved state resumes. */
  @property({ attribute: false }) trackers: Tracker[] = [];
  /** The learner's name for the certificate, when no tracker knows it. */
  @property({ attribute: 'learner-name' }) learnerName = '';
  /** Colour scheme: `auto` (the learner's setting, default), or always `light` or `dark`. */
  @property({ reflect: true }) scheme: ColorScheme = 'auto';
  /** Language to open in when neither a saved state nor the LMS names one (`id`, `en`). */
  @property() override lang = '';

  /**
   * Shows an Exit button ("Keluar") in the top bar. Exiting asks first when an assessment attempt has answers not yet
   * submitted, then ends the session (SCORM Finish/Terminate; cmi5 terminated, then back to the LMS's returnURL) and
   * shows a closing screen. The LMS packages set it.
   */
  @property({ type: Boolean, attribute: 'exit-control' }) exitControl = false;
  /**
   * Sets the page's `<html lang>` to the language the player shows, at the start, on a resume and on
   * every switch, so that screen readers read the rest of the page in it too. For a page that is the
   * course's own (the packages' launch pages set it); without it, only the player carries its language.
   */
  @property({ type: Boolean, attribute: 'document-lang' }) documentLang = false;
  /** idle; asking to confirm; ending the session; ended (the closing screen). */
  @state() private exiting: 'no' | 'confirm' | 'ending' | 'ended' = 'no';
  @state() private status: 'idle' | 'loading' | 'error' | 'ready' = 'idle';
  @state() private problem: LoadProblem | { code: ComponentErrorCode; message: string } | null = null;
  @state() private session: Session | null = null;
  @state() private view: 'page' | 'results' | 'glossary' | 'downloads' = 'page';
  /** Unfinished required activities of the page the learner tried to leave, while the player asks. */
  @state() private required: Unfinished[] | null = null;
  /**
   * The parts a first page does not need, each loaded the first time it is shown: the results page,
   * the required-activity prompt (and the results page's unfinished list), glossary marking, the
   * glossary and downloads pages.
   */
  private loadedParts = new Map<keyof Parts, Parts[keyof Parts]>();
  /** The parts being loaded; `updateComplete` waits for them. */
  private loadingParts = new Map<keyof Parts, Promise<void>>();
  /** The page the learner chose to leave anyway, with its required activity unfinished. */
  private leaveAnyway: string | null = null;
  /** An activity to put focus on once its page is shown. */
  private focusItem: Unfinished | null = null;
  @state() private announcement = '';
  @state() private notices: LaunchData['notices'] = [];
  @state() private trackerTrouble = false;
  @state() private outlineOpen = false;
  @state() private nameOnCertificate = '';
  @state() private identity: IdentityState = { problems: {}, saved: false };
  private focusAfterRender: string | null = null;
  private loadToken = 0;
  private resolvedCourse: ResolvedCourse | null = null;
  /** The parts of a split course (a package's), loaded as the learner needs them; null for a whole course. */
  private parts: CourseParts | null = null;
  @state() private partsFailed = false;
  /** A language the learner picked whose UI strings are on their way, or could not be fetched (`failed`). */
  @state() private switching: { language: string; failed: boolean } | null = null;
  private switchToken = 0;
  private language = new LanguageController(this);

  // Renders once the UI strings of its language are there (they load on demand).
  protected override scheduleUpdate() {
    return this.language.update(() => super.scheduleUpdate());
  }

  /** The running engine, once the course has started. */
  get engine(): CourseEngineApi | undefined {
    return this.session?.engine;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('learnerName') && this.learnerName) this.nameOnCertificate = this.learnerName;
    if ((changed.has('src') || changed.has('course')) && (this.src || this.course)) void this.load();
    else if (changed.has('scheme') && this.resolvedCourse) this.applyTheme(this.resolvedCourse);
    // A view other than the page needs its parts: asked for before it renders (again after Try again).
    if (!this.partsFailed) this.viewParts().forEach((name) => this.loadPart(name));
  }

  /** Loads the course again (the error state's retry button). */
  async load(): Promise<void> {
    const token = ++this.loadToken;
    this.status = 'loading';
    this.problem = null;
    const previous = this.session;
    this.session = null;
    // The UI strings of the language the page is most likely in (the launch page's is the course's
    // default) are fetched beside the course, not after it; a failure is reported once the language is known.
    void loadStrings(this.lang || documentLanguage() || document.documentElement.lang).catch(() => {});
    if (previous) await previous.end();
    const loaded = this.course ? checkCourse(this.course) : await fetchCourse(this.src ?? '');
    if (token !== this.loadToken) return;
    if (!loaded.ok) return this.fail(loaded.problem);
    const course = loaded.course;
    this.resolvedCourse = course;
    this.parts = this.course ? null : CourseParts.of(course, this.src ?? '', () => {
      this.loadedPart('terms')?.forgetFirstUses(course);
      this.requestUpdate();
    });
    this.applyTheme(course);
    const result = await Session.start(course, {
      trackers: this.trackers,
      engineClass: CkCoursePlayer.engineClass,
      language: this.lang || undefined,
      onProblem: (p) => this.onTrackerProblem(p),
      onEvent: (e) => this.onLearningEvent(e),
    });
    if (token !== this.loadToken) {
      if (result.ok) void result.session.end();
      return;
    }
    if (!result.ok) return this.fail({ code: result.code, message: result.message });
    const { session } = result;
    const language = session.engine.language;
    // The first page waits for the UI strings of the learner's language (a resumed learner's may
    // not be the guess) and, in a split course, only for its own module's texts in that language.
    const [partsOk] = await Promise.all([
      !this.parts || this.parts.load(language, [session.engine.currentPage.moduleId]),
      loadStrings(language).catch((error: Error) => {
        // Shown in the language that did arrive, if any (LanguageController holds the render until one has).
        if (token === this.loadToken) reportError(this, { code: 'CK647', message: error.message, source: 'ck-course-player' });
      }),
    ]);
    if (!partsOk) {
      void session.end();
      if (token === this.loadToken) this.fail({ code: 'course-fetch-failed', message: `${this.src}: a part of the course could not be loaded` });
      return;
    }
    if (token !== this.loadToken) return void session.end();
    this.session = session;
    this.status = 'ready';
    // The engine's rules load on demand: what they decide (a page's assessment or scenario done, the next page open) shows when they arrive.
    if (!engineReady(session.engine)) void session.engine.whenReady().then(() => this.session === session && this.requestUpdate());
    this.notices = session.launch.notices;
    this.nameOnCertificate = this.learnerName || session.launch.learner.name || '';
    const resumed = Boolean(session.launch.snapshot);
    if (resumed) this.announcement = loadedStrings(playerStrings, session.engine.language).resumed;
    this.dispatchEvent(new CkReadyEvent({ courseId: course.id, resumed, language: session.engine.language }));
  }

  private fail(problem: { code: ComponentErrorCode; message: string }): void {
    this.status = 'error';
    this.problem = problem;
    reportError(this, { code: problem.code, message: problem.message, source: 'ck-course-player' });
  }

  private applyTheme(course: ResolvedCourse): void {
    const { css, problems } = themeStyles(course.theme, this.scheme);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => !(s as CSSStyleSheet & { ckTheme?: true }).ckTheme), Object.assign(sheet, { ckTheme: true as const })];
    for (const p of problems) reportError(this, { code: 'theme-invalid-value', message: p.message, source: 'ck-course-player' });
  }

  private onTrackerProblem(p: TrackerProblem): void {
    this.trackerTrouble = true;
    // A tracker's problem carries the session's codes or the tracker's own CKnnn (runtime, xapi).
    reportError(this, { code: p.code as CkErrorCode, message: p.message, source: p.tracker, ...(p.detail ? { detail: p.detail } : {}) });
  }

  private onLearningEvent(event: LearningEvent): void {
    this.dispatchEvent(new CkLearningEvent(event));
    this.requestUpdate();
  }

  /** An asset path of the course, resolved against the course file's URL when it came from `src`. */
  private asset = (path: string): string => {
    if (!this.src || /^[a-z][a-z0-9+.-]*:|^\//i.test(path)) return path;
    return new URL(path, new URL(this.src, document.baseURI)).href;
  };

  /** A raster image's intrinsic size, as a package's course records it (`$images`, measured by the packager). */
  private imageSize = (path: string): readonly [number, number] | undefined =>
    (this.resolvedCourse as { $images?: Record<string, [number, number]> } | null)?.$images?.[path];

  private get strings() {
    return this.language.strings(playerStrings);
  }

  /** Goes to a page by id, as the outline does (fires the cancelable `ck-page-change`). */
  goTo(pageId: string): boolean {
    const engine = this.engine;
    if (!engine) return false;
    const ref = engine.pages.find((p) => p.pageId === pageId);
    if (!ref) return false;
    if (ref.pageId === engine.currentPage.pageId) {
      this.showPage();
      return true;
    }
    if (!engine.canGoTo(pageId)) return this.refused({ ok: false, reason: 'locked', message: `page ${pageId} is locked` });
    if (!this.dispatchEvent(new CkPageChangeEvent({ moduleId: ref.moduleId, pageId: ref.pageId, index: ref.index }))) return false;
    const r = engine.goTo(pageId);
    if (!r.ok) return this.refused(r);
    this.showPage();
    return true;
  }

  /**
   * The next page, or the results after the last one. When the page has a required scenario or
   * assessment the learner has not finished, asks first (once per page) and stays.
   */
  next(): boolean {
    const engine = this.engine;
    if (!engine) return false;
    if (this.askBeforeLeaving()) return false;
    const next = engine.pages[engine.currentPage.index + 1];
    if (!next) {
      this.showResults();
      return true;
    }
    return this.goTo(next.pageId);
  }

  /** Shows the required-activity prompt when the current page has unfinished required activities. */
  private askBeforeLeaving(): boolean {
    const engine = this.engine!;
    const page = engine.currentPage.pageId;
    if (this.view !== 'page' || this.leaveAnyway === page) return false;
    const items = unfinished(engine, page);
    if (!items.length) return false;
    this.loadPart('prompt');
    this.required = items;
    this.focusAfterRender = '#required-title';
    return true;
  }

  /** Goes to an unfinished item's page and puts focus on the activity. */
  private openItem(item: Unfinished): void {
    this.required = null;
    this.focusItem = item.kind === 'page' ? null : item;
    if (!this.goTo(item.pageId)) return;
    if (this.focusItem) this.focusAfterRender = null;
  }

  private async focusActivity(item: Unfinished): Promise<void> {
    const el = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown>; focusCurrent?: () => void }>(
      item.kind === 'scenario' ? `ck-scenario[scenario-id="${item.id}"]` : `ck-quiz[assessment-id="${item.id}"]`,
    );
    if (!el) return;
    await el.updateComplete;
    el.scrollIntoView({ block: 'start' });
    if (el.focusCurrent) el.focusCurrent();
    else el.shadowRoot?.querySelector<HTMLElement>('button, [tabindex="-1"]')?.focus();
  }

  /** Opens the glossary or the downloads page. */
  async showAid(which: 'glossary' | 'downloads'): Promise<void> {
    this.loadPart('aids');
    this.view = which;
    this.outlineOpen = false;
    this.required = null;
    this.focusAfterRender = '#aid-title';
    await this.loadingParts.get('aids');
  }

  private skipToContent = (e: Event): void => {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#page-title, #results-title, #aid-title')?.focus();
  };

  /** The previous page. */
  previous(): boolean {
    const engine = this.engine;
    const prev = engine?.pages[engine.currentPage.index - 1];
    if (!engine || !prev) return false;
    return this.goTo(prev.pageId);
  }

  /** Shows the results page. */
  showResults(): void {
    this.loadPart('results');
    this.loadPart('prompt');
    this.required = null;
    this.view = 'results';
    if (this.resolvedCourse?.resources?.length) this.loadPart('aids');
    this.outlineOpen = false;
    this.focusAfterRender = '#results-title';
  }

  private showPage(): void {
    this.view = 'page';
    this.required = null;
    this.leaveAnyway = null;
    this.outlineOpen = false;
    this.announcement = '';
    // WCAG 2.4.3: after navigation, focus goes to the new page's heading, so a keyboard or
    // screen-reader user starts reading the new content, not the old button.
    this.focusAfterRender = '#page-title';
  }

  private refused(r: Refusal): false {
    const s = this.strings;
    this.announcement = (s.refusal as Record<string, string>)[r.reason] ?? s.refusal.other;
    return false;
  }

  /**
   * Says `text` politely to screen readers, through the player's live region, even when it holds
   * the same words already (said while the player was hidden, say): the region is emptied, and
   * filled a moment later, so screen readers hear a change.
   *
   * @example
   * player.announce('Selamat datang kembali.');
   */
  announce(text: string): void {
    this.announcement = '';
    setTimeout(() => (this.announcement = text), 100);
  }

  /**
   * Switches the course and UI language, keeping the learner's place and answers. When that
   * language's UI strings are not loaded yet, the player stays in the language it shows, with a
   * status saying the other is loading, and switches once they are there; when they cannot be
   * fetched it says so, with "Try again", and reports CK647. Picking the language shown meanwhile
   * calls the switch off.
   */
  setLanguage(language: string): void {
    const engine = this.engine;
    if (!engine) return;
    const token = ++this.switchToken;
    this.switching = null;
    if (language === engine.language) return;
    if (stringsReady(language)) {
      engine.setLanguage(language);
      setDocumentLanguage(language, this);
      return;
    }
    this.switching = { language, failed: false };
    loadStrings(language).then(
      () => token === this.switchToken && this.setLanguage(language),
      (error: Error) => {
        if (token !== this.switchToken) return;
        this.switching = { language, failed: true };
        reportError(this, { code: 'CK647', message: error.message, source: 'ck-course-player' });
      },
    );
  }

  /** The title of an assessment whose current attempt has answers not yet submitted, if any. */
  private unsubmitted(): string | null {
    const engine = this.engine;
    if (!engine) return null;
    const attempts = engine.snapshot().assessments;
    const open = (engine.course.assessments ?? []).find((a) => {
      const st = attempts[a.id];
      return st !== undefined && !st.submitted && Object.keys(st.responses).length > 0;
    });
    return open ? engine.text(open.title) : null;
  }

  /** The Exit button: asks first when work would be left unsubmitted, else ends the session. */
  private askExit(): void {
    if (this.unsubmitted() !== null) {
      this.exiting = 'confirm';
      this.focusAfterRender = '#exit-confirm-title';
    } else void this.exit();
  }

  /** Ends the session (every tracker terminates once) and shows the closing screen. */
  async exit(): Promise<void> {
    if (this.exiting === 'ending' || this.exiting === 'ended') return;
    this.exiting = 'ending';
    await this.session?.end();
    this.exiting = 'ended';
    this.focusAfterRender = '#closed-title';
  }

  private cancelExit(): void {
    this.exiting = 'no';
    this.focusAfterRender = '.exit';
  }

  /**
   * A split course: loads what the view shows when it is not there yet (another module, another
   * language), then, while the learner reads, the next module ahead and any earlier one (which
   * the glossary's first uses need), one at a time.
   */
  private followParts(): void {
    const engine = this.engine;
    const parts = this.parts;
    if (!engine || !parts || this.partsFailed) return;
    const language = engine.language;
    const modules = engine.course.modules.map((m) => m.id);
    const at = modules.indexOf(engine.currentPage.moduleId);
    const shown = this.view === 'page' ? [engine.currentPage.moduleId] : modules;
    if (!parts.ready(language, shown)) {
      void parts.load(language, shown).then((ok) => (this.partsFailed = !ok));
      return;
    }
    const ahead = [modules[at + 1], ...modules.slice(0, at)].find((m) => m !== undefined && !parts.ready(language, [m]));
    if (ahead === undefined) return;
    const fetchAhead = () => void parts.load(language, [ahead]);
    if ('requestIdleCallback' in window) requestIdleCallback(fetchAhead, { timeout: 2000 });
    else setTimeout(fetchAhead, 200);
  }

  /** The parts the view shows, beside the page's own (which a page needs only once they are there). */
  private viewParts(): (keyof Parts)[] {
    return this.view === 'page' ? [] : this.view === 'results' ? ['results', 'prompt'] : ['aids'];
  }

  /** A part, once loaded. */
  private loadedPart<K extends keyof Parts>(name: K): Parts[K] | undefined {
    return this.loadedParts.get(name) as Parts[K] | undefined;
  }

  /** Starts loading a part the page does not need up front; it renders once loaded. A failed load is logged and tried again the next time. */
  private loadPart(name: keyof Parts): void {
    if (this.loadedParts.has(name) || this.loadingParts.has(name)) return;
    const done = PART_LOADERS.get(name)!()
      .then((part) => {
        this.loadedParts.set(name, part);
        this.requestUpdate();
      })
      .catch((error: unknown) => {
        console.warn(`[coursekit] the player's ${name} could not be loaded:`, error);
        // The view that waits for it offers to try again.
        if (this.viewParts().includes(name)) this.partsFailed = true;
      })
      .finally(() => this.loadingParts.delete(name));
    this.loadingParts.set(name, done);
  }

  // Lit: `updateComplete` resolves once the parts being loaded have arrived and rendered too.
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.loadingParts.size) {
      await Promise.all(this.loadingParts.values());
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(): void {
    if (this.documentLang && this.engine) document.documentElement.lang = this.engine.language;
    this.followParts();
    // The language menu shows the language on its way, else the one shown (a failed switch puts it back).
    const menu = this.renderRoot.querySelector<HTMLSelectElement>('.language select');
    if (menu && this.engine) menu.value = this.switching && !this.switching.failed ? this.switching.language : this.engine.language;
    if (this.focusItem && this.view === 'page') {
      const item = this.focusItem;
      this.focusItem = null;
      void this.focusActivity(item);
      return;
    }
    if (!this.focusAfterRender) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    // The element to focus may be in a part still loading (or to be tried again): focus it when the part has rendered.
    if (!target && (this.loadingParts.size || this.partsFailed)) return;
    this.focusAfterRender = null;
    target?.focus();
  }

  protected override render() {
    const s = this.strings;
    if (this.status === 'error' && this.problem) {
      return html`<div part="base" class="error" role="alert">
        <h1>${s.loadFailed}</h1>
        <p>${s.loadFailedHint}</p>
        <p class="detail">${this.problem.code}: ${this.problem.message}</p>
        <button class="primary" @click=${() => void this.load()}>${s.retry}</button>
      </div>`;
    }
    const engine = this.engine;
    if (!engine) return html`<div part="base" class="loading" role="status">${this.status === 'idle' ? nothing : s.loading}</div>`;
    if (this.exiting === 'ending' || this.exiting === 'ended') {
      return html`<section part="base closed" class="closed" lang=${engine.language} aria-labelledby="closed-title">
        ${this.exiting === 'ending'
          ? html`<p role="status">${s.closing}</p>`
          : html`<h1 id="closed-title" tabindex="-1">${s.closedTitle}</h1>
              <p>${s.closedHint}</p>`}
      </section>`;
    }
    const course = engine.course;
    const progress = engine.progress;
    const page = engine.currentPage;
    const last = page.index === engine.pages.length - 1;
    const nextRef = engine.pages[page.index + 1];
    const nextLocked = nextRef ? !engine.canGoTo(nextRef.pageId) : false;
    const a = loadedStrings(aidStrings, engine.language);
    const logo = course.theme?.logo;
    const module = course.modules.find((m) => m.id === page.moduleId);
    const opener = module?.image && module.pages[0]?.id === page.pageId ? module.image : undefined;
    // The first page's first picture loads at once (it is what the learner sees first); every other one as it nears the view.
    const firstPicture = page.index === 0 && !opener ? page.page.blocks.findIndex((b) => b.type === 'image') : -1;
    const modules = course.modules.map((m) => m.id);
    const textsReady = !this.parts || this.parts.ready(engine.language, this.view === 'page' ? [page.moduleId] : modules);
    if (course.glossary?.length) this.loadPart('terms');
    const terms = this.loadedPart('terms');
    const aids = this.loadedPart('aids');
    const results = this.loadedPart('results');
    const prompt = this.loadedPart('prompt');
    // Terms are marked at their first use in the course: only once every module up to this one has its texts.
    const uses = terms && (!this.parts || this.parts.ready(engine.language, modules.slice(0, modules.indexOf(page.moduleId) + 1))) ? terms.firstUses(engine) : null;
    // A view other than the page shows once its parts are there; until then a status, not the page
    // left behind, whose pager would be pressed just as it goes. Its Try again loads them anew.
    const viewParts = this.viewParts();
    const waiting = html`<div class="loading" role="status">
      ${this.partsFailed
        ? html`<p>${s.loadFailed} ${s.loadFailedHint}</p>
            <button @click=${() => (this.partsFailed = false)}>${s.retry}</button>`
        : s.loading}
    </div>`;
    return html`<div part="base" class="player" lang=${engine.language}>
      <button type="button" part="skip-link" class="skip-link" @click=${this.skipToContent}>${a.skipToContent}</button>
      <header part="header" class="bar">
        ${logo ? html`<img part="logo" class="brand-logo" src=${this.asset(logo.src)} alt=${engine.text(logo.alt)} />` : nothing}
        <p class="course-title">${engine.text(course.title)}</p>
        <ck-progress value=${progress.percent} max="100" valuetext=${loadedStrings(blockStrings, engine.language).progressValue(progress.viewed, progress.total, progress.percent)} lang=${engine.language}></ck-progress>
        ${course.languages.length > 1
          ? html`<label class="language"
              >${s.language}
              <select @change=${(e: Event) => this.setLanguage((e.target as HTMLSelectElement).value)}>
                ${course.languages.map((l) => html`<option value=${l} lang=${l} ?selected=${l === engine.language}>${LANGUAGE_NAMES[l] ?? l}</option>`)}
              </select></label
            >`
          : nothing}
        <button class="outline-toggle" aria-expanded=${this.outlineOpen ? 'true' : 'false'} aria-controls="outline" @click=${() => (this.outlineOpen = !this.outlineOpen)}>
          ${s.outline}
        </button>
        ${this.exitControl ? html`<button part="exit" class="exit" @click=${() => this.askExit()}>${s.exit}</button>` : nothing}
      </header>
      ${this.exiting === 'confirm'
        ? html`<div class="exit-confirm" role="alertdialog" aria-modal="false" aria-labelledby="exit-confirm-title" aria-describedby="exit-confirm-text" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancelExit()}>
            <h2 id="exit-confirm-title" tabindex="-1">${s.exitConfirmTitle}</h2>
            <p id="exit-confirm-text">${s.exitUnsaved(this.unsubmitted() ?? '')}</p>
            <button class="primary" @click=${() => this.cancelExit()}>${s.exitCancel}</button>
            <button @click=${() => void this.exit()}>${s.exitConfirm}</button>
          </div>`
        : nothing}
      ${this.notices.length
        ? html`<div class="notices">
            ${this.notices.map(
              (n) => html`<div class="notice" role="status">
                <p>${s.notice[n.code] ?? s.noticeOther}</p>
                <button @click=${() => (this.notices = this.notices.filter((x) => x !== n))}>${s.dismiss}</button>
              </div>`,
            )}
          </div>`
        : nothing}
      ${this.trackerTrouble ? html`<p class="status-line" role="status">${s.trackerProblem}</p>` : nothing}
      ${this.switching
        ? html`<p class="status-line" role="status">
            ${this.switching.failed
              ? html`${s.languageFailed(LANGUAGE_NAMES[this.switching.language] ?? this.switching.language)}
                  <button @click=${() => this.setLanguage(this.switching!.language)}>${s.retry}</button>`
              : s.languageLoading(LANGUAGE_NAMES[this.switching.language] ?? this.switching.language)}
          </p>`
        : nothing}
      <div class="layout">
        ${renderOutline({
          engine,
          open: this.outlineOpen,
          view: this.view,
          goTo: (id) => this.goTo(id),
          showResults: () => this.showResults(),
          showAid: course.glossary?.length || course.resources?.length ? (which) => void this.showAid(which) : undefined,
        })}
        <div id="content" class="content" tabindex="-1">
        ${(!textsReady && this.view !== 'page') || viewParts.some((name) => !this.loadedParts.has(name))
          ? waiting
          : this.view === 'glossary' && aids
          ? aids.renderGlossaryPage({ engine, asset: this.asset })
          : this.view === 'downloads' && aids
            ? aids.renderResourceList({ engine, asset: this.asset })
            : this.view === 'results' && results && prompt
          ? results.renderResults({
              engine,
              learnerName: this.nameOnCertificate,
              learnerId: this.session?.launch.learner.id ?? null,
              learnerUnit: this.session?.launch.learner.unit ?? null,
              asset: this.asset,
              identity: this.identity,
              onIdentity: (state) => (this.identity = state),
              onBack: () => this.showPage(),
              unfinished: prompt.renderUnfinished(engine, (item) => this.openItem(item)),
              downloads: aids && aids.resourcesFor(engine).length ? aids.renderResourceList({ engine, asset: this.asset }, 2) : nothing,
            })
          : keyed(
              page.pageId,
              html`<section part="page" class="page" aria-labelledby="page-title">
                ${opener
                  ? html`<figure part="module-opener" class="module-opener">
                      <img
                        src=${this.asset(opener.src)}
                        alt=${engine.text(opener.alt)}
                        width=${this.imageSize(opener.src)?.[0] ?? nothing}
                        height=${this.imageSize(opener.src)?.[1] ?? nothing}
                        decoding="async"
                      />
                    </figure>`
                  : nothing}
                <h1 id="page-title" tabindex="-1">${engine.text(page.page.title)}</h1>
                ${textsReady
                  ? page.page.blocks.map((b, i) => {
                      const here = uses?.get(`${page.pageId}/${i}`);
                      return renderBlock(b, {
                        engine,
                        asset: this.asset,
                        imageSize: this.imageSize,
                        eager: i === firstPicture,
                        ...(here && terms ? { terms: terms.markTerms(engine, here, `${page.pageId}-${i}`) } : {}),
                      });
                    })
                  : waiting}
                ${this.required && prompt
                  ? prompt.renderRequiredPrompt({
                      engine,
                      items: this.required,
                      doItNow: () => this.openItem(this.required![0]!),
                      continueAnyway: () => {
                        this.leaveAnyway = page.pageId;
                        this.required = null;
                        this.next();
                      },
                    })
                  : nothing}
                <nav part="pager" class="pager" aria-label=${s.pageNav}>
                  ${page.index > 0 ? html`<button @click=${() => this.previous()}>${s.previous}</button>` : html`<span></span>`}
                  <span>${s.pageOf(page.index + 1, engine.pages.length)}</span>
                  ${last
                    ? html`<button class="primary" @click=${() => this.next()}>${s.toResults}</button>`
                    : html`<button class="primary" aria-disabled=${nextLocked ? 'true' : 'false'} @click=${() => this.next()}>${s.next}</button>`}
                </nav>
              </section>`,
            )}
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

