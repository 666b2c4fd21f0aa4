import { describe, expect, it } from 'vitest';
import { labelledText } from './labelled-text';

describe('labelledText', () => {
  it('marks the label inside a title as English', () => {
    expect(labelledText('빨간색 Delete my account 버튼 누르기', 'Delete my account')).toEqual([
      { text: '빨간색 ', english: false },
      { text: 'Delete my account', english: true },
      { text: ' 버튼 누르기', english: false },
    ]);
  });

  it('keeps a title that starts or ends with its label in two parts, and a title without a label in one', () => {
    expect(labelledText('Delete account を選ぶ', 'Delete account')).toEqual([
      { text: 'Delete account', english: true },
      { text: ' を選ぶ', english: false },
    ]);
    expect(labelledText('Log in to AliExpress')).toEqual([{ text: 'Log in to AliExpress', english: false }]);
    expect(labelledText('Log in', 'Verify')).toEqual([{ text: 'Log in', english: false }]);
  });
});
