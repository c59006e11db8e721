//! Calendar connections: encrypted tokens, sync results, the connected flag, log retention.

use crm::CrmError;
use crm::entity::{CalendarConnectionStatus, CalendarProvider, CalendarSyncOperation, CalendarSyncStatus};
use crm::service::calendar::{self, ConnectCalendar, ConnectionFilter, SyncOutcome};
use crm::service::maintenance::run_maintenance;
use crm::service::stats;
use platform::crypto::Keyring;
use platform::db::begin_worker;
use platform::pagination::PageArgs;
use platform::secret::Secret;

use crate::support::*;

fn grant(provider: CalendarProvider, refresh: &str) -> ConnectCalendar {
    ConnectCalendar {
        provider,
        calendar_id: "primary".into(),
        refresh_token: Secret::new(refresh.into()),
        access_token: Some(Secret::new(format!("{refresh}-access"))),
        expires_at: Some(chrono::Utc::now() + chrono::Duration::hours(1)),
    }
}

#[tokio::test]
async fn tokens_are_stored_encrypted_and_never_audited() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let keyring = Keyring::parse(KEYS).unwrap();
    let c = calendar::connect_calendar(&s, ada.workspace_id, &keyring, grant(CalendarProvider::Google, "refresh-secret-1")).await.unwrap();
    let stored = scalar_i64(
        s.db(),
        "SELECT count(*) FROM calendar_connections WHERE refresh_token LIKE 'v1:%' AND access_token LIKE 'v1:%' \
         AND refresh_token NOT LIKE '%refresh-secret-1%' AND access_token NOT LIKE '%refresh-secret-1%'",
        vec![],
    )
    .await;
    assert_eq!(stored, 1);
    let tokens = calendar::connection_tokens(&keyring, &c).unwrap();
    assert_eq!(tokens.refresh_token.expose(), "refresh-secret-1");
    assert_eq!(tokens.access_token.unwrap().expose(), "refresh-secret-1-access");

    // Connecting the same provider again replaces the grant on the same row.
    let again =
        calendar::connect_calendar(&s, ada.workspace_id, &keyring, grant(CalendarProvider::Google, "refresh-secret-2")).await.unwrap();
    assert_eq!(again.id, c.id);
    assert_eq!(calendar::connection_tokens(&keyring, &again).unwrap().refresh_token.expose(), "refresh-secret-2");
    let leaked = scalar_i64(
        s.db(),
        "SELECT count(*) FROM audit_logs WHERE changes::text LIKE '%refresh-secret%' OR changes::text LIKE '%v1:%'",
        vec![],
    )
    .await;
    let audited = scalar_i64(s.db(), "SELECT count(*) FROM audit_logs WHERE entity_type = 'calendar_connection'", vec![]).await;
    assert_eq!((leaked, audited), (0, 2));

    let err = calendar::connect_calendar(&s, ada.workspace_id, &keyring, grant(CalendarProvider::Outlook, "  ")).await.unwrap_err();
    assert!(matches!(err, CrmError::RefreshTokenRequired));
}

#[tokio::test]
async fn calendar_connected_follows_whether_an_active_connection_exists() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let keyring = Keyring::parse(KEYS).unwrap();
    let connected = || async { stats::user_stats(&s, ada.workspace_id, ada.user_id).await.unwrap().calendar_connected };
    assert!(!connected().await);
    let google = calendar::connect_calendar(&s, ada.workspace_id, &keyring, grant(CalendarProvider::Google, "g")).await.unwrap();
    assert!(connected().await);

    let (failed, log) =
        calendar::record_sync_result(&s, google.id, SyncOutcome::Failed { message: "503 from Google".into(), token_expired: false })
            .await
            .unwrap();
    assert_eq!((failed.status, failed.error_message.as_deref()), (CalendarConnectionStatus::Error, Some("503 from Google")));
    assert_eq!((log.status, log.operation), (CalendarSyncStatus::Error, CalendarSyncOperation::Sync));
    assert!(!connected().await, "an erroring connection is not an active one");

    let day = days_from_today(1);
    let (ok, log) = calendar::record_sync_result(&s, google.id, SyncOutcome::FreeMinutes { date: day, free_minutes: 120 }).await.unwrap();
    assert_eq!((ok.status, ok.error_message.clone()), (CalendarConnectionStatus::Active, None));
    assert!(ok.last_sync_at.is_some());
    assert_eq!(
        (log.status, log.operation, log.sync_date.map(|d| d.0), log.free_minutes),
        (CalendarSyncStatus::Success, CalendarSyncOperation::FetchFreebusy, Some(day), Some(120))
    );
    assert!(connected().await);

    let err = calendar::record_sync_result(&s, google.id, SyncOutcome::FreeMinutes { date: day, free_minutes: 1441 }).await.unwrap_err();
    assert!(matches!(err, CrmError::InvalidFreeMinutes));
    let err =
        calendar::record_sync_result(&s, google.id, SyncOutcome::Failed { message: " ".into(), token_expired: true }).await.unwrap_err();
    assert!(matches!(err, CrmError::ErrorMessageRequired));
    let (expired, _) =
        calendar::record_sync_result(&s, google.id, SyncOutcome::Failed { message: "invalid_grant".into(), token_expired: true })
            .await
            .unwrap();
    assert_eq!(expired.status, CalendarConnectionStatus::Expired);
    assert!(!connected().await);

    let outlook = calendar::connect_calendar(&s, ada.workspace_id, &keyring, grant(CalendarProvider::Outlook, "o")).await.unwrap();
    assert!(connected().await);
    let gone = calendar::disconnect_calendar(&s, outlook.id).await.unwrap();
    assert_eq!((gone.status, gone.refresh_token.clone(), gone.access_token.clone()), (CalendarConnectionStatus::Disconnected, None, None));
    assert!(!connected().await);
    assert!(matches!(calendar::connection_tokens(&keyring, &gone).unwrap_err(), CrmError::InvalidState { .. }));
    for err in [
        calendar::disconnect_calendar(&s, outlook.id).await.unwrap_err(),
        calendar::record_sync_result(&s, outlook.id, SyncOutcome::FreeMinutes { date: day, free_minutes: 5 }).await.unwrap_err(),
    ] {
        assert!(matches!(err, CrmError::InvalidState { .. }), "{err:?}");
    }

    let listed = calendar::list_calendar_connections(
        &s,
        ada.workspace_id,
        ConnectionFilter { statuses: vec![CalendarConnectionStatus::Expired], ..Default::default() },
        &PageArgs::default(),
        true,
    )
    .await
    .unwrap();
    assert_eq!(listed.edges.iter().map(|(_, c)| c.id).collect::<Vec<_>>(), [google.id]);
    let logs = calendar::list_sync_logs(&s, google.id, &PageArgs::default(), true).await.unwrap();
    assert_eq!(logs.total_count, Some(3));
}

#[tokio::test]
async fn sync_logs_are_kept_ninety_days() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let keyring = Keyring::parse(KEYS).unwrap();
    let c = calendar::connect_calendar(&s, ada.workspace_id, &keyring, grant(CalendarProvider::Google, "g")).await.unwrap();
    for minutes in [10, 20, 30] {
        calendar::record_sync_result(&s, c.id, SyncOutcome::FreeMinutes { date: today(), free_minutes: minutes }).await.unwrap();
    }
    s.commit().await;
    let worker = begin_worker(&t.db).await.unwrap();
    exec(&worker, "UPDATE calendar_sync_logs SET created_at = now() - interval '91 days' WHERE free_minutes IN (10, 20)", vec![])
        .await
        .unwrap();
    let report = run_maintenance(&identity::IdentityDirectory, &worker, noon(today())).await.unwrap();
    assert_eq!(report.sync_logs_deleted, 2);
    assert_eq!(scalar_i64(&worker, "SELECT count(*) FROM calendar_sync_logs", vec![]).await, 1);
}
