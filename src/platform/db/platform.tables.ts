/** Table types of the platform module. */
export interface CpvCodeTable {
  code: string;
  parent: string | null;
  level: number;
  label_sv: string;
  label_en: string | null;
}

export interface PlatformTables {
  cpv_code: CpvCodeTable;
}
