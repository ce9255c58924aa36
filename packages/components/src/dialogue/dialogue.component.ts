import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localize } from '@coursekit/engine/course';
import type { AssetPath, DialogueBlock, DialogueLine as FormatLine, LocalizedText, ResolvedCourse } from '@coursekit/schema';
import { LanguageController } from '../i18n/language-controller';
import { renderMarkdown } from '../markdown/render';
import { blockStrings } from '../translations/blocks';
import { dialogueStyles } from './dialogue.styles';
import { moodSign } from '../internal/portrait';

/** One line of a dialogue, with the character's name and picture already looked up. */
export interface DialogueLine {
  name: string;
  role?: string | undefined;
  avatar?: { src: string; alt: string } | undefined;
  /** The character's colour (a plain CSS colour; anything else is ignored). */
  color?: string | undefined;
  /** What they say, in the safe Markdown subset. */
  text: string;
  mood?: FormatLine['mood'];
  /** The character's portrait for this line's mood, shown instead of `avatar`; its alt names the expression. */
  expression?: { src: string; alt: string } | undefined;
}

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgb|hsl)a?\([\d\s.,%/+-]{1,60}\))$/i;

/**
 * @summary Characters talking: each line with the speaker's picture (or initial), name and role,
 * as an ordered list so a screen reader hears who speaks in which order. A mood shows on the
 * portrait: the line's `expression` picture, or a small drawn sign on the avatar; the mood is in
 * the picture's text alternative, not printed beside the name.
 *
 * @csspart base - The list of lines.
 * @csspart line - Each line.
 * @csspart avatar - Each picture.
 * @csspart bubble - Each speech bubble.
 *
 * @cssproperty --ck-dialogue-bubble-background - Background of the speech bubbles.
 *
 * @example
 * <ck-dialogue></ck-dialogue>
 * <script>document.querySelector('ck-dialogue').lines = [{ name: 'Bu Sari', role: 'Kepala Seksi', text: 'Ada parsel untuk Bapak.' }];</script>
 */
export class CkDialogue extends LitElement {
  static override styles = dialogueStyles;

  /** The lines, in order. */
  @property({ attribute: false }) lines: DialogueLine[] = [];
  /** A dialogue block of `course`, shown instead of `lines`: the player sets it, with `course` and `asset`. */
  @property({ attribute: false }) block?: DialogueBlock;
  /** The course whose `characters` the block's lines name. */
  @property({ attribute: false }) course?: ResolvedCourse;
  /** Resolves a course asset path (a portrait) to a URL. */
  @property({ attribute: false }) asset: (path: AssetPath) => string = (path) => path;
  /** UI language (`id`, `en`). */
  @property() override lang = '';
  /** The course's default language, for course text not written in `lang`. */
  @property({ attribute: 'fallback-lang' }) fallbackLang = '';

  /** The block's lines with each character's name, role and portrait looked up in the course. */
  private blockLines(block: DialogueBlock): DialogueLine[] {
    const t = (value: LocalizedText): string => localize(value, this.lang, this.fallbackLang || this.lang);
    const characters = this.course?.characters ?? [];
    return block.lines.map((line) => {
      const c = characters.find((x) => x.id === line.character);
      const face = line.mood ? c?.expressions?.[line.mood] : undefined;
      return {
        name: c ? t(c.name) : line.character,
        role: c?.role ? t(c.role) : undefined,
        avatar: c?.avatar ? { src: this.asset(c.avatar.src), alt: t(c.avatar.alt) } : undefined,
        color: c?.color,
        text: t(line.text),
        mood: line.mood,
        expression: face ? { src: this.asset(face.src), alt: t(face.alt) } : undefined,
      };
    });
  }

  private language = new LanguageController(this);

  // Renders once the UI strings of its language are there (they load on demand).
  protected override scheduleUpdate() {
    return this.language.update(() => super.scheduleUpdate());
  }

  private renderPortrait(line: DialogueLine, words: Record<NonNullable<DialogueLine['mood']>, string>) {
    const mood = line.mood && line.mood !== 'neutral' ? line.mood : null;
    if (line.expression) return html`<span class="portrait"><img part="avatar" class="avatar" src=${line.expression.src} alt=${line.expression.alt} /></span>`;
    const sign = moodSign(mood);
    if (line.avatar) {
      return html`<span class="portrait"><img part="avatar" class="avatar" src=${line.avatar.src} alt=${mood ? `${line.avatar.alt}, ${words[mood]}` : line.avatar.alt} />${sign}</span>`;
    }
    return html`<span class="portrait"
      ><span part="avatar" class="avatar initial" aria-hidden="true">${[...line.name][0] ?? ''}</span>${mood ? html`<span class="visually-hidden">${line.name}, ${words[mood]}</span>` : nothing}${sign}</span
    >`;
  }

  protected override render() {
    const s = this.language.strings(blockStrings);
    const lang = this.language.tag;
    return html`<ol part="base" class="base" aria-label=${s.dialogue}>
      ${(this.block ? this.blockLines(this.block) : this.lines).map(
        (line) => html`<li part="line" class="line" style=${line.color && SAFE_COLOR.test(line.color) ? `--_character:${line.color}` : ''}>
          ${this.renderPortrait(line, s.mood)}
          <div>
            <p class="speaker">
              <strong>${line.name}</strong>${line.role ? html`<span class="role">, ${line.role}</span>` : nothing}<span class="visually-hidden"> ${s.says}:</span>
            </p>
            <div part="bubble" class="bubble prose">${renderMarkdown(line.text, { lang })}</div>
          </div>
        </li>`,
      )}
    </ol>`;
  }
}
