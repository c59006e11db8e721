//! The models read in bulk decode by position exactly as SeaORM decodes them by name, for
//! rows with every nullable column set and for rows with none. Columns of one type hold
//! different values, so that two fields read in each other's place would show.

use crm::entity::{actions, content_prompts, leads};
use sea_orm::{EntityTrait, QueryOrder};

use platform::db::begin_worker;

use crate::support::{database, exec, person};

#[tokio::test]
async fn rows_read_by_position_equal_rows_read_by_name() {
    let db = database().await;
    let ada = person(&db.db, "ada", "UTC").await;
    let (ws, user) = (ada.workspace_id, ada.user_id);
    let tx = begin_worker(&db.db).await.unwrap();
    exec(
        &tx,
        "INSERT INTO leads (workspace_id, user_id, name, url, notes, status, snooze_until, created_at) VALUES \
             ($1, $2, 'Full', 'https://example.com/full', 'notes', 'SNOOZED', current_date + 2, now() - interval '2 days'), \
             ($1, $2, 'Bare', 'mailto:bare@example.com', NULL, 'ACTIVE', NULL, now() - interval '1 day')",
        vec![ws.into(), user.into()],
    )
    .await
    .unwrap();
    for sql in [
        "INSERT INTO actions (workspace_id, user_id, person_id, action_type, state, description, due_date, completed_at, replied_at, notes, auto_created, created_at) \
         SELECT $1, $2, id, 'CALL_PREP', 'REPLIED', 'described', current_date, now() - interval '1 hour', now() - interval '2 hours', 'noted', true, now() - interval '1 day' \
         FROM leads WHERE name = 'Full'",
        "INSERT INTO actions (workspace_id, user_id, action_type, state, due_date, snooze_until) VALUES ($1, $2, 'FAST_WIN', 'SNOOZED', current_date, current_date + 1)",
        "INSERT INTO weekly_summaries (workspace_id, user_id, week_start_date, insight_text, next_week_focus) \
         VALUES ($1, $2, date_trunc('week', now())::date, 'insight', 'focus')",
        "INSERT INTO content_prompts (workspace_id, user_id, weekly_summary_id, type, content, status, saved_at, created_at) \
         SELECT $1, $2, id, 'WIN_POST', 'a win', 'POSTED', now() - interval '1 hour', now() - interval '2 hours' FROM weekly_summaries",
        "INSERT INTO content_prompts (workspace_id, user_id, type, content) VALUES ($1, $2, 'INSIGHT_POST', 'an insight')",
    ] {
        exec(&tx, sql, vec![ws.into(), user.into()]).await.unwrap();
    }

    let by_name = actions::Entity::find().order_by_asc(actions::Column::Id).all(&tx).await.unwrap();
    let by_position = platform::rows::all(&tx, actions::Entity::find().order_by_asc(actions::Column::Id)).await.unwrap();
    assert_eq!(by_name.len(), 2);
    assert_eq!(by_position, by_name);

    let by_name = leads::Entity::find().order_by_asc(leads::Column::Id).all(&tx).await.unwrap();
    let by_position = platform::rows::all(&tx, leads::Entity::find().order_by_asc(leads::Column::Id)).await.unwrap();
    assert_eq!(by_name.len(), 2);
    assert_eq!(by_position, by_name);

    let by_name = content_prompts::Entity::find().order_by_asc(content_prompts::Column::Id).all(&tx).await.unwrap();
    let by_position = platform::rows::all(&tx, content_prompts::Entity::find().order_by_asc(content_prompts::Column::Id)).await.unwrap();
    assert_eq!(by_name.len(), 2);
    assert_eq!(by_position, by_name);
}
