//! The CRM's demo data for `mosaic seed`: three weeks of the demo user's NextBestMove history
//! in the team workspace (leads, actions done on most days, a streak, replies, open and snoozed
//! work), then last week's summary, a connected calendar with today's free time, and today's
//! plan, made by the same services the API uses.
//! Skipped when the demo already has leads.

use platform::ApiError;
use platform::db::begin_worker;
use platform::domain::{Demo, Services};
use platform::secret::Secret;
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Statement};

use crate::entity::{CalendarProvider, leads};
use crate::error::CrmError;
use crate::service;

fn internal(e: CrmError) -> ApiError {
    ApiError::internal(e)
}

pub async fn seed(services: &Services, demo: &Demo) -> Result<(), ApiError> {
    let (workspace, user) = (demo.workspace_id, demo.user_id);
    let tx = begin_worker(&services.db).await?;
    let has_leads = leads::Entity::find()
        .filter(leads::Column::WorkspaceId.eq(workspace))
        .filter(leads::Column::UserId.eq(user))
        .one(&tx)
        .await?
        .is_some();
    if has_leads {
        return Ok(());
    }
    let history = [
        "INSERT INTO leads (workspace_id, user_id, name, url, notes, created_at) \
         SELECT $1, $2, name, url, 'Met at the spring summit', now() - (i || ' days')::interval \
         FROM unnest(ARRAY['Priya Raman','Tom Becker','Lena Ortiz','Sam Okafor','Mia Chen','Jonas Weber','Ana Silva','Kofi Mensah', \
                           'Grace Liu','Omar Haddad','Eva Novak','Ravi Patel']::text[], \
                     ARRAY['https://www.linkedin.com/in/priya','https://www.linkedin.com/in/tom','mailto:lena@example.com', \
                           'https://www.linkedin.com/in/sam','https://crm.example.com/mia','https://www.linkedin.com/in/jonas', \
                           'mailto:ana@example.com','https://www.linkedin.com/in/kofi','https://www.linkedin.com/in/grace', \
                           'https://www.linkedin.com/in/omar','mailto:eva@example.com','https://www.linkedin.com/in/ravi']::text[]) \
              WITH ORDINALITY AS l(name, url, i)",
        // Done work on 18 of the last 21 days, the last 6 days in a row: a streak of 6.
        "INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, description, due_date, completed_at, replied_at, created_at) \
         SELECT $1, $2, l.id, (ARRAY['OUTREACH','FOLLOW_UP','NURTURE','CALL_PREP','POST_CALL','CONTENT']::action_type[])[1 + d % 6], \
                CASE WHEN d % 7 = 3 THEN 'REPLIED'::action_state ELSE 'DONE'::action_state END, \
                'Followed up after the intro', (now() - (d || ' days')::interval)::date, \
                now() - (d || ' days')::interval, CASE WHEN d % 7 = 3 THEN now() - (d || ' days')::interval END, \
                now() - ((d + 1) || ' days')::interval \
         FROM generate_series(0, 20) AS d \
         JOIN LATERAL (SELECT id FROM leads WHERE workspace_id = $1 ORDER BY created_at LIMIT 1 OFFSET d % 12) l ON true \
         WHERE d NOT IN (6, 9, 15)",
        // Open work: due soon, one overdue, one fast win, one snoozed.
        "INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, description, due_date, snooze_until, created_at) \
         SELECT $1, $2, l.id, t.kind::action_type, t.state::action_state, t.what, (now() + (t.due || ' days')::interval)::date, \
                CASE WHEN t.state = 'SNOOZED' THEN (now() + interval '10 days')::date END, now() - interval '2 days' \
         FROM (VALUES ('FOLLOW_UP','NEW','Send the case study', 0, 0), ('OUTREACH','NEW','First note about the pilot', -1, 1), \
                      ('FAST_WIN','NEW','Like and comment on their launch post', 0, 2), ('CALL_PREP','SENT','Prepare the discovery call', 2, 3), \
                      ('NURTURE','SNOOZED','Check in after their holidays', 10, 4), ('CONTENT','NEW','Share the benchmark write-up', 3, 5), \
                      ('FOLLOW_UP','NEW','Ask for a referral', 1, 6)) AS t(kind, state, what, due, lead) \
         JOIN LATERAL (SELECT id FROM leads WHERE workspace_id = $1 ORDER BY created_at LIMIT 1 OFFSET t.lead) l ON true",
    ];
    for sql in history {
        tx.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, [workspace.into(), user.into()])).await?;
    }
    let now = chrono::Utc::now();
    service::stats::recompute_streak(services.directory.as_ref(), &tx, workspace, user, now).await.map_err(internal)?;
    tx.commit().await?;

    // Last week's summary and today's plan, through the services, as the demo user.
    let ctx = services.request_as(user, &demo.email).await?;
    let today = platform::days::local_date(services.directory.time_zone(ctx.db(), user).await?, now);
    let last_monday = service::values::WeekStart::of(today).previous();
    let writer = service::summaries::RuleBasedWriter;
    let what = service::summaries::GenerateSummary { week_start_date: last_monday, calls_booked: None };
    let summary = service::summaries::generate_weekly_summary(&ctx, workspace, what, &writer).await.map_err(internal)?;
    service::prompts::create_prompts_from_summary(&ctx, summary.id, &writer).await.map_err(internal)?;
    // A connected calendar whose last read found today's free time, which sizes today's plan.
    let calendar = service::calendar::ConnectCalendar {
        provider: CalendarProvider::Google,
        calendar_id: "primary".into(),
        refresh_token: Secret::new("demo-refresh-token".into()),
        access_token: None,
        expires_at: None,
    };
    let connection = service::calendar::connect_calendar(&ctx, workspace, &services.keyring, calendar).await.map_err(internal)?;
    let read = service::calendar::SyncOutcome::FreeMinutes { date: today, free_minutes: 180 };
    service::calendar::record_sync_result(&ctx, connection.id, read).await.map_err(internal)?;
    service::plans::generate_daily_plan(&ctx, workspace, today).await.map_err(internal)?;
    ctx.commit().await
}
