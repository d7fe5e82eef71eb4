import path from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { SCHEMA_VERSION } from '../../model/idea-index.ts';

/** Where the build publishes the schema: one file per schema version, so old links keep their meaning. */
export const INDEX_SCHEMA_PATH = `schema/ideas-index.v${SCHEMA_VERSION}.json`;

const TYPES_FILE = path.resolve(import.meta.dirname, '../../model/idea-index.ts');

export interface IndexSchemaOptions {
  /** The schema's `$id`: where it is published. */
  id?: string;
  /**
   * Reject properties the types do not declare. Off in the published schema, so that a consumer's
   * copy keeps accepting indexes that add optional fields within the same version; on in the tests,
   * so that data the types do not describe is noticed.
   */
  strict?: boolean;
}

/** JSON Schema (draft-07) of the index (`IdeaIndex` in src/model/idea-index.ts), generated from the TypeScript types. */
export function indexJsonSchema({ id, strict = false }: IndexSchemaOptions = {}): Record<string, unknown> {
  const schema = createGenerator({
    path: TYPES_FILE,
    tsconfig: path.resolve(import.meta.dirname, '../../../tsconfig.json'),
    type: 'IdeaIndex',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: !strict,
    // The types file is type-checked by `tsc` in the build already.
    skipTypeCheck: true,
  }).createSchema('IdeaIndex') as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    ...(id ? { $id: id } : {}),
    title: `Mentorship Ideas index, schema version ${SCHEMA_VERSION}`,
    description: `The JSON index of CNCF mentorship ideas (ideas-index.json) with "schemaVersion": ${SCHEMA_VERSION}. Generated from src/model/idea-index.ts.`,
    ...schema,
  };
}
