/**
 * Electronic seals (GB/T 38540): creating a department's seal — a new SM2 key in the vault, the seal information
 * after GB/T 38540's SES_SealInfo, the picture, and the platform root key's signature over the canonical seal
 * information — and finding the seal a department signs with. Management use-cases (rotate, revoke, list) build on
 * these (seals.ts).
 */
import { randomInt } from 'node:crypto';
import { canonicalJson, encodeUtf8 } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { DbOrTx, Tx } from '../../platform/db/database.ts';
import type { Selectable } from 'kysely';
import type { SealTable } from '../../platform/db/schema.ts';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import { rootKeyOf } from './licence-keys.ts';
import { renderSealSvg } from './outputs/seal-picture.ts';

export type SealRow = Selectable<SealTable>;
export const SEAL_INFO_FORMAT = 'onetrip.seal/1';

export interface SealDepartment {
  id: string;
  name: string;
  credit_code: string;
  region_code: string;
}

export interface NewSealInput {
  department: SealDepartment;
  /** e.g. 电子证照专用章 (the text printed under the star). */
  sealName?: string;
  sealType?: 'licence' | 'official';
  validFrom: Date;
  /** Default: five years. */
  validUntil?: Date;
  createdBy: string | null;
}

/** 印章编码: the region's 6 digits, year and month, and 4 random digits (unique, retried on a clash). */
function sealCodeOf(department: SealDepartment, at: Date): string {
  const ym = `${at.getUTCFullYear()}${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
  return `${department.region_code.slice(0, 6)}${ym}${String(randomInt(0, 10_000)).padStart(4, '0')}`;
}

/**
 * The seal information the root key signs, after GB/T 38540 SES_SealInfo (header, esID, property, picture,
 * extDatas) as JSON; the picture is bound by its SM3 digest.
 */
export function sealInfoOf(input: {
  sealCode: string; name: string; sealType: 'licence' | 'official'; publicKeyPem: string; createdAt: Date; validFrom: Date; validUntil: Date;
  pictureSvg: string; department: SealDepartment;
}): Record<string, unknown> {
  return {
    format: SEAL_INFO_FORMAT,
    header: { id: 'ES', version: 4, vid: 'OneTrip' },
    esID: input.sealCode,
    property: {
      type: input.sealType,
      name: input.name,
      certListType: 'sm2-public-key-pem',
      certList: [input.publicKeyPem],
      createDate: input.createdAt.toISOString(),
      validStart: input.validFrom.toISOString(),
      validEnd: input.validUntil.toISOString(),
    },
    picture: { type: 'svg', sm3: sm3Hex(input.pictureSvg), width: 42, height: 42 },
    extDatas: { departmentName: input.department.name, departmentCode: input.department.credit_code, regionCode: input.department.region_code },
  };
}

/** Creates and stores an active seal for the department (the caller checks there is none; the unique index enforces it). */
export async function createSealRecord(deps: Pick<Deps, 'db' | 'keys'>, tx: Tx, input: NewSealInput): Promise<SealRow> {
  const root = await rootKeyOf(deps.db, deps.keys);
  const key = await deps.keys.generateKeyPair(`department:${input.department.id}`);
  const name = input.sealName ?? `${input.department.name}电子证照专用章`;
  const validUntil = input.validUntil ?? new Date(Date.UTC(input.validFrom.getUTCFullYear() + 5, input.validFrom.getUTCMonth(), input.validFrom.getUTCDate()));
  const createdAt = new Date();
  for (let attempt = 0; ; attempt++) {
    const sealCode = sealCodeOf(input.department, createdAt);
    const clash = await tx.selectFrom('seals').select('id').where('seal_code', '=', sealCode).executeTakeFirst();
    if (clash && attempt < 5) continue;
    const pictureSvg = renderSealSvg({ departmentName: input.department.name, sealName: input.sealName ?? '电子证照专用章', sealCode });
    const info = sealInfoOf({ sealCode, name, sealType: input.sealType ?? 'licence', publicKeyPem: key.publicKeyPem, createdAt, validFrom: input.validFrom, validUntil, pictureSvg, department: input.department });
    const signature = await deps.keys.sign(root.keyId, encodeUtf8(canonicalJson(info)));
    return tx.insertInto('seals').values({
      seal_code: sealCode, department_id: input.department.id, name, seal_type: input.sealType ?? 'licence', signing_key_id: key.keyId,
      valid_from: input.validFrom, valid_until: validUntil, picture_svg: pictureSvg, seal_info: JSON.stringify(info), root_key_id: root.keyId,
      root_signature: Buffer.from(signature), created_by: input.createdBy, created_at: createdAt,
    }).returningAll().executeTakeFirstOrThrow();
  }
}

/** The department's active seal (valid now), or undefined: what signing needs, not the picture. */
export async function activeSealOf(db: DbOrTx, departmentId: string, now = new Date()): Promise<Pick<SealRow, 'id' | 'name' | 'signing_key_id' | 'valid_from' | 'valid_until'> | undefined> {
  return db.selectFrom('seals').select(['id', 'name', 'signing_key_id', 'valid_from', 'valid_until']).where('department_id', '=', departmentId).where('status', '=', 'active')
    .where('valid_from', '<=', now).where('valid_until', '>', now).executeTakeFirst();
}
