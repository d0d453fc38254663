// The relationship types API's shape (`RelationshipTypeView`): the 360° view offers the active ones when a
// relationship is added, and administrators manage them all on the relationship types page.

/**
 * A kind of relationship. `label` reads from the `from` side ("Employee of"), `inverseLabel` from the `to`
 * side ("Employer of"); a symmetric type reads the same both ways. Built-in types never change; deactivated
 * custom types stay on existing relationships but cannot be chosen for new ones.
 */
export type RelationshipType = {
  code: string;
  label: string;
  inverseLabel: string;
  symmetric: boolean;
  builtIn: boolean;
  active: boolean;
  version: number;
};

/**
 * Every cached list of relationship types starts with this key, so a change made on the administrators' page
 * refreshes the list the 360° view offers too.
 */
export const RELATIONSHIP_TYPES_QUERY_KEY = ['relationship-types'] as const;
