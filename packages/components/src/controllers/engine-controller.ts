import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseEngineApi, LearningEvent } from '@coursekit/engine';

/** An element that plays in an engine: it has an `engine` property. */
export type EngineHost = ReactiveControllerHost & { engine?: CourseEngineApi | undefined };

/** How the controller treats the engine's events. */
export interface EngineControllerOptions {
  /** Called for every learning event, in order, before the element re-renders. */
  onEvent?: (event: LearningEvent) => void;
  /** Which events re-render the element: all of them (default), or only language changes. */
  update?: 'all' | 'language';
  /**
   * Called once the engine's rules (scenarios, assessments, scoring) have arrived, before the
   * element re-renders; an engine that had them from the start calls nothing. Until then its
   * scenario and assessment calls throw CK645 (see `engineReady`).
   */
  onReady?: () => void;
}

/**
 * Whether an engine's scenario and assessment calls work now: `false` only for an engine whose
 * rules are still loading (`LazyCourseEngine`); an engine without `ready` (a host's own) has them.
 *
 * @example
 * this.view = engineReady(engine) ? engine.scenario(id) : null;
 */
export function engineReady(engine: CourseEngineApi): boolean {
  return engine.ready !== false;
}

/**
 * Waits, when it must, for an engine's rules, so that a learner's action taken while they load is
 * carried out when they arrive rather than lost.
 *
 * @example
 * await rulesArrived(engine);
 * engine.choose(scenarioId, choiceId);
 */
export async function rulesArrived(engine: CourseEngineApi): Promise<void> {
  if (!engineReady(engine)) await engine.whenReady();
}

/**
 * Binds an element to a CourseEngine: subscribes to the engine's learning events while the
 * element is connected, moves to a new engine when the `engine` property changes, unsubscribes on
 * disconnect, and requests an update on each event, so the element renders the engine's state.
 * Rules stay in the engine; the element sends learner input back as engine calls.
 *
 * @example
 * class CkProgressNote extends LitElement {
 *   @property({ attribute: false }) engine?: CourseEngineApi;
 *   private bound = new EngineController(this, { onEvent: (e) => e.type === 'course-completed' && this.celebrate() });
 *   render() { return html`${this.engine?.progress.percent ?? 0}%`; }
 * }
 */
export class EngineController implements ReactiveController {
  private current: CourseEngineApi | undefined;
  private off: (() => void) | undefined;
  private readonly options: EngineControllerOptions;

  constructor(
    private readonly host: EngineHost,
    options: EngineControllerOptions | ((event: LearningEvent) => void) = {},
  ) {
    this.options = typeof options === 'function' ? { onEvent: options } : options;
    host.addController(this);
  }

  /** The engine the element is bound to now, if any. */
  get engine(): CourseEngineApi | undefined {
    return this.current;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = undefined;
    this.current = undefined;
  }

  /** Follows the host's engine now (call before acting on a newly set engine, e.g. in willUpdate). */
  sync(): void {
    if (this.host.engine === this.current) return;
    this.off?.();
    this.current = this.host.engine;
    const engine = this.current;
    this.off = engine?.on((event) => {
      this.options.onEvent?.(event);
      if (this.options.update !== 'language' || event.type === 'language-changed') this.host.requestUpdate();
    });
    if (engine && !engineReady(engine)) {
      void engine.whenReady().then(() => {
        if (this.current !== engine) return;
        this.options.onReady?.();
        this.host.requestUpdate();
      });
    }
  }
}
