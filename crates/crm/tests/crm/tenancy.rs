//! Another tenant's rows are answered exactly like missing ones, by the services and by
//! row-level security on its own; viewers read but do not write.

use crm::CrmError;
use crm::entity::{ActionState, ActionType};
use crm::service::actions::{self, ActionChanges, ActionFilter, ActionOrder};
use crm::service::leads::{self, LeadChanges, LeadFilter, LeadOrder};
use crm::service::{plans, prompts, summaries};
use platform::ApiError;
use platform::pagination::PageArgs;
use sea_orm::TransactionTrait;

use crate::support::*;

#[tokio::test]
async fn an_action_of_another_workspace_is_answered_as_missing() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let lead = lead(&s, ada.workspace_id, "grace").await;
    let action = action(&s, ada.workspace_id, ActionType::Outreach, today()).await;
    s.commit().await;

    // Both layers, then the services alone (a transaction row-level security does not narrow).
    for b in [Session::open(&t.db, &bob).await, Session::without_row_security(&t.db, &bob).await] {
        let missing = uuid::Uuid::now_v7();
        for id in [action.id, missing] {
            let answers = [
                actions::get_action(&b, id).await.unwrap_err(),
                actions::set_action_state(&b, id, ActionState::Done, None).await.unwrap_err(),
                actions::update_action(&b, id, ActionChanges { notes: Some(Some("mine".into())), ..Default::default() }).await.unwrap_err(),
                actions::delete_action(&b, id).await.unwrap_err(),
            ];
            for err in answers {
                assert!(matches!(err, CrmError::ActionNotFound { field: "id" }), "{err:?}");
            }
        }
        for id in [lead.id, missing] {
            assert!(matches!(leads::get_lead(&b, id).await.unwrap_err(), CrmError::LeadNotFound { field: "id" }));
            assert!(matches!(leads::archive_lead(&b, id).await.unwrap_err(), CrmError::LeadNotFound { field: "id" }));
            assert!(matches!(
                leads::update_lead(&b, id, LeadChanges { name: Some("x".into()), ..Default::default() }).await.unwrap_err(),
                CrmError::LeadNotFound { field: "id" }
            ));
            // Bob cannot point his own action at Ada's lead either.
            let mut about = new_action(ActionType::FollowUp, today());
            about.person_id = Some(id);
            let err = actions::create_action(&b, bob.workspace_id, about).await.unwrap_err();
            assert!(matches!(err, CrmError::LeadNotFound { field: "leadId" }), "{err:?}");
        }
        // Ada's workspace itself is missing for Bob.
        let answers = [
            actions::list_actions(&b, ada.workspace_id, ActionFilter::default(), ActionOrder::default(), &PageArgs::default(), false)
                .await
                .unwrap_err(),
            leads::list_leads(&b, ada.workspace_id, LeadFilter::default(), LeadOrder::default(), &PageArgs::default(), false)
                .await
                .unwrap_err(),
            actions::create_action(&b, ada.workspace_id, new_action(ActionType::Outreach, today())).await.unwrap_err(),
            plans::generate_daily_plan(&b, ada.workspace_id, today()).await.unwrap_err(),
            plans::get_daily_plan(&b, ada.workspace_id, today()).await.unwrap_err(),
            summaries::list_weekly_summaries(&b, ada.workspace_id, Default::default(), &PageArgs::default(), false).await.unwrap_err(),
            prompts::list_content_prompts(&b, ada.workspace_id, Default::default(), &PageArgs::default(), false).await.unwrap_err(),
        ];
        for err in answers {
            assert!(is_not_found_workspace(&err), "{err:?}");
        }
        b.commit().await;
    }

    let s = Session::open(&t.db, &ada).await;
    let untouched = actions::get_action(&s, action.id).await.unwrap();
    assert_eq!((untouched.state, untouched.notes), (ActionState::New, None));
}

#[tokio::test]
async fn row_level_security_alone_hides_another_workspaces_leads() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let bob = person(&t.db, "bob", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let lead = lead(&s, ada.workspace_id, "grace").await;
    action(&s, ada.workspace_id, ActionType::Outreach, today()).await;
    s.commit().await;

    // Raw SQL, no service in the way: the database itself, as mosaic_app for Bob (the scope
    // sealed as the gateway seals it).
    let scope = |who: &Person| platform::db::DbScope { user_id: Some(who.user_id), ..Default::default() };
    let seal = seal(&t.db).await;
    let (tx, _) = platform::db::begin_request(&t.db, &seal, &scope(&bob)).await.unwrap();
    assert_eq!(scalar_i64(&tx, "SELECT count(*) FROM leads", vec![]).await, 0);
    assert_eq!(scalar_i64(&tx, "SELECT count(*) FROM actions", vec![]).await, 0);
    assert_eq!(exec(&tx, "UPDATE leads SET name = 'taken' WHERE id = $1", vec![lead.id.into()]).await.unwrap(), 0);
    assert_eq!(exec(&tx, "DELETE FROM leads WHERE id = $1", vec![lead.id.into()]).await.unwrap(), 0);
    let nested = tx.begin().await.unwrap();
    let insert = exec(
        &nested,
        "INSERT INTO leads (workspace_id, user_id, name, url) VALUES ($1, $2, 'x', 'https://x.io')",
        vec![ada.workspace_id.into(), bob.user_id.into()],
    )
    .await;
    assert!(insert.unwrap_err().to_string().contains("row-level security"));
    drop(nested);
    tx.rollback().await.unwrap();

    // The same statement as Ada sees her lead…
    let (tx, _) = platform::db::begin_request(&t.db, &seal, &scope(&ada)).await.unwrap();
    assert_eq!(scalar_i64(&tx, "SELECT count(*) FROM leads", vec![]).await, 1);
    tx.rollback().await.unwrap();
    // …but not when Bob's transaction only says it is Ada: the scope's seal no longer holds.
    let (tx, _) = platform::db::begin_request(&t.db, &seal, &scope(&bob)).await.unwrap();
    exec(&tx, "SELECT set_config('app.user_id', $1, true)", vec![ada.user_id.to_string().into()]).await.unwrap();
    assert_eq!(scalar_i64(&tx, "SELECT count(*) FROM leads", vec![]).await, 0);
    tx.rollback().await.unwrap();
}

#[tokio::test]
async fn a_viewer_reads_the_workspace_but_cannot_change_it() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let carol = person(&t.db, "carol", "UTC").await;
    join(&t.db, &carol, ada.workspace_id, "viewer").await;
    let s = Session::open(&t.db, &ada).await;
    let lead = lead(&s, ada.workspace_id, "grace").await;
    let action = action(&s, ada.workspace_id, ActionType::Outreach, today()).await;
    s.commit().await;

    let c = Session::open(&t.db, &carol).await;
    assert_eq!(leads::get_lead(&c, lead.id).await.unwrap().id, lead.id);
    let page = actions::list_actions(&c, ada.workspace_id, ActionFilter::default(), ActionOrder::default(), &PageArgs::default(), true)
        .await
        .unwrap();
    assert_eq!(page.total_count, Some(1));
    let refusals = [
        leads::archive_lead(&c, lead.id).await.unwrap_err(),
        actions::set_action_state(&c, action.id, ActionState::Done, None).await.unwrap_err(),
        actions::create_action(&c, ada.workspace_id, new_action(ActionType::Outreach, today())).await.unwrap_err(),
        plans::generate_daily_plan(&c, ada.workspace_id, today()).await.unwrap_err(),
    ];
    for err in refusals {
        assert!(matches!(err, CrmError::Api(ApiError::Forbidden(_))), "{err:?}");
    }
    // The request is still usable after the refusals.
    assert_eq!(scalar_i64(c.db(), "SELECT count(*) FROM leads", vec![]).await, 1);
}
