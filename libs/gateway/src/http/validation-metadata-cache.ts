import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type ValidationMetadata = Parameters<MetadataStorage['addValidationMetadata']>[0];
type Grouped = ReturnType<MetadataStorage['groupByPropertyName']>;
/** A validated class (class-validator's own parameter type). */
type Target = Parameters<MetadataStorage['getTargetValidationMetadatas']>[0];

const INSTALLED = Symbol.for('civicloop.validation-metadata-cache');

/**
 * class-validator looks up a class's rules on every validation (and for every nested object) by
 * walking all decorated classes with `instanceof` for inherited rules, then groups them by
 * property: a large share of the gateway's CPU per request, for an answer that only changes when
 * a decorator runs. This remembers both per class and options, and forgets them whenever a rule is
 * added (a class defined later), so the rules applied are exactly the ones class-validator would
 * find. The callers only read the arrays they get.
 */
export function cacheValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  const marked = storage as MetadataStorage & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let rulesOf = new Map<Target, Map<string, ValidationMetadata[]>>();
  let groupedOf = new WeakMap<ValidationMetadata[], Grouped>();

  storage.addValidationMetadata = (metadata) => {
    rulesOf = new Map();
    groupedOf = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    // undefined and [] select the same rules, as do null and undefined for the schema.
    const key = JSON.stringify([schema ?? null, Boolean(always), Boolean(strictGroups), groups ?? []]);
    let byOptions = rulesOf.get(target);
    if (!byOptions) rulesOf.set(target, (byOptions = new Map()));
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.groupByPropertyName = (metadata) => {
    let grouped = groupedOf.get(metadata);
    if (!grouped) groupedOf.set(metadata, (grouped = group(metadata)));
    return grouped;
  };
}
