import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './flip-cards';
import type { CkFlipCards } from './flip-cards.component';
import { deepActive, tabTo } from '../internal/test/keyboard';
import { axeViolations, settle } from '../internal/test/axe';

afterEach(() => document.querySelectorAll('ck-flip-cards').forEach((e) => e.remove()));

describe('<ck-flip-cards>', () => {
  it('turns a card from the keyboard, keeps focus on its button and announces the side shown', async () => {
    const el = document.createElement('ck-flip-cards') as CkFlipCards;
    el.heading = 'Boleh atau tidak?';
    el.cards = [
      { front: 'Parsel dari rekanan', back: '**Tolak.**' },
      { front: 'Kue dari tetangga', back: 'Boleh.' },
    ];
    document.body.append(el);
    await settle(el);
    const flips: string[] = [];
    el.addEventListener('ck-flip', (e) => flips.push(`${e.detail.index}:${e.detail.flipped}`));
    await tabTo('li:nth-child(2) .flip');
    expect(deepActive()?.textContent!.trim()).toBe('Balik kartu 2 dari 2');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    const button = deepActive()!;
    expect([button.textContent!.trim(), button.getAttribute('aria-pressed')]).toEqual(['Balik lagi kartu 2 dari 2', 'true']);
    expect(el.shadowRoot!.querySelectorAll('.face')[1]!.textContent!.trim()).toBe('Boleh.');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Kartu 2: sisi belakang.');
    await userEvent.keyboard(' ');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.face')[1]!.textContent!.trim()).toBe('Kue dari tetangga');
    expect(flips).toEqual(['1:true', '1:false']);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.flip')!.textContent!.trim()).toBe('Turn over card 1 of 2');
    expect(await axeViolations(el)).toEqual([]);
  });
});
