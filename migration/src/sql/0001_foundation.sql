-- Foundation: extensions, roles, and the row-level security scaffolding every tenant table reuses.

DO $$
BEGIN
    IF NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'Mosaic migrations must run as a superuser or a role with BYPASSRLS (running as %)', current_user;
    END IF;
END
$$;

CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Roles are cluster-wide, so a second database in the same cluster finds them already made.
-- mosaic_app: what every API request runs as (SET LOCAL ROLE); owns nothing, no BYPASSRLS.
-- mosaic_worker: background work (scheduled maintenance, sign-in provisioning, API key checks).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mosaic_app') THEN
        CREATE ROLE mosaic_app NOLOGIN NOINHERIT NOBYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mosaic_worker') THEN
        CREATE ROLE mosaic_worker NOLOGIN NOINHERIT NOBYPASSRLS;
    END IF;
END
$$;

-- The connecting role switches into them per transaction.
DO $$
BEGIN
    EXECUTE format('GRANT mosaic_app, mosaic_worker TO %I', current_user);
END
$$;

-- Every table a later migration creates gets these grants by default; a migration never runs
-- GRANT ... ON ALL TABLES, which would undo earlier column limits.
GRANT USAGE ON SCHEMA public TO mosaic_app, mosaic_worker;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO mosaic_app, mosaic_worker;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO mosaic_app, mosaic_worker;

CREATE SCHEMA tenancy;
GRANT USAGE ON SCHEMA tenancy TO mosaic_app, mosaic_worker;

-- The user a request runs for, set with set_config('app.user_id', …, true) by the server.
CREATE FUNCTION tenancy.current_user_id() RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;

-- Set when a request comes with an API key: it narrows the request to that key's workspace.
CREATE FUNCTION tenancy.current_key_workspace() RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('app.key_workspace_id', true), '')::uuid
$$;

-- Roles are ordered: viewer < member < admin < owner.
CREATE TYPE workspace_role AS ENUM ('viewer', 'member', 'admin', 'owner');

CREATE FUNCTION tenancy.set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- Turns on the standard tenant policies for a table with a workspace_id column:
-- members read, members with a writing role write, the worker role does anything.
CREATE FUNCTION tenancy.enable_tenant_rls(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY tenant_read ON %s FOR SELECT TO mosaic_app USING (workspace_id IN (SELECT tenancy.workspaces_with_role(''viewer'')))', tbl);
    EXECUTE format('CREATE POLICY tenant_insert ON %s FOR INSERT TO mosaic_app WITH CHECK (workspace_id IN (SELECT tenancy.workspaces_with_role(''member'')))', tbl);
    EXECUTE format('CREATE POLICY tenant_update ON %s FOR UPDATE TO mosaic_app USING (workspace_id IN (SELECT tenancy.workspaces_with_role(''member''))) WITH CHECK (workspace_id IN (SELECT tenancy.workspaces_with_role(''member'')))', tbl);
    EXECUTE format('CREATE POLICY tenant_delete ON %s FOR DELETE TO mosaic_app USING (workspace_id IN (SELECT tenancy.workspaces_with_role(''member'')))', tbl);
    EXECUTE format('CREATE POLICY worker_all ON %s TO mosaic_worker USING (true) WITH CHECK (true)', tbl);
END
$$;

-- Sends a change on the mosaic_events channel (delivered at commit) for subscriptions.
CREATE FUNCTION tenancy.notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
    PERFORM pg_notify('mosaic_events', json_build_object(
        'topic', TG_TABLE_NAME,
        'op', lower(TG_OP),
        'id', r ->> 'id',
        'workspace_id', r ->> 'workspace_id',
        'user_id', r ->> 'user_id')::text);
    RETURN NULL;
END
$$;
