//! Usage recorded concurrently sums exactly; the monthly budget refuses further agent work.

use billing::error::BillingError;
use billing::ports::Ports;
use billing::service::usage;
use platform::billing::{AgentUsage, Caller, MonthlyBudget, UsageRecorder};

use crate::support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_recordings_of_one_day_sum_exactly() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let ports = std::sync::Arc::new(Ports { backend: fakes.backend.clone() });
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..200 {
        let ports = std::sync::Arc::clone(&ports);
        let (workspace, user) = (ada.workspace_id, ada.user_id);
        tasks.spawn(async move {
            let agent = if n % 2 == 0 { "writer" } else { "strategist" };
            ports
                .record_agent_usage(
                    Caller::System,
                    workspace,
                    AgentUsage { user_id: user, agent: agent.into(), tokens: 10, cost_usd: "0.000125".into() },
                )
                .await
                .unwrap();
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.unwrap();
    }
    assert_eq!(count(&t.db, "SELECT count(*) FROM usage_records", vec![]).await, 1);
    assert_eq!(count(&t.db, "SELECT tokens_used FROM usage_records", vec![]).await, 2_000);
    assert_eq!(count(&t.db, "SELECT (cost_usd * 1000000)::bigint FROM usage_records", vec![]).await, 25_000);
    assert_eq!(count(&t.db, "SELECT (agent_usage -> 'writer' ->> 'tokens')::bigint FROM usage_records", vec![]).await, 1_000);
    assert_eq!(
        count(&t.db, "SELECT ((agent_usage -> 'strategist' ->> 'cost_usd')::numeric * 1000000)::bigint FROM usage_records", vec![]).await,
        12_500
    );
}

#[tokio::test]
async fn the_monthly_budget_refuses_more_agent_work_once_spent() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let fakes = fakes(&t).await;
    let ports = Ports { backend: fakes.backend.clone() };
    let spend = |cost: &str| AgentUsage { user_id: ada.user_id, agent: "writer".into(), tokens: 1, cost_usd: cost.into() };
    ports.record_agent_usage(Caller::System, ada.workspace_id, spend("9.999999")).await.unwrap();
    let status = ports.check(Caller::System, ada.workspace_id).await.unwrap();
    assert_eq!((status.limit_usd.as_str(), status.spent_usd.as_str(), status.allows_more), ("10.0000", "9.999999", true));
    ports.record_agent_usage(Caller::System, ada.workspace_id, spend("0.000001")).await.unwrap();
    let err = ports.check(Caller::System, ada.workspace_id).await.unwrap_err();
    assert!(matches!(err, platform::ApiError::LimitExceeded(_)), "{err:?}");
    // Last month's spending does not count.
    exec(&t.db, "UPDATE usage_records SET date = date - 40", vec![]).await.unwrap();
    assert!(ports.check(Caller::System, ada.workspace_id).await.unwrap().allows_more);
    let tx = fakes.backend.begin().await.unwrap();
    let bad = usage::record_agent_usage(&tx, ada.workspace_id, chrono::Utc::now().date_naive(), &spend("1.1234567")).await.unwrap_err();
    assert!(matches!(bad, BillingError::InvalidAmount { .. }));
}

#[tokio::test]
async fn a_request_caller_outside_the_workspace_is_refused_by_every_port() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let eve = person(&t.db, "eve", "UTC").await;
    let fakes = fakes(&t).await;
    let ports = Ports { backend: fakes.backend.clone() };
    let s = Session::open(&t.db, &eve).await;
    let usage = AgentUsage { user_id: eve.user_id, agent: "writer".into(), tokens: 1, cost_usd: "1".into() };
    let err = ports.record_agent_usage(Caller::Request(&s), ada.workspace_id, usage).await.unwrap_err();
    assert!(matches!(err, platform::ApiError::NotFound("workspace")), "{err:?}");
    let err = platform::billing::CreditLedger::balance(&ports, Caller::Request(&s), ada.workspace_id).await.unwrap_err();
    assert!(matches!(err, platform::ApiError::NotFound("workspace")), "{err:?}");
    assert_eq!(count(&t.db, "SELECT count(*) FROM usage_records", vec![]).await, 0);
}
