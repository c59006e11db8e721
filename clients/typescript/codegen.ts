// GraphQL Code Generator: schema.graphql (repo root) + operations/**/*.graphql -> src/gql/.
// `npm run codegen` rewrites src/gql/; `npm run codegen:check` fails when that would change
// the committed files or when an operation no longer validates against the schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['operations/**/*.graphql'],
  ignoreNoDocuments: false,
  // Imports inside src/gql/ end in `.js`, as Node's ESM resolution wants.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Result types carry every selected field, fragments included.
        fragmentMasking: false,
        // src/gql/persisted-documents.json: every operation by the SHA-256 of its text, the
        // manifest a server runs with MOSAIC_PERSISTED_OPERATIONS; each document carries its
        // hash (`__meta__.hash`), which the client sends.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        // Documents are typed strings: the client sends them as they are, no graphql-js at
        // run time.
        documentMode: 'string',
        // Enums as string unions (`'OWNER' | 'ADMIN' | …`), no runtime enum objects.
        enumsAsTypes: true,
        useTypeImports: true,
        // Every scalar must be mapped here; a new one in the schema fails codegen loudly.
        strictScalars: true,
        scalars: {
          UUID: 'string',
          DateTime: 'string',
          JSON: 'unknown',
          // `YYYY-MM-DD` (platform::scalars::Date), for the domains to come.
          Date: 'string',
          // async-graphql's other common scalars, for the domains to come.
          NaiveDate: 'string',
          NaiveTime: 'string',
          NaiveDateTime: 'string',
          Decimal: 'string',
          Url: 'string',
        },
      },
    },
  },
};

export default config;
