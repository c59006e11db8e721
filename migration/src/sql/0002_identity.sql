-- Identity: users (the global identity), workspaces (the tenant), members and roles,
-- API keys, the audit log and feature flags.

CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    email text NOT NULL,
    full_name text,
    first_name text,
    last_name text,
    avatar_url text,
    timezone text NOT NULL DEFAULT 'UTC',
    is_active boolean NOT NULL DEFAULT true,
    -- Platform staff manage global catalogues such as feature flags; set by operators only.
    is_staff boolean NOT NULL DEFAULT false,
    last_login_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_format CHECK (email ~ '^[^@\s]+@[^@\s]+$')
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE TRIGGER users_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

CREATE TABLE workspaces (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    slug text NOT NULL,
    settings jsonb NOT NULL DEFAULT '{}',
    is_personal boolean NOT NULL DEFAULT false,
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    -- Plan fields seeds 000 and 002 keep on users and accounts.
    subscription_tier text NOT NULL DEFAULT 'free',
    subscription_status text NOT NULL DEFAULT 'active'
        CHECK (subscription_status IN ('active', 'cancelled', 'past_due', 'trialing')),
    plan_type text NOT NULL DEFAULT 'individual' CHECK (plan_type IN ('individual', 'team', 'agency')),
    billing_email text,
    creator_limit integer NOT NULL DEFAULT 5 CHECK (creator_limit >= 0),
    user_limit integer NOT NULL DEFAULT 1 CHECK (user_limit >= 0),
    voice_model_limit integer NOT NULL DEFAULT 10 CHECK (voice_model_limit >= 0),
    storage_limit_gb integer NOT NULL DEFAULT 50 CHECK (storage_limit_gb >= 0),
    budget_limit_monthly numeric(10, 4) NOT NULL DEFAULT 10.00 CHECK (budget_limit_monthly >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT workspaces_slug_key UNIQUE (slug),
    CONSTRAINT workspaces_slug_format CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$')
);
CREATE TRIGGER workspaces_updated_at BEFORE UPDATE ON workspaces FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

CREATE TABLE workspace_members (
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role workspace_role NOT NULL DEFAULT 'member',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX workspace_members_user_idx ON workspace_members (user_id, workspace_id);
CREATE TRIGGER workspace_members_updated_at BEFORE UPDATE ON workspace_members FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- The workspaces in which the current user holds at least `min_role`, narrowed by an API key's
-- workspace and scope cap. Security definer: it reads workspace_members past its own policies,
-- which would otherwise recurse.
CREATE FUNCTION tenancy.workspaces_with_role(min_role workspace_role) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT m.workspace_id
    FROM workspace_members m
    WHERE m.user_id = tenancy.current_user_id()
      AND LEAST(m.role, coalesce(nullif(current_setting('app.role_cap', true), '')::workspace_role, 'owner')) >= min_role
      AND (tenancy.current_key_workspace() IS NULL OR m.workspace_id = tenancy.current_key_workspace())
$$;

-- Users who share a workspace with the current user (and the user themself).
CREATE FUNCTION tenancy.visible_user_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT tenancy.current_user_id()
    UNION
    SELECT m.user_id FROM workspace_members m WHERE m.workspace_id IN (SELECT tenancy.workspaces_with_role('viewer'))
$$;

-- The last owner of a workspace can neither leave nor be demoted. The service checks this
-- first and answers with a typed error; this trigger is the database's own guarantee.
CREATE FUNCTION tenancy.keep_an_owner() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ws uuid := OLD.workspace_id;
BEGIN
    IF OLD.role <> 'owner' OR (TG_OP = 'UPDATE' AND NEW.role = 'owner') THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    -- A workspace being deleted takes its members with it.
    IF NOT EXISTS (SELECT 1 FROM workspaces WHERE id = ws) THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(ws::text, 0));
    IF NOT EXISTS (SELECT 1 FROM workspace_members WHERE workspace_id = ws AND role = 'owner' AND user_id <> OLD.user_id) THEN
        RAISE EXCEPTION 'workspace % would be left without an owner', ws USING ERRCODE = '23514', CONSTRAINT = 'workspace_members_last_owner';
    END IF;
    RETURN coalesce(NEW, OLD);
END
$$;
ALTER FUNCTION tenancy.keep_an_owner() SECURITY DEFINER SET search_path = public, pg_temp;
CREATE TRIGGER workspace_members_keep_an_owner BEFORE UPDATE OR DELETE ON workspace_members
    FOR EACH ROW EXECUTE FUNCTION tenancy.keep_an_owner();

-- Makes a workspace and its first owner in one step. Security definer: a new workspace has no
-- member yet, so no policy would let its creator see it to add themself.
CREATE FUNCTION tenancy.create_workspace(p_name text, p_slug text, p_settings jsonb, p_personal boolean) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    uid uuid := tenancy.current_user_id();
    ws uuid;
BEGIN
    IF uid IS NULL THEN
        RAISE EXCEPTION 'no user' USING ERRCODE = '42501';
    END IF;
    IF tenancy.current_key_workspace() IS NOT NULL THEN
        RAISE EXCEPTION 'an API key cannot create workspaces' USING ERRCODE = '42501';
    END IF;
    INSERT INTO workspaces (name, slug, settings, is_personal, created_by)
    VALUES (p_name, p_slug, coalesce(p_settings, '{}'), p_personal, uid)
    RETURNING id INTO ws;
    INSERT INTO workspace_members (workspace_id, user_id, role) VALUES (ws, uid, 'owner');
    RETURN ws;
END
$$;
REVOKE ALL ON FUNCTION tenancy.create_workspace(text, text, jsonb, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenancy.create_workspace(text, text, jsonb, boolean) TO mosaic_app, mosaic_worker;

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_read ON users FOR SELECT TO mosaic_app USING (id IN (SELECT tenancy.visible_user_ids()));
CREATE POLICY users_update_self ON users FOR UPDATE TO mosaic_app
    USING (id = tenancy.current_user_id() AND tenancy.current_key_workspace() IS NULL)
    WITH CHECK (id = tenancy.current_user_id());
CREATE POLICY worker_all ON users TO mosaic_worker USING (true) WITH CHECK (true);

ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
ALTER TABLE workspaces FORCE ROW LEVEL SECURITY;
CREATE POLICY workspaces_read ON workspaces FOR SELECT TO mosaic_app USING (id IN (SELECT tenancy.workspaces_with_role('viewer')));
CREATE POLICY workspaces_update ON workspaces FOR UPDATE TO mosaic_app
    USING (id IN (SELECT tenancy.workspaces_with_role('admin'))) WITH CHECK (id IN (SELECT tenancy.workspaces_with_role('admin')));
CREATE POLICY workspaces_delete ON workspaces FOR DELETE TO mosaic_app USING (id IN (SELECT tenancy.workspaces_with_role('owner')));
CREATE POLICY worker_all ON workspaces TO mosaic_worker USING (true) WITH CHECK (true);

ALTER TABLE workspace_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE workspace_members FORCE ROW LEVEL SECURITY;
CREATE POLICY members_read ON workspace_members FOR SELECT TO mosaic_app USING (workspace_id IN (SELECT tenancy.workspaces_with_role('viewer')));
CREATE POLICY members_manage ON workspace_members FOR ALL TO mosaic_app
    USING (workspace_id IN (SELECT tenancy.workspaces_with_role('admin')))
    WITH CHECK (workspace_id IN (SELECT tenancy.workspaces_with_role('admin')));
CREATE POLICY members_leave ON workspace_members FOR DELETE TO mosaic_app
    USING (user_id = tenancy.current_user_id() AND tenancy.current_key_workspace() IS NULL);
CREATE POLICY worker_all ON workspace_members TO mosaic_worker USING (true) WITH CHECK (true);

CREATE TABLE api_keys (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    created_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    -- The first characters of the key, shown so people can tell keys apart.
    key_prefix text NOT NULL,
    -- SHA-256 of the whole key; the key itself is shown once and never stored.
    key_hash text NOT NULL,
    scopes text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['read', 'write', 'admin']),
    expires_at timestamptz,
    is_active boolean NOT NULL DEFAULT true,
    revoked_at timestamptz,
    rate_limit integer NOT NULL DEFAULT 1000 CHECK (rate_limit > 0),
    -- Fixed hourly window, counted in the database so every replica shares it.
    window_started_at timestamptz NOT NULL DEFAULT now(),
    window_count integer NOT NULL DEFAULT 0,
    usage_count bigint NOT NULL DEFAULT 0,
    last_used_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash)
);
CREATE INDEX api_keys_workspace_idx ON api_keys (workspace_id, created_at DESC, id DESC);
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
-- Keys are managed by owners and admins only.
CREATE POLICY api_keys_manage ON api_keys FOR ALL TO mosaic_app
    USING (workspace_id IN (SELECT tenancy.workspaces_with_role('admin')))
    WITH CHECK (workspace_id IN (SELECT tenancy.workspaces_with_role('admin')));
CREATE POLICY worker_all ON api_keys TO mosaic_worker USING (true) WITH CHECK (true);

CREATE TABLE audit_logs (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
    api_key_id uuid REFERENCES api_keys (id) ON DELETE SET NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    changes jsonb NOT NULL DEFAULT '{}',
    ai_generated boolean NOT NULL DEFAULT false,
    ai_model text,
    ai_prompt text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_logs_workspace_idx ON audit_logs (workspace_id, created_at DESC, id DESC);
CREATE INDEX audit_logs_entity_idx ON audit_logs (entity_type, entity_id);
ALTER TABLE audit_logs ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_logs FORCE ROW LEVEL SECURITY;
-- Admins read the log; anyone who may write records their own changes; nobody edits it.
CREATE POLICY audit_read ON audit_logs FOR SELECT TO mosaic_app USING (workspace_id IN (SELECT tenancy.workspaces_with_role('admin')));
CREATE POLICY audit_write ON audit_logs FOR INSERT TO mosaic_app
    WITH CHECK (workspace_id IN (SELECT tenancy.workspaces_with_role('member')) AND actor_id = tenancy.current_user_id());
CREATE POLICY worker_all ON audit_logs TO mosaic_worker USING (true) WITH CHECK (true);
-- Workspace admins may see who changed what, so the members they see include removed actors.

CREATE TABLE feature_flags (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    name text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_.-]{0,99}$'),
    description text,
    is_enabled boolean NOT NULL DEFAULT false,
    -- {"workspaces": [uuid…], "users": [uuid…], "percentage": 0..100}
    rules jsonb NOT NULL DEFAULT '{}',
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT feature_flags_name_key UNIQUE (name)
);
CREATE TRIGGER feature_flags_updated_at BEFORE UPDATE ON feature_flags FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
-- A global catalogue: every signed-in user reads it; only staff change it.
ALTER TABLE feature_flags ENABLE ROW LEVEL SECURITY;
ALTER TABLE feature_flags FORCE ROW LEVEL SECURITY;
CREATE POLICY flags_read ON feature_flags FOR SELECT TO mosaic_app USING (tenancy.current_user_id() IS NOT NULL);
CREATE POLICY flags_staff ON feature_flags FOR ALL TO mosaic_app
    USING (EXISTS (SELECT 1 FROM users WHERE id = tenancy.current_user_id() AND is_staff AND tenancy.current_key_workspace() IS NULL))
    WITH CHECK (EXISTS (SELECT 1 FROM users WHERE id = tenancy.current_user_id() AND is_staff AND tenancy.current_key_workspace() IS NULL));
CREATE POLICY worker_all ON feature_flags TO mosaic_worker USING (true) WITH CHECK (true);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO mosaic_app, mosaic_worker;

-- Column limits the policies cannot express: people edit their own profile, never their staff
-- flag; admins edit a workspace's name, slug and settings, never its plan (billing does).
REVOKE UPDATE ON users, workspaces, api_keys FROM mosaic_app;
GRANT UPDATE (full_name, first_name, last_name, avatar_url, timezone, last_login_at) ON users TO mosaic_app;
GRANT UPDATE (name, slug, settings, billing_email) ON workspaces TO mosaic_app;
GRANT UPDATE (name, is_active, revoked_at) ON api_keys TO mosaic_app;
REVOKE UPDATE, DELETE ON audit_logs FROM mosaic_app;

-- Admins add people by email before they can see them; this tells them the id and nothing else.
CREATE FUNCTION tenancy.user_id_by_email(p_email text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM users WHERE lower(email) = lower(p_email) AND is_active
      AND EXISTS (SELECT 1 FROM tenancy.workspaces_with_role('admin'))
$$;
REVOKE ALL ON FUNCTION tenancy.user_id_by_email(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenancy.user_id_by_email(text) TO mosaic_app;

CREATE TRIGGER workspace_members_notify AFTER INSERT OR UPDATE OR DELETE ON workspace_members
    FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();
