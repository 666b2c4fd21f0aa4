import { describe, expect, it } from 'vitest';
import { parseGuidePage } from './guide-model';
import { breadcrumbList, faqPage, howTo, jsonLd } from './structured-data';

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

const steps = parseGuidePage('content/guides/en/mobile-browser.mdx', source).steps;

describe('structured data from the page model', () => {
  it('groups steps from two sections into HowToSections, one list otherwise', () => {
    const page = { url: 'https://x.org/en/mobile-browser/', title: 'T', description: 'D', lang: 'en' };
    const data = howTo(page, steps);
    expect(data.step).toEqual([
      {
        '@type': 'HowToSection',
        name: "In your phone's browser",
        itemListElement: [
          { '@type': 'HowToStep', position: 1, name: 'Log in', text: 'Open aliexpress.com and log in.', url: 'https://x.org/en/mobile-browser/#log-in' },
          {
            '@type': 'HowToStep',
            position: 2,
            name: 'Tap the red button',
            text: 'Tap Delete my account (내 계정 삭제), then Verify.',
            url: 'https://x.org/en/mobile-browser/#delete-my-account',
          },
        ],
      },
      {
        '@type': 'HowToSection',
        name: 'In the AliExpress app',
        itemListElement: [{ '@type': 'HowToStep', position: 1, name: 'Open Settings', text: 'Go to Account.', url: 'https://x.org/en/mobile-browser/#app-open-settings' }],
      },
    ]);
    const single = howTo(page, steps.slice(0, 2));
    expect(single.step.map((s) => (s as { url: string }).url)).toEqual(['https://x.org/en/mobile-browser/#log-in', 'https://x.org/en/mobile-browser/#delete-my-account']);
  });

  it('lists questions with their answers as plain text', () => {
    const { questions } = parseGuidePage('x.mdx', '<FaqItem id="undo" question="Can I undo it?">\n\nNo. See [after](/en/after-deletion/).\n\n</FaqItem>');
    const faq = faqPage({ url: 'u/', title: '', description: '', lang: 'en' }, questions);
    expect(faq.mainEntity).toEqual([{ '@type': 'Question', name: 'Can I undo it?', url: 'u/#undo', acceptedAnswer: { '@type': 'Answer', text: 'No. See after.' } }]);
  });

  it('builds breadcrumbs and escapes < in JSON-LD', () => {
    expect(breadcrumbList([{ name: 'A', url: 'u' }]).itemListElement[0]).toEqual({ '@type': 'ListItem', position: 1, name: 'A', item: 'u' });
    expect(jsonLd({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });
});
