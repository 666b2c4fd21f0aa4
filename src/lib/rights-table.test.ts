import { describe, expect, it } from 'vitest';
import { loadFacts } from './facts-file';
import { regulatorsOf, rightsRows } from './rights-table';

const { facts } = loadFacts(new URL('../..', import.meta.url).pathname);

describe('rightsRows', () => {
  it('gives the EU and EEA states one row, each place keeping its own regulator', () => {
    const rows = rightsRows(facts, []);
    const eu = rows.find((row) => row.places.includes('fr'))!;
    expect(eu.places).toEqual(expect.arrayContaining(['de', 'at', 'fr', 'it', 'nl', 'pl', 'pt', 'eu-other']));
    expect(eu.regulators.find((r) => r.place === 'fr')?.regulators).toEqual(['cnil']);
    expect(eu.regulators.find((r) => r.place === 'de')?.regulators).toEqual(['de-land-authority', 'bfdi']);
  });

  it('keeps a place apart when its law differs (Spain adds the LOPDGDD)', () => {
    const spain = rightsRows(facts, []).find((row) => row.places.includes('es'))!;
    expect(spain.places).toEqual(['es']);
    expect(spain.alsoUnder.map((a) => a.law)).toEqual(['lopdgdd']);
  });

  it('covers every place once, the readers’ places first', () => {
    const rows = rightsRows(facts, ['kr']);
    expect(rows.flatMap((row) => row.places).sort()).toEqual(Object.keys(facts.jurisdictions).sort());
    expect(rows[0]).toMatchObject({ places: ['kr'], forReaders: true });
  });

  it('lists places with no named regulator as empty, not missing', () => {
    expect(regulatorsOf(facts, ['other', 'ico' in facts.regulators ? 'uk' : 'other'])).toEqual([
      { place: 'other', regulators: [] },
      { place: 'uk', regulators: ['ico'] },
    ]);
  });
});
