import { JstType } from '@caf/schema';
import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from './base.entity';

// The TERYT shape per JST type, mirrored from schema/domain/teryt.ts so that no write path
// (imports, psql, a future service) can store a code the application would reject.
const TERYT_MATCHES_TYPE = `(
  (jst_type = 'WOJEWODZTWO' AND teryt ~ '^[0-9]{2}$') OR
  (jst_type = 'POWIAT' AND teryt ~ '^[0-9]{2}([0-5][0-9]|60)$' AND substr(teryt, 3, 2) <> '00') OR
  (jst_type = 'MIASTO_NA_PRAWACH_POWIATU' AND teryt ~ '^[0-9]{2}(6[1-9]|[7-9][0-9])[0-9]{2}1$') OR
  (jst_type = 'GMINA_MIEJSKA' AND teryt ~ '^[0-9]{2}([0-5][0-9]|60)[0-9]{2}1$') OR
  (jst_type = 'GMINA_WIEJSKA' AND teryt ~ '^[0-9]{2}([0-5][0-9]|60)[0-9]{2}2$') OR
  (jst_type = 'GMINA_MIEJSKO_WIEJSKA' AND teryt ~ '^[0-9]{2}([0-5][0-9]|60)[0-9]{2}3$')
)`;

@Entity('office')
@Index('IDX_OFFICE_TERYT', ['teryt'], { unique: true })
@Index('IDX_OFFICE_VOIVODESHIP_TYPE', ['voivodeshipCode', 'jstType'])
@Check('CHK_OFFICE_TERYT_TYPE', TERYT_MATCHES_TYPE)
@Check(
  'CHK_OFFICE_VOIVODESHIP',
  "voivodeship_code = left(teryt, 2) AND voivodeship_code IN ('02','04','06','08','10','12','14','16','18','20','22','24','26','28','30','32')",
)
@Check('CHK_OFFICE_POPULATION', 'population > 0')
@Check('CHK_OFFICE_STAFF', 'staff_count > 0')
export class OfficeEntity extends BaseEntity {
  /** Polish collation (ICU), so lists sort Łódź after Lubań, not after Zakopane. */
  @Column({ type: 'text', collation: 'pl-x-icu' })
  name: string;

  @Column({ type: 'enum', enum: Object.values(JstType), enumName: 'jst_type' })
  jstType: JstType;

  @Column('varchar', { length: 7 })
  teryt: string;

  /** TERYT WW prefix, kept as a column so peer-group queries can index it. */
  @Column('char', { length: 2 })
  voivodeshipCode: string;

  @Column('integer')
  population: number;

  @Column('integer')
  staffCount: number;
}
