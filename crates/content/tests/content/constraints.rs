//! Every constraint of the content tables has a typed error, and the rules the database holds
//! on its own (flow types, conversion goals, one winner, one original per position) answer as
//! the services' own checks.

use content::ContentError;
use content::service::emails::{NewEmail, add_email};
use platform::db::begin_worker;
use platform::domain::Domain;
use platform::{ApiError, ServiceError, UserErrorCode};
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};

use crate::support::*;

type Expect = fn(&ContentError) -> bool;

/// (constraint, a statement that breaks it, the error it maps to). `$1` is the workspace, `$2`
/// the user, `$3` a business, `$4` a social post, `$5` a blog post, `$6` an email sequence with
/// one email, `$7` that email.
const CASES: &[(&str, &str, Expect)] = &[
    (
        "social_posts_valid_next_action",
        "UPDATE social_posts SET next_action_type = 'email_sequence', next_action_id = $6 WHERE id = $4",
        |e| matches!(e, ContentError::InvalidNext { field: "nextType", .. }),
    ),
    (
        "content_upgrades_valid_next_action",
        "INSERT INTO content_upgrades (workspace_id, user_id, business_id, title, next_action_type, next_action_id) VALUES ($1, $2, $3, 't', 'blog_post', $5)",
        |e| matches!(e, ContentError::InvalidNext { .. }),
    ),
    ("blog_posts_valid_conversion_goal", "UPDATE blog_posts SET conversion_goal = 'website_visit' WHERE id = $5", |e| {
        matches!(e, ContentError::InvalidConversionGoal { .. })
    }),
    ("social_posts_cta_url_scheme", "UPDATE social_posts SET cta_url = 'javascript:alert(1)' WHERE id = $4", |e| {
        matches!(e, ContentError::InvalidUrl { field: "ctaUrl" })
    }),
    ("social_posts_bundle_fkey", "UPDATE social_posts SET bundle_id = uuidv7() WHERE id = $4", |e| {
        matches!(e, ContentError::NotFound { field: "bundleId", .. })
    }),
    (
        "content_bundles_business_fkey",
        "INSERT INTO content_bundles (workspace_id, user_id, business_id, name, time_period) VALUES ($1, $2, uuidv7(), 'n', 'Q1')",
        |e| matches!(e, ContentError::NotFound { field: "businessId", .. }),
    ),
    (
        "emails_sequence_position_key",
        "INSERT INTO emails (workspace_id, user_id, sequence_id, subject_line, content, sequence_position) VALUES ($1, $2, $6, 's', 'c', 1); SET CONSTRAINTS ALL IMMEDIATE",
        |e| matches!(e, ContentError::PositionTaken),
    ),
    ("emails_delay_days_non_negative", "UPDATE emails SET delay_days = -1 WHERE id = $7", |e| {
        matches!(e, ContentError::TooSmall { field: "delayDays", .. })
    }),
    (
        "esp_integrations_credentials_encrypted",
        "INSERT INTO esp_integrations (workspace_id, user_id, business_id, provider, credentials) VALUES ($1, $2, $3, 'mailchimp', '{\"api_key\": \"plain\"}')",
        |e| matches!(e, ContentError::Api(ApiError::Internal(_))),
    ),
    (
        "managed_urls_utm_params_valid",
        "INSERT INTO managed_urls (workspace_id, user_id, business_id, source_type, source_id, url, utm_params) VALUES ($1, $2, $3, 'blog_post', $5, 'https://x.io', '{\"ref\": \"x\"}')",
        |e| matches!(e, ContentError::InvalidUtmParams),
    ),
    ("businesses_promotions_array", "UPDATE businesses SET promotions = '[1]' WHERE id = $3", |e| {
        matches!(e, ContentError::InvalidJson { field: "promotions", .. })
    }),
    (
        "content_versions_created_by_actor",
        "INSERT INTO content_versions (workspace_id, user_id, business_id, entity_type, entity_id, version_number, content, created_by) VALUES ($1, $2, $3, 'blog_post', $5, 9, '{}', uuidv7())",
        |e| matches!(e, ContentError::Api(ApiError::Internal(_))),
    ),
];

#[tokio::test]
async fn the_database_rules_map_to_their_typed_errors() {
    let t = database().await;
    let ada = person(&t.db, "ada", "UTC").await;
    let s = Session::open(&t.db, &ada).await;
    let ws = ada.workspace_id;
    let biz = business(&s, ws, "Northwind").await;
    let post = social_post(&s, ws, biz.id, "hello").await;
    let article = blog_post(&s, ws, biz.id, "Brewing").await;
    let welcome = sequence(&s, ws, biz.id, "Welcome").await;
    let email = add_email(&s, welcome.id, NewEmail::new("Hi", "hello"), None).await.unwrap();
    s.commit().await;

    let worker = begin_worker(&t.db).await.unwrap();
    let values: Vec<sea_orm::Value> =
        vec![ws.into(), ada.user_id.into(), biz.id.into(), post.id.into(), article.id.into(), welcome.id.into(), email.id.into()];
    let mut failures = Vec::new();
    for (name, sql, expect) in CASES {
        let savepoint = worker.begin().await.unwrap();
        let mut result = Ok(());
        for statement in sql.split("; ") {
            let used = (1..=values.len()).filter(|i| statement.contains(&format!("${i}"))).max().unwrap_or(0);
            if let Err(e) =
                savepoint.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, statement, values[..used].to_vec())).await
            {
                result = Err(e);
                break;
            }
        }
        drop(savepoint);
        match result {
            Ok(()) => failures.push(format!("{name}: the statement succeeded")),
            Err(err) => {
                let text = err.to_string();
                let mapped = ContentError::from(err);
                if !text.contains(name) {
                    failures.push(format!("{name}: another rule failed first: {text}"));
                } else if !expect(&mapped) {
                    failures.push(format!("{name}: mapped to {mapped:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[tokio::test]
async fn every_constraint_of_the_content_tables_has_a_typed_error() {
    let t = database().await;
    platform::testing::assert_constraints_mapped::<ContentError>(&t.db, content::Content::tables()).await;
}

#[test]
fn each_error_carries_its_code_and_input_field() {
    let user = |e: ContentError| match ServiceError::from(e) {
        ServiceError::User(u) => (u.code, u.field.join(".")),
        ServiceError::Api(a) => panic!("not a user error: {a:?}"),
    };
    assert_eq!(user(ContentError::InvalidUrl { field: "ctaUrl" }), (UserErrorCode::Invalid, "input.ctaUrl".into()));
    assert_eq!(user(ContentError::NotFound { field: "nextId", what: "blog post" }), (UserErrorCode::NotFound, "input.nextId".into()));
    assert_eq!(
        user(ContentError::InvalidNext { field: "nextType", message: "no".into() }),
        (UserErrorCode::Invalid, "input.nextType".into())
    );
    assert_eq!(user(ContentError::InvalidConversionGoal { message: "no".into() }), (UserErrorCode::Invalid, "input.conversionGoal".into()));
    assert_eq!(
        user(ContentError::InvalidState { field: "variantGroupId", message: "no".into() }),
        (UserErrorCode::InvalidState, "input.variantGroupId".into())
    );
    assert_eq!(user(ContentError::PositionTaken), (UserErrorCode::AlreadyExists, "input.sequencePosition".into()));
    assert_eq!(user(ContentError::EspAlreadyConnected), (UserErrorCode::AlreadyExists, "input.provider".into()));
    assert_eq!(user(ContentError::CredentialsRequired), (UserErrorCode::Required, "input.credentials".into()));
    assert!(matches!(ServiceError::from(ContentError::Api(ApiError::internal("x"))), ServiceError::Api(ApiError::Internal(_))));
}
