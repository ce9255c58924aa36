import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '@coursekit/schema';
import type { MeterState } from './scenario.model';
import type { ScenarioStrings } from '../translations/scenario';

/**
 * The variable meters: one `role="meter"` per visible variable, named by its label, with its value
 * as text ("65 dari 100"), and the last change as a visible +/- chip (screen readers hear the change
 * from the live region instead, so the chip is hidden from them). The fill's width is set from
 * `data-width` by the element after rendering.
 *
 * @example
 * renderMeters(meterStates(scenario, view.variables), changes, scenarioStrings.id, (t) => engine.text(t));
 */
export function renderMeters(meters: MeterState[], changes: MeterState[], s: ScenarioStrings, text: (t: LocalizedText) => string): TemplateResult | typeof nothing {
  if (meters.length === 0) return nothing;
  return html`
    <ul part="meters" class="meters" aria-label=${s.meters}>
      ${meters.map((m) => {
        const change = changes.find((c) => c.name === m.name);
        const percent = m.max === m.min ? 100 : ((m.value - m.min) / (m.max - m.min)) * 100;
        return html`
          <li part="meter" class="meter">
            <span class="meter-label" id="meter-${m.name}">${text(m.label)}</span>
            <span class="meter-value" aria-hidden="true">
              ${m.value}${change ? html` <span class="delta ${change.delta > 0 ? 'up' : 'down'}">${change.delta > 0 ? '+' : '−'}${Math.abs(change.delta)}</span>` : nothing}
            </span>
            <div
              class="track"
              role="meter"
              aria-labelledby="meter-${m.name}"
              aria-valuemin=${m.min}
              aria-valuemax=${m.max}
              aria-valuenow=${m.value}
              aria-valuetext=${s.meterValue(m.value, m.max)}
            >
              <div class="fill" data-width=${percent}></div>
            </div>
          </li>
        `;
      })}
    </ul>
  `;
}
