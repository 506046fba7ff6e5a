export * from './identity/resident-id.ts';
export * from './identity/credit-code.ts';
export * from './identity/password-policy.ts';
export * from './region/region-code.ts';
export * from './privacy/masking.ts';
export * from './access/roles.ts';
export * from './access/data-scope.ts';
