import { css, html } from 'lit';
import { StudioElement } from './element';
import { property, state } from 'lit/decorators.js';
import type { StudioStore } from './store';
import { baseStyles } from './styles';

const PREVIEW_DELAY = 400;

/** The page the preview frame loads: the real player from the Studio server, the course folder as base for assets. */
const FRAME = `<!doctype html><html lang="id"><head><meta charset="utf-8"><base href="/course/"><title>CourseKit</title>
<script type="module" src="/player/coursekit.js"></script><style>body{margin:0}</style></head>
<body><main><ck-course-player></ck-course-player></main></body></html>`;

interface PlayerElement extends HTMLElement {
  course?: unknown;
  lang: string;
  goTo(pageId: string): boolean;
}

/**
 * @summary The live preview: the real `<ck-course-player>` in a frame at phone or desktop width,
 * playing the course as edited (unsaved changes included) and showing the page being edited.
 */
export class CkStudioPreview extends StudioElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: flex; flex-direction: column; min-height: 0; }
      .bar { display: flex; gap: 0.25rem; align-items: center; padding: 0.25rem 0; }
      .bar h2 { font-size: 1rem; margin: 0 auto 0 0; }
      [aria-pressed='true'] { background: #1d4ed8; color: #fff; border-color: #1d4ed8; }
      .stage { flex: 1; overflow: auto; background: #e5e7eb; display: flex; justify-content: center; min-height: 24rem; }
      iframe { border: 0; background: #fff; height: 100%; min-height: 24rem; }
    `,
  ];

  @state() private width: 'phone' | 'desktop' = 'desktop';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown = '';

  private readonly onChange = () => this.schedule();

  override connectedCallback(): void {
    super.connectedCallback();
    this.store.addEventListener('change', this.onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.removeEventListener('change', this.onChange);
    clearTimeout(this.timer);
  }

  /** The id of the page being edited (the selection or the page it is in), or ''. */
  private pageId(): string {
    const m = /^\/modules\/(\d+)\/pages\/(\d+)/.exec(this.store.selection);
    if (!m) return '';
    return String((this.store.valueAt(m[0]) as { id?: string } | undefined)?.id ?? '');
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.show(), PREVIEW_DELAY);
  }

  /** Gives the player the course as it is now and opens the page being edited. */
  private show(): void {
    const frame = this.renderRoot.querySelector('iframe');
    const player = frame?.contentDocument?.querySelector<PlayerElement>('ck-course-player');
    if (!player || !frame?.contentWindow?.customElements.get('ck-course-player')) return;
    const course = structuredClone(this.store.doc.course) as Record<string, unknown>;
    // Any page at any time: the preview follows the editor, not the course's navigation rules.
    course.navigation = { ...(course.navigation as object), mode: 'free' };
    const key = JSON.stringify(course) + this.store.lang;
    const page = this.pageId();
    if (key === this.shown) {
      if (page) player.goTo(page);
      return;
    }
    this.shown = key;
    if (page) player.addEventListener('ck-ready', () => player.goTo(page), { once: true });
    player.lang = this.store.languages.includes(this.store.lang) ? this.store.lang : (this.store.languages[0] ?? 'id');
    player.course = course;
  }

  private async loaded(): Promise<void> {
    const win = this.renderRoot.querySelector('iframe')?.contentWindow as (Window & typeof globalThis) | null | undefined;
    // The player focuses the page it opens, as it should for learners; in Studio the designer keeps
    // typing in the form. So the preview moves focus within itself only while it has focus.
    if (win) {
      const focus = win.HTMLElement.prototype.focus;
      win.HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
        if (win.document.hasFocus()) focus.call(this, options);
      };
    }
    await win?.customElements.whenDefined('ck-course-player');
    this.shown = '';
    this.show();
  }

  protected override render() {
    const t = this.store.t;
    return html`<div class="bar">
        <h2>${t.preview}</h2>
        <button type="button" aria-pressed=${this.width === 'phone' ? 'true' : 'false'} @click=${() => (this.width = 'phone')}>${t.phone}</button>
        <button type="button" aria-pressed=${this.width === 'desktop' ? 'true' : 'false'} @click=${() => (this.width = 'desktop')}>${t.desktop}</button>
      </div>
      <div class="stage">
        <iframe title=${t.previewFrame} srcdoc=${FRAME} style="width:${this.width === 'phone' ? '360px' : '100%'}" @load=${() => void this.loaded()}></iframe>
      </div>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ck-studio-preview': CkStudioPreview;
  }
}

