//! Factories: people with a personal workspace, request sessions, a business with content.
#![allow(dead_code)]

use std::sync::Arc;

use content::entity::{ContentItemType, SocialPlatform, blog_posts, businesses, content_upgrades, email_sequences, social_posts};
use content::service::blog_posts::{NewBlogPost, create_blog_post};
use content::service::businesses::{BusinessProfile, create_business};
use content::service::content_upgrades::{NewContentUpgrade, create_content_upgrade};
use content::service::email_sequences::{NewEmailSequence, create_email_sequence};
use content::service::item::ContentRef;
use content::service::social_posts::{NewSocialPost, create_social_post};
use platform::RequestContext;
use platform::directory::Directory;
pub use platform::testing::{Person, exec, person, scalar_i64};
use platform::testing::{TestDatabase, fresh_database};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

pub const KEYS: &str = "k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

pub async fn database() -> TestDatabase {
    fresh_database::<migration::Migrator>().await
}

/// Identity's port, as the gateway wires it.
pub fn directory() -> Arc<dyn Directory> {
    Arc::new(identity::IdentityDirectory)
}

pub async fn join(db: &DatabaseConnection, who: &Person, workspace_id: Uuid, role: &str) {
    platform::testing::join(db, who, workspace_id, platform::Role::from_sql(role).unwrap()).await;
}

pub async fn seal(db: &DatabaseConnection) -> platform::db::ScopeSeal {
    platform::db::ScopeSeal::read(db).await.expect("the scope key")
}

/// One request of a person, as the gateway makes it (see `platform::testing::Session`).
pub struct Session(platform::testing::Session);

impl Session {
    pub async fn open(db: &DatabaseConnection, who: &Person) -> Self {
        Self(platform::testing::Session::open(db, &seal(db).await, who, directory()).await)
    }

    /// A request whose transaction runs as the worker role: only the services' own scoping
    /// stands between `who` and another tenant's rows.
    pub async fn without_row_security(db: &DatabaseConnection, who: &Person) -> Self {
        Self(platform::testing::Session::without_row_security(db, &seal(db).await, who, directory()).await)
    }

    pub async fn commit(self) {
        self.0.commit().await;
    }
}

impl std::ops::Deref for Session {
    type Target = RequestContext;

    fn deref(&self) -> &RequestContext {
        &self.0
    }
}

pub async fn business(s: &Session, workspace_id: Uuid, name: &str) -> businesses::Model {
    let profile = BusinessProfile {
        name: Some(name.into()),
        industry: Some("Coffee".into()),
        business_type: Some("E-commerce".into()),
        primary_product: Some("Beans".into()),
        core_offer_description: Some("Fresh beans every two weeks".into()),
        ..Default::default()
    };
    create_business(s, workspace_id, profile).await.unwrap()
}

pub async fn social_post(s: &Session, workspace_id: Uuid, business_id: Uuid, text: &str) -> social_posts::Model {
    create_social_post(s, workspace_id, NewSocialPost::new(business_id, SocialPlatform::Linkedin, text), None).await.unwrap()
}

pub async fn blog_post(s: &Session, workspace_id: Uuid, business_id: Uuid, title: &str) -> blog_posts::Model {
    create_blog_post(s, workspace_id, NewBlogPost::new(business_id, title, "A body."), None).await.unwrap()
}

pub async fn upgrade(s: &Session, workspace_id: Uuid, business_id: Uuid, title: &str) -> content_upgrades::Model {
    create_content_upgrade(s, workspace_id, NewContentUpgrade::new(business_id, title), None).await.unwrap()
}

pub async fn sequence(s: &Session, workspace_id: Uuid, business_id: Uuid, name: &str) -> email_sequences::Model {
    create_email_sequence(s, workspace_id, NewEmailSequence::new(business_id, name), None).await.unwrap()
}

pub fn social(id: Uuid) -> ContentRef {
    ContentRef::new(ContentItemType::SocialPost, id)
}

pub fn blog(id: Uuid) -> ContentRef {
    ContentRef::new(ContentItemType::BlogPost, id)
}

pub fn upgrade_ref(id: Uuid) -> ContentRef {
    ContentRef::new(ContentItemType::ContentUpgrade, id)
}

pub fn seq(id: Uuid) -> ContentRef {
    ContentRef::new(ContentItemType::EmailSequence, id)
}

/// The audit entries of a row, oldest first, as (action, changes, ai_generated, ai_model).
pub async fn audit_of(db: &DatabaseConnection, id: Uuid) -> Vec<(String, serde_json::Value, bool, Option<String>)> {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT action, changes, ai_generated, ai_model FROM audit_logs WHERE entity_id = $1 ORDER BY created_at, id",
            [id.into()],
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|r| {
            (r.try_get_by_index(0).unwrap(), r.try_get_by_index(1).unwrap(), r.try_get_by_index(2).unwrap(), r.try_get_by_index(3).unwrap())
        })
        .collect()
}
