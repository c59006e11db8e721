use std::sync::Arc;

use async_graphql::{Context, InputObject, Json, MaybeUndefined, Object, Result, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use platform::audit::Provenance;
use platform::crypto::Keyring;
use platform::error::{UserError, into_payload};
use platform::scalars::Date;
use platform::secret::Secret;
use platform::{ApiError, RequestContext};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::types::AbVariant;
use crate::entity::{
    ContentBundleStatus, ContentItemType, ContentUpgradeType, ConversionGoal, EmailSequenceStatus, EspProvider, PublicationStatus,
    SequenceGoal, SocialPlatform, SocialPostStatus, SocialPostType, blog_posts, businesses, content_bundles, content_upgrades,
    content_versions, email_sequences, emails, esp_integrations, managed_urls, social_posts,
};
use crate::service;
use crate::service::esp::EspClient;
use crate::service::item::{ContentRef, FlowRow};

/// The content domain's mutations. Each takes one `input` and answers a payload: the changed
/// object, or the rule violations (`errors`) the user can fix.
#[derive(Default)]
pub struct ContentMutation;

fn run<T>(result: crate::error::Result<T>) -> Result<(Option<T>, Vec<UserError>)> {
    into_payload(result)
}

/// `undefined` leaves a field as it is, `null` clears it, a value sets it.
fn patch<T>(value: MaybeUndefined<T>) -> Option<Option<T>> {
    value.into()
}

fn json(value: Option<Json<Value>>) -> Option<Value> {
    value.map(|j| j.0)
}

fn keyring<'a>(ctx: &'a Context<'_>) -> Result<&'a Keyring> {
    Ok(ctx.data::<Keyring>().map_err(|_| ApiError::Internal("keyring missing".into()))?)
}

/// An AI worker that made a change: recorded in the change's audit entry and version.
#[derive(InputObject)]
pub struct AiGenerationInput {
    /// The model, e.g. `gpt-4o` (1 to 200 characters).
    pub model: String,
    /// The prompt it was given (up to 10,000 characters are kept).
    pub prompt: Option<String>,
}

/// The provenance of a change, when an AI worker made it; a blank model is none.
fn provenance(ai: Option<AiGenerationInput>) -> Option<Provenance> {
    let ai = ai?;
    let model: String = ai.model.trim().chars().take(200).collect();
    (!model.is_empty()).then(|| Provenance { model, prompt: ai.prompt.map(|p| p.chars().take(10_000).collect()) })
}

/// What a mutation deleted, or why it could not.
#[derive(SimpleObject)]
pub struct DeleteContentPayload {
    /// The id of the deleted row.
    pub deleted_id: Option<Uuid>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// Deletes a row by id.
#[derive(InputObject)]
pub struct DeleteContentInput {
    /// The row to delete.
    pub id: Uuid,
}

// ---- businesses ----

/// A business's profile; in an update, omitted fields stay as they are, a blank optional text
/// clears it and a list replaces the old one.
#[derive(InputObject, Default)]
pub struct BusinessProfileInput {
    /// The business's name, 1 to 200 characters (required to create).
    pub name: Option<String>,
    /// Its industry, 1 to 200 characters (required to create).
    pub industry: Option<String>,
    /// Its website: an `https://` or `http://` URL.
    pub website: Option<String>,
    /// What kind of business it is, 1 to 200 characters (required to create).
    pub business_type: Option<String>,
    /// Its primary product, 1 to 200 characters (required to create).
    pub primary_product: Option<String>,
    /// What it offers, 1 to 10,000 characters (required to create).
    pub core_offer_description: Option<String>,
    /// The audience's demographics, a JSON object.
    pub audience_demographics: Option<Json<Value>>,
    /// The audience's psychographics, a JSON object.
    pub audience_psychographics: Option<Json<Value>>,
    /// The audience's job role.
    pub audience_job_role: Option<String>,
    /// The audience's pain points (at most 100).
    pub audience_pain_points: Option<Vec<String>>,
    /// The outcomes the audience wants (at most 100).
    pub audience_desired_outcomes: Option<Vec<String>>,
    /// The topics the content covers (at most 100).
    pub primary_topics: Option<Vec<String>>,
    /// The tone of voice.
    pub tone_of_voice: Option<String>,
    /// Keywords of the brand (at most 100).
    pub brand_keywords: Option<Vec<String>>,
    /// Competitors (at most 100).
    pub competitors: Option<Vec<String>>,
    /// The main call to action.
    pub primary_cta: Option<String>,
    /// The audience's awareness stage.
    pub awareness_stage: Option<String>,
    /// Promotions, a JSON array of objects.
    pub promotions: Option<Json<Value>>,
    /// The social platforms it posts on (at most 50).
    pub social_platforms: Option<Vec<String>>,
    /// Requirements per platform, a JSON object.
    pub platform_preferences: Option<Json<Value>>,
    /// Competitors' social accounts (at most 100).
    pub competitor_social_accounts: Option<Vec<String>>,
    /// The blog's style.
    pub blog_style: Option<String>,
    /// The kind of content upgrade it prefers.
    pub content_upgrade_type: Option<String>,
    /// The tone of its emails.
    pub email_tone: Option<String>,
    /// How often it emails.
    pub email_frequency: Option<String>,
    /// What its list building aims at (at most 100).
    pub list_building_goals: Option<Vec<String>>,
    /// The main goal of its content.
    pub primary_content_goal: Option<String>,
    /// Its revenue targets.
    pub revenue_targets: Option<String>,
}

impl From<BusinessProfileInput> for service::businesses::BusinessProfile {
    fn from(p: BusinessProfileInput) -> Self {
        Self {
            name: p.name,
            industry: p.industry,
            website: p.website,
            business_type: p.business_type,
            primary_product: p.primary_product,
            core_offer_description: p.core_offer_description,
            audience_demographics: json(p.audience_demographics),
            audience_psychographics: json(p.audience_psychographics),
            audience_job_role: p.audience_job_role,
            audience_pain_points: p.audience_pain_points,
            audience_desired_outcomes: p.audience_desired_outcomes,
            primary_topics: p.primary_topics,
            tone_of_voice: p.tone_of_voice,
            brand_keywords: p.brand_keywords,
            competitors: p.competitors,
            primary_cta: p.primary_cta,
            awareness_stage: p.awareness_stage,
            promotions: json(p.promotions),
            social_platforms: p.social_platforms,
            platform_preferences: json(p.platform_preferences),
            competitor_social_accounts: p.competitor_social_accounts,
            blog_style: p.blog_style,
            content_upgrade_type: p.content_upgrade_type,
            email_tone: p.email_tone,
            email_frequency: p.email_frequency,
            list_building_goals: p.list_building_goals,
            primary_content_goal: p.primary_content_goal,
            revenue_targets: p.revenue_targets,
        }
    }
}

/// A new business.
#[derive(InputObject)]
pub struct CreateBusinessInput {
    /// The workspace to add it to (member role or above).
    pub workspace_id: Uuid,
    /// Its profile: `name`, `industry`, `businessType`, `primaryProduct` and `coreOfferDescription` are required.
    pub profile: BusinessProfileInput,
}

/// Changes to a business's profile.
#[derive(InputObject)]
pub struct UpdateBusinessInput {
    /// The business to change.
    pub id: Uuid,
    /// The fields to change.
    pub profile: BusinessProfileInput,
}

/// The business a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct BusinessPayload {
    /// The business as it is now.
    pub business: Option<businesses::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- bundles ----

/// A new content bundle.
#[derive(InputObject)]
pub struct CreateContentBundleInput {
    /// The workspace to add it to (member role or above).
    pub workspace_id: Uuid,
    /// The business it is for, in the same workspace.
    pub business_id: Uuid,
    /// Its name, 1 to 200 characters.
    pub name: String,
    /// The period it covers, e.g. `Q1 2024` (1 to 100 characters).
    pub time_period: String,
    /// Where it stands; DRAFT by default.
    pub status: Option<ContentBundleStatus>,
    /// The day it was generated; today (UTC) by default.
    pub generation_date: Option<Date>,
}

/// Changes to a content bundle; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateContentBundleInput {
    /// The bundle to change.
    pub id: Uuid,
    /// Its name, 1 to 200 characters.
    pub name: Option<String>,
    /// The period it covers (1 to 100 characters).
    pub time_period: Option<String>,
    /// Where it stands.
    pub status: Option<ContentBundleStatus>,
    /// The day it was generated.
    pub generation_date: Option<Date>,
}

/// The bundle a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct ContentBundlePayload {
    /// The bundle as it is now.
    pub content_bundle: Option<content_bundles::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- social posts ----

/// A new social post.
#[derive(InputObject)]
pub struct CreateSocialPostInput {
    /// The workspace to add it to (member role or above).
    pub workspace_id: Uuid,
    /// The business it is for.
    pub business_id: Uuid,
    /// The bundle it belongs to, of the same business.
    pub bundle_id: Option<Uuid>,
    /// The network it is for.
    pub platform: SocialPlatform,
    /// Its text, 1 to 100,000 characters.
    pub content: String,
    /// Where it stands; DRAFT by default. SCHEDULED needs `scheduledFor`.
    pub status: Option<SocialPostStatus>,
    /// Prompts for its media (at most 20).
    pub media_prompts: Option<Vec<String>>,
    /// Its hashtags (at most 50).
    pub hashtags: Option<Vec<String>>,
    /// When it goes out.
    pub scheduled_for: Option<DateTime<Utc>>,
    /// Its form.
    pub post_type: Option<SocialPostType>,
    /// Its engagement counts, a JSON object.
    pub engagement_metrics: Option<Json<Value>>,
    /// The engagement lead a winner of its A/B group needs (0 or more).
    pub winning_threshold: Option<i32>,
    /// WEBSITE_VISIT (the default), LEAD_MAGNET or SALE.
    pub conversion_goal: Option<ConversionGoal>,
    /// The call to action's text, up to 200 characters.
    pub cta_text: Option<String>,
    /// The call to action's link: `https://` or `http://`.
    pub cta_url: Option<String>,
    /// The AI worker that wrote it, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// Changes to a social post; omitted fields stay as they are, `null` clears a field.
#[derive(InputObject)]
pub struct UpdateSocialPostInput {
    /// The post to change.
    pub id: Uuid,
    /// The network it is for.
    pub platform: Option<SocialPlatform>,
    /// Its text, 1 to 100,000 characters (a change writes a version).
    pub content: Option<String>,
    /// Where it stands; SCHEDULED needs `scheduledFor`.
    pub status: Option<SocialPostStatus>,
    /// Prompts for its media (replaces the list).
    pub media_prompts: Option<Vec<String>>,
    /// Its hashtags (replaces the list).
    pub hashtags: Option<Vec<String>>,
    /// When it goes out.
    pub scheduled_for: MaybeUndefined<DateTime<Utc>>,
    /// Its form.
    pub post_type: MaybeUndefined<SocialPostType>,
    /// Its engagement counts, a JSON object (replaces them).
    pub engagement_metrics: Option<Json<Value>>,
    /// The engagement lead a winner of its A/B group needs (0 or more).
    pub winning_threshold: MaybeUndefined<i32>,
    /// WEBSITE_VISIT, LEAD_MAGNET or SALE.
    pub conversion_goal: Option<ConversionGoal>,
    /// The call to action's text, up to 200 characters.
    pub cta_text: MaybeUndefined<String>,
    /// The call to action's link: `https://` or `http://`.
    pub cta_url: MaybeUndefined<String>,
    /// Why the text changed, kept with its version.
    pub reason: Option<String>,
    /// The AI worker that made the change, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// The social post a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct SocialPostPayload {
    /// The post as it is now.
    pub social_post: Option<social_posts::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- blog posts ----

/// A new blog post.
#[derive(InputObject)]
pub struct CreateBlogPostInput {
    /// The workspace to add it to (member role or above).
    pub workspace_id: Uuid,
    /// The business it is for.
    pub business_id: Uuid,
    /// The bundle it belongs to, of the same business.
    pub bundle_id: Option<Uuid>,
    /// Its title, 1 to 200 characters.
    pub title: String,
    /// Its body, 1 to 100,000 characters.
    pub content: String,
    /// Where it stands; DRAFT by default (PUBLISHED sets `publishedAt` to now when not given).
    pub status: Option<PublicationStatus>,
    /// When it was published.
    pub published_at: Option<DateTime<Utc>>,
    /// The SEO description, up to 500 characters.
    pub meta_description: Option<String>,
    /// SEO keywords (at most 50).
    pub keywords: Option<Vec<String>>,
    /// Minutes to read it (0 or more).
    pub estimated_reading_time: Option<i32>,
    /// The main call to action, up to 200 characters.
    pub primary_cta: Option<String>,
    /// Its performance counts, a JSON object.
    pub performance_metrics: Option<Json<Value>>,
    /// The engagement lead a winner of its A/B group needs (0 or more).
    pub winning_threshold: Option<i32>,
    /// LEAD_MAGNET (the default), SALE or SHARE.
    pub conversion_goal: Option<ConversionGoal>,
    /// The call to action's text, up to 200 characters.
    pub cta_text: Option<String>,
    /// The call to action's link: `https://` or `http://`.
    pub cta_url: Option<String>,
    /// The AI worker that wrote it, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// Changes to a blog post; omitted fields stay as they are, `null` clears a field.
#[derive(InputObject)]
pub struct UpdateBlogPostInput {
    /// The post to change.
    pub id: Uuid,
    /// Its title, 1 to 200 characters (a change writes a version).
    pub title: Option<String>,
    /// Its body, 1 to 100,000 characters (a change writes a version).
    pub content: Option<String>,
    /// Where it stands (PUBLISHED sets `publishedAt` to now when it has none).
    pub status: Option<PublicationStatus>,
    /// When it was published.
    pub published_at: MaybeUndefined<DateTime<Utc>>,
    /// The SEO description, up to 500 characters.
    pub meta_description: MaybeUndefined<String>,
    /// SEO keywords (replaces the list).
    pub keywords: Option<Vec<String>>,
    /// Minutes to read it (0 or more).
    pub estimated_reading_time: MaybeUndefined<i32>,
    /// The main call to action, up to 200 characters.
    pub primary_cta: MaybeUndefined<String>,
    /// Its performance counts, a JSON object (replaces them).
    pub performance_metrics: Option<Json<Value>>,
    /// The engagement lead a winner of its A/B group needs (0 or more).
    pub winning_threshold: MaybeUndefined<i32>,
    /// LEAD_MAGNET, SALE or SHARE.
    pub conversion_goal: Option<ConversionGoal>,
    /// The call to action's text, up to 200 characters.
    pub cta_text: MaybeUndefined<String>,
    /// The call to action's link: `https://` or `http://`.
    pub cta_url: MaybeUndefined<String>,
    /// Why the texts changed, kept with their version.
    pub reason: Option<String>,
    /// The AI worker that made the change, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// The blog post a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct BlogPostPayload {
    /// The post as it is now.
    pub blog_post: Option<blog_posts::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- content upgrades ----

/// A new content upgrade.
#[derive(InputObject)]
pub struct CreateContentUpgradeInput {
    /// The workspace to add it to (member role or above).
    pub workspace_id: Uuid,
    /// The business it is for.
    pub business_id: Uuid,
    /// The blog post it is attached to, of the same business (then `type` and `content` are required).
    pub blog_post_id: Option<Uuid>,
    /// Its title, 1 to 200 characters.
    pub title: String,
    /// Its kind.
    #[graphql(name = "type")]
    pub upgrade_type: Option<ContentUpgradeType>,
    /// Its text, 1 to 100,000 characters.
    pub content: Option<String>,
    /// A description, up to 10,000 characters.
    pub description: Option<String>,
    /// Where the file is: `https://` or `http://`.
    pub file_url: Option<String>,
    /// Where it stands; DRAFT by default.
    pub status: Option<PublicationStatus>,
    /// Its download counts, a JSON object.
    pub download_metrics: Option<Json<Value>>,
    /// EMAIL_SIGNUP (the default), SALE or SHARE.
    pub conversion_goal: Option<ConversionGoal>,
    /// The call to action's text, up to 200 characters.
    pub cta_text: Option<String>,
    /// The call to action's link: `https://` or `http://`.
    pub cta_url: Option<String>,
    /// The AI worker that wrote it, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// Changes to a content upgrade; omitted fields stay as they are, `null` clears a field.
#[derive(InputObject)]
pub struct UpdateContentUpgradeInput {
    /// The upgrade to change.
    pub id: Uuid,
    /// Its title, 1 to 200 characters (a change writes a version).
    pub title: Option<String>,
    /// Its kind (an attached upgrade keeps one).
    #[graphql(name = "type")]
    pub upgrade_type: MaybeUndefined<ContentUpgradeType>,
    /// Its text (a change writes a version; an attached upgrade keeps one).
    pub content: MaybeUndefined<String>,
    /// A description, up to 10,000 characters (a change writes a version).
    pub description: MaybeUndefined<String>,
    /// Where the file is: `https://` or `http://`.
    pub file_url: MaybeUndefined<String>,
    /// Where it stands.
    pub status: Option<PublicationStatus>,
    /// Its download counts, a JSON object (replaces them).
    pub download_metrics: Option<Json<Value>>,
    /// EMAIL_SIGNUP, SALE or SHARE.
    pub conversion_goal: Option<ConversionGoal>,
    /// The call to action's text, up to 200 characters.
    pub cta_text: MaybeUndefined<String>,
    /// The call to action's link: `https://` or `http://`.
    pub cta_url: MaybeUndefined<String>,
    /// Why the texts changed, kept with their version.
    pub reason: Option<String>,
    /// The AI worker that made the change, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// The content upgrade a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct ContentUpgradePayload {
    /// The upgrade as it is now.
    pub content_upgrade: Option<content_upgrades::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- email sequences and emails ----

/// A new email sequence, without emails.
#[derive(InputObject)]
pub struct CreateEmailSequenceInput {
    /// The workspace to add it to (member role or above).
    pub workspace_id: Uuid,
    /// The business it is for.
    pub business_id: Uuid,
    /// The bundle it belongs to, of the same business.
    pub bundle_id: Option<Uuid>,
    /// Its name, 1 to 200 characters.
    pub name: String,
    /// A description, up to 10,000 characters.
    pub description: Option<String>,
    /// What it is for; NURTURE by default.
    pub sequence_goal: Option<SequenceGoal>,
    /// Where it stands; DRAFT by default.
    pub status: Option<EmailSequenceStatus>,
    /// SALE (the default), REFERRAL or TESTIMONIAL.
    pub conversion_goal: Option<ConversionGoal>,
    /// The AI worker that wrote it, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// Changes to an email sequence; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateEmailSequenceInput {
    /// The sequence to change.
    pub id: Uuid,
    /// Its name, 1 to 200 characters (a change writes a version).
    pub name: Option<String>,
    /// A description, up to 10,000 characters (a change writes a version; `null` clears it).
    pub description: MaybeUndefined<String>,
    /// What it is for.
    pub sequence_goal: Option<SequenceGoal>,
    /// Where it stands.
    pub status: Option<EmailSequenceStatus>,
    /// SALE, REFERRAL or TESTIMONIAL.
    pub conversion_goal: Option<ConversionGoal>,
    /// Why the texts changed, kept with their version.
    pub reason: Option<String>,
    /// The AI worker that made the change, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// The email sequence a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct EmailSequencePayload {
    /// The sequence as it is now.
    pub email_sequence: Option<email_sequences::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// An email to add to a sequence; the emails after its position move down one.
#[derive(InputObject)]
pub struct AddEmailInput {
    /// The sequence to add it to.
    pub sequence_id: Uuid,
    /// Its subject line, 1 to 200 characters.
    pub subject_line: String,
    /// Its body, 1 to 100,000 characters.
    pub content: String,
    /// Where it goes: 1 to the number of positions + 1; at the end when omitted.
    pub sequence_position: Option<i32>,
    /// Days after the previous email (0 or more); 0 by default.
    pub delay_days: Option<i32>,
    /// Its performance counts, a JSON object.
    pub performance_metrics: Option<Json<Value>>,
    /// The engagement lead a winner of its A/B group needs (0 or more).
    pub winning_threshold: Option<i32>,
    /// The AI worker that wrote it, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// Changes to an email; omitted fields stay as they are. Its position changes with `moveEmail`.
#[derive(InputObject)]
pub struct UpdateEmailInput {
    /// The email to change.
    pub id: Uuid,
    /// Its subject line, 1 to 200 characters (a change writes a version).
    pub subject_line: Option<String>,
    /// Its body, 1 to 100,000 characters (a change writes a version).
    pub content: Option<String>,
    /// Days after the previous email (0 or more).
    pub delay_days: Option<i32>,
    /// Its performance counts, a JSON object (replaces them).
    pub performance_metrics: Option<Json<Value>>,
    /// The engagement lead a winner of its A/B group needs (0 or more).
    pub winning_threshold: MaybeUndefined<i32>,
    /// Why the texts changed, kept with their version.
    pub reason: Option<String>,
    /// The AI worker that made the change, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// Moves an email (with its A/B variants) to another position; the emails between shift.
#[derive(InputObject)]
pub struct MoveEmailInput {
    /// The email to move.
    pub id: Uuid,
    /// Its new position, 1 to the number of positions.
    pub sequence_position: i32,
}

/// Removes an email; an original goes with its A/B variants, and the positions close up.
#[derive(InputObject)]
pub struct RemoveEmailInput {
    /// The email to remove.
    pub id: Uuid,
}

/// The email a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct EmailPayload {
    /// The email as it is now.
    pub email: Option<emails::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// The emails a mutation removed, or why it could not.
#[derive(SimpleObject)]
pub struct RemoveEmailPayload {
    /// The ids of the removed emails (the email and, for an original, its variants).
    pub removed_email_ids: Option<Vec<Uuid>>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- the content flow ----

/// Links an item to the next one of the content flow: a social post to a blog post or a
/// content upgrade; a blog post to a content upgrade or an email sequence; a content upgrade to
/// an email sequence; an email sequence to a blog post or a content upgrade. Both belong to
/// the same business, and no chain may loop back on itself.
#[derive(InputObject)]
pub struct LinkNextInput {
    /// The item whose next item to set.
    pub id: Uuid,
    /// The next item's type.
    pub next_type: ContentItemType,
    /// The next item, in the same workspace.
    pub next_id: Uuid,
}

/// Clears an item's next item (and that item's previous).
#[derive(InputObject)]
pub struct UnlinkNextInput {
    /// The item whose next item to clear.
    pub id: Uuid,
}

/// The two ends of a link a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct ContentFlowPayload {
    /// The item as it is now.
    pub item: Option<FlowRow>,
    /// Its next item as it is now (null after unlinking).
    pub next: Option<FlowRow>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- A/B testing and versions ----

/// A new A/B variant of a social post: a copy with another text.
#[derive(InputObject)]
pub struct CreateSocialPostVariantInput {
    /// The post to vary (a variant of a variant joins the same group).
    pub variant_of: Uuid,
    /// The variant's text.
    pub content: String,
    /// The AI worker that wrote it, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// A new A/B variant of a blog post: a draft copy with another title and body.
#[derive(InputObject)]
pub struct CreateBlogPostVariantInput {
    /// The post to vary (a variant of a variant joins the same group).
    pub variant_of: Uuid,
    /// The variant's title.
    pub title: String,
    /// The variant's body.
    pub content: String,
    /// The AI worker that wrote it, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// A new A/B variant of an email: a copy at the same position with another subject and body.
#[derive(InputObject)]
pub struct CreateEmailVariantInput {
    /// The email to vary (a variant of a variant joins the same group).
    pub variant_of: Uuid,
    /// The variant's subject line.
    pub subject_line: String,
    /// The variant's body.
    pub content: String,
    /// The AI worker that wrote it, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// Declares the winner of an A/B group: the member with the highest engagement, when its lead
/// over the runner-up reaches the group's winning threshold (its original's). Engagement:
/// social posts likes + comments + shares + saves + clicks; blog posts clicks + shares +
/// comments + conversions; emails opens + clicks + replies (counts from their metrics).
#[derive(InputObject)]
pub struct DeclareWinnerInput {
    /// SOCIAL_POST, BLOG_POST or EMAIL.
    pub item_type: ContentItemType,
    /// The group: the id of its original.
    pub variant_group_id: Uuid,
}

/// The A/B group a declaration changed, or why it could not.
#[derive(SimpleObject)]
pub struct DeclareWinnerPayload {
    /// The winner.
    pub winner: Option<AbVariant>,
    /// Every member of the group as it is now, the winner first.
    pub members: Option<Vec<AbVariant>>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

/// Puts a version's texts back on its item, which writes a new version.
#[derive(InputObject)]
pub struct RestoreContentVersionInput {
    /// The version to restore.
    pub id: Uuid,
    /// The AI worker that asked for it, if one did.
    pub generated_by: Option<AiGenerationInput>,
}

/// The version a mutation wrote, or why it could not.
#[derive(SimpleObject)]
pub struct ContentVersionPayload {
    /// The new version.
    pub content_version: Option<content_versions::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- managed URLs ----

/// A new managed URL, in an item of a business.
#[derive(InputObject)]
pub struct CreateManagedUrlInput {
    /// The workspace to add it to (member role or above).
    pub workspace_id: Uuid,
    /// The business it is for.
    pub business_id: Uuid,
    /// The type of the item it appears in.
    pub source_type: ContentItemType,
    /// The item it appears in, of the same business.
    pub source_id: Uuid,
    /// The destination: `https://` or `http://`, at most 2,048 characters.
    pub url: String,
    /// UTM parameters: an object of `utm_source`, `utm_medium`, `utm_campaign`, `utm_term`,
    /// `utm_content` strings.
    pub utm_params: Option<Json<Value>>,
}

/// Changes to a managed URL; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateManagedUrlInput {
    /// The URL to change.
    pub id: Uuid,
    /// The destination (a new one is unchecked and valid until the next check).
    pub url: Option<String>,
    /// UTM parameters; `null` clears them.
    pub utm_params: MaybeUndefined<Json<Value>>,
}

/// The managed URL a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct ManagedUrlPayload {
    /// The URL as it is now.
    pub managed_url: Option<managed_urls::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

// ---- ESP integrations ----

/// Connects a business to an email service provider. The credentials are encrypted before
/// they are stored and can never be read back.
#[derive(InputObject)]
pub struct ConnectEspIntegrationInput {
    /// The workspace (member role or above).
    pub workspace_id: Uuid,
    /// The business to connect; one connection per provider per business.
    pub business_id: Uuid,
    /// The provider.
    pub provider: EspProvider,
    /// The provider's credentials, a JSON object as text, e.g. `{"api_key": "…"}`.
    #[graphql(secret)]
    pub credentials: String,
    /// Provider-specific settings (list ids, sender…), a JSON object.
    pub settings: Option<Json<Value>>,
}

/// Changes to an ESP integration; omitted fields stay as they are.
#[derive(InputObject)]
pub struct UpdateEspIntegrationInput {
    /// The integration to change.
    pub id: Uuid,
    /// New settings, a JSON object.
    pub settings: Option<Json<Value>>,
    /// New credentials, a JSON object as text.
    #[graphql(secret)]
    pub credentials: Option<String>,
}

/// Syncs a business's email sequences to its provider now.
#[derive(InputObject)]
pub struct SyncEspIntegrationInput {
    /// The integration to sync.
    pub id: Uuid,
}

/// The ESP integration a mutation changed, or why it could not.
#[derive(SimpleObject)]
pub struct EspIntegrationPayload {
    /// The integration as it is now (never its credentials).
    pub esp_integration: Option<esp_integrations::Model>,
    /// Rule violations the user can fix; empty on success.
    pub errors: Vec<UserError>,
}

fn texts(pairs: &[(&str, &str)]) -> Map<String, Value> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), Value::String((*v).to_owned()))).collect()
}

fn flow_payload(result: crate::error::Result<(FlowRow, Option<FlowRow>)>) -> Result<ContentFlowPayload> {
    let (pair, errors) = run(result)?;
    let (item, next) = pair.map_or((None, None), |(item, next)| (Some(item), next));
    Ok(ContentFlowPayload { item, next, errors })
}

async fn link(ctx: &Context<'_>, item_type: ContentItemType, input: LinkNextInput) -> Result<ContentFlowPayload> {
    let request = RequestContext::of(ctx)?;
    let linked =
        service::flow::link_next(request, ContentRef::new(item_type, input.id), ContentRef::new(input.next_type, input.next_id)).await;
    flow_payload(linked.map(|(item, next)| (item, Some(next))))
}

async fn unlink(ctx: &Context<'_>, item_type: ContentItemType, input: UnlinkNextInput) -> Result<ContentFlowPayload> {
    let request = RequestContext::of(ctx)?;
    flow_payload(service::flow::unlink_next(request, ContentRef::new(item_type, input.id)).await.map(|item| (item, None)))
}

fn deleted(result: crate::error::Result<Uuid>) -> Result<DeleteContentPayload> {
    let (deleted_id, errors) = run(result)?;
    Ok(DeleteContentPayload { deleted_id, errors })
}

fn date(d: Option<Date>) -> Option<NaiveDate> {
    d.map(Into::into)
}

#[Object]
impl ContentMutation {
    /// Adds a business profile.
    async fn create_business(&self, ctx: &Context<'_>, input: CreateBusinessInput) -> Result<BusinessPayload> {
        let request = RequestContext::of(ctx)?;
        let (business, errors) = run(service::businesses::create_business(request, input.workspace_id, input.profile.into()).await)?;
        Ok(BusinessPayload { business, errors })
    }

    /// Changes a business's profile.
    async fn update_business(&self, ctx: &Context<'_>, input: UpdateBusinessInput) -> Result<BusinessPayload> {
        let request = RequestContext::of(ctx)?;
        let (business, errors) = run(service::businesses::update_business(request, input.id, input.profile.into()).await)?;
        Ok(BusinessPayload { business, errors })
    }

    /// Deletes a business and all its content.
    async fn delete_business(&self, ctx: &Context<'_>, input: DeleteContentInput) -> Result<DeleteContentPayload> {
        deleted(service::businesses::delete_business(RequestContext::of(ctx)?, input.id).await)
    }

    /// Adds a content bundle to a business.
    async fn create_content_bundle(&self, ctx: &Context<'_>, input: CreateContentBundleInput) -> Result<ContentBundlePayload> {
        let request = RequestContext::of(ctx)?;
        let new = service::bundles::NewBundle {
            business_id: input.business_id,
            name: input.name,
            time_period: input.time_period,
            status: input.status,
            generation_date: date(input.generation_date),
        };
        let (content_bundle, errors) = run(service::bundles::create_content_bundle(request, input.workspace_id, new).await)?;
        Ok(ContentBundlePayload { content_bundle, errors })
    }

    /// Changes a content bundle.
    async fn update_content_bundle(&self, ctx: &Context<'_>, input: UpdateContentBundleInput) -> Result<ContentBundlePayload> {
        let request = RequestContext::of(ctx)?;
        let changes = service::bundles::BundleChanges {
            name: input.name,
            time_period: input.time_period,
            status: input.status,
            generation_date: date(input.generation_date),
        };
        let (content_bundle, errors) = run(service::bundles::update_content_bundle(request, input.id, changes).await)?;
        Ok(ContentBundlePayload { content_bundle, errors })
    }

    /// Deletes a content bundle with its posts and sequences.
    async fn delete_content_bundle(&self, ctx: &Context<'_>, input: DeleteContentInput) -> Result<DeleteContentPayload> {
        deleted(service::bundles::delete_content_bundle(RequestContext::of(ctx)?, input.id).await)
    }

    /// Adds a social post (its first version is written with it).
    async fn create_social_post(&self, ctx: &Context<'_>, input: CreateSocialPostInput) -> Result<SocialPostPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let new = service::social_posts::NewSocialPost {
            business_id: input.business_id,
            bundle_id: input.bundle_id,
            platform: input.platform,
            content: input.content,
            status: input.status,
            media_prompts: input.media_prompts.unwrap_or_default(),
            hashtags: input.hashtags.unwrap_or_default(),
            scheduled_for: input.scheduled_for,
            post_type: input.post_type,
            engagement_metrics: json(input.engagement_metrics),
            winning_threshold: input.winning_threshold,
            conversion_goal: input.conversion_goal,
            cta_text: input.cta_text,
            cta_url: input.cta_url,
        };
        let (social_post, errors) = run(service::social_posts::create_social_post(request, input.workspace_id, new, ai.as_ref()).await)?;
        Ok(SocialPostPayload { social_post, errors })
    }

    /// Changes a social post; a new text writes a version.
    async fn update_social_post(&self, ctx: &Context<'_>, input: UpdateSocialPostInput) -> Result<SocialPostPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let changes = service::social_posts::SocialPostChanges {
            platform: input.platform,
            content: input.content,
            status: input.status,
            media_prompts: input.media_prompts,
            hashtags: input.hashtags,
            scheduled_for: patch(input.scheduled_for),
            post_type: patch(input.post_type),
            engagement_metrics: json(input.engagement_metrics),
            winning_threshold: patch(input.winning_threshold),
            conversion_goal: input.conversion_goal,
            cta_text: patch(input.cta_text),
            cta_url: patch(input.cta_url),
            reason: input.reason,
        };
        let (social_post, errors) = run(service::social_posts::update_social_post(request, input.id, changes, ai.as_ref()).await)?;
        Ok(SocialPostPayload { social_post, errors })
    }

    /// Deletes a social post; the links to it are cleared.
    async fn delete_social_post(&self, ctx: &Context<'_>, input: DeleteContentInput) -> Result<DeleteContentPayload> {
        deleted(service::social_posts::delete_social_post(RequestContext::of(ctx)?, input.id).await)
    }

    /// Adds an A/B variant of a social post.
    async fn create_social_post_variant(&self, ctx: &Context<'_>, input: CreateSocialPostVariantInput) -> Result<SocialPostPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let texts = texts(&[("content", &input.content)]);
        let created = service::variants::create_variant::<social_posts::Entity>(request, input.variant_of, &texts, ai.as_ref()).await;
        let (social_post, errors) = run(created)?;
        Ok(SocialPostPayload { social_post, errors })
    }

    /// Adds a blog post (its first version is written with it).
    async fn create_blog_post(&self, ctx: &Context<'_>, input: CreateBlogPostInput) -> Result<BlogPostPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let new = service::blog_posts::NewBlogPost {
            business_id: input.business_id,
            bundle_id: input.bundle_id,
            title: input.title,
            content: input.content,
            status: input.status,
            published_at: input.published_at,
            meta_description: input.meta_description,
            keywords: input.keywords.unwrap_or_default(),
            estimated_reading_time: input.estimated_reading_time,
            primary_cta: input.primary_cta,
            performance_metrics: json(input.performance_metrics),
            winning_threshold: input.winning_threshold,
            conversion_goal: input.conversion_goal,
            cta_text: input.cta_text,
            cta_url: input.cta_url,
        };
        let (blog_post, errors) = run(service::blog_posts::create_blog_post(request, input.workspace_id, new, ai.as_ref()).await)?;
        Ok(BlogPostPayload { blog_post, errors })
    }

    /// Changes a blog post; a new title or body writes a version.
    async fn update_blog_post(&self, ctx: &Context<'_>, input: UpdateBlogPostInput) -> Result<BlogPostPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let changes = service::blog_posts::BlogPostChanges {
            title: input.title,
            content: input.content,
            status: input.status,
            published_at: patch(input.published_at),
            meta_description: patch(input.meta_description),
            keywords: input.keywords,
            estimated_reading_time: patch(input.estimated_reading_time),
            primary_cta: patch(input.primary_cta),
            performance_metrics: json(input.performance_metrics),
            winning_threshold: patch(input.winning_threshold),
            conversion_goal: input.conversion_goal,
            cta_text: patch(input.cta_text),
            cta_url: patch(input.cta_url),
            reason: input.reason,
        };
        let (blog_post, errors) = run(service::blog_posts::update_blog_post(request, input.id, changes, ai.as_ref()).await)?;
        Ok(BlogPostPayload { blog_post, errors })
    }

    /// Deletes a blog post with its content upgrades; the links to them are cleared.
    async fn delete_blog_post(&self, ctx: &Context<'_>, input: DeleteContentInput) -> Result<DeleteContentPayload> {
        deleted(service::blog_posts::delete_blog_post(RequestContext::of(ctx)?, input.id).await)
    }

    /// Adds an A/B variant of a blog post (a draft).
    async fn create_blog_post_variant(&self, ctx: &Context<'_>, input: CreateBlogPostVariantInput) -> Result<BlogPostPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let texts = texts(&[("title", &input.title), ("content", &input.content)]);
        let created = service::variants::create_variant::<blog_posts::Entity>(request, input.variant_of, &texts, ai.as_ref()).await;
        let (blog_post, errors) = run(created)?;
        Ok(BlogPostPayload { blog_post, errors })
    }

    /// Adds a content upgrade (its first version is written with it).
    async fn create_content_upgrade(&self, ctx: &Context<'_>, input: CreateContentUpgradeInput) -> Result<ContentUpgradePayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let new = service::content_upgrades::NewContentUpgrade {
            business_id: input.business_id,
            blog_post_id: input.blog_post_id,
            title: input.title,
            upgrade_type: input.upgrade_type,
            content: input.content,
            description: input.description,
            file_url: input.file_url,
            status: input.status,
            download_metrics: json(input.download_metrics),
            conversion_goal: input.conversion_goal,
            cta_text: input.cta_text,
            cta_url: input.cta_url,
        };
        let (content_upgrade, errors) =
            run(service::content_upgrades::create_content_upgrade(request, input.workspace_id, new, ai.as_ref()).await)?;
        Ok(ContentUpgradePayload { content_upgrade, errors })
    }

    /// Changes a content upgrade; a new title, description or content writes a version.
    async fn update_content_upgrade(&self, ctx: &Context<'_>, input: UpdateContentUpgradeInput) -> Result<ContentUpgradePayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let changes = service::content_upgrades::ContentUpgradeChanges {
            title: input.title,
            upgrade_type: patch(input.upgrade_type),
            content: patch(input.content),
            description: patch(input.description),
            file_url: patch(input.file_url),
            status: input.status,
            download_metrics: json(input.download_metrics),
            conversion_goal: input.conversion_goal,
            cta_text: patch(input.cta_text),
            cta_url: patch(input.cta_url),
            reason: input.reason,
        };
        let (content_upgrade, errors) =
            run(service::content_upgrades::update_content_upgrade(request, input.id, changes, ai.as_ref()).await)?;
        Ok(ContentUpgradePayload { content_upgrade, errors })
    }

    /// Deletes a content upgrade; the links to it are cleared.
    async fn delete_content_upgrade(&self, ctx: &Context<'_>, input: DeleteContentInput) -> Result<DeleteContentPayload> {
        deleted(service::content_upgrades::delete_content_upgrade(RequestContext::of(ctx)?, input.id).await)
    }

    /// Adds an email sequence (its first version is written with it).
    async fn create_email_sequence(&self, ctx: &Context<'_>, input: CreateEmailSequenceInput) -> Result<EmailSequencePayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let new = service::email_sequences::NewEmailSequence {
            business_id: input.business_id,
            bundle_id: input.bundle_id,
            name: input.name,
            description: input.description,
            sequence_goal: input.sequence_goal,
            status: input.status,
            conversion_goal: input.conversion_goal,
        };
        let (email_sequence, errors) =
            run(service::email_sequences::create_email_sequence(request, input.workspace_id, new, ai.as_ref()).await)?;
        Ok(EmailSequencePayload { email_sequence, errors })
    }

    /// Changes an email sequence; a new name or description writes a version.
    async fn update_email_sequence(&self, ctx: &Context<'_>, input: UpdateEmailSequenceInput) -> Result<EmailSequencePayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let changes = service::email_sequences::EmailSequenceChanges {
            name: input.name,
            description: patch(input.description),
            sequence_goal: input.sequence_goal,
            status: input.status,
            conversion_goal: input.conversion_goal,
            reason: input.reason,
        };
        let (email_sequence, errors) = run(service::email_sequences::update_email_sequence(request, input.id, changes, ai.as_ref()).await)?;
        Ok(EmailSequencePayload { email_sequence, errors })
    }

    /// Deletes an email sequence with its emails; the links to it are cleared.
    async fn delete_email_sequence(&self, ctx: &Context<'_>, input: DeleteContentInput) -> Result<DeleteContentPayload> {
        deleted(service::email_sequences::delete_email_sequence(RequestContext::of(ctx)?, input.id).await)
    }

    /// Adds an email to a sequence at a position (at the end by default).
    async fn add_email(&self, ctx: &Context<'_>, input: AddEmailInput) -> Result<EmailPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let new = service::emails::NewEmail {
            subject_line: input.subject_line,
            content: input.content,
            position: input.sequence_position,
            delay_days: input.delay_days,
            performance_metrics: json(input.performance_metrics),
            winning_threshold: input.winning_threshold,
        };
        let (email, errors) = run(service::emails::add_email(request, input.sequence_id, new, ai.as_ref()).await)?;
        Ok(EmailPayload { email, errors })
    }

    /// Changes an email; a new subject or body writes a version.
    async fn update_email(&self, ctx: &Context<'_>, input: UpdateEmailInput) -> Result<EmailPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let changes = service::emails::EmailChanges {
            subject_line: input.subject_line,
            content: input.content,
            delay_days: input.delay_days,
            performance_metrics: json(input.performance_metrics),
            winning_threshold: patch(input.winning_threshold),
            reason: input.reason,
        };
        let (email, errors) = run(service::emails::update_email(request, input.id, changes, ai.as_ref()).await)?;
        Ok(EmailPayload { email, errors })
    }

    /// Moves an email to another position of its sequence.
    async fn move_email(&self, ctx: &Context<'_>, input: MoveEmailInput) -> Result<EmailPayload> {
        let request = RequestContext::of(ctx)?;
        let (email, errors) = run(service::emails::move_email(request, input.id, input.sequence_position).await)?;
        Ok(EmailPayload { email, errors })
    }

    /// Removes an email from its sequence; the positions close up.
    async fn remove_email(&self, ctx: &Context<'_>, input: RemoveEmailInput) -> Result<RemoveEmailPayload> {
        let request = RequestContext::of(ctx)?;
        let (removed_email_ids, errors) = run(service::emails::remove_email(request, input.id).await)?;
        Ok(RemoveEmailPayload { removed_email_ids, errors })
    }

    /// Adds an A/B variant of an email, at its position.
    async fn create_email_variant(&self, ctx: &Context<'_>, input: CreateEmailVariantInput) -> Result<EmailPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let texts = texts(&[("subjectLine", &input.subject_line), ("content", &input.content)]);
        let created = service::variants::create_variant::<emails::Entity>(request, input.variant_of, &texts, ai.as_ref()).await;
        let (email, errors) = run(created)?;
        Ok(EmailPayload { email, errors })
    }

    /// Links a social post to its next item: a blog post or a content upgrade.
    async fn link_social_post_next(&self, ctx: &Context<'_>, input: LinkNextInput) -> Result<ContentFlowPayload> {
        link(ctx, ContentItemType::SocialPost, input).await
    }

    /// Links a blog post to its next item: a content upgrade or an email sequence.
    async fn link_blog_post_next(&self, ctx: &Context<'_>, input: LinkNextInput) -> Result<ContentFlowPayload> {
        link(ctx, ContentItemType::BlogPost, input).await
    }

    /// Links a content upgrade to its next item: an email sequence.
    async fn link_content_upgrade_next(&self, ctx: &Context<'_>, input: LinkNextInput) -> Result<ContentFlowPayload> {
        link(ctx, ContentItemType::ContentUpgrade, input).await
    }

    /// Links an email sequence to its next item: a blog post or a content upgrade.
    async fn link_email_sequence_next(&self, ctx: &Context<'_>, input: LinkNextInput) -> Result<ContentFlowPayload> {
        link(ctx, ContentItemType::EmailSequence, input).await
    }

    /// Clears a social post's next item.
    async fn unlink_social_post_next(&self, ctx: &Context<'_>, input: UnlinkNextInput) -> Result<ContentFlowPayload> {
        unlink(ctx, ContentItemType::SocialPost, input).await
    }

    /// Clears a blog post's next item.
    async fn unlink_blog_post_next(&self, ctx: &Context<'_>, input: UnlinkNextInput) -> Result<ContentFlowPayload> {
        unlink(ctx, ContentItemType::BlogPost, input).await
    }

    /// Clears a content upgrade's next item.
    async fn unlink_content_upgrade_next(&self, ctx: &Context<'_>, input: UnlinkNextInput) -> Result<ContentFlowPayload> {
        unlink(ctx, ContentItemType::ContentUpgrade, input).await
    }

    /// Clears an email sequence's next item.
    async fn unlink_email_sequence_next(&self, ctx: &Context<'_>, input: UnlinkNextInput) -> Result<ContentFlowPayload> {
        unlink(ctx, ContentItemType::EmailSequence, input).await
    }

    /// Declares the winner of an A/B group (see `DeclareWinnerInput`).
    async fn declare_winner(&self, ctx: &Context<'_>, input: DeclareWinnerInput) -> Result<DeclareWinnerPayload> {
        let request = RequestContext::of(ctx)?;
        let group = input.variant_group_id;
        let result: crate::error::Result<Vec<AbVariant>> = async {
            Ok(match service::variants::ab_tested(input.item_type)? {
                ContentItemType::SocialPost => service::variants::declare_winner::<social_posts::Entity>(request, group)
                    .await?
                    .into_iter()
                    .map(AbVariant::SocialPost)
                    .collect(),
                ContentItemType::BlogPost => service::variants::declare_winner::<blog_posts::Entity>(request, group)
                    .await?
                    .into_iter()
                    .map(AbVariant::BlogPost)
                    .collect(),
                _ => service::variants::declare_winner::<emails::Entity>(request, group).await?.into_iter().map(AbVariant::Email).collect(),
            })
        }
        .await;
        let (members, errors) = run(result)?;
        Ok(DeclareWinnerPayload { winner: members.as_ref().and_then(|m| m.first().cloned()), members, errors })
    }

    /// Puts a version's texts back on its item; the restore is itself a new version.
    async fn restore_content_version(&self, ctx: &Context<'_>, input: RestoreContentVersionInput) -> Result<ContentVersionPayload> {
        let request = RequestContext::of(ctx)?;
        let ai = provenance(input.generated_by);
        let (content_version, errors) = run(service::versions::restore_content_version(request, input.id, ai.as_ref()).await)?;
        Ok(ContentVersionPayload { content_version, errors })
    }

    /// Adds a managed URL; `GET /r/{id}` then counts and redirects.
    async fn create_managed_url(&self, ctx: &Context<'_>, input: CreateManagedUrlInput) -> Result<ManagedUrlPayload> {
        let request = RequestContext::of(ctx)?;
        let new = service::managed_urls::NewManagedUrl {
            business_id: input.business_id,
            source_type: input.source_type,
            source_id: input.source_id,
            url: input.url,
            utm_params: json(input.utm_params),
        };
        let (managed_url, errors) = run(service::managed_urls::create_managed_url(request, input.workspace_id, new).await)?;
        Ok(ManagedUrlPayload { managed_url, errors })
    }

    /// Changes a managed URL's destination or UTM parameters.
    async fn update_managed_url(&self, ctx: &Context<'_>, input: UpdateManagedUrlInput) -> Result<ManagedUrlPayload> {
        let request = RequestContext::of(ctx)?;
        let changes =
            service::managed_urls::ManagedUrlChanges { url: input.url, utm_params: patch(input.utm_params).map(|u| u.map(|j| j.0)) };
        let (managed_url, errors) = run(service::managed_urls::update_managed_url(request, input.id, changes).await)?;
        Ok(ManagedUrlPayload { managed_url, errors })
    }

    /// Deletes a managed URL; `/r/{id}` answers 404 from then on.
    async fn delete_managed_url(&self, ctx: &Context<'_>, input: DeleteContentInput) -> Result<DeleteContentPayload> {
        deleted(service::managed_urls::delete_managed_url(RequestContext::of(ctx)?, input.id).await)
    }

    /// Connects a business to an email service provider; the credentials are encrypted at rest.
    async fn connect_esp_integration(&self, ctx: &Context<'_>, input: ConnectEspIntegrationInput) -> Result<EspIntegrationPayload> {
        let request = RequestContext::of(ctx)?;
        let connect = service::esp::ConnectEsp {
            business_id: input.business_id,
            provider: input.provider,
            credentials: Secret::new(input.credentials),
            settings: json(input.settings),
        };
        let (esp_integration, errors) =
            run(service::esp::connect_esp_integration(request, input.workspace_id, keyring(ctx)?, connect).await)?;
        Ok(EspIntegrationPayload { esp_integration, errors })
    }

    /// Changes an ESP integration's settings or replaces its credentials.
    async fn update_esp_integration(&self, ctx: &Context<'_>, input: UpdateEspIntegrationInput) -> Result<EspIntegrationPayload> {
        let request = RequestContext::of(ctx)?;
        let changes = service::esp::EspChanges { settings: json(input.settings), credentials: input.credentials.map(Secret::new) };
        let (esp_integration, errors) = run(service::esp::update_esp_integration(request, input.id, keyring(ctx)?, changes).await)?;
        Ok(EspIntegrationPayload { esp_integration, errors })
    }

    /// Disconnects an ESP integration; its credentials are deleted.
    async fn disconnect_esp_integration(&self, ctx: &Context<'_>, input: DeleteContentInput) -> Result<DeleteContentPayload> {
        deleted(service::esp::disconnect_esp_integration(RequestContext::of(ctx)?, input.id).await)
    }

    /// Syncs a business's email sequences to its provider now, and records how it went
    /// (`syncStatus`, `lastSyncAt`, `errorLog`).
    async fn sync_esp_integration(&self, ctx: &Context<'_>, input: SyncEspIntegrationInput) -> Result<EspIntegrationPayload> {
        let request = RequestContext::of(ctx)?;
        let client = ctx.data::<Arc<dyn EspClient>>().map_err(|_| ApiError::Internal("ESP client missing".into()))?;
        let (esp_integration, errors) = run(service::esp::sync_esp_integration(request, input.id, keyring(ctx)?, client.as_ref()).await)?;
        Ok(EspIntegrationPayload { esp_integration, errors })
    }
}
