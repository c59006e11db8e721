//! Leads: validated links, snoozing, archiving, lists.

use crm::CrmError;
use crm::entity::LeadStatus;
use crm::service::leads::{self, LeadChanges, LeadFilter, LeadOrder, NewLead};
use crm::service::maintenance::run_maintenance;
use platform::db::begin_worker;
use platform::pagination::PageArgs;

use crate::support::*;

#[tokio::test]
async fn a_lead_is_saved_with_its_link_and_the_change_is_audited() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let lead = leads::create_lead(
        &s,
        ada.workspace_id,
        NewLead { name: "  Grace Hopper ".into(), url: "MAILTO:grace@navy.mil".into(), notes: Some("   ".into()) },
    )
    .await
    .unwrap();
    assert_eq!((lead.name.as_str(), lead.url.as_str(), lead.notes.as_deref()), ("Grace Hopper", "mailto:grace@navy.mil", None));
    assert_eq!((lead.status, lead.user_id, lead.workspace_id), (LeadStatus::Active, ada.user_id, ada.workspace_id));
    let audited = scalar_i64(
        s.db(),
        "SELECT count(*) FROM audit_logs WHERE entity_type = 'lead' AND entity_id = $1 AND action = 'create'",
        vec![lead.id.into()],
    )
    .await;
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_lead_link_must_be_https_http_or_mailto_and_the_request_goes_on() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    for url in ["linkedin.com/in/x", "ftp://x.io", "javascript:alert(1)", "mailto:nobody"] {
        let err = leads::create_lead(&s, ada.workspace_id, NewLead { name: "X".into(), url: url.into(), notes: None }).await.unwrap_err();
        assert!(matches!(err, CrmError::InvalidUrl), "{url}: {err:?}");
    }
    let err =
        leads::create_lead(&s, ada.workspace_id, NewLead { name: " ".into(), url: "https://x.io".into(), notes: None }).await.unwrap_err();
    assert!(matches!(err, CrmError::TextRequired { field: "name", .. }), "{err:?}");
    let lead = lead(&s, ada.workspace_id, "grace").await;
    let err = leads::update_lead(&s, lead.id, LeadChanges { url: Some("www.example.com".into()), ..Default::default() }).await.unwrap_err();
    assert!(matches!(err, CrmError::InvalidUrl));
    let renamed = leads::update_lead(
        &s,
        lead.id,
        LeadChanges { name: Some("Grace".into()), notes: Some(Some("met at a conference".into())), ..Default::default() },
    )
    .await
    .unwrap();
    assert_eq!((renamed.name.as_str(), renamed.notes.as_deref()), ("Grace", Some("met at a conference")));
}

#[tokio::test]
async fn a_lead_moves_between_active_snoozed_and_archived_and_refuses_the_rest() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let lead = lead(&s, ada.workspace_id, "grace").await;

    let err = leads::snooze_lead(&s, lead.id, today()).await.unwrap_err();
    assert!(matches!(err, CrmError::SnoozeDateNotInFuture));
    let err = leads::unsnooze_lead(&s, lead.id).await.unwrap_err();
    assert!(matches!(err, CrmError::InvalidState { field: "status", .. }), "{err:?}");

    let snoozed = leads::snooze_lead(&s, lead.id, days_from_today(7)).await.unwrap();
    assert_eq!((snoozed.status, snoozed.snooze_until), (LeadStatus::Snoozed, Some(days_from_today(7).into())));
    let back = leads::unsnooze_lead(&s, lead.id).await.unwrap();
    assert_eq!((back.status, back.snooze_until), (LeadStatus::Active, None));

    let archived = leads::archive_lead(&s, lead.id).await.unwrap();
    assert_eq!(archived.status, LeadStatus::Archived);
    for err in [
        leads::archive_lead(&s, lead.id).await.unwrap_err(),
        leads::snooze_lead(&s, lead.id, days_from_today(3)).await.unwrap_err(),
        leads::unsnooze_lead(&s, lead.id).await.unwrap_err(),
    ] {
        assert!(matches!(err, CrmError::InvalidState { .. }), "{err:?}");
    }
    let restored = leads::restore_lead(&s, lead.id).await.unwrap();
    assert_eq!(restored.status, LeadStatus::Active);
    let err = leads::restore_lead(&s, lead.id).await.unwrap_err();
    assert!(matches!(err, CrmError::InvalidState { .. }));
}

#[tokio::test]
async fn a_snoozed_lead_comes_back_on_its_date() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let lead = lead(&s, ada.workspace_id, "grace").await;
    leads::snooze_lead(&s, lead.id, days_from_today(5)).await.unwrap();
    s.commit().await;

    let worker = begin_worker(&t.db).await.unwrap();
    let report = run_maintenance(&identity::IdentityDirectory, &worker, noon(days_from_today(4))).await.unwrap();
    assert_eq!(report.leads_unsnoozed, 0);
    let report = run_maintenance(&identity::IdentityDirectory, &worker, noon(days_from_today(5))).await.unwrap();
    assert_eq!(report.leads_unsnoozed, 1);
    worker.commit().await.unwrap();

    let s = Session::open(&t.db, &ada).await;
    let back = leads::get_lead(&s, lead.id).await.unwrap();
    assert_eq!((back.status, back.snooze_until), (LeadStatus::Active, None));
}

#[tokio::test]
async fn leads_are_listed_by_status_and_name_a_page_at_a_time() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    for name in ["carol", "alice", "bob", "dave", "100%_real"] {
        lead(&s, ada.workspace_id, name).await;
    }
    let archived = lead(&s, ada.workspace_id, "erin").await;
    leads::archive_lead(&s, archived.id).await.unwrap();

    let active = LeadFilter { statuses: vec![LeadStatus::Active], ..Default::default() };
    let first = leads::list_leads(&s, ada.workspace_id, active.clone(), LeadOrder::NameAsc, &PageArgs::forward(2), true).await.unwrap();
    let names: Vec<_> = first.edges.iter().map(|(_, l)| l.name.clone()).collect();
    assert_eq!(names, ["100%_real", "alice"]);
    assert_eq!((first.total_count, first.has_next_page), (Some(5), true));
    let after = PageArgs { first: Some(10), after: Some(first.edges[1].0.clone()), ..Default::default() };
    let rest = leads::list_leads(&s, ada.workspace_id, active, LeadOrder::NameAsc, &after, false).await.unwrap();
    let names: Vec<_> = rest.edges.iter().map(|(_, l)| l.name.clone()).collect();
    assert_eq!(names, ["bob", "carol", "dave"]);
    assert!(!rest.has_next_page && rest.has_previous_page);

    // ILIKE search, with % and _ taken literally.
    let search = |text: &str| LeadFilter { name_contains: Some(text.into()), ..Default::default() };
    let found = leads::list_leads(&s, ada.workspace_id, search("AR"), LeadOrder::CreatedAtAsc, &PageArgs::default(), false).await.unwrap();
    assert_eq!(found.edges.iter().map(|(_, l)| l.name.as_str()).collect::<Vec<_>>(), ["carol"]);
    let found = leads::list_leads(&s, ada.workspace_id, search("%"), LeadOrder::CreatedAtAsc, &PageArgs::default(), false).await.unwrap();
    assert_eq!(found.edges.iter().map(|(_, l)| l.name.as_str()).collect::<Vec<_>>(), ["100%_real"]);

    let archived_only = LeadFilter { statuses: vec![LeadStatus::Archived], ..Default::default() };
    let found = leads::list_leads(&s, ada.workspace_id, archived_only, LeadOrder::CreatedAtDesc, &PageArgs::default(), true).await.unwrap();
    assert_eq!(found.total_count, Some(1));
}
