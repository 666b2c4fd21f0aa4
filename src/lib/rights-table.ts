/**
 * The rows of the rights table: one per set of places that share the same law, deadlines and place to send a
 * request (the EU and EEA member states share one row, each with its own regulator), the reader's own places first.
 */
import type { Deadline, Facts, Jurisdiction, Provision } from './facts-schema';

export interface RightsRow {
  /** Jurisdiction ids, in the order of jurisdictions.yaml. */
  places: string[];
  law: string;
  provision?: Provision;
  alsoUnder: { law: string; provision?: Provision }[];
  deadlines: Deadline[];
  /** Each place with its regulators (ids in regulators.yaml); empty where our sources name none. */
  regulators: { place: string; regulators: string[] }[];
  requestLinks: string[];
  requestContacts: string[];
  /** Whether a place in this row is one where readers of the page's language most likely live. */
  forReaders: boolean;
}

/** What makes two places share a row: everything the table shows except the place and its regulator. */
function rowKey(entry: Jurisdiction): string {
  const { erasure, deadlines, requestLinks, requestContacts } = entry;
  return JSON.stringify({ erasure, deadlines, requestLinks, requestContacts });
}

export function rightsRows(facts: Facts, readerPlaces: readonly string[]): RightsRow[] {
  const rows = new Map<string, RightsRow>();
  for (const [id, entry] of Object.entries(facts.jurisdictions)) {
    const key = rowKey(entry);
    let row = rows.get(key);
    if (!row) {
      row = {
        places: [],
        law: entry.erasure.law,
        provision: entry.erasure.provision,
        alsoUnder: entry.erasure.alsoUnder ?? [],
        deadlines: entry.deadlines ?? [],
        regulators: [],
        requestLinks: entry.requestLinks,
        requestContacts: entry.requestContacts,
        forReaders: false,
      };
      rows.set(key, row);
    }
    row.places.push(id);
    row.regulators.push({ place: id, regulators: entry.regulators });
    if (readerPlaces.includes(id)) row.forReaders = true;
  }
  const all = [...rows.values()];
  return [...all.filter((row) => row.forReaders), ...all.filter((row) => !row.forReaders)];
}

/** The regulators of some places, in the order given, each place with its own list (empty where none is named). */
export function regulatorsOf(facts: Facts, places: readonly string[]): { place: string; regulators: string[] }[] {
  return places.map((place) => ({ place, regulators: facts.jurisdictions[place].regulators }));
}
