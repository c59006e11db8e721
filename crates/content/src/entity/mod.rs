//! The content domain's tables: each model is also its GraphQL object (`#[platform::object]`),
//! following `migration/src/sql/0007_content.sql`.

pub mod blog_posts;
pub mod businesses;
pub mod content_bundles;
pub mod content_upgrades;
pub mod content_versions;
pub mod email_sequences;
pub mod emails;
pub mod enums;
pub mod esp_integrations;
pub mod managed_urls;
pub mod social_posts;

pub use enums::{
    ContentBundleStatus, ContentItemType, ContentUpgradeType, ConversionGoal, EmailSequenceStatus, EspProvider, EspSyncStatus,
    PublicationStatus, SequenceGoal, SocialPlatform, SocialPostStatus, SocialPostType,
};
