/**
 * A text that names an English screen label, split so that the label can be marked as English (WCAG 2.2, 3.1.2
 * language of parts): "빨간색 Delete my account 버튼 누르기" with the label "Delete my account" becomes three parts,
 * the middle one English. Step titles and questions name their label in a `label` attribute (content/README.md).
 */
export interface TextPart {
  text: string;
  /** True for the English label. */
  english: boolean;
}

export function labelledText(text: string, label?: string): TextPart[] {
  const at = label ? text.indexOf(label) : -1;
  if (!label || at < 0) return [{ text, english: false }];
  return [
    { text: text.slice(0, at), english: false },
    { text: label, english: true },
    { text: text.slice(at + label.length), english: false },
  ].filter((part) => part.text !== '');
}
