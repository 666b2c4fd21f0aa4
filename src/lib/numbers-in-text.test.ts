import { describe, expect, it } from 'vitest';
import { asciiDigits, numbersIn } from './numbers-in-text';

describe('numbersIn', () => {
  it('reads a date the same way whether the month is a word or a number', () => {
    const expected = ['23', '11', '2026'];
    expect(numbersIn('checked on 23 November 2026', 'en')).toEqual(expected);
    expect(numbersIn('geprüft am 23. November 2026', 'de')).toEqual(expected);
    expect(numbersIn('revisado el 23 de noviembre de 2026', 'es')).toEqual(expected);
    expect(numbersIn('ב-23 בנובמבר 2026', 'he')).toEqual(expected);
    expect(numbersIn('w listopadzie 2026 r., 23', 'pl').sort()).toEqual([...expected].sort());
    expect(numbersIn('2026年11月23日に確認', 'ja').sort()).toEqual([...expected].sort());
    expect(numbersIn('2026년 11월 23일', 'ko').sort()).toEqual([...expected].sort());
  });

  it('reads native digits as digits', () => {
    expect(asciiDigits('٢٣ ۲۳ २३ ૨૩ ２３')).toBe('23 23 23 23 23');
    expect(numbersIn('٢٣ نوفمبر ٢٠٢٦', 'ar')).toEqual(['23', '11', '2026']);
    expect(numbersIn('૨૪ કલાક', 'gu')).toEqual(['24']);
  });

  it('drops thousands separators, in every grouping, and keeps a provision or a decimal as its parts', () => {
    expect(numbersIn('1,000 and 1.000 and 1 000 and 1 000 and 1,00,000', 'en')).toEqual(['1000', '1000', '1000', '1000', '100000']);
    expect(numbersIn('Article 12(3)', 'en')).toEqual(['12', '3']);
    expect(numbersIn('artículo 12.3', 'es')).toEqual(['12', '3']);
    expect(numbersIn('2026-07-30', 'en')).toEqual(['2026', '7', '30']);
  });

  it('counts an amount with a scale word by its value, in every language', () => {
    const value = '1978000000';
    expect(numbersIn('KRW 1.978 billion', 'en')).toEqual([value]);
    expect(numbersIn('1,978 Milliarden Won', 'de')).toEqual([value]);
    expect(numbersIn('1978 millones de wones', 'es')).toEqual([value]);
    expect(numbersIn('19억 7,800만 원', 'ko')).toEqual([value]);
    expect(numbersIn('19億7,800万ウォン', 'ja')).toEqual([value]);
    expect(numbersIn('1.978 अरब वॉन', 'hi')).toEqual([value]);
  });

  it('does not read a word as a number: "may" is not May, Korean 제36조 is not 36 trillion, "three" is not 3', () => {
    expect(numbersIn('you may 5 times', 'en')).toEqual(['5']);
    expect(numbersIn('개인정보 보호법 제36조', 'ko')).toEqual(['36']);
    expect(numbersIn('three ways', 'en')).toEqual([]);
  });
});
