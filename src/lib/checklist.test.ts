import { describe, expect, it } from 'vitest';
import { parseSavedTicks, withCheckboxes } from './checklist';

describe('withCheckboxes', () => {
  it('puts a checkbox named by the title before every step title, and leaves the title plain heading text', () => {
    const html = '<li class="step"><h3 id="finish-orders" class="step-title">Finish <b>orders</b></h3><div class="step-body">x</div></li>';
    expect(withCheckboxes(html)).toBe(
      '<li class="step"><input type="checkbox" class="step-check" id="done-finish-orders" name="finish-orders" aria-labelledby="finish-orders">' +
        '<h3 id="finish-orders" class="step-title">Finish <b>orders</b></h3><div class="step-body">x</div></li>',
    );
  });

  it('leaves other headings alone', () => {
    expect(withCheckboxes('<h3 id="x">Other</h3>')).toBe('<h3 id="x">Other</h3>');
  });
});

describe('parseSavedTicks', () => {
  it('reads a saved list and ignores anything else', () => {
    expect(parseSavedTicks('["a","b"]')).toEqual(['a', 'b']);
    expect(parseSavedTicks('["a",3]')).toEqual(['a']);
    expect(parseSavedTicks('{"a":1}')).toEqual([]);
    expect(parseSavedTicks('not json')).toEqual([]);
    expect(parseSavedTicks(null)).toEqual([]);
  });
});
