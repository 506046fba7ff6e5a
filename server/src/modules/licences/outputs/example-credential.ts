// A signed example licence credential for tests (like documents/notice-examples.ts): a fresh SM2 key pair signs the
// example licence and its Verifiable Credential exactly as issuance does, synchronously (tests only; the service
// signs in the Sm2Pool).
import {
  canonicalLicenceBytes,
  credentialSigningBytes,
  unsignedLicenceCredential,
  withProofValue,
  type LicenceCredential,
  type LicenceMetadata,
} from '@onetrip/core';
import { EXAMPLE_LICENCE } from '../../../../../core/src/licences/fixtures.ts';
import { generateSm2KeyPair, sm2Sign } from '../../../platform/crypto/sm2.ts';

export const EXAMPLE_BASE_URL = 'https://zwfw.example.gov.cn';
export const EXAMPLE_SEAL_ID = '3f0c2a9e-5b7d-4e61-9a0b-1c2d3e4f5a6b';

export interface SignedExample {
  credential: LicenceCredential;
  publicKeyHex: string;
  metadata: LicenceMetadata;
}

export function signedExampleCredential(metadata: LicenceMetadata = EXAMPLE_LICENCE): SignedExample {
  const keys = generateSm2KeyPair();
  const licenceSignatureDer = sm2Sign(canonicalLicenceBytes(metadata), keys.privateKeyHex, keys.publicKeyHex);
  const unsigned = unsignedLicenceCredential(metadata, {
    baseUrl: EXAMPLE_BASE_URL,
    sealId: EXAMPLE_SEAL_ID,
    statusListId: 1,
    statusListIndex: 4242,
    created: new Date('2026-11-23T01:02:03.456Z'),
    licenceSignatureDer,
  });
  const credential = withProofValue(unsigned, sm2Sign(credentialSigningBytes(unsigned), keys.privateKeyHex, keys.publicKeyHex));
  return { credential, publicKeyHex: keys.publicKeyHex, metadata };
}
