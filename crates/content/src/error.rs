//! Everything that can go wrong in the content domain, each declared once with its payload
//! code, its input field and its message; constraint violations map to the same errors by
//! name ([`Constraints`]), so a statement that breaks a rule answers as the service's own check.

use platform::error::{ApiError, Constraints};
use platform::text::TextError;

/// Not `Display`: see [`platform::error::ApiError`] for why.
#[derive(Debug, platform::DomainError)]
pub enum ContentError {
    #[error(Invalid, field = field, "{field} must be 1 to {max} characters")]
    TextRequired { field: &'static str, max: usize },
    #[error(Invalid, field = field, "{field} must be at most {max} characters")]
    TextTooLong { field: &'static str, max: usize },
    /// A link that is not an `https://` or `http://` URL of at most 2,048 characters.
    #[error(Invalid, field = field, "{field} must be an https:// or http:// URL of at most 2048 characters")]
    InvalidUrl { field: &'static str },
    /// A list of texts with too many items, or a blank or too long one.
    #[error(Invalid, field = field, "{field} holds at most {max_items} items of 1 to {max_len} characters")]
    InvalidList { field: &'static str, max_items: usize, max_len: usize },
    /// A JSON value of the wrong shape (`expected` says which).
    #[error(Invalid, field = field, "{field} must be {expected}")]
    InvalidJson { field: &'static str, expected: &'static str },
    /// A number below its minimum.
    #[error(Invalid, field = field, "{field} must be {min} or more")]
    TooSmall { field: &'static str, min: i32 },
    /// The row an input names does not exist, or is another tenant's.
    #[error(NotFound, field = field, "no such {what}")]
    NotFound { field: &'static str, what: &'static str },
    /// A link the content flow does not allow (the seed's valid next actions).
    #[error(Invalid, field = field, "{message}")]
    InvalidNext { field: &'static str, message: String },
    /// A conversion goal outside the type's set.
    #[error(Invalid, field = "conversionGoal", "{message}")]
    InvalidConversionGoal { message: String },
    /// The change is not allowed from the object's current state.
    #[error(InvalidState, field = field, "{message}")]
    InvalidState { field: &'static str, message: String },
    #[error(Required, field = "scheduledFor", "a scheduled post needs the time it goes out")]
    ScheduledNeedsTime,
    #[error(Required, field = "publishedAt", "a published post needs its publication time")]
    PublishedNeedsTime,
    #[error(Required, field = "type", "an upgrade attached to a blog post needs its type and content")]
    AttachedUpgradeIncomplete,
    #[error(Invalid, field = "sequencePosition", "the position must be between 1 and {max}")]
    InvalidPosition { max: i32 },
    #[error(AlreadyExists, field = "sequencePosition", "that position of the sequence is taken")]
    PositionTaken,
    #[error(AlreadyExists, field = "variantOf", "that group already has its original")]
    GroupHasOriginal,
    #[error(AlreadyExists, field = "variantGroupId", "that group already has a winner")]
    GroupHasWinner,
    #[error(AlreadyExists, field = "provider", "that provider is already connected for this business")]
    EspAlreadyConnected,
    #[error(Required, field = "credentials", "an ESP integration needs its credentials")]
    CredentialsRequired,
    #[error(
        Invalid,
        field = "utmParams",
        "UTM parameters are utm_source, utm_medium, utm_campaign, utm_term and utm_content, each a string"
    )]
    InvalidUtmParams,
    #[error(api)]
    Api(ApiError),
}

impl From<TextError> for ContentError {
    fn from(e: TextError) -> Self {
        if e.required { Self::TextRequired { field: e.field, max: e.max } } else { Self::TextTooLong { field: e.field, max: e.max } }
    }
}

impl ContentError {
    pub(crate) fn not_found(field: &'static str, what: &'static str) -> Self {
        Self::NotFound { field, what }
    }

    fn internal(name: &str) -> Self {
        Self::Api(ApiError::Internal(format!("constraint {name} violated")))
    }
}

/// The content tables' constraints by name. `tests/content/constraints.rs` breaks each one and
/// checks its error; `platform::testing::assert_constraints_mapped` checks that none is missing.
impl Constraints for ContentError {
    fn from_constraint(name: &str) -> Option<Self> {
        use ContentError as E;
        let text = |field, max| E::TextRequired { field, max };
        let long = |field, max| E::TextTooLong { field, max };
        let list = |field, max_items, max_len| E::InvalidList { field, max_items, max_len };
        let json = |field, expected| E::InvalidJson { field, expected };
        let url = |field| E::InvalidUrl { field };
        Some(match name {
            // businesses
            "businesses_name_length" => text("name", 200),
            "businesses_industry_length" => text("industry", 200),
            "businesses_business_type_length" => text("businessType", 200),
            "businesses_primary_product_length" => text("primaryProduct", 200),
            "businesses_core_offer_description_length" => text("coreOfferDescription", 10_000),
            "businesses_website_scheme" | "businesses_website_length" => url("website"),
            "businesses_audience_demographics_object" => json("audienceDemographics", "a JSON object"),
            "businesses_audience_psychographics_object" => json("audiencePsychographics", "a JSON object"),
            "businesses_platform_preferences_object" => json("platformPreferences", "a JSON object"),
            "businesses_promotions_array" => json("promotions", "a JSON array of objects"),
            "businesses_audience_job_role_length" => long("audienceJobRole", 200),
            "businesses_tone_of_voice_length" => long("toneOfVoice", 1000),
            "businesses_primary_cta_length" => long("primaryCta", 1000),
            "businesses_awareness_stage_length" => long("awarenessStage", 1000),
            "businesses_blog_style_length" => long("blogStyle", 1000),
            "businesses_content_upgrade_type_length" => long("contentUpgradeType", 1000),
            "businesses_email_tone_length" => long("emailTone", 1000),
            "businesses_email_frequency_length" => long("emailFrequency", 1000),
            "businesses_primary_content_goal_length" => long("primaryContentGoal", 1000),
            "businesses_revenue_targets_length" => long("revenueTargets", 1000),
            "businesses_audience_pain_points_items" => list("audiencePainPoints", 100, 1000),
            "businesses_audience_desired_outcomes_items" => list("audienceDesiredOutcomes", 100, 1000),
            "businesses_primary_topics_items" => list("primaryTopics", 100, 200),
            "businesses_brand_keywords_items" => list("brandKeywords", 100, 200),
            "businesses_competitors_items" => list("competitors", 100, 200),
            "businesses_social_platforms_items" => list("socialPlatforms", 50, 100),
            "businesses_competitor_social_accounts_items" => list("competitorSocialAccounts", 100, 2048),
            "businesses_list_building_goals_items" => list("listBuildingGoals", 100, 1000),
            // content bundles
            "content_bundles_business_fkey"
            | "social_posts_business_fkey"
            | "blog_posts_business_fkey"
            | "content_upgrades_business_fkey"
            | "email_sequences_business_fkey"
            | "content_versions_business_fkey"
            | "esp_integrations_business_fkey"
            | "managed_urls_business_fkey" => E::not_found("businessId", "business"),
            "content_bundles_name_length" => text("name", 200),
            "content_bundles_time_period_length" => text("timePeriod", 100),
            // The (id, workspace_id, business_id) keys are only foreign key targets: the primary
            // key, a prefix of them, always fires first.
            "content_bundles_id_business_key" | "blog_posts_id_business_key" => E::internal(name),
            // social posts, blog posts, content upgrades, email sequences
            "social_posts_bundle_fkey" | "blog_posts_bundle_fkey" | "email_sequences_bundle_fkey" => {
                E::not_found("bundleId", "content bundle of that business")
            }
            "content_upgrades_blog_post_fkey" => E::not_found("blogPostId", "blog post of that business"),
            "social_posts_content_length" | "blog_posts_content_length" | "emails_content_length" => text("content", 100_000),
            "content_upgrades_content_length" => text("content", 100_000),
            "social_posts_scheduled_has_time" => E::ScheduledNeedsTime,
            "blog_posts_published_has_date" => E::PublishedNeedsTime,
            "social_posts_media_prompts_items" => list("mediaPrompts", 20, 4000),
            "social_posts_hashtags_items" => list("hashtags", 50, 100),
            "blog_posts_keywords_items" => list("keywords", 50, 100),
            "social_posts_engagement_metrics_object" => json("engagementMetrics", "a JSON object"),
            "blog_posts_performance_metrics_object" | "emails_performance_metrics_object" => json("performanceMetrics", "a JSON object"),
            "content_upgrades_download_metrics_object" => json("downloadMetrics", "a JSON object"),
            "blog_posts_title_length" | "content_upgrades_title_length" => text("title", 200),
            "blog_posts_meta_description_length" => long("metaDescription", 500),
            "blog_posts_primary_cta_length" => long("primaryCta", 200),
            "blog_posts_estimated_reading_time_non_negative" => E::TooSmall { field: "estimatedReadingTime", min: 0 },
            "social_posts_winning_threshold_non_negative"
            | "blog_posts_winning_threshold_non_negative"
            | "emails_winning_threshold_non_negative" => E::TooSmall { field: "winningThreshold", min: 0 },
            "social_posts_variant_group_original_key" | "blog_posts_variant_group_original_key" | "emails_variant_group_original_key" => {
                E::GroupHasOriginal
            }
            "social_posts_variant_group_winner_key" | "blog_posts_variant_group_winner_key" | "emails_variant_group_winner_key" => {
                E::GroupHasWinner
            }
            "content_upgrades_attached_has_type_and_content" => E::AttachedUpgradeIncomplete,
            "content_upgrades_description_length" | "email_sequences_description_length" => long("description", 10_000),
            "content_upgrades_file_url_scheme" | "content_upgrades_file_url_length" => url("fileUrl"),
            "social_posts_cta_text_length" | "blog_posts_cta_text_length" | "content_upgrades_cta_text_length" => long("ctaText", 200),
            "social_posts_cta_url_scheme"
            | "social_posts_cta_url_length"
            | "blog_posts_cta_url_scheme"
            | "blog_posts_cta_url_length"
            | "content_upgrades_cta_url_scheme"
            | "content_upgrades_cta_url_length" => url("ctaUrl"),
            "social_posts_valid_next_action"
            | "blog_posts_valid_next_action"
            | "content_upgrades_valid_next_action"
            | "email_sequences_valid_next_action" => {
                E::InvalidNext { field: "nextType", message: "the content flow does not allow that next item".into() }
            }
            "social_posts_valid_conversion_goal"
            | "blog_posts_valid_conversion_goal"
            | "content_upgrades_valid_conversion_goal"
            | "email_sequences_valid_conversion_goal" => {
                E::InvalidConversionGoal { message: "that conversion goal is not one of this type's".into() }
            }
            "email_sequences_name_length" => text("name", 200),
            // emails
            "emails_sequence_fkey" => E::not_found("sequenceId", "email sequence"),
            "emails_sequence_position_key" => E::PositionTaken,
            "emails_sequence_position_positive" => E::InvalidPosition { max: i32::MAX },
            "emails_delay_days_non_negative" => E::TooSmall { field: "delayDays", min: 0 },
            "emails_subject_line_length" => text("subjectLine", 200),
            // esp integrations
            "esp_integrations_business_provider_key" => E::EspAlreadyConnected,
            "esp_integrations_settings_object" => json("settings", "a JSON object"),
            // managed urls
            "managed_urls_url_scheme" | "managed_urls_url_length" => url("url"),
            "managed_urls_utm_params_valid" => E::InvalidUtmParams,
            // No input reaches these: values the services themselves set (ciphertexts, flow
            // pairs, statuses chosen from enums, counters, version numbers). Breaking one is our bug.
            "social_posts_valid_platform"
            | "social_posts_valid_status"
            | "social_posts_valid_post_type"
            | "social_posts_variant_in_group"
            | "social_posts_winner_in_group"
            | "social_posts_valid_previous_action"
            | "social_posts_next_action_pair"
            | "social_posts_previous_action_pair"
            | "blog_posts_valid_status"
            | "blog_posts_variant_in_group"
            | "blog_posts_winner_in_group"
            | "blog_posts_valid_previous_action"
            | "blog_posts_next_action_pair"
            | "blog_posts_previous_action_pair"
            | "content_upgrades_valid_type"
            | "content_upgrades_valid_status"
            | "content_upgrades_valid_previous_action"
            | "content_upgrades_next_action_pair"
            | "content_upgrades_previous_action_pair"
            | "content_bundles_valid_status"
            | "email_sequences_valid_sequence_goal"
            | "email_sequences_total_emails_non_negative"
            | "email_sequences_valid_status"
            | "email_sequences_valid_previous_action"
            | "email_sequences_next_action_pair"
            | "email_sequences_previous_action_pair"
            | "emails_variant_in_group"
            | "emails_winner_in_group"
            | "content_versions_entity_version_key"
            | "content_versions_valid_entity_type"
            | "content_versions_version_number_positive"
            | "content_versions_content_length"
            | "content_versions_reason_length"
            | "content_versions_performance_snapshot_object"
            | "content_versions_created_by_actor"
            | "esp_integrations_valid_provider"
            | "esp_integrations_credentials_encrypted"
            | "esp_integrations_valid_sync_status"
            | "esp_integrations_synced_has_time"
            | "esp_integrations_failed_has_error_log"
            | "esp_integrations_error_log_array"
            | "managed_urls_valid_source_type"
            | "managed_urls_click_count_non_negative" => E::internal(name),
            // Rows always belong to a workspace and a user that exist; a reference to them
            // fails only when they were deleted during the request.
            name if name.ends_with("_workspace_id_fkey") || name.ends_with("_user_id_fkey") => E::Api(ApiError::NotFound("workspace")),
            _ => return None,
        })
    }
}

pub type Result<T, E = ContentError> = std::result::Result<T, E>;
