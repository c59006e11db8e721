//! `mosaic seed`: demo data for the domains that exist, safe to run again.

use platform::db::begin_worker;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};
use uuid::Uuid;

pub const DEMO_EMAIL: &str = "demo@mosaic.dev";

/// Finds the user with `email`, creating them and their personal workspace if missing.
pub async fn ensure_user(db: &DatabaseConnection, email: &str) -> Result<identity::entity::users::Model, identity::IdentityError> {
    let tx = begin_worker(db).await?;
    let existing = tx
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT id FROM users WHERE lower(email) = lower($1)",
            [email.into()],
        ))
        .await?;
    let id = match existing {
        Some(row) => row.try_get::<Uuid>("", "id")?,
        None => Uuid::now_v7(),
    };
    let signed_in = identity::service::users::provision(&tx, id, Some(email)).await?;
    identity::service::users::touch_login(&tx, id).await?;
    tx.commit().await?;
    Ok(signed_in.user)
}

/// Loads the demo: a user, a team workspace `acme` with a second member, and two flags.
pub async fn run(db: &DatabaseConnection) -> Result<Uuid, identity::IdentityError> {
    let demo = ensure_user(db, DEMO_EMAIL).await?;
    let teammate = ensure_user(db, "sam@mosaic.dev").await?;
    let tx = begin_worker(db).await?;
    let statements: [(&str, Vec<sea_orm::Value>); 5] = [
        (
            "INSERT INTO workspaces (name, slug, created_by, plan_type, user_limit) VALUES ('Acme Marketing', 'acme', $1, 'team', 10) \
             ON CONFLICT (slug) DO NOTHING",
            vec![demo.id.into()],
        ),
        (
            "INSERT INTO workspace_members (workspace_id, user_id, role) SELECT id, $1, 'owner' FROM workspaces WHERE slug = 'acme' \
             ON CONFLICT DO NOTHING",
            vec![demo.id.into()],
        ),
        (
            "INSERT INTO workspace_members (workspace_id, user_id, role) SELECT id, $1, 'member' FROM workspaces WHERE slug = 'acme' \
             ON CONFLICT DO NOTHING",
            vec![teammate.id.into()],
        ),
        (
            "INSERT INTO feature_flags (name, description, is_enabled, rules) VALUES \
             ('daily-plan-v2', 'The new daily plan layout', true, '{\"percentage\": 50}') ON CONFLICT (name) DO NOTHING",
            vec![],
        ),
        (
            "INSERT INTO feature_flags (name, description, is_enabled, rules) VALUES \
             ('ai-weekly-summary', 'Language-model weekly summaries', false, '{}') ON CONFLICT (name) DO NOTHING",
            vec![],
        ),
    ];
    for (sql, values) in statements {
        exec(&tx, sql, values).await?;
    }
    tx.commit().await?;
    seed_crm(db, &demo).await?;
    Ok(demo.id)
}

/// Three weeks of the demo user's NextBestMove history in `acme`: leads, actions done on most
/// days (a streak), replies, open and snoozed work; then last week's summary and today's plan,
/// made by the same services the API uses. Skipped when the demo already has leads.
async fn seed_crm(db: &DatabaseConnection, demo: &identity::entity::users::Model) -> Result<(), identity::IdentityError> {
    use std::sync::Arc;

    use platform::db::{DbScope, begin_request_with_memberships};
    use platform::{Credential, RequestContext, Viewer};

    let tx = begin_worker(db).await?;
    let workspace: Uuid = tx
        .query_one_raw(Statement::from_string(DbBackend::Postgres, "SELECT id FROM workspaces WHERE slug = 'acme'"))
        .await?
        .ok_or_else(|| platform::ApiError::internal("the acme workspace is missing"))?
        .try_get("", "id")?;
    let has_leads = tx
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT 1 AS one FROM leads WHERE workspace_id = $1 AND user_id = $2 LIMIT 1",
            [workspace.into(), demo.id.into()],
        ))
        .await?
        .is_some();
    if has_leads {
        return Ok(());
    }
    let history: [(&str, Vec<sea_orm::Value>); 3] = [
        (
            "INSERT INTO leads (workspace_id, user_id, name, url, notes, created_at) \
             SELECT $1, $2, name, url, 'Met at the spring summit', now() - (i || ' days')::interval \
             FROM unnest(ARRAY['Priya Raman','Tom Becker','Lena Ortiz','Sam Okafor','Mia Chen','Jonas Weber','Ana Silva','Kofi Mensah', \
                               'Grace Liu','Omar Haddad','Eva Novak','Ravi Patel']::text[], \
                         ARRAY['https://www.linkedin.com/in/priya','https://www.linkedin.com/in/tom','mailto:lena@example.com', \
                               'https://www.linkedin.com/in/sam','https://crm.example.com/mia','https://www.linkedin.com/in/jonas', \
                               'mailto:ana@example.com','https://www.linkedin.com/in/kofi','https://www.linkedin.com/in/grace', \
                               'https://www.linkedin.com/in/omar','mailto:eva@example.com','https://www.linkedin.com/in/ravi']::text[]) \
                  WITH ORDINALITY AS l(name, url, i)",
            vec![workspace.into(), demo.id.into()],
        ),
        // Done work on 18 of the last 21 days, the last 6 days in a row: a streak of 6.
        (
            "INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, description, due_date, completed_at, replied_at, created_at) \
             SELECT $1, $2, l.id, (ARRAY['OUTREACH','FOLLOW_UP','NURTURE','CALL_PREP','POST_CALL','CONTENT']::action_type[])[1 + d % 6], \
                    CASE WHEN d % 7 = 3 THEN 'REPLIED'::action_state ELSE 'DONE'::action_state END, \
                    'Followed up after the intro', (now() - (d || ' days')::interval)::date, \
                    now() - (d || ' days')::interval, CASE WHEN d % 7 = 3 THEN now() - (d || ' days')::interval END, \
                    now() - ((d + 1) || ' days')::interval \
             FROM generate_series(0, 20) AS d \
             JOIN LATERAL (SELECT id FROM leads WHERE workspace_id = $1 ORDER BY created_at LIMIT 1 OFFSET d % 12) l ON true \
             WHERE d NOT IN (6, 9, 15)",
            vec![workspace.into(), demo.id.into()],
        ),
        // Open work: due soon, one overdue, one fast win, one snoozed.
        (
            "INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, description, due_date, snooze_until, created_at) \
             SELECT $1, $2, l.id, t.kind::action_type, t.state::action_state, t.what, (now() + (t.due || ' days')::interval)::date, \
                    CASE WHEN t.state = 'SNOOZED' THEN (now() + interval '10 days')::date END, now() - interval '2 days' \
             FROM (VALUES ('FOLLOW_UP','NEW','Send the case study', 0, 0), ('OUTREACH','NEW','First note about the pilot', -1, 1), \
                          ('FAST_WIN','NEW','Like and comment on their launch post', 0, 2), ('CALL_PREP','SENT','Prepare the discovery call', 2, 3), \
                          ('NURTURE','SNOOZED','Check in after their holidays', 10, 4), ('CONTENT','NEW','Share the benchmark write-up', 3, 5), \
                          ('FOLLOW_UP','NEW','Ask for a referral', 1, 6)) AS t(kind, state, what, due, lead) \
             JOIN LATERAL (SELECT id FROM leads WHERE workspace_id = $1 ORDER BY created_at LIMIT 1 OFFSET t.lead) l ON true",
            vec![workspace.into(), demo.id.into()],
        ),
    ];
    for (sql, values) in history {
        exec(&tx, sql, values).await?;
    }
    crm::service::stats::recompute_streak(&tx, workspace, demo.id, chrono::Utc::now())
        .await
        .map_err(|e| platform::ApiError::internal(e.message()))?;
    tx.commit().await?;

    // Last week's summary and today's plan, through the services, as the demo user.
    let scope = DbScope { user_id: Some(demo.id), ..DbScope::default() };
    let (tx, memberships) = begin_request_with_memberships(db, &scope).await?;
    let tx = Arc::new(tx);
    let viewer = Viewer { user_id: demo.id, email: demo.email.clone(), credential: Credential::Token };
    let ctx = RequestContext::new(Some(viewer), Arc::clone(&tx)).with_memberships(memberships);
    let today = chrono::Utc::now().date_naive();
    let last_monday = today - chrono::Duration::days(i64::from(chrono::Datelike::weekday(&today).num_days_from_monday()) + 7);
    let writer = crm::service::summaries::RuleBasedWriter;
    let crm_error = |e: crm::CrmError| platform::ApiError::internal(e.message());
    let summary = crm::service::summaries::generate_weekly_summary(
        &ctx,
        workspace,
        crm::service::summaries::GenerateSummary { week_start_date: last_monday, calls_booked: None },
        &writer,
    )
    .await
    .map_err(crm_error)?;
    crm::service::prompts::create_prompts_from_summary(&ctx, summary.id, &writer).await.map_err(crm_error)?;
    crm::service::plans::generate_daily_plan(&ctx, workspace, today).await.map_err(crm_error)?;
    drop(ctx);
    Arc::try_unwrap(tx).map_err(|_| platform::ApiError::internal("seed transaction still shared"))?.commit().await?;
    Ok(())
}

async fn exec<C: ConnectionTrait>(db: &C, sql: &str, values: Vec<sea_orm::Value>) -> Result<(), DbErr> {
    db.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await.map(|_| ())
}
