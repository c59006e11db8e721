/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddMemberInput = {
  /** The email of someone who has signed in once. */
  email: string;
  role: WorkspaceRole;
  workspaceId: string;
};

/** What a key may do; its role in the workspace is capped accordingly. */
export type ApiKeyScope =
  /** Also manage members and keys (acts as an admin). */
  | 'ADMIN'
  /** Read the workspace's data (acts as a viewer). */
  | 'READ'
  /** Also change it (acts as a member). */
  | 'WRITE';

/** Narrows the audit log. */
export type AuditLogFilter = {
  actorId?: string | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
};

export type ChangeMemberRoleInput = {
  role: WorkspaceRole;
  userId: string;
  workspaceId: string;
};

export type CreateApiKeyInput = {
  /** When the key stops working; never, if omitted. */
  expiresAt?: string | null | undefined;
  name: string;
  /** Requests allowed per hour (default 1000). */
  rateLimit?: number | null | undefined;
  scopes: Array<ApiKeyScope>;
  workspaceId: string;
};

export type CreateWorkspaceInput = {
  name: string;
  /** Made from the name when omitted. */
  slug?: string | null | undefined;
};

export type DeleteWorkspaceInput = {
  id: string;
};

export type LeaveWorkspaceInput = {
  workspaceId: string;
};

export type MembershipChangeKind =
  | 'ADDED'
  | 'REMOVED'
  | 'ROLE_CHANGED';

export type RemoveMemberInput = {
  userId: string;
  workspaceId: string;
};

export type RevokeApiKeyInput = {
  id: string;
};

/** Changes to the viewer's own profile; omitted fields stay as they are. */
export type UpdateProfileInput = {
  avatarUrl?: string | null | undefined;
  firstName?: string | null | undefined;
  fullName?: string | null | undefined;
  lastName?: string | null | undefined;
  /** IANA time zone name, e.g. `Europe/Paris`. */
  timezone?: string | null | undefined;
};

export type UpdateWorkspaceInput = {
  billingEmail?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  /** Replaces the settings object. */
  settings?: unknown;
  slug?: string | null | undefined;
};

/** Codes of the rule violations a mutation payload reports. */
export type UserErrorCode =
  /** Something with the same unique key already exists. */
  | 'ALREADY_EXISTS'
  /** A value is malformed or out of range. */
  | 'INVALID'
  /** The change is not allowed from the object's current state. */
  | 'INVALID_STATE'
  /** The change would leave a workspace without an owner. */
  | 'LAST_OWNER'
  /** A plan or quota limit would be passed. */
  | 'LIMIT_EXCEEDED'
  /** The referenced object does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** A required value is missing. */
  | 'REQUIRED';

/** A member's role in a workspace, weakest first. */
export type WorkspaceRole =
  /** Also manages members, API keys and settings. */
  | 'ADMIN'
  /** Reads and writes the workspace's data. */
  | 'MEMBER'
  /** Also deletes the workspace; every workspace keeps at least one. */
  | 'OWNER'
  /** Reads everything, changes nothing. */
  | 'VIEWER';

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { plaintextKey: string | null, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type FeatureFlagsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeatureFlagsQuery = { featureFlags: Array<{ name: string, description: string | null, enabled: boolean }> };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: Array<string>, message: string };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type UserFieldsFragment = { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string };

export type WorkspaceFieldsFragment = { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } };

export type MemberFieldsFragment = { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: { member: { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { member: { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: { removedUserId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type LeaveWorkspaceMutationVariables = Exact<{
  input: LeaveWorkspaceInput;
}>;


export type LeaveWorkspaceMutation = { leaveWorkspace: { removedUserId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type MembershipChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MembershipChangedSubscription = { membershipChanged: { workspaceId: string, kind: MembershipChangeKind } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string }, memberships: Array<{ role: WorkspaceRole, workspace: { id: string, name: string, slug: string, isPersonal: boolean } }>, flags: Array<{ name: string, enabled: boolean }> } };

export type UserQueryVariables = Exact<{
  id: string;
}>;


export type UserQuery = { user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type WorkspaceQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
}>;


export type WorkspaceQuery = { workspace: { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } } | null };

export type WorkspaceMembersQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceMembersQuery = { workspace: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null } }> } } | null };

export type WorkspaceApiKeysQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceApiKeysQuery = { workspace: { id: string, apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null } }> } } | null };

export type WorkspaceAuditLogsQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceAuditLogsQuery = { workspace: { id: string, auditLogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, entityType: string, entityId: string, action: string, changes: unknown, apiKeyId: string | null, aiGenerated: boolean, aiModel: string | null, createdAt: string, actor: { id: string, email: string } | null } }> } } | null };

export type CreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { workspace: { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateWorkspaceMutationVariables = Exact<{
  input: UpdateWorkspaceInput;
}>;


export type UpdateWorkspaceMutation = { updateWorkspace: { workspace: { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteWorkspaceMutationVariables = Exact<{
  input: DeleteWorkspaceInput;
}>;


export type DeleteWorkspaceMutation = { deleteWorkspace: { deletedWorkspaceId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  field
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const WorkspaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}
    `, {"fragmentName":"WorkspaceFields"}) as unknown as TypedDocumentString<WorkspaceFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`, {"fragmentName":"MemberFields"}) as unknown as TypedDocumentString<MemberFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    plaintextKey
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const FeatureFlagsDocument = new TypedDocumentString(`
    query FeatureFlags {
  featureFlags {
    name
    description
    enabled
  }
}
    `) as unknown as TypedDocumentString<FeatureFlagsQuery, FeatureFlagsQueryVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($input: AddMemberInput!) {
  addMember(input: $input) {
    member {
      ...MemberFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}`) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    member {
      ...MemberFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}`) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    removedUserId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const LeaveWorkspaceDocument = new TypedDocumentString(`
    mutation LeaveWorkspace($input: LeaveWorkspaceInput!) {
  leaveWorkspace(input: $input) {
    removedUserId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<LeaveWorkspaceMutation, LeaveWorkspaceMutationVariables>;
export const MembershipChangedDocument = new TypedDocumentString(`
    subscription MembershipChanged {
  membershipChanged {
    workspaceId
    kind
  }
}
    `) as unknown as TypedDocumentString<MembershipChangedSubscription, MembershipChangedSubscriptionVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    email
    user {
      ...UserFields
    }
    memberships {
      role
      workspace {
        id
        name
        slug
        isPersonal
      }
    }
    flags {
      name
      enabled
    }
  }
}
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: UUID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user {
      ...UserFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const WorkspaceDocument = new TypedDocumentString(`
    query Workspace($id: UUID, $slug: String) {
  workspace(id: $id, slug: $slug) {
    ...WorkspaceFields
  }
}
    fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}`) as unknown as TypedDocumentString<WorkspaceQuery, WorkspaceQueryVariables>;
export const WorkspaceMembersDocument = new TypedDocumentString(`
    query WorkspaceMembers($id: UUID, $slug: String, $first: Int, $after: String) {
  workspace(id: $id, slug: $slug) {
    id
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MemberFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}`) as unknown as TypedDocumentString<WorkspaceMembersQuery, WorkspaceMembersQueryVariables>;
export const WorkspaceApiKeysDocument = new TypedDocumentString(`
    query WorkspaceApiKeys($id: UUID, $slug: String, $first: Int, $after: String) {
  workspace(id: $id, slug: $slug) {
    id
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ApiKeyFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}`) as unknown as TypedDocumentString<WorkspaceApiKeysQuery, WorkspaceApiKeysQueryVariables>;
export const WorkspaceAuditLogsDocument = new TypedDocumentString(`
    query WorkspaceAuditLogs($id: UUID, $slug: String, $filter: AuditLogFilter, $first: Int, $after: String) {
  workspace(id: $id, slug: $slug) {
    id
    auditLogs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          entityType
          entityId
          action
          changes
          apiKeyId
          aiGenerated
          aiModel
          createdAt
          actor {
            id
            email
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<WorkspaceAuditLogsQuery, WorkspaceAuditLogsQueryVariables>;
export const CreateWorkspaceDocument = new TypedDocumentString(`
    mutation CreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    workspace {
      ...WorkspaceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}`) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const UpdateWorkspaceDocument = new TypedDocumentString(`
    mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {
  updateWorkspace(input: $input) {
    workspace {
      ...WorkspaceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}`) as unknown as TypedDocumentString<UpdateWorkspaceMutation, UpdateWorkspaceMutationVariables>;
export const DeleteWorkspaceDocument = new TypedDocumentString(`
    mutation DeleteWorkspace($input: DeleteWorkspaceInput!) {
  deleteWorkspace(input: $input) {
    deletedWorkspaceId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<DeleteWorkspaceMutation, DeleteWorkspaceMutationVariables>;