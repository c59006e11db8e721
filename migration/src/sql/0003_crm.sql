-- CRM (seed 004, NextBestMove): leads, actions, daily plans, weekly summaries, content prompts,
-- calendar connections and their sync logs, and each user's CRM counters. The seed's billing_*
-- tables live with billing.
--
-- Every row belongs to a workspace (the tenant) and to the user who owns it. Children carry their
-- parent's workspace_id and reference the parent by (id, workspace_id), so no row can point into
-- another tenant even through a foreign key, which row-level security does not check.
-- Deviations from the seed, and why:
-- - the seed's users.streak_count, last_action_date and calendar_connected live in crm_user_stats,
--   one row per (workspace, user), because identity owns users;
-- - unique keys are per workspace (a user may run the CRM in several workspaces);
-- - valid_due_date compares with the creation date in UTC less one day: the service checks the
--   exact rule in the owner's time zone, which a CHECK cannot read;
-- - actions.replied_at remembers a reply after the action moves on (weekly summaries count it);
-- - calendar tokens must be ciphertexts (`v1:` from platform::crypto), a disconnected connection
--   keeps none, and expires_at is a timestamptz rather than a Unix integer;
-- - calendar_sync_logs records the free minutes of a day a sync read (daily plans size themselves
--   on it);
-- - the seed's auto_unsnooze_items, auto_archive_old_actions and 90-day log retention run in the
--   CRM maintenance worker (its check_snooze_dates trigger, which unsnoozed every user's items on
--   each insert, is not kept), and calculate_user_streak runs in the service, in the user's time
--   zone.

CREATE TYPE lead_status AS ENUM ('ACTIVE', 'SNOOZED', 'ARCHIVED');
CREATE TYPE action_type AS ENUM ('OUTREACH', 'FOLLOW_UP', 'NURTURE', 'CALL_PREP', 'POST_CALL', 'CONTENT', 'FAST_WIN');
CREATE TYPE action_state AS ENUM ('NEW', 'SENT', 'REPLIED', 'SNOOZED', 'DONE', 'ARCHIVED');
CREATE TYPE capacity_level AS ENUM ('micro', 'light', 'standard', 'heavy', 'default');
CREATE TYPE content_prompt_type AS ENUM ('WIN_POST', 'INSIGHT_POST');
CREATE TYPE content_prompt_status AS ENUM ('DRAFT', 'POSTED', 'ARCHIVED');
CREATE TYPE calendar_provider AS ENUM ('google', 'outlook');
CREATE TYPE calendar_connection_status AS ENUM ('active', 'expired', 'error', 'disconnected');

-- Leads --------------------------------------------------------------------------------------

CREATE TABLE leads (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name text NOT NULL,
    -- LinkedIn, CRM or mailto link.
    url text NOT NULL,
    notes text,
    status lead_status NOT NULL DEFAULT 'ACTIVE',
    -- Set exactly while SNOOZED: the day the lead comes back.
    snooze_until date,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT leads_id_workspace_key UNIQUE (id, workspace_id),
    CONSTRAINT leads_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT leads_url_scheme CHECK (url LIKE 'https://%' OR url LIKE 'http://%' OR url LIKE 'mailto:%'),
    CONSTRAINT leads_url_length CHECK (length(url) <= 2048),
    CONSTRAINT leads_notes_length CHECK (notes IS NULL OR length(notes) <= 10000),
    CONSTRAINT leads_snooze_until_when_snoozed CHECK ((status = 'SNOOZED') = (snooze_until IS NOT NULL))
);
CREATE INDEX leads_workspace_user_status_idx ON leads (workspace_id, user_id, status);
CREATE INDEX leads_workspace_status_idx ON leads (workspace_id, status);
CREATE INDEX leads_user_idx ON leads (user_id);
CREATE INDEX leads_snooze_until_idx ON leads (snooze_until) WHERE status = 'SNOOZED';
CREATE INDEX leads_workspace_created_idx ON leads (workspace_id, created_at, id);
CREATE INDEX leads_workspace_updated_idx ON leads (workspace_id, updated_at, id);
CREATE INDEX leads_workspace_name_idx ON leads (workspace_id, name, id);
CREATE INDEX leads_name_trgm_idx ON leads USING gin (name gin_trgm_ops);
CREATE TRIGGER leads_updated_at BEFORE UPDATE ON leads FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- Actions ------------------------------------------------------------------------------------

CREATE TABLE actions (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The lead the action is about; not every action has one.
    person_id uuid,
    action_type action_type NOT NULL,
    state action_state NOT NULL DEFAULT 'NEW',
    description text,
    due_date date NOT NULL,
    -- When the action was completed (DONE or REPLIED); kept when a done action is archived.
    completed_at timestamptz,
    -- When the lead replied; kept when the action moves on to DONE.
    replied_at timestamptz,
    -- Set exactly while SNOOZED: the day the action comes back.
    snooze_until date,
    notes text,
    auto_created boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT actions_id_workspace_key UNIQUE (id, workspace_id),
    CONSTRAINT actions_person_fkey FOREIGN KEY (person_id, workspace_id)
        REFERENCES leads (id, workspace_id) ON DELETE SET NULL (person_id),
    CONSTRAINT actions_due_date_not_before_creation CHECK (due_date >= (created_at AT TIME ZONE 'UTC')::date - 1),
    CONSTRAINT actions_snooze_until_when_snoozed CHECK ((state = 'SNOOZED') = (snooze_until IS NOT NULL)),
    CONSTRAINT actions_completed_at_matches_state CHECK (
        CASE
            WHEN state IN ('DONE', 'REPLIED') THEN completed_at IS NOT NULL
            WHEN state = 'ARCHIVED' THEN true
            ELSE completed_at IS NULL
        END
    ),
    CONSTRAINT actions_description_length CHECK (description IS NULL OR length(description) <= 2000),
    CONSTRAINT actions_notes_length CHECK (notes IS NULL OR length(notes) <= 10000)
);
CREATE INDEX actions_workspace_user_state_due_idx ON actions (workspace_id, user_id, state, due_date);
CREATE INDEX actions_workspace_state_idx ON actions (workspace_id, state);
CREATE INDEX actions_person_idx ON actions (person_id, workspace_id);
CREATE INDEX actions_user_idx ON actions (user_id);
CREATE INDEX actions_snooze_until_idx ON actions (snooze_until) WHERE state = 'SNOOZED';
CREATE INDEX actions_done_completed_idx ON actions (completed_at) WHERE state = 'DONE';
CREATE INDEX actions_workspace_user_completed_idx ON actions (workspace_id, user_id, completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX actions_workspace_created_idx ON actions (workspace_id, created_at, id);
CREATE INDEX actions_workspace_due_idx ON actions (workspace_id, due_date, id);
CREATE INDEX actions_workspace_updated_idx ON actions (workspace_id, updated_at, id);
CREATE TRIGGER actions_updated_at BEFORE UPDATE ON actions FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
CREATE TRIGGER actions_notify AFTER INSERT OR UPDATE OR DELETE ON actions FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();

-- Daily plans --------------------------------------------------------------------------------

CREATE TABLE daily_plans (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    date date NOT NULL,
    -- The weekly focus the plan was made under.
    focus_statement text,
    capacity capacity_level NOT NULL DEFAULT 'default',
    -- Free minutes of the day from the calendar, when a sync recorded them.
    free_minutes integer,
    generated_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT daily_plans_id_workspace_key UNIQUE (id, workspace_id),
    CONSTRAINT daily_plans_user_date_key UNIQUE (workspace_id, user_id, date),
    CONSTRAINT daily_plans_free_minutes_range CHECK (free_minutes IS NULL OR free_minutes BETWEEN 0 AND 1440)
);
CREATE INDEX daily_plans_user_idx ON daily_plans (user_id);
CREATE INDEX daily_plans_workspace_date_idx ON daily_plans (workspace_id, date, id);
CREATE INDEX daily_plans_workspace_created_idx ON daily_plans (workspace_id, created_at, id);
CREATE TRIGGER daily_plans_updated_at BEFORE UPDATE ON daily_plans FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
CREATE TRIGGER daily_plans_notify AFTER INSERT OR UPDATE OR DELETE ON daily_plans FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();

CREATE TABLE daily_plan_actions (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    daily_plan_id uuid NOT NULL,
    action_id uuid NOT NULL,
    -- Order in the plan: 0 is the fast win.
    position integer NOT NULL,
    is_fast_win boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT daily_plan_actions_plan_fkey FOREIGN KEY (daily_plan_id, workspace_id)
        REFERENCES daily_plans (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT daily_plan_actions_action_fkey FOREIGN KEY (action_id, workspace_id)
        REFERENCES actions (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT daily_plan_actions_plan_action_key UNIQUE (daily_plan_id, action_id),
    CONSTRAINT daily_plan_actions_plan_position_key UNIQUE (daily_plan_id, position),
    CONSTRAINT daily_plan_actions_position_range CHECK (position >= 0),
    CONSTRAINT daily_plan_actions_fast_win_first CHECK (NOT is_fast_win OR position = 0)
);
CREATE INDEX daily_plan_actions_action_idx ON daily_plan_actions (action_id);
CREATE INDEX daily_plan_actions_workspace_created_idx ON daily_plan_actions (workspace_id, created_at, id);

-- Weekly summaries and content prompts -------------------------------------------------------

CREATE TABLE weekly_summaries (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The Monday the week starts on.
    week_start_date date NOT NULL,
    days_active integer NOT NULL DEFAULT 0,
    actions_completed integer NOT NULL DEFAULT 0,
    replies integer NOT NULL DEFAULT 0,
    calls_booked integer NOT NULL DEFAULT 0,
    insight_text text NOT NULL,
    narrative_summary text,
    next_week_focus text NOT NULL,
    generated_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT weekly_summaries_id_workspace_key UNIQUE (id, workspace_id),
    CONSTRAINT weekly_summaries_user_week_key UNIQUE (workspace_id, user_id, week_start_date),
    CONSTRAINT weekly_summaries_week_start_monday CHECK (extract(isodow FROM week_start_date) = 1),
    CONSTRAINT weekly_summaries_days_active_range CHECK (days_active BETWEEN 0 AND 7),
    CONSTRAINT weekly_summaries_counts_non_negative CHECK (actions_completed >= 0 AND replies >= 0 AND calls_booked >= 0)
);
CREATE INDEX weekly_summaries_user_idx ON weekly_summaries (user_id);
CREATE INDEX weekly_summaries_workspace_user_week_idx ON weekly_summaries (workspace_id, user_id, week_start_date DESC);
CREATE INDEX weekly_summaries_workspace_week_idx ON weekly_summaries (workspace_id, week_start_date, id);
CREATE INDEX weekly_summaries_workspace_created_idx ON weekly_summaries (workspace_id, created_at, id);
CREATE TRIGGER weekly_summaries_updated_at BEFORE UPDATE ON weekly_summaries FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

CREATE TABLE content_prompts (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    weekly_summary_id uuid,
    type content_prompt_type NOT NULL,
    content text NOT NULL,
    status content_prompt_status NOT NULL DEFAULT 'DRAFT',
    saved_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT content_prompts_summary_fkey FOREIGN KEY (weekly_summary_id, workspace_id)
        REFERENCES weekly_summaries (id, workspace_id) ON DELETE SET NULL (weekly_summary_id),
    CONSTRAINT content_prompts_content_length CHECK (length(btrim(content)) BETWEEN 1 AND 10000)
);
CREATE INDEX content_prompts_workspace_user_status_idx ON content_prompts (workspace_id, user_id, status);
CREATE INDEX content_prompts_workspace_status_idx ON content_prompts (workspace_id, status);
CREATE INDEX content_prompts_user_idx ON content_prompts (user_id);
CREATE INDEX content_prompts_summary_idx ON content_prompts (weekly_summary_id, workspace_id);
CREATE INDEX content_prompts_workspace_created_idx ON content_prompts (workspace_id, created_at, id);
CREATE TRIGGER content_prompts_updated_at BEFORE UPDATE ON content_prompts FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- Calendar -----------------------------------------------------------------------------------

CREATE TABLE calendar_connections (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider calendar_provider NOT NULL,
    -- AES-256-GCM ciphertexts (platform::crypto); never the tokens themselves.
    refresh_token text,
    access_token text,
    expires_at timestamptz,
    -- The provider's calendar identifier, e.g. "primary".
    calendar_id text NOT NULL,
    status calendar_connection_status NOT NULL DEFAULT 'active',
    -- The last successful sync.
    last_sync_at timestamptz,
    error_message text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT calendar_connections_id_workspace_key UNIQUE (id, workspace_id),
    CONSTRAINT calendar_connections_user_provider_key UNIQUE (workspace_id, user_id, provider),
    CONSTRAINT calendar_connections_tokens_encrypted CHECK (
        (refresh_token IS NULL OR refresh_token LIKE 'v1:%') AND (access_token IS NULL OR access_token LIKE 'v1:%')
    ),
    CONSTRAINT calendar_connections_token_while_connected CHECK (
        CASE WHEN status = 'disconnected' THEN refresh_token IS NULL AND access_token IS NULL ELSE refresh_token IS NOT NULL END
    ),
    CONSTRAINT calendar_connections_calendar_id_length CHECK (length(btrim(calendar_id)) BETWEEN 1 AND 500)
);
CREATE INDEX calendar_connections_workspace_user_status_idx ON calendar_connections (workspace_id, user_id, status);
CREATE INDEX calendar_connections_user_idx ON calendar_connections (user_id);
CREATE INDEX calendar_connections_status_idx ON calendar_connections (status);
CREATE INDEX calendar_connections_workspace_created_idx ON calendar_connections (workspace_id, created_at, id);
CREATE TRIGGER calendar_connections_updated_at BEFORE UPDATE ON calendar_connections FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

CREATE TABLE calendar_sync_logs (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    calendar_connection_id uuid NOT NULL,
    operation text NOT NULL,
    status text NOT NULL,
    error_message text,
    -- The day a free/busy read was for, and the free minutes it found.
    sync_date date,
    free_minutes integer,
    metadata jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT calendar_sync_logs_connection_fkey FOREIGN KEY (calendar_connection_id, workspace_id)
        REFERENCES calendar_connections (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT calendar_sync_logs_operation_check CHECK (operation IN ('sync', 'refresh_token', 'fetch_freebusy')),
    CONSTRAINT calendar_sync_logs_status_check CHECK (status IN ('success', 'error')),
    CONSTRAINT calendar_sync_logs_free_minutes_range CHECK (free_minutes IS NULL OR (free_minutes BETWEEN 0 AND 1440 AND sync_date IS NOT NULL)),
    CONSTRAINT calendar_sync_logs_error_has_message CHECK (status <> 'error' OR error_message IS NOT NULL)
);
CREATE INDEX calendar_sync_logs_connection_idx ON calendar_sync_logs (calendar_connection_id, created_at DESC);
CREATE INDEX calendar_sync_logs_created_idx ON calendar_sync_logs (created_at DESC);
CREATE INDEX calendar_sync_logs_status_idx ON calendar_sync_logs (status);
CREATE INDEX calendar_sync_logs_user_day_idx ON calendar_sync_logs (workspace_id, user_id, sync_date, created_at DESC)
    WHERE status = 'success' AND free_minutes IS NOT NULL;
CREATE INDEX calendar_sync_logs_workspace_created_idx ON calendar_sync_logs (workspace_id, created_at, id);

-- Each user's CRM counters -------------------------------------------------------------------

CREATE TABLE crm_user_stats (
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Consecutive days, ending today in the user's time zone, with a completed action.
    streak_count integer NOT NULL DEFAULT 0,
    -- The last day (user's time zone) the user completed an action.
    last_action_date date,
    -- Whether the user has an active calendar connection in this workspace; kept by a trigger.
    calendar_connected boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, user_id),
    CONSTRAINT crm_user_stats_streak_non_negative CHECK (streak_count >= 0)
);
CREATE INDEX crm_user_stats_user_idx ON crm_user_stats (user_id);
CREATE INDEX crm_user_stats_workspace_last_action_idx ON crm_user_stats (workspace_id, last_action_date);
CREATE INDEX crm_user_stats_workspace_created_idx ON crm_user_stats (workspace_id, created_at, user_id);
CREATE TRIGGER crm_user_stats_updated_at BEFORE UPDATE ON crm_user_stats FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- The seed's update_user_calendar_status(): calendar_connected follows whether the user has an
-- active connection. On DELETE it only updates, so deleting a user or a workspace (which
-- cascades here) never tries to make a row for them.
CREATE FUNCTION tenancy.crm_sync_calendar_connected() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    r calendar_connections := coalesce(NEW, OLD);
    connected boolean;
BEGIN
    SELECT EXISTS (
        SELECT 1 FROM calendar_connections
        WHERE workspace_id = r.workspace_id AND user_id = r.user_id AND status = 'active'
    ) INTO connected;
    IF TG_OP = 'DELETE' THEN
        UPDATE crm_user_stats SET calendar_connected = connected
        WHERE workspace_id = r.workspace_id AND user_id = r.user_id AND calendar_connected IS DISTINCT FROM connected;
    ELSE
        INSERT INTO crm_user_stats (workspace_id, user_id, calendar_connected)
        VALUES (r.workspace_id, r.user_id, connected)
        ON CONFLICT (workspace_id, user_id) DO UPDATE SET calendar_connected = EXCLUDED.calendar_connected
        WHERE crm_user_stats.calendar_connected IS DISTINCT FROM EXCLUDED.calendar_connected;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER calendar_connections_sync_connected AFTER INSERT OR UPDATE OR DELETE ON calendar_connections
    FOR EACH ROW EXECUTE FUNCTION tenancy.crm_sync_calendar_connected();

-- Row-level security: the standard tenant policies on every table.
SELECT tenancy.enable_tenant_rls('leads');
SELECT tenancy.enable_tenant_rls('actions');
SELECT tenancy.enable_tenant_rls('daily_plans');
SELECT tenancy.enable_tenant_rls('daily_plan_actions');
SELECT tenancy.enable_tenant_rls('weekly_summaries');
SELECT tenancy.enable_tenant_rls('content_prompts');
SELECT tenancy.enable_tenant_rls('calendar_connections');
SELECT tenancy.enable_tenant_rls('calendar_sync_logs');
SELECT tenancy.enable_tenant_rls('crm_user_stats');

-- No blanket GRANT here: the default privileges of 0001 already cover these tables, and a
-- GRANT ON ALL TABLES would undo the column limits 0002 puts on users, workspaces and api_keys.
