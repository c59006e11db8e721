//! The content domain's value sets: each is both the column's type (text with a CHECK list in
//! `migration/src/sql/0007_content.sql`) and the GraphQL enum, one declaration each;
//! `platform::db_enums!` maps the database's lowercase labels to the GraphQL names.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// The kinds of content item: the four of the content flow, and an email of a sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum ContentItemType {
    /// A social media post.
    #[sea_orm(string_value = "social_post")]
    SocialPost,
    /// A blog post.
    #[sea_orm(string_value = "blog_post")]
    BlogPost,
    /// A content upgrade (a lead magnet: checklist, template, guide…).
    #[sea_orm(string_value = "content_upgrade")]
    ContentUpgrade,
    /// An email sequence.
    #[sea_orm(string_value = "email_sequence")]
    EmailSequence,
    /// One email of a sequence (never part of the content flow).
    #[sea_orm(string_value = "email")]
    Email,
}

impl ContentItemType {
    /// The seed's valid next actions: what an item of this type may link to.
    ///
    /// | from            | next                            |
    /// |-----------------|---------------------------------|
    /// | social post     | blog post, content upgrade      |
    /// | blog post       | content upgrade, email sequence |
    /// | content upgrade | email sequence                  |
    /// | email sequence  | blog post, content upgrade      |
    pub fn allowed_next(self) -> &'static [ContentItemType] {
        use ContentItemType::*;
        match self {
            SocialPost => &[BlogPost, ContentUpgrade],
            BlogPost => &[ContentUpgrade, EmailSequence],
            ContentUpgrade => &[EmailSequence],
            EmailSequence => &[BlogPost, ContentUpgrade],
            Email => &[],
        }
    }

    /// The conversion goals an item of this type may have (the seed's sets); empty for an email.
    pub fn conversion_goals(self) -> &'static [ConversionGoal] {
        use ConversionGoal::*;
        match self {
            Self::SocialPost => &[WebsiteVisit, LeadMagnet, Sale],
            Self::BlogPost => &[LeadMagnet, Sale, Share],
            Self::ContentUpgrade => &[EmailSignup, Sale, Share],
            Self::EmailSequence => &[Sale, Referral, Testimonial],
            Self::Email => &[],
        }
    }

    /// The seed's default conversion goal of the type.
    pub fn default_conversion_goal(self) -> Option<ConversionGoal> {
        self.conversion_goals().first().copied()
    }

    /// The table the type's items live in.
    pub fn table(self) -> &'static str {
        match self {
            Self::SocialPost => "social_posts",
            Self::BlogPost => "blog_posts",
            Self::ContentUpgrade => "content_upgrades",
            Self::EmailSequence => "email_sequences",
            Self::Email => "emails",
        }
    }
}

/// What a content item is meant to make its reader do. Each type allows its own set (see each
/// type's `conversionGoal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum ConversionGoal {
    /// Visit the website (social posts; their default).
    #[sea_orm(string_value = "website_visit")]
    WebsiteVisit,
    /// Take the lead magnet (social and blog posts; the blog's default).
    #[sea_orm(string_value = "lead_magnet")]
    LeadMagnet,
    /// Buy (every type; the email sequence's default).
    #[sea_orm(string_value = "sale")]
    Sale,
    /// Share it (blog posts and content upgrades).
    #[sea_orm(string_value = "share")]
    Share,
    /// Sign up for emails (content upgrades; their default).
    #[sea_orm(string_value = "email_signup")]
    EmailSignup,
    /// Refer someone (email sequences).
    #[sea_orm(string_value = "referral")]
    Referral,
    /// Give a testimonial (email sequences).
    #[sea_orm(string_value = "testimonial")]
    Testimonial,
}

/// Where a content bundle stands in its generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum ContentBundleStatus {
    /// Being put together (the default).
    #[sea_orm(string_value = "draft")]
    Draft,
    /// Its content is being generated.
    #[sea_orm(string_value = "generating")]
    Generating,
    /// Complete.
    #[sea_orm(string_value = "ready")]
    Ready,
    /// Put away.
    #[sea_orm(string_value = "archived")]
    Archived,
}

/// A social network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum SocialPlatform {
    /// LinkedIn.
    #[sea_orm(string_value = "linkedin")]
    Linkedin,
    /// X (Twitter).
    #[sea_orm(string_value = "twitter")]
    Twitter,
    /// Facebook.
    #[sea_orm(string_value = "facebook")]
    Facebook,
    /// Instagram.
    #[sea_orm(string_value = "instagram")]
    Instagram,
    /// TikTok.
    #[sea_orm(string_value = "tiktok")]
    Tiktok,
    /// YouTube.
    #[sea_orm(string_value = "youtube")]
    Youtube,
    /// Pinterest.
    #[sea_orm(string_value = "pinterest")]
    Pinterest,
    /// Threads.
    #[sea_orm(string_value = "threads")]
    Threads,
}

/// Where a social post stands; SCHEDULED needs `scheduledFor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum SocialPostStatus {
    /// Being written (the default).
    #[sea_orm(string_value = "draft")]
    Draft,
    /// Waiting for its time.
    #[sea_orm(string_value = "scheduled")]
    Scheduled,
    /// Out.
    #[sea_orm(string_value = "published")]
    Published,
    /// Publishing failed.
    #[sea_orm(string_value = "failed")]
    Failed,
    /// Put away.
    #[sea_orm(string_value = "archived")]
    Archived,
}

/// The form of a social post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum SocialPostType {
    /// One image or text.
    #[sea_orm(string_value = "single")]
    Single,
    /// Several slides.
    #[sea_orm(string_value = "carousel")]
    Carousel,
    /// A video.
    #[sea_orm(string_value = "video")]
    Video,
    /// A story.
    #[sea_orm(string_value = "story")]
    Story,
    /// A thread of posts.
    #[sea_orm(string_value = "thread")]
    Thread,
}

/// Where a blog post or a content upgrade stands; a PUBLISHED blog post has `publishedAt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum PublicationStatus {
    /// Being written (the default).
    #[sea_orm(string_value = "draft")]
    Draft,
    /// Out.
    #[sea_orm(string_value = "published")]
    Published,
    /// Put away.
    #[sea_orm(string_value = "archived")]
    Archived,
}

/// The kind of a content upgrade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum ContentUpgradeType {
    /// A checklist.
    #[sea_orm(string_value = "checklist")]
    Checklist,
    /// A template.
    #[sea_orm(string_value = "template")]
    Template,
    /// A guide.
    #[sea_orm(string_value = "guide")]
    Guide,
    /// An e-book.
    #[sea_orm(string_value = "ebook")]
    Ebook,
    /// A worksheet.
    #[sea_orm(string_value = "worksheet")]
    Worksheet,
    /// A cheat sheet.
    #[sea_orm(string_value = "cheat_sheet")]
    CheatSheet,
    /// A swipe file.
    #[sea_orm(string_value = "swipe_file")]
    SwipeFile,
    /// A video.
    #[sea_orm(string_value = "video")]
    Video,
    /// Anything else.
    #[sea_orm(string_value = "other")]
    Other,
}

/// Where an email sequence stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum EmailSequenceStatus {
    /// Being written (the default).
    #[sea_orm(string_value = "draft")]
    Draft,
    /// Sending.
    #[sea_orm(string_value = "active")]
    Active,
    /// Stopped for now.
    #[sea_orm(string_value = "paused")]
    Paused,
    /// Put away.
    #[sea_orm(string_value = "archived")]
    Archived,
}

/// What an email sequence is for (the seed's `sequence_goal`, which also holds its
/// `sequence_type` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum SequenceGoal {
    /// Warm new subscribers up (the default).
    #[sea_orm(string_value = "nurture")]
    Nurture,
    /// Welcome new customers.
    #[sea_orm(string_value = "onboarding")]
    Onboarding,
    /// Sell.
    #[sea_orm(string_value = "sales")]
    Sales,
    /// Keep customers.
    #[sea_orm(string_value = "retention")]
    Retention,
}

/// An email service provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum EspProvider {
    /// Mailchimp.
    #[sea_orm(string_value = "mailchimp")]
    Mailchimp,
    /// ConvertKit (Kit).
    #[sea_orm(string_value = "convertkit")]
    Convertkit,
    /// ActiveCampaign.
    #[sea_orm(string_value = "activecampaign")]
    Activecampaign,
    /// Klaviyo.
    #[sea_orm(string_value = "klaviyo")]
    Klaviyo,
    /// MailerLite.
    #[sea_orm(string_value = "mailerlite")]
    Mailerlite,
    /// Brevo.
    #[sea_orm(string_value = "brevo")]
    Brevo,
    /// SendGrid.
    #[sea_orm(string_value = "sendgrid")]
    Sendgrid,
    /// AWeber.
    #[sea_orm(string_value = "aweber")]
    Aweber,
    /// Drip.
    #[sea_orm(string_value = "drip")]
    Drip,
    /// HubSpot.
    #[sea_orm(string_value = "hubspot")]
    Hubspot,
}

/// How an ESP integration's last sync went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize, async_graphql::Enum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum EspSyncStatus {
    /// Never synced (the default).
    #[sea_orm(string_value = "pending")]
    Pending,
    /// A sync is running.
    #[sea_orm(string_value = "syncing")]
    Syncing,
    /// The last sync worked (`lastSyncAt` says when).
    #[sea_orm(string_value = "synced")]
    Synced,
    /// The last sync failed (`errorLog` says why).
    #[sea_orm(string_value = "failed")]
    Failed,
}

platform::db_enums!(
    ContentItemType,
    ConversionGoal,
    ContentBundleStatus,
    SocialPlatform,
    SocialPostStatus,
    SocialPostType,
    PublicationStatus,
    ContentUpgradeType,
    EmailSequenceStatus,
    SequenceGoal,
    EspProvider,
    EspSyncStatus,
);
