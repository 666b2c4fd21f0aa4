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
    // Russian and Ukrainian put the month in the genitive after a day and in the locative after "in".
    expect(numbersIn('проверено 23 ноября 2026 г.', 'ru')).toEqual(expected);
    expect(numbersIn('в ноябре 2026 г., 23', 'ru').sort()).toEqual([...expected].sort());
    expect(numbersIn('перевірено 23 листопада 2026 р.', 'uk')).toEqual(expected);
    expect(numbersIn('у листопаді 2026 р., 23', 'uk').sort()).toEqual([...expected].sort());
    expect(numbersIn('ตรวจสอบเมื่อ 23 พฤศจิกายน ค.ศ. 2026', 'th')).toEqual(expected);
    expect(numbersIn('23 พ.ย. 2026', 'th')).toEqual(expected);
    // Thai writes "in July 2024" as one run of letters before the year.
    expect(numbersIn('ในเดือนกรกฎาคม 2024', 'th')).toEqual(['7', '2024']);
    expect(numbersIn('ngày 23 tháng 11 năm 2026', 'vi')).toEqual(expected);
    expect(numbersIn('diperiksa pada 23 November 2026', 'id')).toEqual(expected);
  });

  it('reads a month word only beside a number', () => {
    expect(numbersIn('в мае', 'ru')).toEqual([]);
    expect(numbersIn('30 мая', 'ru')).toEqual(['30', '5']);
  });

  it('reads native digits as digits', () => {
    expect(asciiDigits('٢٣ ۲۳ २३ ૨૩ ๒๓ ２３')).toBe('23 23 23 23 23 23');
    expect(numbersIn('๒๓ พฤศจิกายน ๒๐๒๖', 'th')).toEqual(['23', '11', '2026']);
    expect(numbersIn('٢٣ نوفمبر ٢٠٢٦', 'ar')).toEqual(['23', '11', '2026']);
    expect(numbersIn('૨૪ કલાક', 'gu')).toEqual(['24']);
  });

  it('drops thousands separators, in every grouping, and keeps a provision or a decimal as its parts', () => {
    expect(numbersIn('1,000 and 1.000 and 1 000 and 1 000 and 1,00,000', 'en')).toEqual(['1000', '1000', '1000', '1000', '100000']);
    expect(numbersIn('Article 12(3)', 'en')).toEqual(['12', '3']);
    expect(numbersIn('artículo 12.3', 'es')).toEqual(['12', '3']);
    expect(numbersIn('статья 14 закона 152-ФЗ', 'ru')).toEqual(['14', '152']);
    expect(numbersIn('10 000 и 10\u00A0000', 'ru')).toEqual(['10000', '10000']);
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
    expect(numbersIn('1,978 млрд вон', 'ru')).toEqual([value]);
    expect(numbersIn('1,978 мільярда вон', 'uk')).toEqual([value]);
    expect(numbersIn('1,978 ล้านวอน', 'th')).toEqual([value]);
    expect(numbersIn('1.978 พันล้านวอน', 'th')).toEqual([value]);
    expect(numbersIn('1,978 tỷ won', 'vi')).toEqual([value]);
    expect(numbersIn('KRW 1,978 miliar', 'id')).toEqual([value]);
  });

  it('does not read a word as a number: "may" is not May, Korean 제36조 is not 36 trillion, "three" is not 3', () => {
    expect(numbersIn('you may 5 times', 'en')).toEqual(['5']);
    expect(numbersIn('개인정보 보호법 제36조', 'ko')).toEqual(['36']);
    expect(numbersIn('three ways', 'en')).toEqual([]);
  });
});
