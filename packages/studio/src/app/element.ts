import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { StudioStore } from './store';

/**
 * A Studio element: it gets the app's store as a property and renders again whenever the store
 * changes (an edit, an undo, new diagnostics, a save).
 */
export class StudioElement extends LitElement {
  @property({ attribute: false }) store!: StudioStore;

  private watched?: StudioStore;
  private readonly onStoreChange = () => this.requestUpdate();

  private watch(store: StudioStore | undefined): void {
    if (this.watched === store) return;
    this.watched?.removeEventListener('change', this.onStoreChange);
    this.watched = store;
    store?.addEventListener('change', this.onStoreChange);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watch(this.store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watch(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.isConnected) this.watch(this.store);
  }
}
