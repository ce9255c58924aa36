import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseEngineApi, LearningEvent } from '@coursekit/engine';

/**
 * Keeps an element subscribed to its `engine`'s learning events while connected: subscribes
 * when the engine is set or the element connects, moves to a new engine when it changes, and
 * unsubscribes on disconnect. A language change re-renders the host, so UI strings and course
 * text switch in place without losing state.
 *
 * @example
 * private events = new EngineSubscription(this, (e) => this.onLearningEvent(e));
 */
export class EngineSubscription implements ReactiveController {
  private current: CourseEngineApi | undefined;
  private off: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { engine?: CourseEngineApi | undefined },
    private readonly onEvent: (event: LearningEvent) => void = () => {},
  ) {
    host.addController(this);
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

  /** Follows the host's engine now (call before acting on a newly set engine). */
  sync(): void {
    if (this.host.engine === this.current) return;
    this.off?.();
    this.current = this.host.engine;
    this.off = this.current?.on((event) => {
      if (event.type === 'language-changed') this.host.requestUpdate();
      this.onEvent(event);
    });
  }
}
