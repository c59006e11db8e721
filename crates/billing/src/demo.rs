//! Billing's demo data for `mosaic seed`: a catalogue (plans, a credit pack, content bundles
//! with volume discounts, AI models), then in the demo workspace a Growth subscription that
//! arrived as Stripe's webhooks would deliver it (customer, subscription, paid invoice, the
//! plan on the workspace), an INR order paid through PhonePe, a credit history (trial grant, a
//! purchased pack, AI calls) and a week of usage. Made by the same services and webhook effects
//! the API runs; skipped for a workspace that has a subscription already.

use chrono::{Duration, Months, Utc};
use platform::ApiError;
use platform::billing::{Activity, AgentUsage, ApiCall};
use platform::domain::{Demo, Services};
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Statement};
use serde_json::json;
use uuid::Uuid;

use crate::entity::{CreditTransactionType, WebhookProvider, subscriptions};
use crate::error::BillingError;
use crate::providers::PhonePeStatus;
use crate::service::{credits, orders, payments, usage};
use crate::webhooks::{Delivered, Event, deliver};

fn internal(e: BillingError) -> ApiError {
    ApiError::internal(e)
}

/// Fixed ids, so the catalogue is made once however often the seed runs.
pub const CREDIT_PACK: Uuid = Uuid::from_u128(0x0192_0000_0000_7000_8000_00b1_0000_0003);
pub const BLOG_QUARTER: Uuid = Uuid::from_u128(0x0192_0000_0000_7000_8000_00b1_0000_0005);
pub const EMAIL_PACK: Uuid = Uuid::from_u128(0x0192_0000_0000_7000_8000_00b1_0000_0006);

const CATALOGUE: &str = "
INSERT INTO products (id, provider, provider_product_id, name, description, metadata, type, content_count, time_period, features, base_price, currency, volume_discounts) VALUES
  ('01920000-0000-7000-8000-00b100000001', 'stripe', 'prod_demo_growth', 'Growth', 'For teams that publish every day',
   '{\"plan\": \"growth\", \"creator_limit\": 25, \"user_limit\": 10, \"voice_model_limit\": 40, \"storage_limit_gb\": 500}', NULL, NULL, NULL, '[]', NULL, 'usd', '[]'),
  ('01920000-0000-7000-8000-00b100000002', 'stripe', 'prod_demo_starter', 'Starter', 'For one creator',
   '{\"plan\": \"starter\", \"creator_limit\": 10, \"user_limit\": 3}', NULL, NULL, NULL, '[]', NULL, 'usd', '[]'),
  ('01920000-0000-7000-8000-00b100000003', 'internal', NULL, '1,000 credits', 'A pack of AI credits', '{\"credits\": 1000}',
   NULL, NULL, NULL, '[]', NULL, 'usd', '[]'),
  ('01920000-0000-7000-8000-00b100000004', 'internal', NULL, 'Social year', '365 social posts, one a day', '{}',
   'social', 365, '1 year', '[\"daily posts\", \"hashtag research\"]', 49900, 'usd', '[{\"min_quantity\": 3, \"percent_off\": 10}, {\"min_quantity\": 10, \"percent_off\": 15}]'),
  ('01920000-0000-7000-8000-00b100000005', 'internal', NULL, 'Blog quarter', '12 long-form posts', '{}',
   'blog', 12, '1 quarter', '[\"SEO briefs\"]', 99900, 'inr', '[]'),
  ('01920000-0000-7000-8000-00b100000006', 'internal', NULL, 'Email sequence', 'A 7-email nurture sequence', '{}',
   'email', 7, '1 quarter', '[\"subject line tests\"]', 49900, 'inr', '[{\"min_quantity\": 5, \"percent_off\": 12.5}]')
ON CONFLICT (id) DO NOTHING;
INSERT INTO prices (id, product_id, provider, provider_price_id, description, unit_amount, currency, type, interval, trial_period_days) VALUES
  ('01920000-0000-7000-8000-00b200000001', '01920000-0000-7000-8000-00b100000001', 'stripe', 'price_demo_growth_monthly', 'Growth, monthly', 4900, 'usd', 'recurring', 'month', 14),
  ('01920000-0000-7000-8000-00b200000002', '01920000-0000-7000-8000-00b100000002', 'stripe', 'price_demo_starter_monthly', 'Starter, monthly', 1900, 'usd', 'recurring', 'month', 7),
  ('01920000-0000-7000-8000-00b200000003', '01920000-0000-7000-8000-00b100000003', 'internal', NULL, '1,000 credits', 1000, 'usd', 'one_time', NULL, 0)
ON CONFLICT (id) DO NOTHING;
INSERT INTO ai_models (id, name, provider, openrouter_id, description, credit_cost, model_type, max_context_tokens, supports_images) VALUES
  ('01920000-0000-7000-8000-00b300000001', 'GPT-4o mini', 'openai', 'openai/gpt-4o-mini', 'Quick and cheap', 0.5, 'fast', 128000, true),
  ('01920000-0000-7000-8000-00b300000002', 'Claude Sonnet', 'anthropic', 'anthropic/claude-sonnet-4', 'Careful writing', 2, 'advanced', 200000, true),
  ('01920000-0000-7000-8000-00b300000003', 'Gemini Flash', 'google', 'google/gemini-2.0-flash', 'Long context, low cost', 0.25, 'affordable', 1000000, true),
  ('01920000-0000-7000-8000-00b300000004', 'Llama 3.3 70B', 'meta', 'meta-llama/llama-3.3-70b-instruct', 'Open weights', 0.3, 'affordable', 131072, false)
ON CONFLICT (openrouter_id) DO NOTHING;
";

pub async fn seed(services: &Services, demo: &Demo) -> Result<(), ApiError> {
    let backend = crate::backend(services);
    let tx = backend.begin().await?;
    tx.execute_unprepared(CATALOGUE).await?;
    tx.commit().await?;

    let workspace = demo.workspace_id;
    let tx = backend.begin().await?;
    let subscribed = subscriptions::Entity::find().filter(subscriptions::Column::WorkspaceId.eq(workspace)).one(&tx).await?.is_some();
    drop(tx);
    if subscribed {
        return Ok(());
    }
    let now = Utc::now();
    let tag = workspace.simple().to_string();

    // Stripe: checkout completed, the subscription made, its first invoice paid.
    let period_start = now - Duration::days(3);
    let period_end = period_start.checked_add_months(Months::new(1)).unwrap_or(period_start);
    let customer = format!("cus_demo_{}", &tag[..12]);
    let subscription = format!("sub_demo_{}", &tag[..12]);
    let events = [
        (
            "checkout.session.completed",
            json!({ "id": format!("cs_demo_{tag}"), "mode": "subscription", "customer": customer, "client_reference_id": workspace, "payment_status": "paid", "metadata": {} }),
        ),
        (
            "customer.subscription.created",
            json!({
                "id": subscription, "customer": customer, "status": "active", "cancel_at_period_end": false,
                "current_period_start": period_start.timestamp(), "current_period_end": period_end.timestamp(),
                "metadata": { "workspace_id": workspace },
                "items": { "data": [{ "quantity": 1, "price": { "id": "price_demo_growth_monthly", "unit_amount": 4900, "currency": "usd", "nickname": "Growth, monthly" } }] },
            }),
        ),
        (
            "invoice.paid",
            json!({
                "id": format!("in_demo_{}", &tag[..12]), "subscription": subscription, "amount_paid": 4900, "currency": "usd",
                "payment_intent": format!("pi_demo_{}", &tag[..12]), "hosted_invoice_url": format!("https://invoice.stripe.test/i/{}", &tag[..12]),
                "lines": { "data": [{ "period": { "start": period_start.timestamp(), "end": period_end.timestamp() } }] },
            }),
        ),
        // A credit pack bought through Stripe Checkout.
        (
            "checkout.session.completed",
            json!({ "id": format!("cs_demo_pack_{tag}"), "mode": "payment", "customer": customer, "client_reference_id": workspace, "payment_status": "paid", "metadata": { "credit_product_id": CREDIT_PACK, "quantity": "1" } }),
        ),
    ];
    // The trial grant first: the ledger reads in the order things happened.
    let tx = backend.begin().await?;
    let trial = credits::Grant {
        kind: CreditTransactionType::TrialGrant,
        credits: 500,
        reason: Some("welcome credits".into()),
        idempotency_key: "demo:trial".into(),
    };
    credits::apply(&tx, workspace, credits::grant_entry(Some(demo.user_id), trial).map_err(internal)?).await.map_err(internal)?;
    tx.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "UPDATE user_credits SET plan_credits = 1000, next_reset_at = date_trunc('month', now()) + interval '1 month' WHERE workspace_id = $1",
        [workspace.into()],
    ))
    .await?;
    tx.commit().await?;
    for (n, (kind, object)) in events.into_iter().enumerate() {
        let event = Event {
            provider: WebhookProvider::Stripe,
            id: format!("evt_demo_{n}_{tag}"),
            kind: kind.into(),
            payload: json!({ "type": kind, "data": { "object": object } }),
        };
        if deliver(&backend, event).await == Delivered::Failed {
            return Err(ApiError::Internal(format!("the demo's Stripe event {kind} failed")));
        }
    }

    // An order of content bundles in INR, as the demo user, paid through PhonePe.
    let ctx = services.request_as(demo.user_id, &demo.email).await?;
    let order = orders::NewOrder {
        items: vec![
            orders::NewItem { product_id: BLOG_QUARTER, quantity: 1, content_bundle_id: None, options: None },
            orders::NewItem { product_id: EMAIL_PACK, quantity: 5, content_bundle_id: None, options: Some(json!({ "tone": "friendly" })) },
        ],
        idempotency_key: Some("demo:first-order".into()),
        ..Default::default()
    };
    let order = orders::create_order(&ctx, &backend, workspace, order).await.map_err(internal)?;
    ctx.commit().await?;
    let tx = backend.begin().await?;
    let gst = crate::service::values::gst(order.total_amount, backend.config.gst_rate);
    let merchant = payments::merchant_transaction_id(workspace, Some("demo:first-order"));
    tx.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "INSERT INTO payments (workspace_id, user_id, order_id, amount, gst_amount, total_amount, phonepe_merchant_transaction_id, redirect_url) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        [
            workspace.into(),
            demo.user_id.into(),
            order.id.into(),
            order.total_amount.into(),
            gst.into(),
            (order.total_amount + gst).into(),
            merchant.clone().into(),
            format!("https://mercury.phonepe.test/transact/{merchant}").into(),
        ],
    ))
    .await?;
    let status = PhonePeStatus {
        code: "PAYMENT_SUCCESS".into(),
        transaction_id: Some(format!("T{}", &tag[..20])),
        amount: order.total_amount + gst,
        payment_method: Some("UPI".into()),
    };
    payments::settle(&tx, &merchant, &status).await.map_err(internal)?;

    // AI calls charged to the credits, and a week of agent usage.
    for (n, (model, calls)) in
        [("openai/gpt-4o-mini", 9), ("anthropic/claude-sonnet-4", 12), ("google/gemini-2.0-flash", 40)].into_iter().enumerate()
    {
        let deduction = credits::Deduction {
            spend: credits::Spend::ModelCalls { openrouter_id: model.into(), calls },
            reason: Some("AI calls".into()),
            metadata: json!({ "conversation_id": Uuid::from_u128(n as u128 + 1) }),
            idempotency_key: format!("demo:calls:{n}"),
        };
        let entry = credits::deduction_entry(&tx, Some(demo.user_id), deduction).await.map_err(internal)?;
        credits::apply(&tx, workspace, entry).await.map_err(internal)?;
    }
    for days_ago in 0..7 {
        let date = (now - Duration::days(days_ago)).date_naive();
        for (agent, tokens, cost) in [("strategist", 1_200 + days_ago * 40, "0.018000"), ("writer", 3_400, "0.041250")] {
            let usage = AgentUsage { user_id: demo.user_id, agent: agent.into(), tokens, cost_usd: cost.into() };
            usage::record_agent_usage(&tx, workspace, date, &usage).await.map_err(internal)?;
        }
        let activity = Activity { content_pieces_added: 3, scripts_generated: 1, credits_used: 12, ..Default::default() };
        usage::count_activity(&tx, workspace, date, &activity).await.map_err(internal)?;
    }
    let call = ApiCall {
        user_id: Some(demo.user_id),
        service_name: "openrouter".into(),
        endpoint: Some("/api/v1/chat/completions".into()),
        request_type: Some("chat".into()),
        tokens_used: Some(1_850),
        credits_cost: Some(1),
        response_time_ms: Some(840),
        status_code: Some(200),
        error_message: None,
    };
    usage::log_api_call(&tx, workspace, &call).await.map_err(internal)?;
    usage::adjust_storage(&tx, workspace, 312.5).await.map_err(internal)?;
    tx.commit().await?;
    Ok(())
}
