import type { LookupEntity, LookupHow, NameLookup } from './name-lookup';

const HOW: Readonly<Record<LookupHow, string>> = {
  id: 'by id',
  exact: 'by name',
  title: 'without the title',
  surname: 'by surname',
  phonetic: 'as another spelling',
};

function entityLine(e: LookupEntity): string {
  const nodes = e.ids.length > 1 ? `, ${e.ids.length} nodes` : '';
  const articles = `${e.articles} article${e.articles === 1 ? '' : 's'}`;
  return `${e.name} (${e.type ?? 'Entity'}, ${e.id}${nodes}, ${articles})`;
}

/**
 * What `newsgraph query` tells on stderr about an entity name it looked up: which entity a name
 * found other than by its exact name or id, the candidates of an ambiguous name, or the closest
 * names when none fits ("did you mean"). Undefined when there is nothing to say.
 */
export function describeLookup(lookup: NameLookup): string | undefined {
  const given = `${lookup.param} "${lookup.given}"`;
  switch (lookup.outcome) {
    case 'found':
      return lookup.how === 'exact' || lookup.how === 'id'
        ? undefined
        : `${given}: ${entityLine(lookup.entity)}, found ${HOW[lookup.how]}`;
    case 'ambiguous':
      return [
        `warning: ${given} fits ${lookup.candidates.length} entities; the query ran for none. Give a fuller name or an id:`,
        ...lookup.candidates.map((c) => `  ${entityLine(c)}`),
      ].join('\n');
    case 'not-found':
      return lookup.suggestions.length === 0
        ? `warning: ${given} matches no entity in the graph`
        : `warning: ${given} matches no entity in the graph; did you mean: ${lookup.suggestions.map((s) => s.name).join(', ')}?`;
  }
}
