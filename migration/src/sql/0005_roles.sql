-- The roles the server logs in as. Neither is a superuser, neither bypasses row-level
-- security, neither owns anything, and each can become one working role only:
-- - mosaic_api: the connections requests run on; can become mosaic_app, nothing else;
-- - mosaic_jobs: the connections background work runs on (sign-in provisioning, API key
--   checks, scheduled jobs, webhooks); can become mosaic_worker, nothing else.
-- Inside a request's transaction, RESET ROLE lands on mosaic_api, which may read no table, and
-- SET ROLE to anything but mosaic_app is refused: one SQL injection anywhere still sees only
-- what row-level security lets the request's user see. Migrations run as the owner (the role
-- that runs this file), on a connection of their own.
--
-- With DATABASE_URL, the operator gives the two roles passwords (or lets the server set them,
-- see the README's "Roles" section); the embedded cluster trusts loopback connections.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mosaic_api') THEN
        CREATE ROLE mosaic_api LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mosaic_jobs') THEN
        CREATE ROLE mosaic_jobs LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
END
$$;

-- Membership with SET only: the login role can switch to its working role, and inherits none
-- of its privileges while it has not.
GRANT mosaic_app TO mosaic_api WITH INHERIT FALSE, SET TRUE;
GRANT mosaic_worker TO mosaic_jobs WITH INHERIT FALSE, SET TRUE;

-- What the login roles may do before switching: see the tenancy functions, and call the one
-- that begins a transaction (it answers only for the user the transaction is set for).
GRANT USAGE ON SCHEMA tenancy TO mosaic_api, mosaic_jobs;
GRANT EXECUTE ON FUNCTION tenancy.memberships(uuid) TO mosaic_api, mosaic_jobs;
GRANT EXECUTE ON FUNCTION tenancy.is_member(uuid, uuid) TO mosaic_api, mosaic_jobs;

-- Readiness asks whether every migration has run without reading the bookkeeping table.
CREATE FUNCTION tenancy.migrations_applied() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT count(*) FROM seaql_migrations
$$;
REVOKE ALL ON FUNCTION tenancy.migrations_applied() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenancy.migrations_applied() TO mosaic_api, mosaic_jobs;

-- The bookkeeping table is the owner's alone (0002's blanket grant had reached it).
REVOKE ALL ON seaql_migrations FROM mosaic_app, mosaic_worker;

-- Requests create users and workspaces only through sign-in (the worker) and
-- tenancy.create_workspace; they never delete a user, an API key or an audit entry.
REVOKE INSERT, DELETE ON users FROM mosaic_app;
REVOKE INSERT ON workspaces FROM mosaic_app;
REVOKE DELETE ON api_keys FROM mosaic_app;

-- Looking a user up by email is not a query of its own any more: `tenancy.add_member` adds
-- the user with that email (an account they made by signing in once) to a workspace the
-- caller administers, and tells the caller nothing else. Before, any user (each is the admin
-- of a personal workspace) could turn any email into its user id.
DROP FUNCTION tenancy.user_id_by_email(text);
CREATE FUNCTION tenancy.add_member(p_workspace uuid, p_email text, p_role workspace_role) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    found uuid;
BEGIN
    IF p_workspace NOT IN (SELECT tenancy.workspaces_with_role('admin')) THEN
        RAISE EXCEPTION 'not an admin of that workspace' USING ERRCODE = '42501';
    END IF;
    IF p_role = 'owner' AND p_workspace NOT IN (SELECT tenancy.workspaces_with_role('owner')) THEN
        RAISE EXCEPTION 'only an owner grants the owner role' USING ERRCODE = '42501';
    END IF;
    SELECT id INTO found FROM users WHERE lower(email) = lower(p_email) AND is_active;
    IF found IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO workspace_members (workspace_id, user_id, role) VALUES (p_workspace, found, p_role);
    RETURN found;
END
$$;
REVOKE ALL ON FUNCTION tenancy.add_member(uuid, text, workspace_role) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenancy.add_member(uuid, text, workspace_role) TO mosaic_app;

-- Revoking an API key (or shortening its life) ends the subscriptions it opened: those
-- changes reach every replica like any other change. Counting a key's use, on every request
-- made with it, notifies nothing.
CREATE TRIGGER api_keys_notify_revocation AFTER UPDATE ON api_keys FOR EACH ROW
    WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active OR OLD.revoked_at IS DISTINCT FROM NEW.revoked_at
          OR OLD.expires_at IS DISTINCT FROM NEW.expires_at)
    EXECUTE FUNCTION tenancy.notify_change();
CREATE TRIGGER api_keys_notify_delete AFTER DELETE ON api_keys FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();
