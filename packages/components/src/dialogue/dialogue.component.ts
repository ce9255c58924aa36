import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { DialogueLine as FormatLine } from '@coursekit/schema';
import { LanguageController } from '../i18n/language-controller';
import { renderMarkdown } from '../markdown/render';
import { blockStrings } from '../translations/blocks';
import { dialogueStyles } from './dialogue.styles';

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
}

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgb|hsl)a?\([\d\s.,%/+-]{1,60}\))$/i;

/**
 * @summary Characters talking: each line with the speaker's picture (or initial), name, role and
 * mood in words, as an ordered list so a screen reader hears who speaks in which order.
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
  /** UI language (`id`, `en`). */
  @property() override lang = '';

  private language = new LanguageController(this);

  protected override render() {
    const s = this.language.strings(blockStrings);
    const lang = this.language.tag;
    return html`<ol part="base" class="base" aria-label=${s.dialogue}>
      ${this.lines.map(
        (line) => html`<li part="line" class="line" .style=${line.color && SAFE_COLOR.test(line.color) ? `--_character:${line.color}` : ''}>
          ${line.avatar
            ? html`<img part="avatar" class="avatar" src=${line.avatar.src} alt=${line.avatar.alt} />`
            : html`<span part="avatar" class="avatar initial" aria-hidden="true">${[...line.name][0] ?? ''}</span>`}
          <div>
            <p class="speaker">
              <strong>${line.name}</strong>${line.role ? html`<span class="role">, ${line.role}</span>` : nothing}${line.mood && line.mood !== 'neutral'
                ? html`<span class="mood"> (${s.mood[line.mood]})</span>`
                : nothing}<span class="visually-hidden"> ${s.says}:</span>
            </p>
            <div part="bubble" class="bubble prose">${renderMarkdown(line.text, { lang })}</div>
          </div>
        </li>`,
      )}
    </ol>`;
  }
}
