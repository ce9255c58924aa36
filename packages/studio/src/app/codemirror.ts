// CodeMirror 6 for the Markdown fields, in a chunk of its own that the app loads when a form first
// shows a Markdown field. The Markdown language is @lezer/markdown's parser (CommonMark with GFM)
// given straight to CodeMirror: @codemirror/lang-markdown would bring the HTML grammar it creates
// at load (for HTML blocks), and with it the CSS and JavaScript grammars, which course text never
// needs.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, defineLanguageFacet, Language, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { GFM, parser } from '@lezer/markdown';

const markdownLanguage = new Language(defineLanguageFacet({ commentTokens: { block: { open: '<!--', close: '-->' } } }), parser.configure(GFM), [], 'markdown');

/** What a Markdown editor needs from its field. */
export interface EditorOptions {
  parent: HTMLElement;
  root: ShadowRoot;
  doc: string;
  /** The accessible name of the editor. */
  label: string;
  invalid: boolean;
  onChange(text: string): void;
  onBlur(): void;
}

/** A CodeMirror editor for Markdown: history, the default keys, Markdown highlighting, lines wrapped. */
export function createEditor(o: EditorOptions): EditorView {
  return new EditorView({
    root: o.root,
    parent: o.parent,
    state: EditorState.create({
      doc: o.doc,
      extensions: [
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        new LanguageSupport(markdownLanguage),
        syntaxHighlighting(defaultHighlightStyle),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': o.label, 'aria-invalid': String(o.invalid) }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) o.onChange(u.state.doc.toString());
        }),
        // Dropped files are not text to insert: the editor leaves them to Studio, which copies them into assets/.
        EditorView.domEventHandlers({ blur: () => void o.onBlur(), drop: (e) => !!e.dataTransfer?.files.length }),
      ],
    }),
  });
}

/** Replaces the editor's text (a change that came from elsewhere: undo, a reload). */
export function setText(view: EditorView, text: string): void {
  if (view.state.doc.toString() !== text) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
