/**
 * Ofsted's Annex A template as data: its lists (one sheet each), their columns in order with Ofsted's
 * exact headings, and the drop-down codes of each coded column. Generated into template.ts.
 */
export type AnnexAColumnType = 'id' | 'text' | 'date' | 'age' | 'integer' | 'postcode' | 'category';

export interface AnnexAColumn {
  readonly heading: string;
  readonly type: AnnexAColumnType;
  /** Ofsted allows the cell to be empty. */
  readonly blank: boolean;
  /** The code list (in `annexACodeLists`) of a category column. */
  readonly codes?: string;
  /** Case-insensitive patterns for headings councils spell in many ways (regular expression sources). */
  readonly headerPatterns?: readonly string[];
}

export interface AnnexAList {
  readonly list: number;
  /** The sheet name in Ofsted's template: `List 1` … `List 11`. */
  readonly sheet: string;
  readonly subject: string;
  readonly columns: readonly AnnexAColumn[];
}

export interface AnnexACode {
  /** As Ofsted's drop-down shows it, e.g. `a) WBRI`, `q) 6: Police`, `C2: FCO`. */
  readonly label: string;
  /** The DfE code inside it (`WBRI`, `6`, `C2`), or the label's words where it has none (`Male`, `Yes`). */
  readonly code: string;
}
