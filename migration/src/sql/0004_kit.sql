-- The domain kit: tenancy read through functions the platform calls (so no Rust outside
-- identity names identity's tables), and keys shaped for distribution by workspace.
--
-- Keys (see docs/architecture.md, "Growing past one machine"): every tenant table can be
-- distributed by workspace_id with Citus, which needs the distribution column in every
-- primary key and unique constraint and in every foreign key between distributed tables.
-- Tenant tables therefore have PRIMARY KEY (id, workspace_id) (id first, so a lookup by id
-- alone still uses its index), and child rows reference (parent_id, workspace_id). Identity's
-- global tables (users, workspaces, workspace_members, api_keys, feature_flags) are reference
-- tables: small, read on every request by user or key, copied to every node.

-- The viewer's memberships, with each workspace's slug. Security definer, so it reads past
-- the policies (and before the request's role switch has taken effect); it answers only for
-- the user the transaction is set for, so calling it with another id gives nothing.
CREATE FUNCTION tenancy.memberships(p_user uuid) RETURNS TABLE (workspace_id uuid, role workspace_role, slug text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT m.workspace_id, m.role, w.slug
    FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id
    WHERE m.user_id = p_user AND p_user = tenancy.current_user_id()
$$;
REVOKE ALL ON FUNCTION tenancy.memberships(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenancy.memberships(uuid) TO mosaic_app, mosaic_worker;

-- Whether a user is a member of a workspace now: subscriptions check it on the pool, outside
-- any request transaction.
CREATE FUNCTION tenancy.is_member(p_user uuid, p_workspace uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM workspace_members WHERE user_id = p_user AND workspace_id = p_workspace)
$$;
REVOKE ALL ON FUNCTION tenancy.is_member(uuid, uuid) FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION tenancy.is_member(uuid, uuid) TO %I', current_user);
END
$$;

-- Tenant keys: (id, workspace_id) becomes the primary key of every tenant table, and the
-- references that pointed at the extra UNIQUE (id, workspace_id) point at it instead.
ALTER TABLE actions DROP CONSTRAINT actions_person_fkey;
ALTER TABLE daily_plan_actions DROP CONSTRAINT daily_plan_actions_action_fkey;
ALTER TABLE daily_plan_actions DROP CONSTRAINT daily_plan_actions_plan_fkey;
ALTER TABLE content_prompts DROP CONSTRAINT content_prompts_summary_fkey;
ALTER TABLE calendar_sync_logs DROP CONSTRAINT calendar_sync_logs_connection_fkey;

ALTER TABLE leads DROP CONSTRAINT leads_pkey, DROP CONSTRAINT leads_id_workspace_key, ADD PRIMARY KEY (id, workspace_id);
ALTER TABLE actions DROP CONSTRAINT actions_pkey, DROP CONSTRAINT actions_id_workspace_key, ADD PRIMARY KEY (id, workspace_id);
ALTER TABLE daily_plans DROP CONSTRAINT daily_plans_pkey, DROP CONSTRAINT daily_plans_id_workspace_key, ADD PRIMARY KEY (id, workspace_id);
ALTER TABLE weekly_summaries DROP CONSTRAINT weekly_summaries_pkey, DROP CONSTRAINT weekly_summaries_id_workspace_key, ADD PRIMARY KEY (id, workspace_id);
ALTER TABLE calendar_connections DROP CONSTRAINT calendar_connections_pkey, DROP CONSTRAINT calendar_connections_id_workspace_key, ADD PRIMARY KEY (id, workspace_id);
ALTER TABLE daily_plan_actions DROP CONSTRAINT daily_plan_actions_pkey, ADD PRIMARY KEY (id, workspace_id);
ALTER TABLE content_prompts DROP CONSTRAINT content_prompts_pkey, ADD PRIMARY KEY (id, workspace_id);
ALTER TABLE calendar_sync_logs DROP CONSTRAINT calendar_sync_logs_pkey, ADD PRIMARY KEY (id, workspace_id);
ALTER TABLE audit_logs DROP CONSTRAINT audit_logs_pkey, ADD PRIMARY KEY (id, workspace_id);

ALTER TABLE actions ADD CONSTRAINT actions_person_fkey FOREIGN KEY (person_id, workspace_id)
    REFERENCES leads (id, workspace_id) ON DELETE SET NULL (person_id);
ALTER TABLE daily_plan_actions ADD CONSTRAINT daily_plan_actions_plan_fkey FOREIGN KEY (daily_plan_id, workspace_id)
    REFERENCES daily_plans (id, workspace_id) ON DELETE CASCADE;
ALTER TABLE daily_plan_actions ADD CONSTRAINT daily_plan_actions_action_fkey FOREIGN KEY (action_id, workspace_id)
    REFERENCES actions (id, workspace_id) ON DELETE CASCADE;
ALTER TABLE content_prompts ADD CONSTRAINT content_prompts_summary_fkey FOREIGN KEY (weekly_summary_id, workspace_id)
    REFERENCES weekly_summaries (id, workspace_id) ON DELETE SET NULL (weekly_summary_id);
ALTER TABLE calendar_sync_logs ADD CONSTRAINT calendar_sync_logs_connection_fkey FOREIGN KEY (calendar_connection_id, workspace_id)
    REFERENCES calendar_connections (id, workspace_id) ON DELETE CASCADE;

-- A plan's positions and actions are unique within the plan, and so within its workspace.
ALTER TABLE daily_plan_actions
    DROP CONSTRAINT daily_plan_actions_plan_action_key,
    DROP CONSTRAINT daily_plan_actions_plan_position_key,
    ADD CONSTRAINT daily_plan_actions_plan_action_key UNIQUE (daily_plan_id, action_id, workspace_id),
    ADD CONSTRAINT daily_plan_actions_plan_position_key UNIQUE (daily_plan_id, position, workspace_id);
