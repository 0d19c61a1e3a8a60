/** A validation problem found in the gazetteer, located by its YAML path before it gets a line number. */
export interface GazetteerProblem {
  path: (string | number)[];
  /** Set when the problem is a key of the map at `path` (an unknown field). */
  key?: string;
  message: string;
}
