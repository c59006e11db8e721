// The three query shapes, as each server spells them, and how their answers are brought to one
// form to compare. PostGraphile's Amber preset calls a table's `id` column `rowId` (its `id` is
// the global Node id), names a relation by its foreign key (`actionsByPersonIdAndWorkspaceId`),
// and looks rows up by the whole primary key, here (id, workspace_id).

export const SHAPES = {
  a: {
    label: "50 leads by created_at, each with its first 10 actions",
    mosaic: {
      query:
        "query A($id: UUID!) { workspace(id: $id) { leads(first: 50, orderBy: CREATED_AT_ASC) { edges { node { id name url status actions(first: 10) { id actionType state dueDate } } } } } }",
      variables: (t) => ({ id: t.workspaceId }),
      normalise: (data) => data?.workspace?.leads?.edges?.map((e) => lead(e.node)) ?? null,
    },
    postgraphile: {
      query:
        "query A($id: UUID!) { workspaceByRowId(rowId: $id) { leadsByWorkspaceId(first: 50, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { edges { node { rowId name url status actionsByPersonIdAndWorkspaceId(first: 10, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { nodes { rowId actionType state dueDate } } } } } } }",
      variables: (t) => ({ id: t.workspaceId }),
      normalise: (data) => data?.workspaceByRowId?.leadsByWorkspaceId?.edges?.map((e) => pglLead(e.node)) ?? null,
    },
  },
  b: {
    label: "one lead with its first 10 actions",
    mosaic: {
      query: "query B($id: UUID!) { lead(id: $id) { id name url status actions(first: 10) { id actionType state dueDate } } }",
      variables: (t) => ({ id: t.leadId }),
      normalise: (data) => (data?.lead ? lead(data.lead) : null),
    },
    postgraphile: {
      query:
        "query B($id: UUID!, $workspaceId: UUID!) { leadByRowIdAndWorkspaceId(rowId: $id, workspaceId: $workspaceId) { rowId name url status actionsByPersonIdAndWorkspaceId(first: 10, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { nodes { rowId actionType state dueDate } } } }",
      variables: (t) => ({ id: t.leadId, workspaceId: t.workspaceId }),
      normalise: (data) => (data?.leadByRowIdAndWorkspaceId ? pglLead(data.leadByRowIdAndWorkspaceId) : null),
    },
  },
  c: {
    label: "{ viewer { id } }",
    mosaic: {
      query: "{ viewer { id } }",
      variables: () => ({}),
      normalise: (data) => data?.viewer?.id ?? null,
    },
    postgraphile: {
      // bench_pg.viewer(), made by load.mjs, renamed `currentUser` by a smart comment.
      query: "{ currentUser { rowId } }",
      variables: () => ({}),
      normalise: (data) => data?.currentUser?.rowId ?? null,
    },
  },
};

const action = (a) => ({ id: a.id, actionType: a.actionType, state: a.state, dueDate: a.dueDate });
const lead = (l) => ({ id: l.id, name: l.name, url: l.url, status: l.status, actions: l.actions.map(action) });
const pglLead = (l) => ({
  id: l.rowId,
  name: l.name,
  url: l.url,
  status: l.status,
  actions: l.actionsByPersonIdAndWorkspaceId.nodes.map((a) => action({ ...a, id: a.rowId })),
});

/** Rows in an answer, for the report: leads and actions of shape a or b, 1 for c. */
export function rowsOf(normalised) {
  if (normalised == null) return 0;
  if (typeof normalised === "string") return 1;
  const leads = Array.isArray(normalised) ? normalised : [normalised];
  return leads.reduce((n, l) => n + 1 + l.actions.length, 0);
}
