import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, howTo, jsonLd, plainText, questionsFromSource, stepsFromSource } from './structured-data';

const source = `---
title: x
---

## In your phone's browser

<Steps>
<Step id="log-in" title="Log in">

Open **aliexpress.com** and [log in](/en/desktop/#log-in).

</Step>
<Step id="delete-my-account" title="Tap the red button">

Tap <UiLabel en="Delete my account">내 계정 삭제</UiLabel>, then <UiLabel en="Verify" />.

</Step>
</Steps>

## In the AliExpress app

<Steps>
<Step id="app-open-settings" title="Open Settings">

Go to \`Account\`.

</Step>
</Steps>
`;

describe('structured data from the MDX source', () => {
  it('reads steps with their text and section', () => {
    expect(stepsFromSource(source)).toEqual([
      { id: 'log-in', title: 'Log in', text: 'Open aliexpress.com and log in.', section: "In your phone's browser" },
      { id: 'delete-my-account', title: 'Tap the red button', text: 'Tap Delete my account (내 계정 삭제), then Verify.', section: "In your phone's browser" },
      { id: 'app-open-settings', title: 'Open Settings', text: 'Go to Account.', section: 'In the AliExpress app' },
    ]);
  });

  it('groups steps from two sections into HowToSections, one list otherwise', () => {
    const page = { url: 'https://x.org/en/mobile-browser/', title: 'T', description: 'D', lang: 'en' };
    const data = howTo(page, stepsFromSource(source));
    expect(data.step).toHaveLength(2);
    expect(data.step[0]).toMatchObject({ '@type': 'HowToSection', name: "In your phone's browser" });
    const single = howTo(page, stepsFromSource(source).slice(0, 2));
    expect(single.step.map((s) => (s as { url: string }).url)).toEqual(['https://x.org/en/mobile-browser/#log-in', 'https://x.org/en/mobile-browser/#delete-my-account']);
  });

  it('reads attributes in single quotes', () => {
    expect(questionsFromSource(`<FaqItem id="a" question='Is "x" it?'>\n\nYes.\n\n</FaqItem>`)[0].question).toBe('Is "x" it?');
  });

  it('reads questions and answers', () => {
    const faq = questionsFromSource('<FaqItem id="undo" question="Can I undo it?">\n\nNo. See [after](/en/after-deletion/).\n\n</FaqItem>');
    expect(faq).toEqual([{ id: 'undo', question: 'Can I undo it?', answer: 'No. See after.' }]);
    expect(faqPage({ url: 'u/', title: '', description: '', lang: 'en' }, faq).mainEntity[0].acceptedAnswer.text).toBe('No. See after.');
  });

  it('builds breadcrumbs and escapes < in JSON-LD', () => {
    expect(breadcrumbList([{ name: 'A', url: 'u' }]).itemListElement[0]).toEqual({ '@type': 'ListItem', position: 1, name: 'A', item: 'u' });
    expect(jsonLd({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });

  it('plain text drops markup but keeps words', () => {
    expect(plainText('> **Note:** type `agree` \\{x\\}')).toBe('Note: type agree {x}');
  });
});
