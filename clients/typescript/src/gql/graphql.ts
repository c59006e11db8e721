/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows the action list; omitted fields match every action. */
export type ActionFilter = {
  /** Only actions due on or after this day. */
  dueFrom?: string | null | undefined;
  /** Only actions due on or before this day. */
  dueTo?: string | null | undefined;
  /** Only actions about this lead. */
  leadId?: string | null | undefined;
  /** A case-insensitive part of the description. */
  search?: string | null | undefined;
  /** Only actions in one of these states. */
  states?: Array<ActionState> | null | undefined;
  /** Only actions of one of these types. */
  types?: Array<ActionType> | null | undefined;
  /** Only this user's actions. */
  userId?: string | null | undefined;
};

/** How the action list is sorted. */
export type ActionOrder =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first. */
  | 'CREATED_AT_DESC'
  /** Soonest due first. */
  | 'DUE_DATE_ASC'
  /** Latest due first. */
  | 'DUE_DATE_DESC'
  /** Most recently changed first. */
  | 'UPDATED_AT_DESC';

/**
 * Where an action stands. The moves allowed between states are listed on `setActionState`
 * (and in `service::actions`).
 */
export type ActionState =
  /** Kept, but out of plans and lists. */
  | 'ARCHIVED'
  /** Completed. */
  | 'DONE'
  /** Not started. */
  | 'NEW'
  /** The person answered (a completed state). */
  | 'REPLIED'
  /** The message went out; waiting for an answer. */
  | 'SENT'
  /** Out of sight until its snooze date. */
  | 'SNOOZED';

/** What kind of move an action is. */
export type ActionType =
  /** Preparing for a booked call. */
  | 'CALL_PREP'
  /** Writing or posting content. */
  | 'CONTENT'
  /** A small move that takes minutes. */
  | 'FAST_WIN'
  /** A follow-up on an earlier message. */
  | 'FOLLOW_UP'
  /** Keeping a relationship warm. */
  | 'NURTURE'
  /** A first message to someone new. */
  | 'OUTREACH'
  /** What to do after a call. */
  | 'POST_CALL';

/** An email to add to a sequence; the emails after its position move down one. */
export type AddEmailInput = {
  /** Its body, 1 to 100,000 characters. */
  content: string;
  /** Days after the previous email (0 or more); 0 by default. */
  delayDays?: number | null | undefined;
  /** The AI worker that wrote it, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** Its performance counts, a JSON object. */
  performanceMetrics?: unknown;
  /** The sequence to add it to. */
  sequenceId: string;
  /** Where it goes: 1 to the number of positions + 1; at the end when omitted. */
  sequencePosition?: number | null | undefined;
  /** Its subject line, 1 to 200 characters. */
  subjectLine: string;
  /** The engagement lead a winner of its A/B group needs (0 or more). */
  winningThreshold?: number | null | undefined;
};

export type AddMemberInput = {
  /** The email of someone who has signed in once. */
  email: string;
  role: WorkspaceRole;
  workspaceId: string;
};

/** An AI worker that made a change: recorded in the change's audit entry and version. */
export type AiGenerationInput = {
  /** The model, e.g. `gpt-4o` (1 to 200 characters). */
  model: string;
  /** The prompt it was given (up to 10,000 characters are kept). */
  prompt?: string | null | undefined;
};

/** Who makes an AI model. */
export type AiModelProvider =
  /** Anthropic. */
  | 'ANTHROPIC'
  /** Google. */
  | 'GOOGLE'
  /** Meta. */
  | 'META'
  /** OpenAI. */
  | 'OPENAI';

/** How an AI model is offered. */
export type AiModelType =
  /** The strongest models. */
  | 'ADVANCED'
  /** The cheapest per call. */
  | 'AFFORDABLE'
  /** Quick answers. */
  | 'FAST';

/** What a key may do; its role in the workspace is capped accordingly. */
export type ApiKeyScope =
  /** Also manage members and keys (acts as an admin). */
  | 'ADMIN'
  /** Read the workspace's data (acts as a viewer). */
  | 'READ'
  /** Also change it (acts as a member). */
  | 'WRITE';

/** Archives a lead (ACTIVE or SNOOZED); it is kept and can be restored. */
export type ArchiveLeadInput = {
  /** The lead to archive. */
  id: string;
};

/** Narrows the audit log. */
export type AuditLogFilter = {
  actorId?: string | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
};

/** How often a subscription bills (seed 000). */
export type BillingCycle =
  /** Every year. */
  | 'ANNUAL'
  /** Every month. */
  | 'MONTHLY';

/** Who bills a subscription. */
export type BillingProvider =
  /** Granted by staff, billed outside the providers. */
  | 'MANUAL'
  /** PhonePe, in INR (seed 000). */
  | 'PHONEPE'
  /** Stripe (seeds 001, 003, 004). */
  | 'STRIPE'
  /** Whop (seed 003). */
  | 'WHOP';

/** Narrows the subscription list. */
export type BillingSubscriptionFilter = {
  /** Only subscriptions in one of these statuses. */
  statuses?: Array<BillingSubscriptionStatus> | null | undefined;
};

/**
 * A subscription's state: the seeds' statuses merged with Stripe's (002's `cancelled` is
 * `canceled` here; the workspace keeps identity's spelling).
 */
export type BillingSubscriptionStatus =
  /** Paid up. */
  | 'ACTIVE'
  /** Ended (`endedAt` is set); the workspace is on the free plan. */
  | 'CANCELED'
  /** The first payment has not completed. */
  | 'INCOMPLETE'
  /** The first payment never completed. */
  | 'INCOMPLETE_EXPIRED'
  /** The last payment failed; the plan still holds while the provider retries. */
  | 'PAST_DUE'
  /** Paused by the provider. */
  | 'PAUSED'
  /** In its trial, until `trialEnd`. */
  | 'TRIALING'
  /** Retries are exhausted and payment is owed. */
  | 'UNPAID';

/** Narrows the blog post list; omitted fields match every post. */
export type BlogPostFilter = {
  /** Only this bundle's posts. */
  bundleId?: string | null | undefined;
  /** Only this business's posts. */
  businessId?: string | null | undefined;
  /** A case-insensitive part of the title. */
  search?: string | null | undefined;
  /** Only posts in one of these statuses. */
  statuses?: Array<PublicationStatus> | null | undefined;
  /** Only the members of this A/B group. */
  variantGroupId?: string | null | undefined;
};

/** Narrows the business list; omitted fields match every business. */
export type BusinessFilter = {
  /** A case-insensitive part of the name. */
  search?: string | null | undefined;
  /** Only businesses this user created. */
  userId?: string | null | undefined;
};

/**
 * A business's profile; in an update, omitted fields stay as they are, a blank optional text
 * clears it and a list replaces the old one.
 */
export type BusinessProfileInput = {
  /** The audience's demographics, a JSON object. */
  audienceDemographics?: unknown;
  /** The outcomes the audience wants (at most 100). */
  audienceDesiredOutcomes?: Array<string> | null | undefined;
  /** The audience's job role. */
  audienceJobRole?: string | null | undefined;
  /** The audience's pain points (at most 100). */
  audiencePainPoints?: Array<string> | null | undefined;
  /** The audience's psychographics, a JSON object. */
  audiencePsychographics?: unknown;
  /** The audience's awareness stage. */
  awarenessStage?: string | null | undefined;
  /** The blog's style. */
  blogStyle?: string | null | undefined;
  /** Keywords of the brand (at most 100). */
  brandKeywords?: Array<string> | null | undefined;
  /** What kind of business it is, 1 to 200 characters (required to create). */
  businessType?: string | null | undefined;
  /** Competitors' social accounts (at most 100). */
  competitorSocialAccounts?: Array<string> | null | undefined;
  /** Competitors (at most 100). */
  competitors?: Array<string> | null | undefined;
  /** The kind of content upgrade it prefers. */
  contentUpgradeType?: string | null | undefined;
  /** What it offers, 1 to 10,000 characters (required to create). */
  coreOfferDescription?: string | null | undefined;
  /** How often it emails. */
  emailFrequency?: string | null | undefined;
  /** The tone of its emails. */
  emailTone?: string | null | undefined;
  /** Its industry, 1 to 200 characters (required to create). */
  industry?: string | null | undefined;
  /** What its list building aims at (at most 100). */
  listBuildingGoals?: Array<string> | null | undefined;
  /** The business's name, 1 to 200 characters (required to create). */
  name?: string | null | undefined;
  /** Requirements per platform, a JSON object. */
  platformPreferences?: unknown;
  /** The main goal of its content. */
  primaryContentGoal?: string | null | undefined;
  /** The main call to action. */
  primaryCta?: string | null | undefined;
  /** Its primary product, 1 to 200 characters (required to create). */
  primaryProduct?: string | null | undefined;
  /** The topics the content covers (at most 100). */
  primaryTopics?: Array<string> | null | undefined;
  /** Promotions, a JSON array of objects. */
  promotions?: unknown;
  /** Its revenue targets. */
  revenueTargets?: string | null | undefined;
  /** The social platforms it posts on (at most 50). */
  socialPlatforms?: Array<string> | null | undefined;
  /** The tone of voice. */
  toneOfVoice?: string | null | undefined;
  /** Its website: an `https://` or `http://` URL. */
  website?: string | null | undefined;
};

/** Narrows the calendar connection list; omitted fields match every connection. */
export type CalendarConnectionFilter = {
  /** Only connections to one of these providers. */
  providers?: Array<CalendarProvider> | null | undefined;
  /** Only connections in one of these statuses. */
  statuses?: Array<CalendarConnectionStatus> | null | undefined;
  /** Only this user's connections. */
  userId?: string | null | undefined;
};

/** Where a calendar connection stands. */
export type CalendarConnectionStatus =
  /** Connected and syncing. */
  | 'ACTIVE'
  /** Disconnected by the user; no token is kept. */
  | 'DISCONNECTED'
  /** The last sync failed. */
  | 'ERROR'
  /** The provider refused the token: connect again. */
  | 'EXPIRED';

/** A calendar service the user can connect. */
export type CalendarProvider =
  /** Google Calendar. */
  | 'GOOGLE'
  /** Microsoft Outlook. */
  | 'OUTLOOK';

/** What a calendar sync did. */
export type CalendarSyncOperation =
  /** A free/busy read of one day. */
  | 'FETCH_FREEBUSY'
  /** A token refresh (a refused token leaves the connection EXPIRED). */
  | 'REFRESH_TOKEN'
  /** A general sync. */
  | 'SYNC';

/** How a calendar sync ended. */
export type CalendarSyncStatus =
  /** It failed; the log has the message. */
  | 'ERROR'
  /** It worked. */
  | 'SUCCESS';

/** How much a day can hold, from the free minutes a calendar sync read (see `service::plans`). */
export type CapacityLevel =
  /** No calendar data: 5 actions. */
  | 'DEFAULT'
  /** 240 free minutes or more: 8 actions. */
  | 'HEAVY'
  /** 30 to 89 free minutes: 4 actions. */
  | 'LIGHT'
  /** Under 30 free minutes: 2 actions. */
  | 'MICRO'
  /** 90 to 239 free minutes: 6 actions. */
  | 'STANDARD';

/** Where a catalogue entry is defined. */
export type CatalogueProvider =
  /** Mosaic's own (seed 001's content bundles, credit packs). */
  | 'INTERNAL'
  /** Synced from Stripe's products and prices. */
  | 'STRIPE'
  /** Synced from Whop. */
  | 'WHOP';

export type ChangeMemberRoleInput = {
  role: WorkspaceRole;
  userId: string;
  workspaceId: string;
};

/** What happened to a row. */
export type ChangeOp =
  /** It was deleted. */
  | 'DELETE'
  /** It was created. */
  | 'INSERT'
  /** It changed. */
  | 'UPDATE';

/**
 * Connects (or reconnects) the viewer's calendar with the grant the provider's OAuth callback
 * returned. The tokens are encrypted before they are stored and can never be read back.
 */
export type ConnectCalendarInput = {
  /** The OAuth access token, if the provider gave one. */
  accessToken?: string | null | undefined;
  /** The provider's calendar identifier, e.g. `primary` (1 to 500 characters). */
  calendarId: string;
  /** When the access token expires. */
  expiresAt?: string | null | undefined;
  /** The calendar service; connecting a connected provider again replaces its tokens. */
  provider: CalendarProvider;
  /** The OAuth refresh token. */
  refreshToken: string;
  /** The workspace to connect it in (member role or above). */
  workspaceId: string;
};

/**
 * Connects a business to an email service provider. The credentials are encrypted before
 * they are stored and can never be read back.
 */
export type ConnectEspIntegrationInput = {
  /** The business to connect; one connection per provider per business. */
  businessId: string;
  /** The provider's credentials, a JSON object as text, e.g. `{"api_key": "…"}`. */
  credentials: string;
  /** The provider. */
  provider: EspProvider;
  /** Provider-specific settings (list ids, sender…), a JSON object. */
  settings?: unknown;
  /** The workspace (member role or above). */
  workspaceId: string;
};

/** Narrows the content bundle list; omitted fields match every bundle. */
export type ContentBundleFilter = {
  /** Only this business's bundles. */
  businessId?: string | null | undefined;
  /** A case-insensitive part of the name. */
  search?: string | null | undefined;
  /** Only bundles in one of these statuses. */
  statuses?: Array<ContentBundleStatus> | null | undefined;
};

/** Where a content bundle stands in its generation. */
export type ContentBundleStatus =
  /** Put away. */
  | 'ARCHIVED'
  /** Being put together (the default). */
  | 'DRAFT'
  /** Its content is being generated. */
  | 'GENERATING'
  /** Complete. */
  | 'READY';

/** The kinds of content item: the four of the content flow, and an email of a sequence. */
export type ContentItemType =
  /** A blog post. */
  | 'BLOG_POST'
  /** A content upgrade (a lead magnet: checklist, template, guide…). */
  | 'CONTENT_UPGRADE'
  /** One email of a sequence (never part of the content flow). */
  | 'EMAIL'
  /** An email sequence. */
  | 'EMAIL_SEQUENCE'
  /** A social media post. */
  | 'SOCIAL_POST';

/** How a list of content rows is sorted. */
export type ContentOrder =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first. */
  | 'CREATED_AT_DESC'
  /** Most recently changed first. */
  | 'UPDATED_AT_DESC';

/** Narrows the content prompt list; omitted fields match every prompt. */
export type ContentPromptFilter = {
  /** Only prompts in one of these statuses. */
  statuses?: Array<ContentPromptStatus> | null | undefined;
  /** Only prompts of one of these types. */
  types?: Array<ContentPromptType> | null | undefined;
  /** Only this user's prompts. */
  userId?: string | null | undefined;
  /** Only prompts made from this summary. */
  weeklySummaryId?: string | null | undefined;
};

/** Where a content prompt stands: DRAFT → POSTED or ARCHIVED, POSTED → ARCHIVED. */
export type ContentPromptStatus =
  /** Put away. */
  | 'ARCHIVED'
  /** Saved, not posted; the only status whose text can change. */
  | 'DRAFT'
  /** Posted by the user. */
  | 'POSTED';

/** The kind of post a content prompt drafts. */
export type ContentPromptType =
  /** A post sharing a lesson. */
  | 'INSIGHT_POST'
  /** A post celebrating a win. */
  | 'WIN_POST';

/** Narrows the content upgrade list; omitted fields match every upgrade. */
export type ContentUpgradeFilter = {
  /** Only the upgrades attached to this blog post. */
  blogPostId?: string | null | undefined;
  /** Only this business's upgrades. */
  businessId?: string | null | undefined;
  /** A case-insensitive part of the title. */
  search?: string | null | undefined;
  /** Only upgrades in one of these statuses. */
  statuses?: Array<PublicationStatus> | null | undefined;
  /** Only upgrades of one of these kinds. */
  types?: Array<ContentUpgradeType> | null | undefined;
};

/** The kind of a content upgrade. */
export type ContentUpgradeType =
  /** A cheat sheet. */
  | 'CHEAT_SHEET'
  /** A checklist. */
  | 'CHECKLIST'
  /** An e-book. */
  | 'EBOOK'
  /** A guide. */
  | 'GUIDE'
  /** Anything else. */
  | 'OTHER'
  /** A swipe file. */
  | 'SWIPE_FILE'
  /** A template. */
  | 'TEMPLATE'
  /** A video. */
  | 'VIDEO'
  /** A worksheet. */
  | 'WORKSHEET';

/**
 * What a content item is meant to make its reader do. Each type allows its own set (see each
 * type's `conversionGoal`).
 */
export type ConversionGoal =
  /** Sign up for emails (content upgrades; their default). */
  | 'EMAIL_SIGNUP'
  /** Take the lead magnet (social and blog posts; the blog's default). */
  | 'LEAD_MAGNET'
  /** Refer someone (email sequences). */
  | 'REFERRAL'
  /** Buy (every type; the email sequence's default). */
  | 'SALE'
  /** Share it (blog posts and content upgrades). */
  | 'SHARE'
  /** Give a testimonial (email sequences). */
  | 'TESTIMONIAL'
  /** Visit the website (social posts; their default). */
  | 'WEBSITE_VISIT';

/** A new action, owned by the viewer, in state NEW. */
export type CreateActionInput = {
  /** What kind of move this is. */
  actionType: ActionType;
  /** True when the system makes the action (a plan, a follow-up rule, an AI worker). */
  autoCreated?: boolean;
  /** What to do, up to 2,000 characters. */
  description?: string | null | undefined;
  /** The day it is due: today or later, in the viewer's time zone. */
  dueDate: string;
  /** The lead the action is about, in the same workspace. */
  leadId?: string | null | undefined;
  /** Free notes, up to 10,000 characters. */
  notes?: string | null | undefined;
  /** The workspace to add the action to (member role or above). */
  workspaceId: string;
};

/** A new AI model agents may call (platform staff). */
export type CreateAiModelInput = {
  /** Credits one call costs: an exact decimal string above 0 with at most four decimals (`"0.5"`). */
  creditCost: string;
  /** A marketing description. */
  description?: string | null | undefined;
  /** Whether agents may call it now; true when omitted. */
  isActive?: boolean | null | undefined;
  /** The context window in tokens, 1 or more. */
  maxContextTokens?: number | null | undefined;
  /** How it is offered. */
  modelType: AiModelType;
  /** Its display name, 1 to 200 characters. */
  name: string;
  /** Its OpenRouter id, e.g. `openai/gpt-4o-mini`; no other model may have it. */
  openrouterId: string;
  /** Who makes it. */
  provider: AiModelProvider;
};

export type CreateApiKeyInput = {
  /** When the key stops working; never, if omitted. */
  expiresAt?: string | null | undefined;
  name: string;
  /** Requests allowed per hour (default 1000). */
  rateLimit?: number | null | undefined;
  scopes: Array<ApiKeyScope>;
  workspaceId: string;
};

/** A new blog post. */
export type CreateBlogPostInput = {
  /** The bundle it belongs to, of the same business. */
  bundleId?: string | null | undefined;
  /** The business it is for. */
  businessId: string;
  /** Its body, 1 to 100,000 characters. */
  content: string;
  /** LEAD_MAGNET (the default), SALE or SHARE. */
  conversionGoal?: ConversionGoal | null | undefined;
  /** The call to action's text, up to 200 characters. */
  ctaText?: string | null | undefined;
  /** The call to action's link: `https://` or `http://`. */
  ctaUrl?: string | null | undefined;
  /** Minutes to read it (0 or more). */
  estimatedReadingTime?: number | null | undefined;
  /** The AI worker that wrote it, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** SEO keywords (at most 50). */
  keywords?: Array<string> | null | undefined;
  /** The SEO description, up to 500 characters. */
  metaDescription?: string | null | undefined;
  /** Its performance counts, a JSON object. */
  performanceMetrics?: unknown;
  /** The main call to action, up to 200 characters. */
  primaryCta?: string | null | undefined;
  /** When it was published. */
  publishedAt?: string | null | undefined;
  /** Where it stands; DRAFT by default (PUBLISHED sets `publishedAt` to now when not given). */
  status?: PublicationStatus | null | undefined;
  /** Its title, 1 to 200 characters. */
  title: string;
  /** The engagement lead a winner of its A/B group needs (0 or more). */
  winningThreshold?: number | null | undefined;
  /** The workspace to add it to (member role or above). */
  workspaceId: string;
};

/** A new A/B variant of a blog post: a draft copy with another title and body. */
export type CreateBlogPostVariantInput = {
  /** The variant's body. */
  content: string;
  /** The AI worker that wrote it, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** The variant's title. */
  title: string;
  /** The post to vary (a variant of a variant joins the same group). */
  variantOf: string;
};

/** A new business. */
export type CreateBusinessInput = {
  /** Its profile: `name`, `industry`, `businessType`, `primaryProduct` and `coreOfferDescription` are required. */
  profile: BusinessProfileInput;
  /** The workspace to add it to (member role or above). */
  workspaceId: string;
};

/** A Stripe Checkout session for a plan (owners and admins). */
export type CreateCheckoutSessionInput = {
  /** Where Stripe sends the payer who gives up, http(s). */
  cancelUrl: string;
  /** Stripe's idempotency key (1 to 255 characters). */
  idempotencyKey: string;
  /** An active recurring Stripe price of the catalogue. */
  priceId: string;
  /** Where Stripe sends the payer after paying, http(s). */
  successUrl: string;
  /** The workspace subscribing. */
  workspaceId: string;
};

/** A new content bundle. */
export type CreateContentBundleInput = {
  /** The business it is for, in the same workspace. */
  businessId: string;
  /** The day it was generated; today (UTC) by default. */
  generationDate?: string | null | undefined;
  /** Its name, 1 to 200 characters. */
  name: string;
  /** Where it stands; DRAFT by default. */
  status?: ContentBundleStatus | null | undefined;
  /** The period it covers, e.g. `Q1 2024` (1 to 100 characters). */
  timePeriod: string;
  /** The workspace to add it to (member role or above). */
  workspaceId: string;
};

/** A draft post the viewer wrote or edited. */
export type CreateContentPromptInput = {
  /** The draft, 1 to 10,000 characters. */
  content: string;
  /** The kind of post. */
  type: ContentPromptType;
  /** The summary it was made from, in the same workspace. */
  weeklySummaryId?: string | null | undefined;
  /** The workspace to save it in (member role or above). */
  workspaceId: string;
};

/**
 * Drafts the posts a weekly summary suggests: a WIN_POST when the week had a win, an
 * INSIGHT_POST always.
 */
export type CreateContentPromptsFromSummaryInput = {
  /** The summary to draft from. */
  weeklySummaryId: string;
};

/** A new content upgrade. */
export type CreateContentUpgradeInput = {
  /** The blog post it is attached to, of the same business (then `type` and `content` are required). */
  blogPostId?: string | null | undefined;
  /** The business it is for. */
  businessId: string;
  /** Its text, 1 to 100,000 characters. */
  content?: string | null | undefined;
  /** EMAIL_SIGNUP (the default), SALE or SHARE. */
  conversionGoal?: ConversionGoal | null | undefined;
  /** The call to action's text, up to 200 characters. */
  ctaText?: string | null | undefined;
  /** The call to action's link: `https://` or `http://`. */
  ctaUrl?: string | null | undefined;
  /** A description, up to 10,000 characters. */
  description?: string | null | undefined;
  /** Its download counts, a JSON object. */
  downloadMetrics?: unknown;
  /** Where the file is: `https://` or `http://`. */
  fileUrl?: string | null | undefined;
  /** The AI worker that wrote it, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** Where it stands; DRAFT by default. */
  status?: PublicationStatus | null | undefined;
  /** Its title, 1 to 200 characters. */
  title: string;
  /** Its kind. */
  type?: ContentUpgradeType | null | undefined;
  /** The workspace to add it to (member role or above). */
  workspaceId: string;
};

/** A new email sequence, without emails. */
export type CreateEmailSequenceInput = {
  /** The bundle it belongs to, of the same business. */
  bundleId?: string | null | undefined;
  /** The business it is for. */
  businessId: string;
  /** SALE (the default), REFERRAL or TESTIMONIAL. */
  conversionGoal?: ConversionGoal | null | undefined;
  /** A description, up to 10,000 characters. */
  description?: string | null | undefined;
  /** The AI worker that wrote it, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** Its name, 1 to 200 characters. */
  name: string;
  /** What it is for; NURTURE by default. */
  sequenceGoal?: SequenceGoal | null | undefined;
  /** Where it stands; DRAFT by default. */
  status?: EmailSequenceStatus | null | undefined;
  /** The workspace to add it to (member role or above). */
  workspaceId: string;
};

/** A new A/B variant of an email: a copy at the same position with another subject and body. */
export type CreateEmailVariantInput = {
  /** The variant's body. */
  content: string;
  /** The AI worker that wrote it, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** The variant's subject line. */
  subjectLine: string;
  /** The email to vary (a variant of a variant joins the same group). */
  variantOf: string;
};

/** A new lead, owned by the viewer. */
export type CreateLeadInput = {
  /** The person's name, 1 to 200 characters. */
  name: string;
  /** Free notes, up to 10,000 characters. */
  notes?: string | null | undefined;
  /** Their primary link: an `https://`, `http://` or `mailto:` URL. */
  url: string;
  /** The workspace to add the lead to (member role or above). */
  workspaceId: string;
};

/** A new managed URL, in an item of a business. */
export type CreateManagedUrlInput = {
  /** The business it is for. */
  businessId: string;
  /** The item it appears in, of the same business. */
  sourceId: string;
  /** The type of the item it appears in. */
  sourceType: ContentItemType;
  /** The destination: `https://` or `http://`, at most 2,048 characters. */
  url: string;
  /**
   * UTM parameters: an object of `utm_source`, `utm_medium`, `utm_campaign`, `utm_term`,
   * `utm_content` strings.
   */
  utmParams?: unknown;
  /** The workspace to add it to (member role or above). */
  workspaceId: string;
};

/** A new order (members and above), priced from the catalogue now, PENDING until paid. */
export type CreateOrderInput = {
  /** The business (content) it is for, in the same workspace. */
  businessId?: string | null | undefined;
  /** ISO 4217 code; the first product's when omitted. Every product must be priced in it. */
  currency?: string | null | undefined;
  /** The same key again answers the first order (1 to 255 characters). */
  idempotencyKey?: string | null | undefined;
  /** 1 to 50 items. */
  items: Array<OrderItemInput>;
  /** Free facts, a JSON object. */
  metadata?: unknown;
  /** The workspace ordering. */
  workspaceId: string;
};

/** A PhonePe payment in INR (members and above): for an order, a subscription, or an amount. */
export type CreatePaymentInput = {
  /** Otherwise the amount in rupees before GST, a decimal string (`"999.00"`). */
  amount?: string | null | undefined;
  /** The same key again answers the first payment and its pay page (1 to 255 characters). */
  idempotencyKey?: string | null | undefined;
  /** A PENDING order in INR: the payment is its total plus GST. */
  orderId?: string | null | undefined;
  /** A subscription billed in INR: one period's amount plus GST. */
  subscriptionId?: string | null | undefined;
  /** The workspace paying. */
  workspaceId: string;
};

/** A new price of a product of Mosaic's own (platform staff). */
export type CreatePriceInput = {
  /** Whether it can be bought now; true when omitted. */
  active?: boolean | null | undefined;
  /** ISO 4217 code, any case; the product's when omitted. */
  currency?: string | null | undefined;
  /** What the price is, for people. */
  description?: string | null | undefined;
  /** A recurring price's period unit (only for RECURRING, and required there). */
  interval?: PriceInterval | null | undefined;
  /** How many intervals one period lasts, 1 or more; 1 when omitted. */
  intervalCount?: number | null | undefined;
  /** Free facts, a JSON object. */
  metadata?: unknown;
  /** The product, of Mosaic's own. */
  productId: string;
  /** Days of trial before the first charge, 0 or more; 0 when omitted. */
  trialPeriodDays?: number | null | undefined;
  /** One-time or recurring. */
  type: PriceType;
  /** The amount in minor units of `currency`, 0 or more. */
  unitAmount: number;
};

/**
 * A new product of Mosaic's own (platform staff): a plan, a credit pack, or a content bundle
 * (type, contentCount, timePeriod and basePrice together).
 */
export type CreateProductInput = {
  /** Whether it can be bought now; true when omitted. */
  active?: boolean | null | undefined;
  /** The bundle's list price in minor units of `currency`, 0 or more. */
  basePrice?: number | null | undefined;
  /** How many pieces of content the bundle delivers, 1 or more. */
  contentCount?: number | null | undefined;
  /** ISO 4217 code, any case; `usd` when omitted. */
  currency?: string | null | undefined;
  /** What it is, for people (at most 2,000 characters). */
  description?: string | null | undefined;
  /** Free facts (`credits` of a credit pack…), a JSON object. */
  metadata?: unknown;
  /** 1 to 200 characters. */
  name: string;
  /** The bundle's period, e.g. `1 year` (at most 100 characters). */
  timePeriod?: string | null | undefined;
  /** A content bundle's kind. */
  type?: ProductType | null | undefined;
  /** Volume discount tiers, `[{"min_quantity": 10, "percent_off": 15}]`, read as orders read them. */
  volumeDiscounts?: unknown;
};

/** A new social post. */
export type CreateSocialPostInput = {
  /** The bundle it belongs to, of the same business. */
  bundleId?: string | null | undefined;
  /** The business it is for. */
  businessId: string;
  /** Its text, 1 to 100,000 characters. */
  content: string;
  /** WEBSITE_VISIT (the default), LEAD_MAGNET or SALE. */
  conversionGoal?: ConversionGoal | null | undefined;
  /** The call to action's text, up to 200 characters. */
  ctaText?: string | null | undefined;
  /** The call to action's link: `https://` or `http://`. */
  ctaUrl?: string | null | undefined;
  /** Its engagement counts, a JSON object. */
  engagementMetrics?: unknown;
  /** The AI worker that wrote it, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** Its hashtags (at most 50). */
  hashtags?: Array<string> | null | undefined;
  /** Prompts for its media (at most 20). */
  mediaPrompts?: Array<string> | null | undefined;
  /** The network it is for. */
  platform: SocialPlatform;
  /** Its form. */
  postType?: SocialPostType | null | undefined;
  /** When it goes out. */
  scheduledFor?: string | null | undefined;
  /** Where it stands; DRAFT by default. SCHEDULED needs `scheduledFor`. */
  status?: SocialPostStatus | null | undefined;
  /** The engagement lead a winner of its A/B group needs (0 or more). */
  winningThreshold?: number | null | undefined;
  /** The workspace to add it to (member role or above). */
  workspaceId: string;
};

/** A new A/B variant of a social post: a copy with another text. */
export type CreateSocialPostVariantInput = {
  /** The variant's text. */
  content: string;
  /** The AI worker that wrote it, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** The post to vary (a variant of a variant joins the same group). */
  variantOf: string;
};

export type CreateWorkspaceInput = {
  name: string;
  /** Made from the name when omitted. */
  slug?: string | null | undefined;
};

/** Why a workspace's credit balance changed (seed 003). */
export type CreditTransactionType =
  /** Credits given by staff (positive). */
  | 'BONUS'
  /** Credits spent (negative). */
  | 'DEDUCTION'
  /** The monthly allowance restored: the balance becomes the plan's credits (either sign). */
  | 'MONTHLY_RESET'
  /** Credits bought (positive). */
  | 'PURCHASE'
  /** Credits given back (positive). */
  | 'REFUND'
  /** Credits given when a trial starts (positive). */
  | 'TRIAL_GRANT';

/** Narrows the daily plan list; omitted fields match every plan. */
export type DailyPlanFilter = {
  /** Only plans for this day or later. */
  dateFrom?: string | null | undefined;
  /** Only plans for this day or earlier. */
  dateTo?: string | null | undefined;
  /** Only this user's plans. */
  userId?: string | null | undefined;
};

/**
 * Declares the winner of an A/B group: the member with the highest engagement, when its lead
 * over the runner-up reaches the group's winning threshold (its original's). Engagement:
 * social posts likes + comments + shares + saves + clicks; blog posts clicks + shares +
 * comments + conversions; emails opens + clicks + replies (counts from their metrics).
 */
export type DeclareWinnerInput = {
  /** SOCIAL_POST, BLOG_POST or EMAIL. */
  itemType: ContentItemType;
  /** The group: the id of its original. */
  variantGroupId: string;
};

/**
 * Credits spent by a workspace (platform staff; workers use billing's ledger port): a number
 * of credits, or calls of an AI model at its credit cost.
 */
export type DeductCreditsInput = {
  /** 1 to 1,000,000 credits. */
  amount?: number | null | undefined;
  /**
   * …and how many calls (1 to 1,000,000); each costs the model's credit cost, the total
   * rounded up to whole credits.
   */
  calls?: number | null | undefined;
  /** The same key again answers the first deduction (1 to 255 characters). */
  idempotencyKey: string;
  /** Facts to keep on the ledger row (`conversation_id`…), a JSON object. */
  metadata?: unknown;
  /** Instead: an active AI model's OpenRouter id… */
  model?: string | null | undefined;
  /** Why, for people. */
  reason?: string | null | undefined;
  /** The workspace charged. */
  workspaceId: string;
};

/** Deletes an action for good (archiving keeps it). */
export type DeleteActionInput = {
  /** The action to delete. */
  id: string;
};

/** Deletes a row by id. */
export type DeleteContentInput = {
  /** The row to delete. */
  id: string;
};

export type DeleteWorkspaceInput = {
  id: string;
};

/** Disconnects a calendar: its tokens are wiped, its sync logs kept. */
export type DisconnectCalendarInput = {
  /** The connection to disconnect. */
  id: string;
};

/** Narrows the email sequence list; omitted fields match every sequence. */
export type EmailSequenceFilter = {
  /** Only this bundle's sequences. */
  bundleId?: string | null | undefined;
  /** Only this business's sequences. */
  businessId?: string | null | undefined;
  /** Only sequences with one of these goals. */
  goals?: Array<SequenceGoal> | null | undefined;
  /** A case-insensitive part of the name. */
  search?: string | null | undefined;
  /** Only sequences in one of these statuses. */
  statuses?: Array<EmailSequenceStatus> | null | undefined;
};

/** Where an email sequence stands. */
export type EmailSequenceStatus =
  /** Sending. */
  | 'ACTIVE'
  /** Put away. */
  | 'ARCHIVED'
  /** Being written (the default). */
  | 'DRAFT'
  /** Stopped for now. */
  | 'PAUSED';

/** Narrows the ESP integration list; omitted fields match every integration. */
export type EspIntegrationFilter = {
  /** Only this business's integrations. */
  businessId?: string | null | undefined;
  /** Only integrations with one of these providers. */
  providers?: Array<EspProvider> | null | undefined;
  /** Only integrations whose last sync ended so. */
  syncStatuses?: Array<EspSyncStatus> | null | undefined;
};

/** An email service provider. */
export type EspProvider =
  /** ActiveCampaign. */
  | 'ACTIVECAMPAIGN'
  /** AWeber. */
  | 'AWEBER'
  /** Brevo. */
  | 'BREVO'
  /** ConvertKit (Kit). */
  | 'CONVERTKIT'
  /** Drip. */
  | 'DRIP'
  /** HubSpot. */
  | 'HUBSPOT'
  /** Klaviyo. */
  | 'KLAVIYO'
  /** Mailchimp. */
  | 'MAILCHIMP'
  /** MailerLite. */
  | 'MAILERLITE'
  /** SendGrid. */
  | 'SENDGRID';

/** How an ESP integration's last sync went. */
export type EspSyncStatus =
  /** The last sync failed (`errorLog` says why). */
  | 'FAILED'
  /** Never synced (the default). */
  | 'PENDING'
  /** The last sync worked (`lastSyncAt` says when). */
  | 'SYNCED'
  /** A sync is running. */
  | 'SYNCING';

/** Makes (or remakes) the viewer's plan for a day. */
export type GenerateDailyPlanInput = {
  /** The day to plan; by default the viewer's today, in their time zone. */
  date?: string | null | undefined;
  /** The workspace whose actions to plan (member role or above). */
  workspaceId: string;
};

/** Writes (or rewrites) the viewer's summary of a week. */
export type GenerateWeeklySummaryInput = {
  /** Calls the user reports booking (0 to 10,000); counted from CALL_PREP actions when omitted. */
  callsBooked?: number | null | undefined;
  /** The Monday the week starts on; not a future week. */
  weekStartDate: string;
  /** The workspace whose week to summarise (member role or above). */
  workspaceId: string;
};

/** Credits added to a workspace (platform staff). */
export type GrantCreditsInput = {
  /** 1 to 1,000,000 credits. */
  amount: number;
  /** The same key again answers the first grant (1 to 255 characters). */
  idempotencyKey: string;
  /** Why, for people. */
  reason?: string | null | undefined;
  /** PURCHASE, BONUS, TRIAL_GRANT or REFUND. */
  type: CreditTransactionType;
  /** The workspace credited. */
  workspaceId: string;
};

/** Narrows the lead list; omitted fields match every lead. */
export type LeadFilter = {
  /** A case-insensitive part of the name. */
  search?: string | null | undefined;
  /** Only leads in one of these statuses. */
  statuses?: Array<LeadStatus> | null | undefined;
  /** Only this user's leads. */
  userId?: string | null | undefined;
};

/** How the lead list is sorted. */
export type LeadOrder =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first. */
  | 'CREATED_AT_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** Most recently changed first. */
  | 'UPDATED_AT_DESC';

/** Where a lead stands. */
export type LeadStatus =
  /** Being worked. */
  | 'ACTIVE'
  /** Kept, but out of plans and lists; restorable. */
  | 'ARCHIVED'
  /** Out of sight until its snooze date. */
  | 'SNOOZED';

export type LeaveWorkspaceInput = {
  workspaceId: string;
};

/**
 * Links an item to the next one of the content flow: a social post to a blog post or a
 * content upgrade; a blog post to a content upgrade or an email sequence; a content upgrade to
 * an email sequence; an email sequence to a blog post or a content upgrade. Both belong to
 * the same business, and no chain may loop back on itself.
 */
export type LinkNextInput = {
  /** The item whose next item to set. */
  id: string;
  /** The next item, in the same workspace. */
  nextId: string;
  /** The next item's type. */
  nextType: ContentItemType;
};

/** Narrows the managed URL list; omitted fields match every URL. */
export type ManagedUrlFilter = {
  /** Only this business's URLs. */
  businessId?: string | null | undefined;
  /** Only URLs the last check found valid (true) or invalid (false). */
  isValid?: boolean | null | undefined;
  /** Only URLs in this item. */
  sourceId?: string | null | undefined;
  /** Only URLs in items of this type. */
  sourceType?: ContentItemType | null | undefined;
};

/** How the managed URL list is sorted. */
export type ManagedUrlOrder =
  /** Most followed first. */
  | 'CLICK_COUNT_DESC'
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first. */
  | 'CREATED_AT_DESC';

export type MembershipChangeKind =
  | 'ADDED'
  | 'REMOVED'
  | 'ROLE_CHANGED';

/** Moves an email (with its A/B variants) to another position; the emails between shift. */
export type MoveEmailInput = {
  /** The email to move. */
  id: string;
  /** Its new position, 1 to the number of positions. */
  sequencePosition: number;
};

/** Narrows the order list. */
export type OrderFilter = {
  /** Only orders for this business. */
  businessId?: string | null | undefined;
  /** Only orders in one of these statuses. */
  statuses?: Array<OrderStatus> | null | undefined;
};

/** One item to order. */
export type OrderItemInput = {
  /** The content bundle the item is for, in the same workspace. */
  contentBundleId?: string | null | undefined;
  /** Product-specific options, a JSON object. */
  options?: unknown;
  /** The product, active and with a base price. */
  productId: string;
  /** How many, 1 to 10,000. */
  quantity?: number;
};

/** Where an order stands: PENDING → PAID | FAILED, PAID → REFUNDED. */
export type OrderStatus =
  /** The payment failed (final). */
  | 'FAILED'
  /** Paid. */
  | 'PAID'
  /** Waiting for its payment. */
  | 'PENDING'
  /** Paid, then refunded (final). */
  | 'REFUNDED';

/** Narrows the payment list. */
export type PaymentFilter = {
  /** Only payments in one of these statuses. */
  statuses?: Array<PaymentStatus> | null | undefined;
};

/** Where a PhonePe payment stands: PENDING → COMPLETED | FAILED, COMPLETED → REFUNDED. */
export type PaymentStatus =
  /** Confirmed by PhonePe's status check. */
  | 'COMPLETED'
  /** Refused or abandoned (final). */
  | 'FAILED'
  /** Sent to PhonePe, not confirmed. */
  | 'PENDING'
  /** Completed, then refunded (final). */
  | 'REFUNDED';

/** The unit of a recurring price's period. */
export type PriceInterval =
  /** Days. */
  | 'DAY'
  /** Months. */
  | 'MONTH'
  /** Weeks. */
  | 'WEEK'
  /** Years. */
  | 'YEAR';

/** Whether a price is paid once or on a schedule. */
export type PriceType =
  /** Paid once. */
  | 'ONE_TIME'
  /** Paid every `intervalCount` `interval`s. */
  | 'RECURRING';

/** Narrows the product list; omitted fields match every product. */
export type ProductFilter = {
  /** Only products that are (or are not) for sale now. */
  active?: boolean | null | undefined;
  /** A case-insensitive part of the name. */
  search?: string | null | undefined;
  /** Only content bundles of these kinds. */
  types?: Array<ProductType> | null | undefined;
};

/** What a content bundle product delivers (seed 001). */
export type ProductType =
  /** Blog posts. */
  | 'BLOG'
  /** Email sequences. */
  | 'EMAIL'
  /** Social posts. */
  | 'SOCIAL'
  /** Content upgrades (lead magnets). */
  | 'UPGRADE';

/** Where a blog post or a content upgrade stands; a PUBLISHED blog post has `publishedAt`. */
export type PublicationStatus =
  /** Put away. */
  | 'ARCHIVED'
  /** Being written (the default). */
  | 'DRAFT'
  /** Out. */
  | 'PUBLISHED';

/**
 * What a sync of a calendar found: the free minutes of a day (`date` and `freeMinutes`), or
 * why it failed (`errorMessage`, with `tokenExpired` when the provider refused the token).
 */
export type RecordCalendarSyncInput = {
  /** The day a free/busy read was for. */
  date?: string | null | undefined;
  /** Why the sync failed (up to 1,000 characters are kept). */
  errorMessage?: string | null | undefined;
  /** The free minutes found that day (0 to 1440); that day's plan is sized by them. */
  freeMinutes?: number | null | undefined;
  /** The connection that synced. */
  id: string;
  /** With `errorMessage`: the provider refused the token, so the connection is EXPIRED. */
  tokenExpired?: boolean;
};

/** Removes an email; an original goes with its A/B variants, and the positions close up. */
export type RemoveEmailInput = {
  /** The email to remove. */
  id: string;
};

export type RemoveMemberInput = {
  userId: string;
  workspaceId: string;
};

/** Puts a version's texts back on its item, which writes a new version. */
export type RestoreContentVersionInput = {
  /** The AI worker that asked for it, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** The version to restore. */
  id: string;
};

/** Brings an archived lead back as ACTIVE. */
export type RestoreLeadInput = {
  /** The archived lead. */
  id: string;
};

export type RevokeApiKeyInput = {
  id: string;
};

/**
 * What an email sequence is for (the seed's `sequence_goal`, which also holds its
 * `sequence_type` values).
 */
export type SequenceGoal =
  /** Warm new subscribers up (the default). */
  | 'NURTURE'
  /** Welcome new customers. */
  | 'ONBOARDING'
  /** Keep customers. */
  | 'RETENTION'
  /** Sell. */
  | 'SALES';

/**
 * Moves an action to another state. Allowed moves: NEW → SENT, SNOOZED, DONE, ARCHIVED;
 * SENT → REPLIED, SNOOZED, DONE, ARCHIVED; REPLIED → DONE, ARCHIVED; SNOOZED → NEW, SNOOZED
 * (another day), DONE, ARCHIVED; DONE → NEW (reopen), ARCHIVED; ARCHIVED → NEW (restore).
 */
export type SetActionStateInput = {
  /** The action to move. */
  id: string;
  /** Required for SNOOZED: the day it comes back as NEW, after today in the owner's time zone. */
  snoozeUntil?: string | null | undefined;
  /** The state to move it to. */
  state: ActionState;
};

/** Moves a prompt: DRAFT → POSTED or ARCHIVED, POSTED → ARCHIVED. */
export type SetContentPromptStatusInput = {
  /** The prompt to move. */
  id: string;
  /** The status to move it to. */
  status: ContentPromptStatus;
};

/** Snoozes a lead (ACTIVE or SNOOZED) until a day. */
export type SnoozeLeadInput = {
  /** The lead to snooze. */
  id: string;
  /** The day it comes back as ACTIVE: after today, in the owner's time zone. */
  snoozeUntil: string;
};

/** A social network. */
export type SocialPlatform =
  /** Facebook. */
  | 'FACEBOOK'
  /** Instagram. */
  | 'INSTAGRAM'
  /** LinkedIn. */
  | 'LINKEDIN'
  /** Pinterest. */
  | 'PINTEREST'
  /** Threads. */
  | 'THREADS'
  /** TikTok. */
  | 'TIKTOK'
  /** X (Twitter). */
  | 'TWITTER'
  /** YouTube. */
  | 'YOUTUBE';

/** Narrows the social post list; omitted fields match every post. */
export type SocialPostFilter = {
  /** Only this bundle's posts. */
  bundleId?: string | null | undefined;
  /** Only this business's posts. */
  businessId?: string | null | undefined;
  /** Only posts for one of these networks. */
  platforms?: Array<SocialPlatform> | null | undefined;
  /** A case-insensitive part of the text. */
  search?: string | null | undefined;
  /** Only posts in one of these statuses. */
  statuses?: Array<SocialPostStatus> | null | undefined;
  /** Only the members of this A/B group. */
  variantGroupId?: string | null | undefined;
};

/** Where a social post stands; SCHEDULED needs `scheduledFor`. */
export type SocialPostStatus =
  /** Put away. */
  | 'ARCHIVED'
  /** Being written (the default). */
  | 'DRAFT'
  /** Publishing failed. */
  | 'FAILED'
  /** Out. */
  | 'PUBLISHED'
  /** Waiting for its time. */
  | 'SCHEDULED';

/** The form of a social post. */
export type SocialPostType =
  /** Several slides. */
  | 'CAROUSEL'
  /** One image or text. */
  | 'SINGLE'
  /** A story. */
  | 'STORY'
  /** A thread of posts. */
  | 'THREAD'
  /** A video. */
  | 'VIDEO';

/** An add-on module (seed 001's subscription `plan_type`); add-ons never set the workspace's plan. */
export type SubscriptionAddon =
  /** Analytics. */
  | 'ANALYTICS'
  /** Content optimization. */
  | 'OPTIMIZATION'
  /** Scheduling. */
  | 'SCHEDULING';

/** A subscription to cancel at the end of its period, or to resume (owners and admins). */
export type SubscriptionChangeInput = {
  /** The subscription. */
  id: string;
};

/** Narrows the invoice list. */
export type SubscriptionInvoiceFilter = {
  /** Only invoices in one of these statuses. */
  statuses?: Array<SubscriptionInvoiceStatus> | null | undefined;
  /** Only this subscription's invoices. */
  subscriptionId?: string | null | undefined;
};

/** Where a subscription invoice stands. */
export type SubscriptionInvoiceStatus =
  /** The payment failed. */
  | 'FAILED'
  /** Paid. */
  | 'PAID'
  /** Issued, not paid yet. */
  | 'PENDING';

/** A plan tier (seed 000); the gating subscription's tier is the workspace's. */
export type SubscriptionPlan =
  /** Enterprise. */
  | 'ENTERPRISE'
  /** The free tier. */
  | 'FREE'
  /** Growth. */
  | 'GROWTH'
  /** Starter. */
  | 'STARTER';

/** Syncs a business's email sequences to its provider now. */
export type SyncEspIntegrationInput = {
  /** The integration to sync. */
  id: string;
};

/** Clears an item's next item (and that item's previous). */
export type UnlinkNextInput = {
  /** The item whose next item to clear. */
  id: string;
};

/** Brings a snoozed lead back now. */
export type UnsnoozeLeadInput = {
  /** The snoozed lead. */
  id: string;
};

/**
 * Changes to an action; omitted fields stay as they are. Its state changes with
 * `setActionState`.
 */
export type UpdateActionInput = {
  /** What kind of move this is. */
  actionType?: ActionType | null | undefined;
  /** What to do, up to 2,000 characters; `null` clears it. */
  description?: string | null | undefined;
  /** The day it is due: not before the day the action was created. */
  dueDate?: string | null | undefined;
  /** The action to change. */
  id: string;
  /** The lead the action is about, in the same workspace; `null` unlinks it. */
  leadId?: string | null | undefined;
  /** Free notes, up to 10,000 characters; `null` clears them. */
  notes?: string | null | undefined;
};

/** A change to an AI model (platform staff); omitted fields keep their value. */
export type UpdateAiModelInput = {
  /** Credits one call costs, an exact decimal string above 0 with at most four decimals. */
  creditCost?: string | null | undefined;
  /** A marketing description; blank clears it. */
  description?: string | null | undefined;
  /** The model. */
  id: string;
  /** Whether agents may call it now. */
  isActive?: boolean | null | undefined;
  /** The context window in tokens, 1 or more. */
  maxContextTokens?: number | null | undefined;
  /** How it is offered. */
  modelType?: AiModelType | null | undefined;
  /** Its display name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Its OpenRouter id; no other model may have it. */
  openrouterId?: string | null | undefined;
  /** Who makes it. */
  provider?: AiModelProvider | null | undefined;
};

/** Changes to a blog post; omitted fields stay as they are, `null` clears a field. */
export type UpdateBlogPostInput = {
  /** Its body, 1 to 100,000 characters (a change writes a version). */
  content?: string | null | undefined;
  /** LEAD_MAGNET, SALE or SHARE. */
  conversionGoal?: ConversionGoal | null | undefined;
  /** The call to action's text, up to 200 characters. */
  ctaText?: string | null | undefined;
  /** The call to action's link: `https://` or `http://`. */
  ctaUrl?: string | null | undefined;
  /** Minutes to read it (0 or more). */
  estimatedReadingTime?: number | null | undefined;
  /** The AI worker that made the change, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** The post to change. */
  id: string;
  /** SEO keywords (replaces the list). */
  keywords?: Array<string> | null | undefined;
  /** The SEO description, up to 500 characters. */
  metaDescription?: string | null | undefined;
  /** Its performance counts, a JSON object (replaces them). */
  performanceMetrics?: unknown;
  /** The main call to action, up to 200 characters. */
  primaryCta?: string | null | undefined;
  /** When it was published. */
  publishedAt?: string | null | undefined;
  /** Why the texts changed, kept with their version. */
  reason?: string | null | undefined;
  /** Where it stands (PUBLISHED sets `publishedAt` to now when it has none). */
  status?: PublicationStatus | null | undefined;
  /** Its title, 1 to 200 characters (a change writes a version). */
  title?: string | null | undefined;
  /** The engagement lead a winner of its A/B group needs (0 or more). */
  winningThreshold?: number | null | undefined;
};

/** Changes to a business's profile. */
export type UpdateBusinessInput = {
  /** The business to change. */
  id: string;
  /** The fields to change. */
  profile: BusinessProfileInput;
};

/** Changes to a content bundle; omitted fields stay as they are. */
export type UpdateContentBundleInput = {
  /** The day it was generated. */
  generationDate?: string | null | undefined;
  /** The bundle to change. */
  id: string;
  /** Its name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Where it stands. */
  status?: ContentBundleStatus | null | undefined;
  /** The period it covers (1 to 100 characters). */
  timePeriod?: string | null | undefined;
};

/** Rewrites a draft (only a DRAFT can change). */
export type UpdateContentPromptInput = {
  /** The new draft, 1 to 10,000 characters. */
  content: string;
  /** The prompt to change. */
  id: string;
};

/** Changes to a content upgrade; omitted fields stay as they are, `null` clears a field. */
export type UpdateContentUpgradeInput = {
  /** Its text (a change writes a version; an attached upgrade keeps one). */
  content?: string | null | undefined;
  /** EMAIL_SIGNUP, SALE or SHARE. */
  conversionGoal?: ConversionGoal | null | undefined;
  /** The call to action's text, up to 200 characters. */
  ctaText?: string | null | undefined;
  /** The call to action's link: `https://` or `http://`. */
  ctaUrl?: string | null | undefined;
  /** A description, up to 10,000 characters (a change writes a version). */
  description?: string | null | undefined;
  /** Its download counts, a JSON object (replaces them). */
  downloadMetrics?: unknown;
  /** Where the file is: `https://` or `http://`. */
  fileUrl?: string | null | undefined;
  /** The AI worker that made the change, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** The upgrade to change. */
  id: string;
  /** Why the texts changed, kept with their version. */
  reason?: string | null | undefined;
  /** Where it stands. */
  status?: PublicationStatus | null | undefined;
  /** Its title, 1 to 200 characters (a change writes a version). */
  title?: string | null | undefined;
  /** Its kind (an attached upgrade keeps one). */
  type?: ContentUpgradeType | null | undefined;
};

/** Changes to an email; omitted fields stay as they are. Its position changes with `moveEmail`. */
export type UpdateEmailInput = {
  /** Its body, 1 to 100,000 characters (a change writes a version). */
  content?: string | null | undefined;
  /** Days after the previous email (0 or more). */
  delayDays?: number | null | undefined;
  /** The AI worker that made the change, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** The email to change. */
  id: string;
  /** Its performance counts, a JSON object (replaces them). */
  performanceMetrics?: unknown;
  /** Why the texts changed, kept with their version. */
  reason?: string | null | undefined;
  /** Its subject line, 1 to 200 characters (a change writes a version). */
  subjectLine?: string | null | undefined;
  /** The engagement lead a winner of its A/B group needs (0 or more). */
  winningThreshold?: number | null | undefined;
};

/** Changes to an email sequence; omitted fields stay as they are. */
export type UpdateEmailSequenceInput = {
  /** SALE, REFERRAL or TESTIMONIAL. */
  conversionGoal?: ConversionGoal | null | undefined;
  /** A description, up to 10,000 characters (a change writes a version; `null` clears it). */
  description?: string | null | undefined;
  /** The AI worker that made the change, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** The sequence to change. */
  id: string;
  /** Its name, 1 to 200 characters (a change writes a version). */
  name?: string | null | undefined;
  /** Why the texts changed, kept with their version. */
  reason?: string | null | undefined;
  /** What it is for. */
  sequenceGoal?: SequenceGoal | null | undefined;
  /** Where it stands. */
  status?: EmailSequenceStatus | null | undefined;
};

/** Changes to an ESP integration; omitted fields stay as they are. */
export type UpdateEspIntegrationInput = {
  /** New credentials, a JSON object as text. */
  credentials?: string | null | undefined;
  /** The integration to change. */
  id: string;
  /** New settings, a JSON object. */
  settings?: unknown;
};

/** Changes to a lead; omitted fields stay as they are. */
export type UpdateLeadInput = {
  /** The lead to change. */
  id: string;
  /** The person's name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Free notes, up to 10,000 characters; `null` clears them. */
  notes?: string | null | undefined;
  /** Their primary link: an `https://`, `http://` or `mailto:` URL. */
  url?: string | null | undefined;
};

/** Changes to a managed URL; omitted fields stay as they are. */
export type UpdateManagedUrlInput = {
  /** The URL to change. */
  id: string;
  /** The destination (a new one is unchecked and valid until the next check). */
  url?: string | null | undefined;
  /** UTM parameters; `null` clears them. */
  utmParams?: unknown;
};

/**
 * A change to a price of Mosaic's own (platform staff); omitted fields keep their value.
 * Stripe's and Whop's prices are INVALID_STATE.
 */
export type UpdatePriceInput = {
  /** Whether it can be bought now. */
  active?: boolean | null | undefined;
  /** ISO 4217 code, any case. */
  currency?: string | null | undefined;
  /** What the price is, for people; blank clears it. */
  description?: string | null | undefined;
  /** The price. */
  id: string;
  /** A recurring price's period unit. */
  interval?: PriceInterval | null | undefined;
  /** How many intervals one period lasts, 1 or more. */
  intervalCount?: number | null | undefined;
  /** Free facts, a JSON object. */
  metadata?: unknown;
  /** Days of trial before the first charge, 0 or more. */
  trialPeriodDays?: number | null | undefined;
  /** One-time (which clears the interval) or recurring. */
  type?: PriceType | null | undefined;
  /** The amount in minor units of `currency`, 0 or more. */
  unitAmount?: number | null | undefined;
};

/**
 * A change to a product of Mosaic's own (platform staff); omitted fields keep their value, a
 * blank description or time period clears it. Stripe's and Whop's products are INVALID_STATE.
 */
export type UpdateProductInput = {
  /** Whether it can be bought now. */
  active?: boolean | null | undefined;
  /** The bundle's list price in minor units of `currency`, 0 or more. */
  basePrice?: number | null | undefined;
  /** How many pieces of content the bundle delivers, 1 or more. */
  contentCount?: number | null | undefined;
  /** ISO 4217 code, any case. */
  currency?: string | null | undefined;
  /** What it is, for people (at most 2,000 characters). */
  description?: string | null | undefined;
  /** The product. */
  id: string;
  /** Free facts, a JSON object. */
  metadata?: unknown;
  /** 1 to 200 characters. */
  name?: string | null | undefined;
  /** The bundle's period, e.g. `1 year`. */
  timePeriod?: string | null | undefined;
  /** A content bundle's kind. */
  type?: ProductType | null | undefined;
  /** Volume discount tiers, read as orders read them. */
  volumeDiscounts?: unknown;
};

/** Changes to the viewer's own profile; omitted fields stay as they are. */
export type UpdateProfileInput = {
  avatarUrl?: string | null | undefined;
  firstName?: string | null | undefined;
  fullName?: string | null | undefined;
  lastName?: string | null | undefined;
  /** IANA time zone name, e.g. `Europe/Paris`. */
  timezone?: string | null | undefined;
};

/** Changes to a social post; omitted fields stay as they are, `null` clears a field. */
export type UpdateSocialPostInput = {
  /** Its text, 1 to 100,000 characters (a change writes a version). */
  content?: string | null | undefined;
  /** WEBSITE_VISIT, LEAD_MAGNET or SALE. */
  conversionGoal?: ConversionGoal | null | undefined;
  /** The call to action's text, up to 200 characters. */
  ctaText?: string | null | undefined;
  /** The call to action's link: `https://` or `http://`. */
  ctaUrl?: string | null | undefined;
  /** Its engagement counts, a JSON object (replaces them). */
  engagementMetrics?: unknown;
  /** The AI worker that made the change, if one did. */
  generatedBy?: AiGenerationInput | null | undefined;
  /** Its hashtags (replaces the list). */
  hashtags?: Array<string> | null | undefined;
  /** The post to change. */
  id: string;
  /** Prompts for its media (replaces the list). */
  mediaPrompts?: Array<string> | null | undefined;
  /** The network it is for. */
  platform?: SocialPlatform | null | undefined;
  /** Its form. */
  postType?: SocialPostType | null | undefined;
  /** Why the text changed, kept with its version. */
  reason?: string | null | undefined;
  /** When it goes out. */
  scheduledFor?: string | null | undefined;
  /** Where it stands; SCHEDULED needs `scheduledFor`. */
  status?: SocialPostStatus | null | undefined;
  /** The engagement lead a winner of its A/B group needs (0 or more). */
  winningThreshold?: number | null | undefined;
};

export type UpdateWorkspaceInput = {
  billingEmail?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  /** Replaces the settings object. */
  settings?: unknown;
  slug?: string | null | undefined;
};

/** Narrows the usage list. */
export type UsageRecordFilter = {
  /** Only days from this one. */
  dateFrom?: string | null | undefined;
  /** Only days up to this one. */
  dateTo?: string | null | undefined;
  /** Only this user's usage. */
  userId?: string | null | undefined;
};

/** Codes of the rule violations a mutation payload reports. */
export type UserErrorCode =
  /** Something with the same unique key already exists. */
  | 'ALREADY_EXISTS'
  /** A value is malformed or out of range. */
  | 'INVALID'
  /** The change is not allowed from the object's current state. */
  | 'INVALID_STATE'
  /** The change would leave a workspace without an owner. */
  | 'LAST_OWNER'
  /** A plan or quota limit would be passed. */
  | 'LIMIT_EXCEEDED'
  /** The referenced object does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** A required value is missing. */
  | 'REQUIRED';

/** Narrows the weekly summary list; omitted fields match every summary. */
export type WeeklySummaryFilter = {
  /** Only this user's summaries. */
  userId?: string | null | undefined;
};

/** The kind of account a plan is for (seed 002's `plan_type`). */
export type WorkspacePlanType =
  /** An agency serving clients. */
  | 'AGENCY'
  /** One person. */
  | 'INDIVIDUAL'
  /** A team. */
  | 'TEAM';

/** A member's role in a workspace, weakest first. */
export type WorkspaceRole =
  /** Also manages members, API keys and settings. */
  | 'ADMIN'
  /** Reads and writes the workspace's data. */
  | 'MEMBER'
  /** Also deletes the workspace; every workspace keeps at least one. */
  | 'OWNER'
  /** Reads everything, changes nothing. */
  | 'VIEWER';

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { plaintextKey: string | null, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ProductsQueryVariables = Exact<{
  filter?: ProductFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, provider: CatalogueProvider, name: string, description: string | null, image: string | null, active: boolean, metadata: unknown, type: ProductType | null, contentCount: number | null, timePeriod: string | null, features: unknown, basePrice: number | null, currency: string, volumeDiscounts: unknown, createdAt: string, updatedAt: string, prices: Array<{ id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string }> } }> } };

export type ProductQueryVariables = Exact<{
  id: string;
}>;


export type ProductQuery = { product: { id: string, provider: CatalogueProvider, name: string, description: string | null, image: string | null, active: boolean, metadata: unknown, type: ProductType | null, contentCount: number | null, timePeriod: string | null, features: unknown, basePrice: number | null, currency: string, volumeDiscounts: unknown, createdAt: string, updatedAt: string, prices: Array<{ id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string }> } | null };

export type AiModelsQueryVariables = Exact<{
  includeInactive?: boolean;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AiModelsQuery = { aiModels: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, provider: AiModelProvider, openrouterId: string, description: string | null, logoKey: string | null, creditCost: string, modelType: AiModelType, maxContextTokens: number | null, supportsText: boolean, supportsImages: boolean, supportsAudio: boolean, isActive: boolean, createdAt: string, updatedAt: string } }> } };

export type AiModelQueryVariables = Exact<{
  id: string;
}>;


export type AiModelQuery = { aiModel: { id: string, name: string, provider: AiModelProvider, openrouterId: string, description: string | null, logoKey: string | null, creditCost: string, modelType: AiModelType, maxContextTokens: number | null, supportsText: boolean, supportsImages: boolean, supportsAudio: boolean, isActive: boolean, createdAt: string, updatedAt: string } | null };

export type WorkspaceBillingQueryVariables = Exact<{
  workspaceId: string;
  subscriptionsFirst?: number | null | undefined;
  invoicesFirst?: number;
}>;


export type WorkspaceBillingQuery = { workspace: { id: string, plan: { tier: string, status: string, planType: string, creatorLimit: number, userLimit: number, voiceModelLimit: number, storageLimitGb: number, budgetLimitMonthly: { amount: string, currency: string } }, billingSubscriptions: { totalCount: number, edges: Array<{ node: { id: string, workspaceId: string, userId: string | null, customerId: string | null, provider: BillingProvider, priceId: string | null, gatesPlan: boolean, plan: SubscriptionPlan | null, addonType: SubscriptionAddon | null, status: BillingSubscriptionStatus, quantity: number, amountMinor: number | null, currency: string, billingCycle: BillingCycle | null, cancelAtPeriodEnd: boolean, currentPeriodStart: string, currentPeriodEnd: string, trialStart: string | null, trialEnd: string | null, cancelAt: string | null, canceledAt: string | null, endedAt: string | null, planType: WorkspacePlanType | null, creatorLimit: number | null, userLimit: number | null, voiceModelLimit: number | null, storageLimitGb: number | null, budgetLimitMonthly: string | null, features: unknown, usageLimits: unknown, currentUsage: unknown, metadata: unknown, createdAt: string, updatedAt: string, providerSubscriptionId: string | null, latestInvoiceUrl: string | null, price: { id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string } | null, invoices: Array<{ id: string, workspaceId: string, subscriptionId: string, amount: number, currency: string, status: SubscriptionInvoiceStatus, billingPeriodStart: string, billingPeriodEnd: string, createdAt: string, updatedAt: string, stripeInvoiceId: string | null, paymentIntentId: string | null, hostedInvoiceUrl: string | null }> } }> }, credits: { id: string, workspaceId: string, userId: string | null, subscriptionId: string | null, creditsBalance: number, planCredits: number, nextResetAt: string | null, storageUsedMb: number, createdAt: string, updatedAt: string } | null, monthlyBudget: { limitUsd: string, spentUsd: string, allowsMore: boolean } } | null };

export type WorkspaceBillingCustomerQueryVariables = Exact<{
  workspaceId: string;
}>;


export type WorkspaceBillingCustomerQuery = { workspace: { id: string, billingCustomer: { id: string, workspaceId: string, userId: string | null, stripeCustomerId: string | null, whopCustomerId: string | null, defaultPaymentMethod: string | null, currency: string, createdAt: string, updatedAt: string } | null } | null };

export type WorkspaceSubscriptionsQueryVariables = Exact<{
  workspaceId: string;
  filter?: BillingSubscriptionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceSubscriptionsQuery = { workspace: { id: string, billingSubscriptions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string | null, customerId: string | null, provider: BillingProvider, priceId: string | null, gatesPlan: boolean, plan: SubscriptionPlan | null, addonType: SubscriptionAddon | null, status: BillingSubscriptionStatus, quantity: number, amountMinor: number | null, currency: string, billingCycle: BillingCycle | null, cancelAtPeriodEnd: boolean, currentPeriodStart: string, currentPeriodEnd: string, trialStart: string | null, trialEnd: string | null, cancelAt: string | null, canceledAt: string | null, endedAt: string | null, planType: WorkspacePlanType | null, creatorLimit: number | null, userLimit: number | null, voiceModelLimit: number | null, storageLimitGb: number | null, budgetLimitMonthly: string | null, features: unknown, usageLimits: unknown, currentUsage: unknown, metadata: unknown, createdAt: string, updatedAt: string, providerSubscriptionId: string | null, latestInvoiceUrl: string | null } }> } } | null };

export type WorkspaceSubscriptionInvoicesQueryVariables = Exact<{
  workspaceId: string;
  filter?: SubscriptionInvoiceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceSubscriptionInvoicesQuery = { workspace: { id: string, subscriptionInvoices: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, subscriptionId: string, amount: number, currency: string, status: SubscriptionInvoiceStatus, billingPeriodStart: string, billingPeriodEnd: string, createdAt: string, updatedAt: string, stripeInvoiceId: string | null, paymentIntentId: string | null, hostedInvoiceUrl: string | null } }> } } | null };

export type WorkspaceOrdersQueryVariables = Exact<{
  workspaceId: string;
  filter?: OrderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceOrdersQuery = { workspace: { id: string, orders: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string | null, businessId: string | null, status: OrderStatus, totalAmount: number, currency: string, paymentStatus: string | null, paymentMethod: string | null, metadata: unknown, idempotencyKey: string | null, createdAt: string, updatedAt: string, paymentIntentId: string | null, items: Array<{ id: string, orderId: string, productId: string, quantity: number, unitPrice: number, discountAmount: number, subtotal: number, contentBundleId: string | null, options: unknown, createdAt: string, product: { id: string, name: string, type: ProductType | null } | null }> } }> } } | null };

export type WorkspacePaymentsQueryVariables = Exact<{
  workspaceId: string;
  filter?: PaymentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspacePaymentsQuery = { workspace: { id: string, payments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string | null, orderId: string | null, subscriptionId: string | null, amount: number, gstAmount: number, totalAmount: number, currency: string, status: PaymentStatus, paymentMethod: string | null, completedAt: string | null, createdAt: string, updatedAt: string, phonepeTransactionId: string | null, phonepeMerchantTransactionId: string | null } }> } } | null };

export type CreditLedgerQueryVariables = Exact<{
  workspaceId: string;
  types?: Array<CreditTransactionType> | CreditTransactionType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CreditLedgerQuery = { workspace: { id: string, credits: { id: string, workspaceId: string, userId: string | null, subscriptionId: string | null, creditsBalance: number, planCredits: number, nextResetAt: string | null, storageUsedMb: number, createdAt: string, updatedAt: string, transactions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string | null, transactionType: CreditTransactionType, creditsAmount: number, creditsBalanceAfter: number, reason: string | null, metadata: unknown, idempotencyKey: string | null, createdAt: string } }> } } | null } | null };

export type UsageRecordsQueryVariables = Exact<{
  workspaceId: string;
  filter?: UsageRecordFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsageRecordsQuery = { workspace: { id: string, usageRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, date: string, tokensUsed: number, costUsd: string, agentUsage: unknown, createdAt: string, updatedAt: string } }> } } | null };

export type AccountUsageStatsQueryVariables = Exact<{
  workspaceId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountUsageStatsQuery = { workspace: { id: string, accountUsageStats: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, statDate: string, projectsCreated: number, contentPiecesAdded: number, scriptsGenerated: number, voiceGenerations: number, avatarGenerations: number, totalCreditsUsed: number, storageUsedGb: string, createdAt: string, updatedAt: string } }> } } | null };

export type ApiUsageLogsQueryVariables = Exact<{
  workspaceId: string;
  serviceName?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiUsageLogsQuery = { workspace: { id: string, apiUsageLogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string | null, serviceName: string, endpoint: string | null, requestType: string | null, tokensUsed: number | null, creditsCost: number | null, responseTimeMs: number | null, statusCode: number | null, errorMessage: string | null, createdAt: string } }> } } | null };

export type OrderQueryVariables = Exact<{
  id: string;
}>;


export type OrderQuery = { order: { id: string, workspaceId: string, userId: string | null, businessId: string | null, status: OrderStatus, totalAmount: number, currency: string, paymentStatus: string | null, paymentMethod: string | null, metadata: unknown, idempotencyKey: string | null, createdAt: string, updatedAt: string, paymentIntentId: string | null, items: Array<{ id: string, orderId: string, productId: string, quantity: number, unitPrice: number, discountAmount: number, subtotal: number, contentBundleId: string | null, options: unknown, createdAt: string, product: { id: string, name: string, type: ProductType | null } | null }> } | null };

export type PaymentQueryVariables = Exact<{
  id: string;
}>;


export type PaymentQuery = { payment: { id: string, workspaceId: string, userId: string | null, orderId: string | null, subscriptionId: string | null, amount: number, gstAmount: number, totalAmount: number, currency: string, status: PaymentStatus, paymentMethod: string | null, completedAt: string | null, createdAt: string, updatedAt: string, phonepeTransactionId: string | null, phonepeMerchantTransactionId: string | null, order: { id: string, status: OrderStatus, totalAmount: number, currency: string } | null, subscription: { id: string, status: BillingSubscriptionStatus, plan: SubscriptionPlan | null } | null } | null };

export type BillingSubscriptionQueryVariables = Exact<{
  id: string;
  invoicesFirst?: number;
}>;


export type BillingSubscriptionQuery = { billingSubscription: { id: string, workspaceId: string, userId: string | null, customerId: string | null, provider: BillingProvider, priceId: string | null, gatesPlan: boolean, plan: SubscriptionPlan | null, addonType: SubscriptionAddon | null, status: BillingSubscriptionStatus, quantity: number, amountMinor: number | null, currency: string, billingCycle: BillingCycle | null, cancelAtPeriodEnd: boolean, currentPeriodStart: string, currentPeriodEnd: string, trialStart: string | null, trialEnd: string | null, cancelAt: string | null, canceledAt: string | null, endedAt: string | null, planType: WorkspacePlanType | null, creatorLimit: number | null, userLimit: number | null, voiceModelLimit: number | null, storageLimitGb: number | null, budgetLimitMonthly: string | null, features: unknown, usageLimits: unknown, currentUsage: unknown, metadata: unknown, createdAt: string, updatedAt: string, providerSubscriptionId: string | null, latestInvoiceUrl: string | null, price: { id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string } | null, invoices: Array<{ id: string, workspaceId: string, subscriptionId: string, amount: number, currency: string, status: SubscriptionInvoiceStatus, billingPeriodStart: string, billingPeriodEnd: string, createdAt: string, updatedAt: string, stripeInvoiceId: string | null, paymentIntentId: string | null, hostedInvoiceUrl: string | null }> } | null };

export type SubscriptionInvoiceQueryVariables = Exact<{
  id: string;
}>;


export type SubscriptionInvoiceQuery = { subscriptionInvoice: { id: string, workspaceId: string, subscriptionId: string, amount: number, currency: string, status: SubscriptionInvoiceStatus, billingPeriodStart: string, billingPeriodEnd: string, createdAt: string, updatedAt: string, stripeInvoiceId: string | null, paymentIntentId: string | null, hostedInvoiceUrl: string | null, subscription: { id: string, status: BillingSubscriptionStatus, plan: SubscriptionPlan | null } | null } | null };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderMutation = { createOrder: { order: { id: string, workspaceId: string, userId: string | null, businessId: string | null, status: OrderStatus, totalAmount: number, currency: string, paymentStatus: string | null, paymentMethod: string | null, metadata: unknown, idempotencyKey: string | null, createdAt: string, updatedAt: string, paymentIntentId: string | null, items: Array<{ id: string, orderId: string, productId: string, quantity: number, unitPrice: number, discountAmount: number, subtotal: number, contentBundleId: string | null, options: unknown, createdAt: string, product: { id: string, name: string, type: ProductType | null } | null }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreatePaymentMutationVariables = Exact<{
  input: CreatePaymentInput;
}>;


export type CreatePaymentMutation = { createPayment: { redirectUrl: string | null, payment: { id: string, workspaceId: string, userId: string | null, orderId: string | null, subscriptionId: string | null, amount: number, gstAmount: number, totalAmount: number, currency: string, status: PaymentStatus, paymentMethod: string | null, completedAt: string | null, createdAt: string, updatedAt: string, phonepeTransactionId: string | null, phonepeMerchantTransactionId: string | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateCheckoutSessionMutationVariables = Exact<{
  input: CreateCheckoutSessionInput;
}>;


export type CreateCheckoutSessionMutation = { createCheckoutSession: { url: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CancelSubscriptionMutationVariables = Exact<{
  input: SubscriptionChangeInput;
}>;


export type CancelSubscriptionMutation = { cancelSubscription: { billingSubscription: { id: string, workspaceId: string, userId: string | null, customerId: string | null, provider: BillingProvider, priceId: string | null, gatesPlan: boolean, plan: SubscriptionPlan | null, addonType: SubscriptionAddon | null, status: BillingSubscriptionStatus, quantity: number, amountMinor: number | null, currency: string, billingCycle: BillingCycle | null, cancelAtPeriodEnd: boolean, currentPeriodStart: string, currentPeriodEnd: string, trialStart: string | null, trialEnd: string | null, cancelAt: string | null, canceledAt: string | null, endedAt: string | null, planType: WorkspacePlanType | null, creatorLimit: number | null, userLimit: number | null, voiceModelLimit: number | null, storageLimitGb: number | null, budgetLimitMonthly: string | null, features: unknown, usageLimits: unknown, currentUsage: unknown, metadata: unknown, createdAt: string, updatedAt: string, providerSubscriptionId: string | null, latestInvoiceUrl: string | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ResumeSubscriptionMutationVariables = Exact<{
  input: SubscriptionChangeInput;
}>;


export type ResumeSubscriptionMutation = { resumeSubscription: { billingSubscription: { id: string, workspaceId: string, userId: string | null, customerId: string | null, provider: BillingProvider, priceId: string | null, gatesPlan: boolean, plan: SubscriptionPlan | null, addonType: SubscriptionAddon | null, status: BillingSubscriptionStatus, quantity: number, amountMinor: number | null, currency: string, billingCycle: BillingCycle | null, cancelAtPeriodEnd: boolean, currentPeriodStart: string, currentPeriodEnd: string, trialStart: string | null, trialEnd: string | null, cancelAt: string | null, canceledAt: string | null, endedAt: string | null, planType: WorkspacePlanType | null, creatorLimit: number | null, userLimit: number | null, voiceModelLimit: number | null, storageLimitGb: number | null, budgetLimitMonthly: string | null, features: unknown, usageLimits: unknown, currentUsage: unknown, metadata: unknown, createdAt: string, updatedAt: string, providerSubscriptionId: string | null, latestInvoiceUrl: string | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type GrantCreditsMutationVariables = Exact<{
  input: GrantCreditsInput;
}>;


export type GrantCreditsMutation = { grantCredits: { replayed: boolean, creditTransaction: { id: string, workspaceId: string, userId: string | null, transactionType: CreditTransactionType, creditsAmount: number, creditsBalanceAfter: number, reason: string | null, metadata: unknown, idempotencyKey: string | null, createdAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeductCreditsMutationVariables = Exact<{
  input: DeductCreditsInput;
}>;


export type DeductCreditsMutation = { deductCredits: { replayed: boolean, creditTransaction: { id: string, workspaceId: string, userId: string | null, transactionType: CreditTransactionType, creditsAmount: number, creditsBalanceAfter: number, reason: string | null, metadata: unknown, idempotencyKey: string | null, createdAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { product: { id: string, provider: CatalogueProvider, name: string, description: string | null, image: string | null, active: boolean, metadata: unknown, type: ProductType | null, contentCount: number | null, timePeriod: string | null, features: unknown, basePrice: number | null, currency: string, volumeDiscounts: unknown, createdAt: string, updatedAt: string, prices: Array<{ id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { product: { id: string, provider: CatalogueProvider, name: string, description: string | null, image: string | null, active: boolean, metadata: unknown, type: ProductType | null, contentCount: number | null, timePeriod: string | null, features: unknown, basePrice: number | null, currency: string, volumeDiscounts: unknown, createdAt: string, updatedAt: string, prices: Array<{ id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreatePriceMutationVariables = Exact<{
  input: CreatePriceInput;
}>;


export type CreatePriceMutation = { createPrice: { price: { id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdatePriceMutationVariables = Exact<{
  input: UpdatePriceInput;
}>;


export type UpdatePriceMutation = { updatePrice: { price: { id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateAiModelMutationVariables = Exact<{
  input: CreateAiModelInput;
}>;


export type CreateAiModelMutation = { createAiModel: { aiModel: { id: string, name: string, provider: AiModelProvider, openrouterId: string, description: string | null, logoKey: string | null, creditCost: string, modelType: AiModelType, maxContextTokens: number | null, supportsText: boolean, supportsImages: boolean, supportsAudio: boolean, isActive: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateAiModelMutationVariables = Exact<{
  input: UpdateAiModelInput;
}>;


export type UpdateAiModelMutation = { updateAiModel: { aiModel: { id: string, name: string, provider: AiModelProvider, openrouterId: string, description: string | null, logoKey: string | null, creditCost: string, modelType: AiModelType, maxContextTokens: number | null, supportsText: boolean, supportsImages: boolean, supportsAudio: boolean, isActive: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type OrderChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type OrderChangedSubscription = { orderChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type BusinessesQueryVariables = Exact<{
  workspaceId: string;
  filter?: BusinessFilter | null | undefined;
  orderBy?: ContentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BusinessesQuery = { workspace: { id: string, businesses: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, name: string, industry: string, website: string | null, businessType: string, primaryProduct: string, coreOfferDescription: string, audienceDemographics: unknown, audiencePsychographics: unknown, audienceJobRole: string | null, audiencePainPoints: Array<string>, audienceDesiredOutcomes: Array<string>, primaryTopics: Array<string>, toneOfVoice: string | null, brandKeywords: Array<string>, competitors: Array<string>, primaryCta: string | null, awarenessStage: string | null, promotions: unknown, socialPlatforms: Array<string>, platformPreferences: unknown, competitorSocialAccounts: Array<string>, blogStyle: string | null, contentUpgradeType: string | null, emailTone: string | null, emailFrequency: string | null, listBuildingGoals: Array<string>, primaryContentGoal: string | null, revenueTargets: string | null, createdAt: string, updatedAt: string } }> } } | null };

export type ContentBundlesQueryVariables = Exact<{
  workspaceId: string;
  filter?: ContentBundleFilter | null | undefined;
  orderBy?: ContentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContentBundlesQuery = { workspace: { id: string, contentBundles: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, businessId: string, name: string, status: ContentBundleStatus, generationDate: string, timePeriod: string, createdAt: string, updatedAt: string } }> } } | null };

export type SocialPostsQueryVariables = Exact<{
  workspaceId: string;
  filter?: SocialPostFilter | null | undefined;
  orderBy?: ContentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SocialPostsQuery = { workspace: { id: string, socialPosts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, platform: SocialPlatform, content: string, status: SocialPostStatus, mediaPrompts: Array<string>, hashtags: Array<string>, scheduledFor: string | null, postType: SocialPostType | null, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } }> } } | null };

export type BlogPostsQueryVariables = Exact<{
  workspaceId: string;
  filter?: BlogPostFilter | null | undefined;
  orderBy?: ContentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BlogPostsQuery = { workspace: { id: string, blogPosts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, title: string, content: string, status: PublicationStatus, publishedAt: string | null, metaDescription: string | null, keywords: Array<string>, estimatedReadingTime: number | null, primaryCta: string | null, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } }> } } | null };

export type ContentUpgradesQueryVariables = Exact<{
  workspaceId: string;
  filter?: ContentUpgradeFilter | null | undefined;
  orderBy?: ContentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContentUpgradesQuery = { workspace: { id: string, contentUpgrades: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, businessId: string, blogPostId: string | null, title: string, type: ContentUpgradeType | null, content: string | null, description: string | null, fileUrl: string | null, status: PublicationStatus, downloadMetrics: unknown, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } }> } } | null };

export type EmailSequencesQueryVariables = Exact<{
  workspaceId: string;
  filter?: EmailSequenceFilter | null | undefined;
  orderBy?: ContentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EmailSequencesQuery = { workspace: { id: string, emailSequences: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, name: string, description: string | null, sequenceGoal: SequenceGoal, totalEmails: number, status: EmailSequenceStatus, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, createdAt: string, updatedAt: string } }> } } | null };

export type ManagedUrlsQueryVariables = Exact<{
  workspaceId: string;
  filter?: ManagedUrlFilter | null | undefined;
  orderBy?: ManagedUrlOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ManagedUrlsQuery = { workspace: { id: string, managedUrls: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, businessId: string, sourceType: ContentItemType, sourceId: string, url: string, utmParams: unknown, clickCount: number, lastCheckedAt: string | null, isValid: boolean, createdAt: string, effectiveLink: string, redirectPath: string } }> } } | null };

export type EspIntegrationsQueryVariables = Exact<{
  workspaceId: string;
  filter?: EspIntegrationFilter | null | undefined;
  orderBy?: ContentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EspIntegrationsQuery = { workspace: { id: string, espIntegrations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, businessId: string, provider: EspProvider, settings: unknown, lastSyncAt: string | null, syncStatus: EspSyncStatus, errorLog: unknown, createdAt: string, updatedAt: string } }> } } | null };

export type BusinessQueryVariables = Exact<{
  id: string;
  bundlesFirst?: number;
}>;


export type BusinessQuery = { business: { id: string, workspaceId: string, userId: string, name: string, industry: string, website: string | null, businessType: string, primaryProduct: string, coreOfferDescription: string, audienceDemographics: unknown, audiencePsychographics: unknown, audienceJobRole: string | null, audiencePainPoints: Array<string>, audienceDesiredOutcomes: Array<string>, primaryTopics: Array<string>, toneOfVoice: string | null, brandKeywords: Array<string>, competitors: Array<string>, primaryCta: string | null, awarenessStage: string | null, promotions: unknown, socialPlatforms: Array<string>, platformPreferences: unknown, competitorSocialAccounts: Array<string>, blogStyle: string | null, contentUpgradeType: string | null, emailTone: string | null, emailFrequency: string | null, listBuildingGoals: Array<string>, primaryContentGoal: string | null, revenueTargets: string | null, createdAt: string, updatedAt: string, contentBundles: Array<{ id: string, workspaceId: string, userId: string, businessId: string, name: string, status: ContentBundleStatus, generationDate: string, timePeriod: string, createdAt: string, updatedAt: string }> } | null };

export type ContentBundleQueryVariables = Exact<{
  id: string;
  itemsFirst?: number;
}>;


export type ContentBundleQuery = { contentBundle: { id: string, workspaceId: string, userId: string, businessId: string, name: string, status: ContentBundleStatus, generationDate: string, timePeriod: string, createdAt: string, updatedAt: string, business: { id: string, name: string }, socialPosts: Array<{ id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, platform: SocialPlatform, content: string, status: SocialPostStatus, mediaPrompts: Array<string>, hashtags: Array<string>, scheduledFor: string | null, postType: SocialPostType | null, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string }>, blogPosts: Array<{ id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, title: string, content: string, status: PublicationStatus, publishedAt: string | null, metaDescription: string | null, keywords: Array<string>, estimatedReadingTime: number | null, primaryCta: string | null, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string }>, emailSequences: Array<{ id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, name: string, description: string | null, sequenceGoal: SequenceGoal, totalEmails: number, status: EmailSequenceStatus, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, createdAt: string, updatedAt: string }> } | null };

export type SocialPostQueryVariables = Exact<{
  id: string;
  versionsFirst?: number;
}>;


export type SocialPostQuery = { socialPost: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, platform: SocialPlatform, content: string, status: SocialPostStatus, mediaPrompts: Array<string>, hashtags: Array<string>, scheduledFor: string | null, postType: SocialPostType | null, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string, business: { id: string, name: string }, bundle: { id: string, name: string } | null, previousItem:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, nextItem:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, versions: Array<{ id: string, workspaceId: string, userId: string, businessId: string, entityType: ContentItemType, entityId: string, versionNumber: number, content: string, reason: string | null, performanceSnapshot: unknown, createdBy: string, createdAt: string }> } | null };

export type BlogPostQueryVariables = Exact<{
  id: string;
  upgradesFirst?: number;
  versionsFirst?: number;
}>;


export type BlogPostQuery = { blogPost: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, title: string, content: string, status: PublicationStatus, publishedAt: string | null, metaDescription: string | null, keywords: Array<string>, estimatedReadingTime: number | null, primaryCta: string | null, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string, business: { id: string, name: string }, bundle: { id: string, name: string } | null, contentUpgrades: Array<{ id: string, workspaceId: string, userId: string, businessId: string, blogPostId: string | null, title: string, type: ContentUpgradeType | null, content: string | null, description: string | null, fileUrl: string | null, status: PublicationStatus, downloadMetrics: unknown, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string }>, previousItem:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, nextItem:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, versions: Array<{ id: string, workspaceId: string, userId: string, businessId: string, entityType: ContentItemType, entityId: string, versionNumber: number, content: string, reason: string | null, performanceSnapshot: unknown, createdBy: string, createdAt: string }> } | null };

export type ContentUpgradeQueryVariables = Exact<{
  id: string;
  versionsFirst?: number;
}>;


export type ContentUpgradeQuery = { contentUpgrade: { id: string, workspaceId: string, userId: string, businessId: string, blogPostId: string | null, title: string, type: ContentUpgradeType | null, content: string | null, description: string | null, fileUrl: string | null, status: PublicationStatus, downloadMetrics: unknown, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string, business: { id: string, name: string }, blogPost: { id: string, title: string } | null, previousItem:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, nextItem:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, versions: Array<{ id: string, workspaceId: string, userId: string, businessId: string, entityType: ContentItemType, entityId: string, versionNumber: number, content: string, reason: string | null, performanceSnapshot: unknown, createdBy: string, createdAt: string }> } | null };

export type EmailSequenceQueryVariables = Exact<{
  id: string;
  emailsFirst?: number;
  versionsFirst?: number;
}>;


export type EmailSequenceQuery = { emailSequence: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, name: string, description: string | null, sequenceGoal: SequenceGoal, totalEmails: number, status: EmailSequenceStatus, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, createdAt: string, updatedAt: string, business: { id: string, name: string }, bundle: { id: string, name: string } | null, emails: Array<{ id: string, workspaceId: string, userId: string, sequenceId: string, subjectLine: string, content: string, sequencePosition: number, delayDays: number, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, createdAt: string, updatedAt: string }>, previousItem:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, nextItem:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, versions: Array<{ id: string, workspaceId: string, userId: string, businessId: string, entityType: ContentItemType, entityId: string, versionNumber: number, content: string, reason: string | null, performanceSnapshot: unknown, createdBy: string, createdAt: string }> } | null };

export type EmailQueryVariables = Exact<{
  id: string;
  versionsFirst?: number;
}>;


export type EmailQuery = { email: { id: string, workspaceId: string, userId: string, sequenceId: string, subjectLine: string, content: string, sequencePosition: number, delayDays: number, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, createdAt: string, updatedAt: string, sequence: { id: string, name: string, totalEmails: number }, versions: Array<{ id: string, workspaceId: string, userId: string, businessId: string, entityType: ContentItemType, entityId: string, versionNumber: number, content: string, reason: string | null, performanceSnapshot: unknown, createdBy: string, createdAt: string }> } | null };

export type ContentVersionQueryVariables = Exact<{
  id: string;
}>;


export type ContentVersionQuery = { contentVersion: { id: string, workspaceId: string, userId: string, businessId: string, entityType: ContentItemType, entityId: string, versionNumber: number, content: string, reason: string | null, performanceSnapshot: unknown, createdBy: string, createdAt: string } | null };

export type ManagedUrlQueryVariables = Exact<{
  id: string;
}>;


export type ManagedUrlQuery = { managedUrl: { id: string, workspaceId: string, userId: string, businessId: string, sourceType: ContentItemType, sourceId: string, url: string, utmParams: unknown, clickCount: number, lastCheckedAt: string | null, isValid: boolean, createdAt: string, effectiveLink: string, redirectPath: string, business: { id: string, name: string } } | null };

export type EspIntegrationQueryVariables = Exact<{
  id: string;
}>;


export type EspIntegrationQuery = { espIntegration: { id: string, workspaceId: string, userId: string, businessId: string, provider: EspProvider, settings: unknown, lastSyncAt: string | null, syncStatus: EspSyncStatus, errorLog: unknown, createdAt: string, updatedAt: string, business: { id: string, name: string } } | null };

export type ContentFlowQueryVariables = Exact<{
  socialPostId: string;
  emailsFirst?: number;
}>;


export type ContentFlowQuery = { socialPost: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, platform: SocialPlatform, content: string, status: SocialPostStatus, mediaPrompts: Array<string>, hashtags: Array<string>, scheduledFor: string | null, postType: SocialPostType | null, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string, nextItem:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, contentUpgrades: Array<{ id: string, title: string }>, nextItem:
          | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
          | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, nextItem:
              | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
              | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
              | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, emails: Array<{ id: string, subjectLine: string, sequencePosition: number, delayDays: number }> }
              | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
             | null }
          | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, emails: Array<{ id: string, subjectLine: string, sequencePosition: number, delayDays: number }> }
          | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
         | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, nextItem:
          | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
          | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
          | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, emails: Array<{ id: string, subjectLine: string, sequencePosition: number, delayDays: number }> }
          | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
         | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null } | null };

export type CreateBusinessMutationVariables = Exact<{
  input: CreateBusinessInput;
}>;


export type CreateBusinessMutation = { createBusiness: { business: { id: string, workspaceId: string, userId: string, name: string, industry: string, website: string | null, businessType: string, primaryProduct: string, coreOfferDescription: string, audienceDemographics: unknown, audiencePsychographics: unknown, audienceJobRole: string | null, audiencePainPoints: Array<string>, audienceDesiredOutcomes: Array<string>, primaryTopics: Array<string>, toneOfVoice: string | null, brandKeywords: Array<string>, competitors: Array<string>, primaryCta: string | null, awarenessStage: string | null, promotions: unknown, socialPlatforms: Array<string>, platformPreferences: unknown, competitorSocialAccounts: Array<string>, blogStyle: string | null, contentUpgradeType: string | null, emailTone: string | null, emailFrequency: string | null, listBuildingGoals: Array<string>, primaryContentGoal: string | null, revenueTargets: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateBusinessMutationVariables = Exact<{
  input: UpdateBusinessInput;
}>;


export type UpdateBusinessMutation = { updateBusiness: { business: { id: string, workspaceId: string, userId: string, name: string, industry: string, website: string | null, businessType: string, primaryProduct: string, coreOfferDescription: string, audienceDemographics: unknown, audiencePsychographics: unknown, audienceJobRole: string | null, audiencePainPoints: Array<string>, audienceDesiredOutcomes: Array<string>, primaryTopics: Array<string>, toneOfVoice: string | null, brandKeywords: Array<string>, competitors: Array<string>, primaryCta: string | null, awarenessStage: string | null, promotions: unknown, socialPlatforms: Array<string>, platformPreferences: unknown, competitorSocialAccounts: Array<string>, blogStyle: string | null, contentUpgradeType: string | null, emailTone: string | null, emailFrequency: string | null, listBuildingGoals: Array<string>, primaryContentGoal: string | null, revenueTargets: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteBusinessMutationVariables = Exact<{
  input: DeleteContentInput;
}>;


export type DeleteBusinessMutation = { deleteBusiness: { deletedId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateContentBundleMutationVariables = Exact<{
  input: CreateContentBundleInput;
}>;


export type CreateContentBundleMutation = { createContentBundle: { contentBundle: { id: string, workspaceId: string, userId: string, businessId: string, name: string, status: ContentBundleStatus, generationDate: string, timePeriod: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateContentBundleMutationVariables = Exact<{
  input: UpdateContentBundleInput;
}>;


export type UpdateContentBundleMutation = { updateContentBundle: { contentBundle: { id: string, workspaceId: string, userId: string, businessId: string, name: string, status: ContentBundleStatus, generationDate: string, timePeriod: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteContentBundleMutationVariables = Exact<{
  input: DeleteContentInput;
}>;


export type DeleteContentBundleMutation = { deleteContentBundle: { deletedId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateSocialPostMutationVariables = Exact<{
  input: CreateSocialPostInput;
}>;


export type CreateSocialPostMutation = { createSocialPost: { socialPost: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, platform: SocialPlatform, content: string, status: SocialPostStatus, mediaPrompts: Array<string>, hashtags: Array<string>, scheduledFor: string | null, postType: SocialPostType | null, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateSocialPostMutationVariables = Exact<{
  input: UpdateSocialPostInput;
}>;


export type UpdateSocialPostMutation = { updateSocialPost: { socialPost: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, platform: SocialPlatform, content: string, status: SocialPostStatus, mediaPrompts: Array<string>, hashtags: Array<string>, scheduledFor: string | null, postType: SocialPostType | null, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteSocialPostMutationVariables = Exact<{
  input: DeleteContentInput;
}>;


export type DeleteSocialPostMutation = { deleteSocialPost: { deletedId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateSocialPostVariantMutationVariables = Exact<{
  input: CreateSocialPostVariantInput;
}>;


export type CreateSocialPostVariantMutation = { createSocialPostVariant: { socialPost: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, platform: SocialPlatform, content: string, status: SocialPostStatus, mediaPrompts: Array<string>, hashtags: Array<string>, scheduledFor: string | null, postType: SocialPostType | null, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateBlogPostMutationVariables = Exact<{
  input: CreateBlogPostInput;
}>;


export type CreateBlogPostMutation = { createBlogPost: { blogPost: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, title: string, content: string, status: PublicationStatus, publishedAt: string | null, metaDescription: string | null, keywords: Array<string>, estimatedReadingTime: number | null, primaryCta: string | null, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateBlogPostMutationVariables = Exact<{
  input: UpdateBlogPostInput;
}>;


export type UpdateBlogPostMutation = { updateBlogPost: { blogPost: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, title: string, content: string, status: PublicationStatus, publishedAt: string | null, metaDescription: string | null, keywords: Array<string>, estimatedReadingTime: number | null, primaryCta: string | null, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteBlogPostMutationVariables = Exact<{
  input: DeleteContentInput;
}>;


export type DeleteBlogPostMutation = { deleteBlogPost: { deletedId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateBlogPostVariantMutationVariables = Exact<{
  input: CreateBlogPostVariantInput;
}>;


export type CreateBlogPostVariantMutation = { createBlogPostVariant: { blogPost: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, title: string, content: string, status: PublicationStatus, publishedAt: string | null, metaDescription: string | null, keywords: Array<string>, estimatedReadingTime: number | null, primaryCta: string | null, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateContentUpgradeMutationVariables = Exact<{
  input: CreateContentUpgradeInput;
}>;


export type CreateContentUpgradeMutation = { createContentUpgrade: { contentUpgrade: { id: string, workspaceId: string, userId: string, businessId: string, blogPostId: string | null, title: string, type: ContentUpgradeType | null, content: string | null, description: string | null, fileUrl: string | null, status: PublicationStatus, downloadMetrics: unknown, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateContentUpgradeMutationVariables = Exact<{
  input: UpdateContentUpgradeInput;
}>;


export type UpdateContentUpgradeMutation = { updateContentUpgrade: { contentUpgrade: { id: string, workspaceId: string, userId: string, businessId: string, blogPostId: string | null, title: string, type: ContentUpgradeType | null, content: string | null, description: string | null, fileUrl: string | null, status: PublicationStatus, downloadMetrics: unknown, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteContentUpgradeMutationVariables = Exact<{
  input: DeleteContentInput;
}>;


export type DeleteContentUpgradeMutation = { deleteContentUpgrade: { deletedId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateEmailSequenceMutationVariables = Exact<{
  input: CreateEmailSequenceInput;
}>;


export type CreateEmailSequenceMutation = { createEmailSequence: { emailSequence: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, name: string, description: string | null, sequenceGoal: SequenceGoal, totalEmails: number, status: EmailSequenceStatus, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateEmailSequenceMutationVariables = Exact<{
  input: UpdateEmailSequenceInput;
}>;


export type UpdateEmailSequenceMutation = { updateEmailSequence: { emailSequence: { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, name: string, description: string | null, sequenceGoal: SequenceGoal, totalEmails: number, status: EmailSequenceStatus, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteEmailSequenceMutationVariables = Exact<{
  input: DeleteContentInput;
}>;


export type DeleteEmailSequenceMutation = { deleteEmailSequence: { deletedId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type AddEmailMutationVariables = Exact<{
  input: AddEmailInput;
}>;


export type AddEmailMutation = { addEmail: { email: { id: string, workspaceId: string, userId: string, sequenceId: string, subjectLine: string, content: string, sequencePosition: number, delayDays: number, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateEmailMutationVariables = Exact<{
  input: UpdateEmailInput;
}>;


export type UpdateEmailMutation = { updateEmail: { email: { id: string, workspaceId: string, userId: string, sequenceId: string, subjectLine: string, content: string, sequencePosition: number, delayDays: number, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type MoveEmailMutationVariables = Exact<{
  input: MoveEmailInput;
}>;


export type MoveEmailMutation = { moveEmail: { email: { id: string, workspaceId: string, userId: string, sequenceId: string, subjectLine: string, content: string, sequencePosition: number, delayDays: number, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RemoveEmailMutationVariables = Exact<{
  input: RemoveEmailInput;
}>;


export type RemoveEmailMutation = { removeEmail: { removedEmailIds: Array<string> | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateEmailVariantMutationVariables = Exact<{
  input: CreateEmailVariantInput;
}>;


export type CreateEmailVariantMutation = { createEmailVariant: { email: { id: string, workspaceId: string, userId: string, sequenceId: string, subjectLine: string, content: string, sequencePosition: number, delayDays: number, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type LinkSocialPostNextMutationVariables = Exact<{
  input: LinkNextInput;
}>;


export type LinkSocialPostNextMutation = { linkSocialPostNext: { item:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, next:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type LinkBlogPostNextMutationVariables = Exact<{
  input: LinkNextInput;
}>;


export type LinkBlogPostNextMutation = { linkBlogPostNext: { item:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, next:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type LinkContentUpgradeNextMutationVariables = Exact<{
  input: LinkNextInput;
}>;


export type LinkContentUpgradeNextMutation = { linkContentUpgradeNext: { item:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, next:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type LinkEmailSequenceNextMutationVariables = Exact<{
  input: LinkNextInput;
}>;


export type LinkEmailSequenceNextMutation = { linkEmailSequenceNext: { item:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, next:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UnlinkSocialPostNextMutationVariables = Exact<{
  input: UnlinkNextInput;
}>;


export type UnlinkSocialPostNextMutation = { unlinkSocialPostNext: { item:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, next:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UnlinkBlogPostNextMutationVariables = Exact<{
  input: UnlinkNextInput;
}>;


export type UnlinkBlogPostNextMutation = { unlinkBlogPostNext: { item:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, next:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UnlinkContentUpgradeNextMutationVariables = Exact<{
  input: UnlinkNextInput;
}>;


export type UnlinkContentUpgradeNextMutation = { unlinkContentUpgradeNext: { item:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, next:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UnlinkEmailSequenceNextMutationVariables = Exact<{
  input: UnlinkNextInput;
}>;


export type UnlinkEmailSequenceNextMutation = { unlinkEmailSequenceNext: { item:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, next:
      | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
      | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
     | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeclareWinnerMutationVariables = Exact<{
  input: DeclareWinnerInput;
}>;


export type DeclareWinnerMutation = { declareWinner: { winner:
      | { __typename: 'BlogPost', id: string, title: string, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null }
      | { __typename: 'Email', id: string, subjectLine: string, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null }
      | { __typename: 'SocialPost', id: string, content: string, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null }
     | null, members: Array<
      | { __typename: 'BlogPost', id: string, title: string, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null }
      | { __typename: 'Email', id: string, subjectLine: string, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null }
      | { __typename: 'SocialPost', id: string, content: string, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null }
    > | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RestoreContentVersionMutationVariables = Exact<{
  input: RestoreContentVersionInput;
}>;


export type RestoreContentVersionMutation = { restoreContentVersion: { contentVersion: { id: string, workspaceId: string, userId: string, businessId: string, entityType: ContentItemType, entityId: string, versionNumber: number, content: string, reason: string | null, performanceSnapshot: unknown, createdBy: string, createdAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateManagedUrlMutationVariables = Exact<{
  input: CreateManagedUrlInput;
}>;


export type CreateManagedUrlMutation = { createManagedUrl: { managedUrl: { id: string, workspaceId: string, userId: string, businessId: string, sourceType: ContentItemType, sourceId: string, url: string, utmParams: unknown, clickCount: number, lastCheckedAt: string | null, isValid: boolean, createdAt: string, effectiveLink: string, redirectPath: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateManagedUrlMutationVariables = Exact<{
  input: UpdateManagedUrlInput;
}>;


export type UpdateManagedUrlMutation = { updateManagedUrl: { managedUrl: { id: string, workspaceId: string, userId: string, businessId: string, sourceType: ContentItemType, sourceId: string, url: string, utmParams: unknown, clickCount: number, lastCheckedAt: string | null, isValid: boolean, createdAt: string, effectiveLink: string, redirectPath: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteManagedUrlMutationVariables = Exact<{
  input: DeleteContentInput;
}>;


export type DeleteManagedUrlMutation = { deleteManagedUrl: { deletedId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ConnectEspIntegrationMutationVariables = Exact<{
  input: ConnectEspIntegrationInput;
}>;


export type ConnectEspIntegrationMutation = { connectEspIntegration: { espIntegration: { id: string, workspaceId: string, userId: string, businessId: string, provider: EspProvider, settings: unknown, lastSyncAt: string | null, syncStatus: EspSyncStatus, errorLog: unknown, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateEspIntegrationMutationVariables = Exact<{
  input: UpdateEspIntegrationInput;
}>;


export type UpdateEspIntegrationMutation = { updateEspIntegration: { espIntegration: { id: string, workspaceId: string, userId: string, businessId: string, provider: EspProvider, settings: unknown, lastSyncAt: string | null, syncStatus: EspSyncStatus, errorLog: unknown, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DisconnectEspIntegrationMutationVariables = Exact<{
  input: DeleteContentInput;
}>;


export type DisconnectEspIntegrationMutation = { disconnectEspIntegration: { deletedId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type SyncEspIntegrationMutationVariables = Exact<{
  input: SyncEspIntegrationInput;
}>;


export type SyncEspIntegrationMutation = { syncEspIntegration: { espIntegration: { id: string, workspaceId: string, userId: string, businessId: string, provider: EspProvider, settings: unknown, lastSyncAt: string | null, syncStatus: EspSyncStatus, errorLog: unknown, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ContentBundleChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type ContentBundleChangedSubscription = { contentBundleChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type SocialPostChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type SocialPostChangedSubscription = { socialPostChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type BlogPostChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type BlogPostChangedSubscription = { blogPostChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type EmailSequenceChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type EmailSequenceChangedSubscription = { emailSequenceChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type EspIntegrationChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type EspIntegrationChangedSubscription = { espIntegrationChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type ActionsQueryVariables = Exact<{
  workspaceId: string;
  filter?: ActionFilter | null | undefined;
  orderBy?: ActionOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActionsQuery = { workspace: { id: string, actions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } } | null };

export type ActionQueryVariables = Exact<{
  id: string;
}>;


export type ActionQuery = { action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null } | null };

export type CreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type CreateActionMutation = { createAction: { action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type UpdateActionMutation = { updateAction: { action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type SetActionStateMutationVariables = Exact<{
  input: SetActionStateInput;
}>;


export type SetActionStateMutation = { setActionState: { action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteActionMutationVariables = Exact<{
  input: DeleteActionInput;
}>;


export type DeleteActionMutation = { deleteAction: { deletedActionId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ActionChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type ActionChangedSubscription = { actionChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type CalendarConnectionsQueryVariables = Exact<{
  workspaceId: string;
  filter?: CalendarConnectionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CalendarConnectionsQuery = { workspace: { id: string, calendarConnections: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string } }> } } | null };

export type CalendarConnectionQueryVariables = Exact<{
  id: string;
  logsFirst?: number;
}>;


export type CalendarConnectionQuery = { calendarConnection: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string, syncLogs: Array<{ id: string, calendarConnectionId: string, operation: CalendarSyncOperation, status: CalendarSyncStatus, errorMessage: string | null, syncDate: string | null, freeMinutes: number | null, createdAt: string }> } | null };

export type ConnectCalendarMutationVariables = Exact<{
  input: ConnectCalendarInput;
}>;


export type ConnectCalendarMutation = { connectCalendar: { calendarConnection: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DisconnectCalendarMutationVariables = Exact<{
  input: DisconnectCalendarInput;
}>;


export type DisconnectCalendarMutation = { disconnectCalendar: { calendarConnection: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RecordCalendarSyncMutationVariables = Exact<{
  input: RecordCalendarSyncInput;
}>;


export type RecordCalendarSyncMutation = { recordCalendarSync: { calendarConnection: { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string } | null, syncLog: { id: string, calendarConnectionId: string, operation: CalendarSyncOperation, status: CalendarSyncStatus, errorMessage: string | null, syncDate: string | null, freeMinutes: number | null, createdAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type LeadsQueryVariables = Exact<{
  workspaceId: string;
  filter?: LeadFilter | null | undefined;
  orderBy?: LeadOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsQuery = { workspace: { id: string, leads: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } }> } } | null };

export type LeadQueryVariables = Exact<{
  id: string;
  actionsFirst?: number;
  actionStates?: Array<ActionState> | ActionState | null | undefined;
}>;


export type LeadQuery = { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string, actions: Array<{ id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string }> } | null };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type SnoozeLeadMutationVariables = Exact<{
  input: SnoozeLeadInput;
}>;


export type SnoozeLeadMutation = { snoozeLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UnsnoozeLeadMutationVariables = Exact<{
  input: UnsnoozeLeadInput;
}>;


export type UnsnoozeLeadMutation = { unsnoozeLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ArchiveLeadMutationVariables = Exact<{
  input: ArchiveLeadInput;
}>;


export type ArchiveLeadMutation = { archiveLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RestoreLeadMutationVariables = Exact<{
  input: RestoreLeadInput;
}>;


export type RestoreLeadMutation = { restoreLead: { lead: { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DailyPlanQueryVariables = Exact<{
  workspaceId: string;
  date: string;
}>;


export type DailyPlanQuery = { workspace: { id: string, dailyPlan: { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } | null } | null };

export type DailyPlanByIdQueryVariables = Exact<{
  id: string;
}>;


export type DailyPlanByIdQuery = { dailyPlanById: { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } | null };

export type DailyPlansQueryVariables = Exact<{
  workspaceId: string;
  filter?: DailyPlanFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DailyPlansQuery = { workspace: { id: string, dailyPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } }> } } | null };

export type GenerateDailyPlanMutationVariables = Exact<{
  input: GenerateDailyPlanInput;
}>;


export type GenerateDailyPlanMutation = { generateDailyPlan: { dailyPlan: { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DailyPlanChangedSubscriptionVariables = Exact<{
  workspaceId: string;
}>;


export type DailyPlanChangedSubscription = { dailyPlanChanged: { id: string, workspaceId: string, op: ChangeOp } };

export type CrmStatsQueryVariables = Exact<{
  workspaceId: string;
}>;


export type CrmStatsQuery = { workspace: { id: string, crmStats: { workspaceId: string, userId: string, streakCount: number, lastActionDate: string | null, calendarConnected: boolean } } | null };

export type WeeklySummariesQueryVariables = Exact<{
  workspaceId: string;
  filter?: WeeklySummaryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WeeklySummariesQuery = { workspace: { id: string, weeklySummaries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, weekStartDate: string, daysActive: number, actionsCompleted: number, replies: number, callsBooked: number, insightText: string, narrativeSummary: string | null, nextWeekFocus: string, generatedAt: string, createdAt: string, updatedAt: string } }> } } | null };

export type WeeklySummaryQueryVariables = Exact<{
  id: string;
}>;


export type WeeklySummaryQuery = { weeklySummary: { id: string, workspaceId: string, userId: string, weekStartDate: string, daysActive: number, actionsCompleted: number, replies: number, callsBooked: number, insightText: string, narrativeSummary: string | null, nextWeekFocus: string, generatedAt: string, createdAt: string, updatedAt: string, contentPrompts: Array<{ id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string }> } | null };

export type GenerateWeeklySummaryMutationVariables = Exact<{
  input: GenerateWeeklySummaryInput;
}>;


export type GenerateWeeklySummaryMutation = { generateWeeklySummary: { weeklySummary: { id: string, workspaceId: string, userId: string, weekStartDate: string, daysActive: number, actionsCompleted: number, replies: number, callsBooked: number, insightText: string, narrativeSummary: string | null, nextWeekFocus: string, generatedAt: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ContentPromptsQueryVariables = Exact<{
  workspaceId: string;
  filter?: ContentPromptFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ContentPromptsQuery = { workspace: { id: string, contentPrompts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string } }> } } | null };

export type ContentPromptQueryVariables = Exact<{
  id: string;
}>;


export type ContentPromptQuery = { contentPrompt: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string, weeklySummary: { id: string, weekStartDate: string } | null } | null };

export type CreateContentPromptMutationVariables = Exact<{
  input: CreateContentPromptInput;
}>;


export type CreateContentPromptMutation = { createContentPrompt: { contentPrompt: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type CreateContentPromptsFromSummaryMutationVariables = Exact<{
  input: CreateContentPromptsFromSummaryInput;
}>;


export type CreateContentPromptsFromSummaryMutation = { createContentPromptsFromSummary: { contentPrompts: Array<{ id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string }> | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateContentPromptMutationVariables = Exact<{
  input: UpdateContentPromptInput;
}>;


export type UpdateContentPromptMutation = { updateContentPrompt: { contentPrompt: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type SetContentPromptStatusMutationVariables = Exact<{
  input: SetContentPromptStatusInput;
}>;


export type SetContentPromptStatusMutation = { setContentPromptStatus: { contentPrompt: { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type FeatureFlagsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeatureFlagsQuery = { featureFlags: Array<{ name: string, description: string | null, enabled: boolean }> };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: Array<string>, message: string };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type UserFieldsFragment = { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string };

export type WorkspaceFieldsFragment = { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } };

export type MemberFieldsFragment = { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null };

export type LeadFieldsFragment = { id: string, workspaceId: string, userId: string, name: string, url: string, notes: string | null, status: LeadStatus, snoozeUntil: string | null, createdAt: string, updatedAt: string };

export type ActionFieldsFragment = { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string };

export type DailyPlanFieldsFragment = { id: string, workspaceId: string, userId: string, date: string, focusStatement: string | null, capacity: CapacityLevel, freeMinutes: number | null, generatedAt: string, createdAt: string, updatedAt: string, items: Array<{ position: number, isFastWin: boolean, action: { id: string, workspaceId: string, userId: string, leadId: string | null, actionType: ActionType, state: ActionState, description: string | null, dueDate: string, completedAt: string | null, repliedAt: string | null, snoozeUntil: string | null, notes: string | null, autoCreated: boolean, createdAt: string, updatedAt: string, lead: { id: string, name: string, status: LeadStatus } | null } }> };

export type WeeklySummaryFieldsFragment = { id: string, workspaceId: string, userId: string, weekStartDate: string, daysActive: number, actionsCompleted: number, replies: number, callsBooked: number, insightText: string, narrativeSummary: string | null, nextWeekFocus: string, generatedAt: string, createdAt: string, updatedAt: string };

export type ContentPromptFieldsFragment = { id: string, workspaceId: string, userId: string, weeklySummaryId: string | null, type: ContentPromptType, content: string, status: ContentPromptStatus, savedAt: string, createdAt: string, updatedAt: string };

export type CalendarConnectionFieldsFragment = { id: string, workspaceId: string, userId: string, provider: CalendarProvider, calendarId: string, status: CalendarConnectionStatus, expiresAt: string | null, lastSyncAt: string | null, errorMessage: string | null, createdAt: string, updatedAt: string };

export type CalendarSyncLogFieldsFragment = { id: string, calendarConnectionId: string, operation: CalendarSyncOperation, status: CalendarSyncStatus, errorMessage: string | null, syncDate: string | null, freeMinutes: number | null, createdAt: string };

export type CrmStatsFieldsFragment = { workspaceId: string, userId: string, streakCount: number, lastActionDate: string | null, calendarConnected: boolean };

export type BusinessFieldsFragment = { id: string, workspaceId: string, userId: string, name: string, industry: string, website: string | null, businessType: string, primaryProduct: string, coreOfferDescription: string, audienceDemographics: unknown, audiencePsychographics: unknown, audienceJobRole: string | null, audiencePainPoints: Array<string>, audienceDesiredOutcomes: Array<string>, primaryTopics: Array<string>, toneOfVoice: string | null, brandKeywords: Array<string>, competitors: Array<string>, primaryCta: string | null, awarenessStage: string | null, promotions: unknown, socialPlatforms: Array<string>, platformPreferences: unknown, competitorSocialAccounts: Array<string>, blogStyle: string | null, contentUpgradeType: string | null, emailTone: string | null, emailFrequency: string | null, listBuildingGoals: Array<string>, primaryContentGoal: string | null, revenueTargets: string | null, createdAt: string, updatedAt: string };

export type ContentBundleFieldsFragment = { id: string, workspaceId: string, userId: string, businessId: string, name: string, status: ContentBundleStatus, generationDate: string, timePeriod: string, createdAt: string, updatedAt: string };

export type SocialPostFieldsFragment = { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, platform: SocialPlatform, content: string, status: SocialPostStatus, mediaPrompts: Array<string>, hashtags: Array<string>, scheduledFor: string | null, postType: SocialPostType | null, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string };

export type BlogPostFieldsFragment = { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, title: string, content: string, status: PublicationStatus, publishedAt: string | null, metaDescription: string | null, keywords: Array<string>, estimatedReadingTime: number | null, primaryCta: string | null, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string };

export type ContentUpgradeFieldsFragment = { id: string, workspaceId: string, userId: string, businessId: string, blogPostId: string | null, title: string, type: ContentUpgradeType | null, content: string | null, description: string | null, fileUrl: string | null, status: PublicationStatus, downloadMetrics: unknown, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, ctaText: string | null, ctaUrl: string | null, createdAt: string, updatedAt: string };

export type EmailSequenceFieldsFragment = { id: string, workspaceId: string, userId: string, businessId: string, bundleId: string | null, name: string, description: string | null, sequenceGoal: SequenceGoal, totalEmails: number, status: EmailSequenceStatus, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null, conversionGoal: ConversionGoal, createdAt: string, updatedAt: string };

export type EmailFieldsFragment = { id: string, workspaceId: string, userId: string, sequenceId: string, subjectLine: string, content: string, sequencePosition: number, delayDays: number, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null, createdAt: string, updatedAt: string };

export type ContentVersionFieldsFragment = { id: string, workspaceId: string, userId: string, businessId: string, entityType: ContentItemType, entityId: string, versionNumber: number, content: string, reason: string | null, performanceSnapshot: unknown, createdBy: string, createdAt: string };

type ContentItemFields_BlogPost_Fragment = { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null };

type ContentItemFields_ContentUpgrade_Fragment = { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null };

type ContentItemFields_EmailSequence_Fragment = { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null };

type ContentItemFields_SocialPost_Fragment = { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null };

export type ContentItemFieldsFragment =
  | ContentItemFields_BlogPost_Fragment
  | ContentItemFields_ContentUpgrade_Fragment
  | ContentItemFields_EmailSequence_Fragment
  | ContentItemFields_SocialPost_Fragment
;

type AbVariantFields_BlogPost_Fragment = { __typename: 'BlogPost', id: string, title: string, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null };

type AbVariantFields_Email_Fragment = { __typename: 'Email', id: string, subjectLine: string, performanceMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null };

type AbVariantFields_SocialPost_Fragment = { __typename: 'SocialPost', id: string, content: string, engagementMetrics: unknown, isVariant: boolean, variantGroupId: string | null, isWinner: boolean | null, winningThreshold: number | null };

export type AbVariantFieldsFragment =
  | AbVariantFields_BlogPost_Fragment
  | AbVariantFields_Email_Fragment
  | AbVariantFields_SocialPost_Fragment
;

export type EspIntegrationFieldsFragment = { id: string, workspaceId: string, userId: string, businessId: string, provider: EspProvider, settings: unknown, lastSyncAt: string | null, syncStatus: EspSyncStatus, errorLog: unknown, createdAt: string, updatedAt: string };

export type ManagedUrlFieldsFragment = { id: string, workspaceId: string, userId: string, businessId: string, sourceType: ContentItemType, sourceId: string, url: string, utmParams: unknown, clickCount: number, lastCheckedAt: string | null, isValid: boolean, createdAt: string, effectiveLink: string, redirectPath: string };

export type ContentFlowPayloadFieldsFragment = { item:
    | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
    | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
    | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
    | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
   | null, next:
    | { __typename: 'BlogPost', id: string, title: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
    | { __typename: 'ContentUpgrade', id: string, title: string, type: ContentUpgradeType | null, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
    | { __typename: 'EmailSequence', id: string, name: string, totalEmails: number, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
    | { __typename: 'SocialPost', id: string, platform: SocialPlatform, content: string, nextActionType: ContentItemType | null, nextActionId: string | null, previousActionType: ContentItemType | null, previousActionId: string | null }
   | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> };

export type PriceFieldsFragment = { id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string };

export type ProductFieldsFragment = { id: string, provider: CatalogueProvider, name: string, description: string | null, image: string | null, active: boolean, metadata: unknown, type: ProductType | null, contentCount: number | null, timePeriod: string | null, features: unknown, basePrice: number | null, currency: string, volumeDiscounts: unknown, createdAt: string, updatedAt: string, prices: Array<{ id: string, productId: string, provider: CatalogueProvider, description: string | null, unitAmount: number, currency: string, type: PriceType, interval: PriceInterval | null, intervalCount: number, trialPeriodDays: number, active: boolean, metadata: unknown, createdAt: string, updatedAt: string }> };

export type AiModelFieldsFragment = { id: string, name: string, provider: AiModelProvider, openrouterId: string, description: string | null, logoKey: string | null, creditCost: string, modelType: AiModelType, maxContextTokens: number | null, supportsText: boolean, supportsImages: boolean, supportsAudio: boolean, isActive: boolean, createdAt: string, updatedAt: string };

export type OrderFieldsFragment = { id: string, workspaceId: string, userId: string | null, businessId: string | null, status: OrderStatus, totalAmount: number, currency: string, paymentStatus: string | null, paymentMethod: string | null, metadata: unknown, idempotencyKey: string | null, createdAt: string, updatedAt: string, paymentIntentId: string | null, items: Array<{ id: string, orderId: string, productId: string, quantity: number, unitPrice: number, discountAmount: number, subtotal: number, contentBundleId: string | null, options: unknown, createdAt: string, product: { id: string, name: string, type: ProductType | null } | null }> };

export type PaymentFieldsFragment = { id: string, workspaceId: string, userId: string | null, orderId: string | null, subscriptionId: string | null, amount: number, gstAmount: number, totalAmount: number, currency: string, status: PaymentStatus, paymentMethod: string | null, completedAt: string | null, createdAt: string, updatedAt: string, phonepeTransactionId: string | null, phonepeMerchantTransactionId: string | null };

export type BillingSubscriptionFieldsFragment = { id: string, workspaceId: string, userId: string | null, customerId: string | null, provider: BillingProvider, priceId: string | null, gatesPlan: boolean, plan: SubscriptionPlan | null, addonType: SubscriptionAddon | null, status: BillingSubscriptionStatus, quantity: number, amountMinor: number | null, currency: string, billingCycle: BillingCycle | null, cancelAtPeriodEnd: boolean, currentPeriodStart: string, currentPeriodEnd: string, trialStart: string | null, trialEnd: string | null, cancelAt: string | null, canceledAt: string | null, endedAt: string | null, planType: WorkspacePlanType | null, creatorLimit: number | null, userLimit: number | null, voiceModelLimit: number | null, storageLimitGb: number | null, budgetLimitMonthly: string | null, features: unknown, usageLimits: unknown, currentUsage: unknown, metadata: unknown, createdAt: string, updatedAt: string, providerSubscriptionId: string | null, latestInvoiceUrl: string | null };

export type SubscriptionInvoiceFieldsFragment = { id: string, workspaceId: string, subscriptionId: string, amount: number, currency: string, status: SubscriptionInvoiceStatus, billingPeriodStart: string, billingPeriodEnd: string, createdAt: string, updatedAt: string, stripeInvoiceId: string | null, paymentIntentId: string | null, hostedInvoiceUrl: string | null };

export type UserCreditFieldsFragment = { id: string, workspaceId: string, userId: string | null, subscriptionId: string | null, creditsBalance: number, planCredits: number, nextResetAt: string | null, storageUsedMb: number, createdAt: string, updatedAt: string };

export type CreditTransactionFieldsFragment = { id: string, workspaceId: string, userId: string | null, transactionType: CreditTransactionType, creditsAmount: number, creditsBalanceAfter: number, reason: string | null, metadata: unknown, idempotencyKey: string | null, createdAt: string };

export type UsageRecordFieldsFragment = { id: string, workspaceId: string, userId: string, date: string, tokensUsed: number, costUsd: string, agentUsage: unknown, createdAt: string, updatedAt: string };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: { member: { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { member: { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: { removedUserId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type LeaveWorkspaceMutationVariables = Exact<{
  input: LeaveWorkspaceInput;
}>;


export type LeaveWorkspaceMutation = { leaveWorkspace: { removedUserId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type MembershipChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MembershipChangedSubscription = { membershipChanged: { workspaceId: string, kind: MembershipChangeKind } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string }, memberships: Array<{ role: WorkspaceRole, workspace: { id: string, name: string, slug: string, isPersonal: boolean } }>, flags: Array<{ name: string, enabled: boolean }> } };

export type UserQueryVariables = Exact<{
  id: string;
}>;


export type UserQuery = { user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type WorkspaceQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
}>;


export type WorkspaceQuery = { workspace: { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } } | null };

export type WorkspaceMembersQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceMembersQuery = { workspace: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { userId: string, role: WorkspaceRole, joinedAt: string, user: { id: string, email: string, fullName: string | null, firstName: string | null, lastName: string | null, avatarUrl: string | null, timezone: string } | null } }> } } | null };

export type WorkspaceApiKeysQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceApiKeysQuery = { workspace: { id: string, apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, expiresAt: string | null, isActive: boolean, revokedAt: string | null, rateLimit: number, usageCount: number, lastUsedAt: string | null, createdAt: string, createdBy: { id: string, email: string } | null } }> } } | null };

export type WorkspaceAuditLogsQueryVariables = Exact<{
  id?: string | null | undefined;
  slug?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceAuditLogsQuery = { workspace: { id: string, auditLogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, entityType: string, entityId: string, action: string, changes: unknown, apiKeyId: string | null, aiGenerated: boolean, aiModel: string | null, createdAt: string, actor: { id: string, email: string } | null } }> } } | null };

export type CreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { workspace: { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type UpdateWorkspaceMutationVariables = Exact<{
  input: UpdateWorkspaceInput;
}>;


export type UpdateWorkspaceMutation = { updateWorkspace: { workspace: { id: string, name: string, slug: string, isPersonal: boolean, billingEmail: string | null, settings: unknown, viewerRole: WorkspaceRole, createdAt: string, updatedAt: string, plan: { tier: string, status: string, planType: string, userLimit: number } } | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type DeleteWorkspaceMutationVariables = Exact<{
  input: DeleteWorkspaceInput;
}>;


export type DeleteWorkspaceMutation = { deleteWorkspace: { deletedWorkspaceId: string | null, errors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const WorkspaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}
    `, {"fragmentName":"WorkspaceFields"}) as unknown as TypedDocumentString<WorkspaceFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`, {"fragmentName":"MemberFields"}) as unknown as TypedDocumentString<MemberFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const LeadFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}
    `, {"fragmentName":"LeadFields"}) as unknown as TypedDocumentString<LeadFieldsFragment, unknown>;
export const ActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
    `, {"fragmentName":"ActionFields"}) as unknown as TypedDocumentString<ActionFieldsFragment, unknown>;
export const DailyPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}
    fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"fragmentName":"DailyPlanFields"}) as unknown as TypedDocumentString<DailyPlanFieldsFragment, unknown>;
export const WeeklySummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment WeeklySummaryFields on WeeklySummary {
  id
  workspaceId
  userId
  weekStartDate
  daysActive
  actionsCompleted
  replies
  callsBooked
  insightText
  narrativeSummary
  nextWeekFocus
  generatedAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"WeeklySummaryFields"}) as unknown as TypedDocumentString<WeeklySummaryFieldsFragment, unknown>;
export const ContentPromptFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"ContentPromptFields"}) as unknown as TypedDocumentString<ContentPromptFieldsFragment, unknown>;
export const CalendarConnectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}
    `, {"fragmentName":"CalendarConnectionFields"}) as unknown as TypedDocumentString<CalendarConnectionFieldsFragment, unknown>;
export const CalendarSyncLogFieldsFragmentDoc = new TypedDocumentString(`
    fragment CalendarSyncLogFields on CalendarSyncLog {
  id
  calendarConnectionId
  operation
  status
  errorMessage
  syncDate
  freeMinutes
  createdAt
}
    `, {"fragmentName":"CalendarSyncLogFields"}) as unknown as TypedDocumentString<CalendarSyncLogFieldsFragment, unknown>;
export const CrmStatsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CrmStatsFields on CrmStats {
  workspaceId
  userId
  streakCount
  lastActionDate
  calendarConnected
}
    `, {"fragmentName":"CrmStatsFields"}) as unknown as TypedDocumentString<CrmStatsFieldsFragment, unknown>;
export const BusinessFieldsFragmentDoc = new TypedDocumentString(`
    fragment BusinessFields on Business {
  id
  workspaceId
  userId
  name
  industry
  website
  businessType
  primaryProduct
  coreOfferDescription
  audienceDemographics
  audiencePsychographics
  audienceJobRole
  audiencePainPoints
  audienceDesiredOutcomes
  primaryTopics
  toneOfVoice
  brandKeywords
  competitors
  primaryCta
  awarenessStage
  promotions
  socialPlatforms
  platformPreferences
  competitorSocialAccounts
  blogStyle
  contentUpgradeType
  emailTone
  emailFrequency
  listBuildingGoals
  primaryContentGoal
  revenueTargets
  createdAt
  updatedAt
}
    `, {"fragmentName":"BusinessFields"}) as unknown as TypedDocumentString<BusinessFieldsFragment, unknown>;
export const ContentBundleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentBundleFields on ContentBundle {
  id
  workspaceId
  userId
  businessId
  name
  status
  generationDate
  timePeriod
  createdAt
  updatedAt
}
    `, {"fragmentName":"ContentBundleFields"}) as unknown as TypedDocumentString<ContentBundleFieldsFragment, unknown>;
export const SocialPostFieldsFragmentDoc = new TypedDocumentString(`
    fragment SocialPostFields on SocialPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  platform
  content
  status
  mediaPrompts
  hashtags
  scheduledFor
  postType
  engagementMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
    `, {"fragmentName":"SocialPostFields"}) as unknown as TypedDocumentString<SocialPostFieldsFragment, unknown>;
export const BlogPostFieldsFragmentDoc = new TypedDocumentString(`
    fragment BlogPostFields on BlogPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  title
  content
  status
  publishedAt
  metaDescription
  keywords
  estimatedReadingTime
  primaryCta
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
    `, {"fragmentName":"BlogPostFields"}) as unknown as TypedDocumentString<BlogPostFieldsFragment, unknown>;
export const ContentUpgradeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentUpgradeFields on ContentUpgrade {
  id
  workspaceId
  userId
  businessId
  blogPostId
  title
  type
  content
  description
  fileUrl
  status
  downloadMetrics
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
    `, {"fragmentName":"ContentUpgradeFields"}) as unknown as TypedDocumentString<ContentUpgradeFieldsFragment, unknown>;
export const EmailSequenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EmailSequenceFields on EmailSequence {
  id
  workspaceId
  userId
  businessId
  bundleId
  name
  description
  sequenceGoal
  totalEmails
  status
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  createdAt
  updatedAt
}
    `, {"fragmentName":"EmailSequenceFields"}) as unknown as TypedDocumentString<EmailSequenceFieldsFragment, unknown>;
export const EmailFieldsFragmentDoc = new TypedDocumentString(`
    fragment EmailFields on Email {
  id
  workspaceId
  userId
  sequenceId
  subjectLine
  content
  sequencePosition
  delayDays
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  createdAt
  updatedAt
}
    `, {"fragmentName":"EmailFields"}) as unknown as TypedDocumentString<EmailFieldsFragment, unknown>;
export const ContentVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentVersionFields on ContentVersion {
  id
  workspaceId
  userId
  businessId
  entityType
  entityId
  versionNumber
  content
  reason
  performanceSnapshot
  createdBy
  createdAt
}
    `, {"fragmentName":"ContentVersionFields"}) as unknown as TypedDocumentString<ContentVersionFieldsFragment, unknown>;
export const AbVariantFieldsFragmentDoc = new TypedDocumentString(`
    fragment AbVariantFields on AbVariant {
  __typename
  ... on SocialPost {
    id
    content
    engagementMetrics
    isVariant
    variantGroupId
    isWinner
    winningThreshold
  }
  ... on BlogPost {
    id
    title
    performanceMetrics
    isVariant
    variantGroupId
    isWinner
    winningThreshold
  }
  ... on Email {
    id
    subjectLine
    performanceMetrics
    isVariant
    variantGroupId
    isWinner
    winningThreshold
  }
}
    `, {"fragmentName":"AbVariantFields"}) as unknown as TypedDocumentString<AbVariantFieldsFragment, unknown>;
export const EspIntegrationFieldsFragmentDoc = new TypedDocumentString(`
    fragment EspIntegrationFields on EspIntegration {
  id
  workspaceId
  userId
  businessId
  provider
  settings
  lastSyncAt
  syncStatus
  errorLog
  createdAt
  updatedAt
}
    `, {"fragmentName":"EspIntegrationFields"}) as unknown as TypedDocumentString<EspIntegrationFieldsFragment, unknown>;
export const ManagedUrlFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManagedUrlFields on ManagedUrl {
  id
  workspaceId
  userId
  businessId
  sourceType
  sourceId
  url
  utmParams
  clickCount
  lastCheckedAt
  isValid
  createdAt
  effectiveLink
  redirectPath
}
    `, {"fragmentName":"ManagedUrlFields"}) as unknown as TypedDocumentString<ManagedUrlFieldsFragment, unknown>;
export const ContentItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}
    `, {"fragmentName":"ContentItemFields"}) as unknown as TypedDocumentString<ContentItemFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  field
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const ContentFlowPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentFlowPayloadFields on ContentFlowPayload {
  item {
    ...ContentItemFields
  }
  next {
    ...ContentItemFields
  }
  errors {
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}`, {"fragmentName":"ContentFlowPayloadFields"}) as unknown as TypedDocumentString<ContentFlowPayloadFieldsFragment, unknown>;
export const PriceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}
    `, {"fragmentName":"PriceFields"}) as unknown as TypedDocumentString<PriceFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFields on Product {
  id
  provider
  name
  description
  image
  active
  metadata
  type
  contentCount
  timePeriod
  features
  basePrice
  currency
  volumeDiscounts
  createdAt
  updatedAt
  prices {
    ...PriceFields
  }
}
    fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}`, {"fragmentName":"ProductFields"}) as unknown as TypedDocumentString<ProductFieldsFragment, unknown>;
export const AiModelFieldsFragmentDoc = new TypedDocumentString(`
    fragment AiModelFields on AiModel {
  id
  name
  provider
  openrouterId
  description
  logoKey
  creditCost
  modelType
  maxContextTokens
  supportsText
  supportsImages
  supportsAudio
  isActive
  createdAt
  updatedAt
}
    `, {"fragmentName":"AiModelFields"}) as unknown as TypedDocumentString<AiModelFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderFields on Order {
  id
  workspaceId
  userId
  businessId
  status
  totalAmount
  currency
  paymentStatus
  paymentMethod
  metadata
  idempotencyKey
  createdAt
  updatedAt
  paymentIntentId
  items {
    id
    orderId
    productId
    quantity
    unitPrice
    discountAmount
    subtotal
    contentBundleId
    options
    createdAt
    product {
      id
      name
      type
    }
  }
}
    `, {"fragmentName":"OrderFields"}) as unknown as TypedDocumentString<OrderFieldsFragment, unknown>;
export const PaymentFieldsFragmentDoc = new TypedDocumentString(`
    fragment PaymentFields on Payment {
  id
  workspaceId
  userId
  orderId
  subscriptionId
  amount
  gstAmount
  totalAmount
  currency
  status
  paymentMethod
  completedAt
  createdAt
  updatedAt
  phonepeTransactionId
  phonepeMerchantTransactionId
}
    `, {"fragmentName":"PaymentFields"}) as unknown as TypedDocumentString<PaymentFieldsFragment, unknown>;
export const BillingSubscriptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment BillingSubscriptionFields on BillingSubscription {
  id
  workspaceId
  userId
  customerId
  provider
  priceId
  gatesPlan
  plan
  addonType
  status
  quantity
  amountMinor
  currency
  billingCycle
  cancelAtPeriodEnd
  currentPeriodStart
  currentPeriodEnd
  trialStart
  trialEnd
  cancelAt
  canceledAt
  endedAt
  planType
  creatorLimit
  userLimit
  voiceModelLimit
  storageLimitGb
  budgetLimitMonthly
  features
  usageLimits
  currentUsage
  metadata
  createdAt
  updatedAt
  providerSubscriptionId
  latestInvoiceUrl
}
    `, {"fragmentName":"BillingSubscriptionFields"}) as unknown as TypedDocumentString<BillingSubscriptionFieldsFragment, unknown>;
export const SubscriptionInvoiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubscriptionInvoiceFields on SubscriptionInvoice {
  id
  workspaceId
  subscriptionId
  amount
  currency
  status
  billingPeriodStart
  billingPeriodEnd
  createdAt
  updatedAt
  stripeInvoiceId
  paymentIntentId
  hostedInvoiceUrl
}
    `, {"fragmentName":"SubscriptionInvoiceFields"}) as unknown as TypedDocumentString<SubscriptionInvoiceFieldsFragment, unknown>;
export const UserCreditFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserCreditFields on UserCredit {
  id
  workspaceId
  userId
  subscriptionId
  creditsBalance
  planCredits
  nextResetAt
  storageUsedMb
  createdAt
  updatedAt
}
    `, {"fragmentName":"UserCreditFields"}) as unknown as TypedDocumentString<UserCreditFieldsFragment, unknown>;
export const CreditTransactionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CreditTransactionFields on CreditTransaction {
  id
  workspaceId
  userId
  transactionType
  creditsAmount
  creditsBalanceAfter
  reason
  metadata
  idempotencyKey
  createdAt
}
    `, {"fragmentName":"CreditTransactionFields"}) as unknown as TypedDocumentString<CreditTransactionFieldsFragment, unknown>;
export const UsageRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment UsageRecordFields on UsageRecord {
  id
  workspaceId
  userId
  date
  tokensUsed
  costUsd
  agentUsage
  createdAt
  updatedAt
}
    `, {"fragmentName":"UsageRecordFields"}) as unknown as TypedDocumentString<UsageRecordFieldsFragment, unknown>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    plaintextKey
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}`, {"hash":"sha256:e04f3d0670c15543e229bd10d6c09c605dce732ee086db2f75fc390087049674"}) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      ...ApiKeyFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}`, {"hash":"sha256:40a63e30ca5d9c9f46729315b2333d90c6f9d15b89ff28e36a63a9c445e36cdb"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($filter: ProductFilter, $first: Int, $after: String) {
  products(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ProductFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}
fragment ProductFields on Product {
  id
  provider
  name
  description
  image
  active
  metadata
  type
  contentCount
  timePeriod
  features
  basePrice
  currency
  volumeDiscounts
  createdAt
  updatedAt
  prices {
    ...PriceFields
  }
}`, {"hash":"sha256:886c85a047c01b7d7557cb67504ae3e2f997d42ab685b22cc58bbd9c49586b2f"}) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const ProductDocument = new TypedDocumentString(`
    query Product($id: UUID!) {
  product(id: $id) {
    ...ProductFields
  }
}
    fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}
fragment ProductFields on Product {
  id
  provider
  name
  description
  image
  active
  metadata
  type
  contentCount
  timePeriod
  features
  basePrice
  currency
  volumeDiscounts
  createdAt
  updatedAt
  prices {
    ...PriceFields
  }
}`, {"hash":"sha256:68b0dea6c3dec3a4ab2c963ccc5ec0f57a3d1751cf32014744acf91bedc7a143"}) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;
export const AiModelsDocument = new TypedDocumentString(`
    query AiModels($includeInactive: Boolean! = false, $first: Int, $after: String) {
  aiModels(includeInactive: $includeInactive, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...AiModelFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment AiModelFields on AiModel {
  id
  name
  provider
  openrouterId
  description
  logoKey
  creditCost
  modelType
  maxContextTokens
  supportsText
  supportsImages
  supportsAudio
  isActive
  createdAt
  updatedAt
}`, {"hash":"sha256:9d282b7e6e4c5a62855c674c020f137232debbd318c24075170276ab22953be9"}) as unknown as TypedDocumentString<AiModelsQuery, AiModelsQueryVariables>;
export const AiModelDocument = new TypedDocumentString(`
    query AiModel($id: UUID!) {
  aiModel(id: $id) {
    ...AiModelFields
  }
}
    fragment AiModelFields on AiModel {
  id
  name
  provider
  openrouterId
  description
  logoKey
  creditCost
  modelType
  maxContextTokens
  supportsText
  supportsImages
  supportsAudio
  isActive
  createdAt
  updatedAt
}`, {"hash":"sha256:a554530fb81670197d267363e152973349af6d30c9a41038be273be1f1169f99"}) as unknown as TypedDocumentString<AiModelQuery, AiModelQueryVariables>;
export const WorkspaceBillingDocument = new TypedDocumentString(`
    query WorkspaceBilling($workspaceId: UUID!, $subscriptionsFirst: Int = 10, $invoicesFirst: Int! = 5) {
  workspace(id: $workspaceId) {
    id
    plan {
      tier
      status
      planType
      creatorLimit
      userLimit
      voiceModelLimit
      storageLimitGb
      budgetLimitMonthly {
        amount
        currency
      }
    }
    billingSubscriptions(first: $subscriptionsFirst) {
      totalCount
      edges {
        node {
          ...BillingSubscriptionFields
          price {
            ...PriceFields
          }
          invoices(first: $invoicesFirst) {
            ...SubscriptionInvoiceFields
          }
        }
      }
    }
    credits {
      ...UserCreditFields
    }
    monthlyBudget {
      limitUsd
      spentUsd
      allowsMore
    }
  }
}
    fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}
fragment BillingSubscriptionFields on BillingSubscription {
  id
  workspaceId
  userId
  customerId
  provider
  priceId
  gatesPlan
  plan
  addonType
  status
  quantity
  amountMinor
  currency
  billingCycle
  cancelAtPeriodEnd
  currentPeriodStart
  currentPeriodEnd
  trialStart
  trialEnd
  cancelAt
  canceledAt
  endedAt
  planType
  creatorLimit
  userLimit
  voiceModelLimit
  storageLimitGb
  budgetLimitMonthly
  features
  usageLimits
  currentUsage
  metadata
  createdAt
  updatedAt
  providerSubscriptionId
  latestInvoiceUrl
}
fragment SubscriptionInvoiceFields on SubscriptionInvoice {
  id
  workspaceId
  subscriptionId
  amount
  currency
  status
  billingPeriodStart
  billingPeriodEnd
  createdAt
  updatedAt
  stripeInvoiceId
  paymentIntentId
  hostedInvoiceUrl
}
fragment UserCreditFields on UserCredit {
  id
  workspaceId
  userId
  subscriptionId
  creditsBalance
  planCredits
  nextResetAt
  storageUsedMb
  createdAt
  updatedAt
}`, {"hash":"sha256:f6d51dc14e7459e3f9045aba5714b4a1e297d2f5129fba6a8ea4edb1d9f2b47d"}) as unknown as TypedDocumentString<WorkspaceBillingQuery, WorkspaceBillingQueryVariables>;
export const WorkspaceBillingCustomerDocument = new TypedDocumentString(`
    query WorkspaceBillingCustomer($workspaceId: UUID!) {
  workspace(id: $workspaceId) {
    id
    billingCustomer {
      id
      workspaceId
      userId
      stripeCustomerId
      whopCustomerId
      defaultPaymentMethod
      currency
      createdAt
      updatedAt
    }
  }
}
    `, {"hash":"sha256:94fb3c53ad2257f28162731d561a9ba20e2c59286436908152ec413ebf27ad02"}) as unknown as TypedDocumentString<WorkspaceBillingCustomerQuery, WorkspaceBillingCustomerQueryVariables>;
export const WorkspaceSubscriptionsDocument = new TypedDocumentString(`
    query WorkspaceSubscriptions($workspaceId: UUID!, $filter: BillingSubscriptionFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    billingSubscriptions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...BillingSubscriptionFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BillingSubscriptionFields on BillingSubscription {
  id
  workspaceId
  userId
  customerId
  provider
  priceId
  gatesPlan
  plan
  addonType
  status
  quantity
  amountMinor
  currency
  billingCycle
  cancelAtPeriodEnd
  currentPeriodStart
  currentPeriodEnd
  trialStart
  trialEnd
  cancelAt
  canceledAt
  endedAt
  planType
  creatorLimit
  userLimit
  voiceModelLimit
  storageLimitGb
  budgetLimitMonthly
  features
  usageLimits
  currentUsage
  metadata
  createdAt
  updatedAt
  providerSubscriptionId
  latestInvoiceUrl
}`, {"hash":"sha256:2258160f242fef61bb0e6b9ce004228bfe0c1d3eb09792a4775c1b8c027c567e"}) as unknown as TypedDocumentString<WorkspaceSubscriptionsQuery, WorkspaceSubscriptionsQueryVariables>;
export const WorkspaceSubscriptionInvoicesDocument = new TypedDocumentString(`
    query WorkspaceSubscriptionInvoices($workspaceId: UUID!, $filter: SubscriptionInvoiceFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    subscriptionInvoices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...SubscriptionInvoiceFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment SubscriptionInvoiceFields on SubscriptionInvoice {
  id
  workspaceId
  subscriptionId
  amount
  currency
  status
  billingPeriodStart
  billingPeriodEnd
  createdAt
  updatedAt
  stripeInvoiceId
  paymentIntentId
  hostedInvoiceUrl
}`, {"hash":"sha256:6fb3be38ab580f8fd5fd121e869622228560fa6d33518a3a515b7e6a0c4ba839"}) as unknown as TypedDocumentString<WorkspaceSubscriptionInvoicesQuery, WorkspaceSubscriptionInvoicesQueryVariables>;
export const WorkspaceOrdersDocument = new TypedDocumentString(`
    query WorkspaceOrders($workspaceId: UUID!, $filter: OrderFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    orders(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...OrderFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment OrderFields on Order {
  id
  workspaceId
  userId
  businessId
  status
  totalAmount
  currency
  paymentStatus
  paymentMethod
  metadata
  idempotencyKey
  createdAt
  updatedAt
  paymentIntentId
  items {
    id
    orderId
    productId
    quantity
    unitPrice
    discountAmount
    subtotal
    contentBundleId
    options
    createdAt
    product {
      id
      name
      type
    }
  }
}`, {"hash":"sha256:8f75b56ac1b679b6328a8fd8cdc5c40f785bda3d46d41d49bbf9b1419eb61f95"}) as unknown as TypedDocumentString<WorkspaceOrdersQuery, WorkspaceOrdersQueryVariables>;
export const WorkspacePaymentsDocument = new TypedDocumentString(`
    query WorkspacePayments($workspaceId: UUID!, $filter: PaymentFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    payments(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...PaymentFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PaymentFields on Payment {
  id
  workspaceId
  userId
  orderId
  subscriptionId
  amount
  gstAmount
  totalAmount
  currency
  status
  paymentMethod
  completedAt
  createdAt
  updatedAt
  phonepeTransactionId
  phonepeMerchantTransactionId
}`, {"hash":"sha256:d6a1857a4eb966c84d9c7e644c738f4ec92544ba346d9221127abf206118e329"}) as unknown as TypedDocumentString<WorkspacePaymentsQuery, WorkspacePaymentsQueryVariables>;
export const CreditLedgerDocument = new TypedDocumentString(`
    query CreditLedger($workspaceId: UUID!, $types: [CreditTransactionType!], $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    credits {
      ...UserCreditFields
      transactions(types: $types, first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            ...CreditTransactionFields
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment UserCreditFields on UserCredit {
  id
  workspaceId
  userId
  subscriptionId
  creditsBalance
  planCredits
  nextResetAt
  storageUsedMb
  createdAt
  updatedAt
}
fragment CreditTransactionFields on CreditTransaction {
  id
  workspaceId
  userId
  transactionType
  creditsAmount
  creditsBalanceAfter
  reason
  metadata
  idempotencyKey
  createdAt
}`, {"hash":"sha256:2bb75e764b33e1896fe3b82f250073bb5ac54dec902d9bb097765656682ab0dd"}) as unknown as TypedDocumentString<CreditLedgerQuery, CreditLedgerQueryVariables>;
export const UsageRecordsDocument = new TypedDocumentString(`
    query UsageRecords($workspaceId: UUID!, $filter: UsageRecordFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    usageRecords(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...UsageRecordFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment UsageRecordFields on UsageRecord {
  id
  workspaceId
  userId
  date
  tokensUsed
  costUsd
  agentUsage
  createdAt
  updatedAt
}`, {"hash":"sha256:ef1bf2b109bf0c5647fb33a0455c61231945138ae56ec7f2b8ccd48f50585395"}) as unknown as TypedDocumentString<UsageRecordsQuery, UsageRecordsQueryVariables>;
export const AccountUsageStatsDocument = new TypedDocumentString(`
    query AccountUsageStats($workspaceId: UUID!, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    accountUsageStats(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          workspaceId
          statDate
          projectsCreated
          contentPiecesAdded
          scriptsGenerated
          voiceGenerations
          avatarGenerations
          totalCreditsUsed
          storageUsedGb
          createdAt
          updatedAt
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:e9250192566d94e36fc4346c46626025bdd853c9756cd2484aa540469610b34a"}) as unknown as TypedDocumentString<AccountUsageStatsQuery, AccountUsageStatsQueryVariables>;
export const ApiUsageLogsDocument = new TypedDocumentString(`
    query ApiUsageLogs($workspaceId: UUID!, $serviceName: String, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    apiUsageLogs(serviceName: $serviceName, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          workspaceId
          userId
          serviceName
          endpoint
          requestType
          tokensUsed
          creditsCost
          responseTimeMs
          statusCode
          errorMessage
          createdAt
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:265196febac0fcbe6becb81b08d5ca82928c19dd46b014a2108044b5a3a08e16"}) as unknown as TypedDocumentString<ApiUsageLogsQuery, ApiUsageLogsQueryVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: UUID!) {
  order(id: $id) {
    ...OrderFields
  }
}
    fragment OrderFields on Order {
  id
  workspaceId
  userId
  businessId
  status
  totalAmount
  currency
  paymentStatus
  paymentMethod
  metadata
  idempotencyKey
  createdAt
  updatedAt
  paymentIntentId
  items {
    id
    orderId
    productId
    quantity
    unitPrice
    discountAmount
    subtotal
    contentBundleId
    options
    createdAt
    product {
      id
      name
      type
    }
  }
}`, {"hash":"sha256:c58b872789274a9654ec27620725f9da33ad515b29930271b67c0f335e11ea2c"}) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const PaymentDocument = new TypedDocumentString(`
    query Payment($id: UUID!) {
  payment(id: $id) {
    ...PaymentFields
    order {
      id
      status
      totalAmount
      currency
    }
    subscription {
      id
      status
      plan
    }
  }
}
    fragment PaymentFields on Payment {
  id
  workspaceId
  userId
  orderId
  subscriptionId
  amount
  gstAmount
  totalAmount
  currency
  status
  paymentMethod
  completedAt
  createdAt
  updatedAt
  phonepeTransactionId
  phonepeMerchantTransactionId
}`, {"hash":"sha256:135c6389f3a61c0226c90a010039a3476c9735b9f87db2f478e7cbdc17edac39"}) as unknown as TypedDocumentString<PaymentQuery, PaymentQueryVariables>;
export const BillingSubscriptionDocument = new TypedDocumentString(`
    query BillingSubscription($id: UUID!, $invoicesFirst: Int! = 10) {
  billingSubscription(id: $id) {
    ...BillingSubscriptionFields
    price {
      ...PriceFields
    }
    invoices(first: $invoicesFirst) {
      ...SubscriptionInvoiceFields
    }
  }
}
    fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}
fragment BillingSubscriptionFields on BillingSubscription {
  id
  workspaceId
  userId
  customerId
  provider
  priceId
  gatesPlan
  plan
  addonType
  status
  quantity
  amountMinor
  currency
  billingCycle
  cancelAtPeriodEnd
  currentPeriodStart
  currentPeriodEnd
  trialStart
  trialEnd
  cancelAt
  canceledAt
  endedAt
  planType
  creatorLimit
  userLimit
  voiceModelLimit
  storageLimitGb
  budgetLimitMonthly
  features
  usageLimits
  currentUsage
  metadata
  createdAt
  updatedAt
  providerSubscriptionId
  latestInvoiceUrl
}
fragment SubscriptionInvoiceFields on SubscriptionInvoice {
  id
  workspaceId
  subscriptionId
  amount
  currency
  status
  billingPeriodStart
  billingPeriodEnd
  createdAt
  updatedAt
  stripeInvoiceId
  paymentIntentId
  hostedInvoiceUrl
}`, {"hash":"sha256:ad16ee8b540c9096e858db5ac98a0c1686206429a73d0201f6de0f851cdc53c6"}) as unknown as TypedDocumentString<BillingSubscriptionQuery, BillingSubscriptionQueryVariables>;
export const SubscriptionInvoiceDocument = new TypedDocumentString(`
    query SubscriptionInvoice($id: UUID!) {
  subscriptionInvoice(id: $id) {
    ...SubscriptionInvoiceFields
    subscription {
      id
      status
      plan
    }
  }
}
    fragment SubscriptionInvoiceFields on SubscriptionInvoice {
  id
  workspaceId
  subscriptionId
  amount
  currency
  status
  billingPeriodStart
  billingPeriodEnd
  createdAt
  updatedAt
  stripeInvoiceId
  paymentIntentId
  hostedInvoiceUrl
}`, {"hash":"sha256:e6dc88c34076478ef24e81ef6a8f0f7d3278131259192c207d785d4611f7f1b8"}) as unknown as TypedDocumentString<SubscriptionInvoiceQuery, SubscriptionInvoiceQueryVariables>;
export const CreateOrderDocument = new TypedDocumentString(`
    mutation CreateOrder($input: CreateOrderInput!) {
  createOrder(input: $input) {
    order {
      ...OrderFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment OrderFields on Order {
  id
  workspaceId
  userId
  businessId
  status
  totalAmount
  currency
  paymentStatus
  paymentMethod
  metadata
  idempotencyKey
  createdAt
  updatedAt
  paymentIntentId
  items {
    id
    orderId
    productId
    quantity
    unitPrice
    discountAmount
    subtotal
    contentBundleId
    options
    createdAt
    product {
      id
      name
      type
    }
  }
}`, {"hash":"sha256:f9b2d0c89cba077d5842c1c635a0fa229ebd2383b531a458ecfa152fdac62879"}) as unknown as TypedDocumentString<CreateOrderMutation, CreateOrderMutationVariables>;
export const CreatePaymentDocument = new TypedDocumentString(`
    mutation CreatePayment($input: CreatePaymentInput!) {
  createPayment(input: $input) {
    payment {
      ...PaymentFields
    }
    redirectUrl
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment PaymentFields on Payment {
  id
  workspaceId
  userId
  orderId
  subscriptionId
  amount
  gstAmount
  totalAmount
  currency
  status
  paymentMethod
  completedAt
  createdAt
  updatedAt
  phonepeTransactionId
  phonepeMerchantTransactionId
}`, {"hash":"sha256:b733820be099aeeea16c8c28a3022e32d0f0b642bdd9c8ca3c1d7fc210ce8550"}) as unknown as TypedDocumentString<CreatePaymentMutation, CreatePaymentMutationVariables>;
export const CreateCheckoutSessionDocument = new TypedDocumentString(`
    mutation CreateCheckoutSession($input: CreateCheckoutSessionInput!) {
  createCheckoutSession(input: $input) {
    url
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:93a072be031263353505626668322da41429321930905785b4761abe915bd4a5"}) as unknown as TypedDocumentString<CreateCheckoutSessionMutation, CreateCheckoutSessionMutationVariables>;
export const CancelSubscriptionDocument = new TypedDocumentString(`
    mutation CancelSubscription($input: SubscriptionChangeInput!) {
  cancelSubscription(input: $input) {
    billingSubscription {
      ...BillingSubscriptionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment BillingSubscriptionFields on BillingSubscription {
  id
  workspaceId
  userId
  customerId
  provider
  priceId
  gatesPlan
  plan
  addonType
  status
  quantity
  amountMinor
  currency
  billingCycle
  cancelAtPeriodEnd
  currentPeriodStart
  currentPeriodEnd
  trialStart
  trialEnd
  cancelAt
  canceledAt
  endedAt
  planType
  creatorLimit
  userLimit
  voiceModelLimit
  storageLimitGb
  budgetLimitMonthly
  features
  usageLimits
  currentUsage
  metadata
  createdAt
  updatedAt
  providerSubscriptionId
  latestInvoiceUrl
}`, {"hash":"sha256:622edaa75150050dbc2d702a221666c97329ee8c6f1d4f53e1739f0906d76fd3"}) as unknown as TypedDocumentString<CancelSubscriptionMutation, CancelSubscriptionMutationVariables>;
export const ResumeSubscriptionDocument = new TypedDocumentString(`
    mutation ResumeSubscription($input: SubscriptionChangeInput!) {
  resumeSubscription(input: $input) {
    billingSubscription {
      ...BillingSubscriptionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment BillingSubscriptionFields on BillingSubscription {
  id
  workspaceId
  userId
  customerId
  provider
  priceId
  gatesPlan
  plan
  addonType
  status
  quantity
  amountMinor
  currency
  billingCycle
  cancelAtPeriodEnd
  currentPeriodStart
  currentPeriodEnd
  trialStart
  trialEnd
  cancelAt
  canceledAt
  endedAt
  planType
  creatorLimit
  userLimit
  voiceModelLimit
  storageLimitGb
  budgetLimitMonthly
  features
  usageLimits
  currentUsage
  metadata
  createdAt
  updatedAt
  providerSubscriptionId
  latestInvoiceUrl
}`, {"hash":"sha256:20438547505ead213b9f58662cf21f174646672028e106109b0217e3d2199ca4"}) as unknown as TypedDocumentString<ResumeSubscriptionMutation, ResumeSubscriptionMutationVariables>;
export const GrantCreditsDocument = new TypedDocumentString(`
    mutation GrantCredits($input: GrantCreditsInput!) {
  grantCredits(input: $input) {
    creditTransaction {
      ...CreditTransactionFields
    }
    replayed
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CreditTransactionFields on CreditTransaction {
  id
  workspaceId
  userId
  transactionType
  creditsAmount
  creditsBalanceAfter
  reason
  metadata
  idempotencyKey
  createdAt
}`, {"hash":"sha256:3776d282994b0c7a2435ae66923e8696538efdf91bb5c29cc778bffd5dce22ab"}) as unknown as TypedDocumentString<GrantCreditsMutation, GrantCreditsMutationVariables>;
export const DeductCreditsDocument = new TypedDocumentString(`
    mutation DeductCredits($input: DeductCreditsInput!) {
  deductCredits(input: $input) {
    creditTransaction {
      ...CreditTransactionFields
    }
    replayed
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CreditTransactionFields on CreditTransaction {
  id
  workspaceId
  userId
  transactionType
  creditsAmount
  creditsBalanceAfter
  reason
  metadata
  idempotencyKey
  createdAt
}`, {"hash":"sha256:8b31872286e28f7f6ec1d5cb224ff14d58dffa1e0e75c5fa865005fd5013362f"}) as unknown as TypedDocumentString<DeductCreditsMutation, DeductCreditsMutationVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    product {
      ...ProductFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}
fragment ProductFields on Product {
  id
  provider
  name
  description
  image
  active
  metadata
  type
  contentCount
  timePeriod
  features
  basePrice
  currency
  volumeDiscounts
  createdAt
  updatedAt
  prices {
    ...PriceFields
  }
}`, {"hash":"sha256:f0bb6a14e66aa237f09aaf5727c7a1fa9871bf6f7f16b4ee76735744bf454a46"}) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($input: UpdateProductInput!) {
  updateProduct(input: $input) {
    product {
      ...ProductFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}
fragment ProductFields on Product {
  id
  provider
  name
  description
  image
  active
  metadata
  type
  contentCount
  timePeriod
  features
  basePrice
  currency
  volumeDiscounts
  createdAt
  updatedAt
  prices {
    ...PriceFields
  }
}`, {"hash":"sha256:40d7385b0900eacf63cdf0e980452140b2ba98deb5d23843555a23bd239f682e"}) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const CreatePriceDocument = new TypedDocumentString(`
    mutation CreatePrice($input: CreatePriceInput!) {
  createPrice(input: $input) {
    price {
      ...PriceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}`, {"hash":"sha256:8824dbc1c8c5812b4f31a14f9d4e456ef3dc3513ca0ca08c0ed69aa163fb679c"}) as unknown as TypedDocumentString<CreatePriceMutation, CreatePriceMutationVariables>;
export const UpdatePriceDocument = new TypedDocumentString(`
    mutation UpdatePrice($input: UpdatePriceInput!) {
  updatePrice(input: $input) {
    price {
      ...PriceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment PriceFields on Price {
  id
  productId
  provider
  description
  unitAmount
  currency
  type
  interval
  intervalCount
  trialPeriodDays
  active
  metadata
  createdAt
  updatedAt
}`, {"hash":"sha256:12319e320d12bd62d1a732ce883b79163af9ce296c247a24e729f9ca516b2745"}) as unknown as TypedDocumentString<UpdatePriceMutation, UpdatePriceMutationVariables>;
export const CreateAiModelDocument = new TypedDocumentString(`
    mutation CreateAiModel($input: CreateAiModelInput!) {
  createAiModel(input: $input) {
    aiModel {
      ...AiModelFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment AiModelFields on AiModel {
  id
  name
  provider
  openrouterId
  description
  logoKey
  creditCost
  modelType
  maxContextTokens
  supportsText
  supportsImages
  supportsAudio
  isActive
  createdAt
  updatedAt
}`, {"hash":"sha256:d79f3f4df6c74a12a986b4ca76fa5c3a85b1efe4cf218e6ffa03e8603bfa064c"}) as unknown as TypedDocumentString<CreateAiModelMutation, CreateAiModelMutationVariables>;
export const UpdateAiModelDocument = new TypedDocumentString(`
    mutation UpdateAiModel($input: UpdateAiModelInput!) {
  updateAiModel(input: $input) {
    aiModel {
      ...AiModelFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment AiModelFields on AiModel {
  id
  name
  provider
  openrouterId
  description
  logoKey
  creditCost
  modelType
  maxContextTokens
  supportsText
  supportsImages
  supportsAudio
  isActive
  createdAt
  updatedAt
}`, {"hash":"sha256:efc451d2d967fc3982c714defd28f75176b4e836af932a1f281661226ac8c70f"}) as unknown as TypedDocumentString<UpdateAiModelMutation, UpdateAiModelMutationVariables>;
export const OrderChangedDocument = new TypedDocumentString(`
    subscription OrderChanged($workspaceId: UUID!) {
  orderChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:61f0a63169afe3059ed1121547276e2eaa29c3b8d21f24be8abc3f86920da5ff"}) as unknown as TypedDocumentString<OrderChangedSubscription, OrderChangedSubscriptionVariables>;
export const BusinessesDocument = new TypedDocumentString(`
    query Businesses($workspaceId: UUID!, $filter: BusinessFilter, $orderBy: ContentOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    businesses(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...BusinessFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BusinessFields on Business {
  id
  workspaceId
  userId
  name
  industry
  website
  businessType
  primaryProduct
  coreOfferDescription
  audienceDemographics
  audiencePsychographics
  audienceJobRole
  audiencePainPoints
  audienceDesiredOutcomes
  primaryTopics
  toneOfVoice
  brandKeywords
  competitors
  primaryCta
  awarenessStage
  promotions
  socialPlatforms
  platformPreferences
  competitorSocialAccounts
  blogStyle
  contentUpgradeType
  emailTone
  emailFrequency
  listBuildingGoals
  primaryContentGoal
  revenueTargets
  createdAt
  updatedAt
}`, {"hash":"sha256:ee44d397092d1fbf6a8053852a0b3bbc984c46697fba982f45280b5c4dde9153"}) as unknown as TypedDocumentString<BusinessesQuery, BusinessesQueryVariables>;
export const ContentBundlesDocument = new TypedDocumentString(`
    query ContentBundles($workspaceId: UUID!, $filter: ContentBundleFilter, $orderBy: ContentOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    contentBundles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ContentBundleFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ContentBundleFields on ContentBundle {
  id
  workspaceId
  userId
  businessId
  name
  status
  generationDate
  timePeriod
  createdAt
  updatedAt
}`, {"hash":"sha256:9306f92fb41286e3d71f480850b35ee9d26760730e605b1d04a0747474a33f4c"}) as unknown as TypedDocumentString<ContentBundlesQuery, ContentBundlesQueryVariables>;
export const SocialPostsDocument = new TypedDocumentString(`
    query SocialPosts($workspaceId: UUID!, $filter: SocialPostFilter, $orderBy: ContentOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    socialPosts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...SocialPostFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment SocialPostFields on SocialPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  platform
  content
  status
  mediaPrompts
  hashtags
  scheduledFor
  postType
  engagementMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:8ed16e19ebe9f72b5886d851353ecffe112577c44ff0573969e7ac74dfc153cc"}) as unknown as TypedDocumentString<SocialPostsQuery, SocialPostsQueryVariables>;
export const BlogPostsDocument = new TypedDocumentString(`
    query BlogPosts($workspaceId: UUID!, $filter: BlogPostFilter, $orderBy: ContentOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    blogPosts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...BlogPostFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment BlogPostFields on BlogPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  title
  content
  status
  publishedAt
  metaDescription
  keywords
  estimatedReadingTime
  primaryCta
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:04ef4cf6cb162236b1e1fac09d9a898d2656b47f723986d1abad2501ff6a6f52"}) as unknown as TypedDocumentString<BlogPostsQuery, BlogPostsQueryVariables>;
export const ContentUpgradesDocument = new TypedDocumentString(`
    query ContentUpgrades($workspaceId: UUID!, $filter: ContentUpgradeFilter, $orderBy: ContentOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    contentUpgrades(
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ContentUpgradeFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ContentUpgradeFields on ContentUpgrade {
  id
  workspaceId
  userId
  businessId
  blogPostId
  title
  type
  content
  description
  fileUrl
  status
  downloadMetrics
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:e6feb2593d3a308d44efc1f38ce3d6a92d99d3dd727c930dafd8f37daa272d0e"}) as unknown as TypedDocumentString<ContentUpgradesQuery, ContentUpgradesQueryVariables>;
export const EmailSequencesDocument = new TypedDocumentString(`
    query EmailSequences($workspaceId: UUID!, $filter: EmailSequenceFilter, $orderBy: ContentOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    emailSequences(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...EmailSequenceFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment EmailSequenceFields on EmailSequence {
  id
  workspaceId
  userId
  businessId
  bundleId
  name
  description
  sequenceGoal
  totalEmails
  status
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  createdAt
  updatedAt
}`, {"hash":"sha256:0279d299ac82cd9e47a4d1cf473031214b65fd9a1f6f686996e60111553c6e2b"}) as unknown as TypedDocumentString<EmailSequencesQuery, EmailSequencesQueryVariables>;
export const ManagedUrlsDocument = new TypedDocumentString(`
    query ManagedUrls($workspaceId: UUID!, $filter: ManagedUrlFilter, $orderBy: ManagedUrlOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    managedUrls(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ManagedUrlFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ManagedUrlFields on ManagedUrl {
  id
  workspaceId
  userId
  businessId
  sourceType
  sourceId
  url
  utmParams
  clickCount
  lastCheckedAt
  isValid
  createdAt
  effectiveLink
  redirectPath
}`, {"hash":"sha256:02cc4f7812db2829f84e4c59883f33a0f31446bd27d532e2f9139d208b0e87d6"}) as unknown as TypedDocumentString<ManagedUrlsQuery, ManagedUrlsQueryVariables>;
export const EspIntegrationsDocument = new TypedDocumentString(`
    query EspIntegrations($workspaceId: UUID!, $filter: EspIntegrationFilter, $orderBy: ContentOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    espIntegrations(
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...EspIntegrationFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment EspIntegrationFields on EspIntegration {
  id
  workspaceId
  userId
  businessId
  provider
  settings
  lastSyncAt
  syncStatus
  errorLog
  createdAt
  updatedAt
}`, {"hash":"sha256:a4f259cedef1a7fd34819800f0af8fc34d7648156aef8500b38046bafc086d10"}) as unknown as TypedDocumentString<EspIntegrationsQuery, EspIntegrationsQueryVariables>;
export const BusinessDocument = new TypedDocumentString(`
    query Business($id: UUID!, $bundlesFirst: Int! = 10) {
  business(id: $id) {
    ...BusinessFields
    contentBundles(first: $bundlesFirst) {
      ...ContentBundleFields
    }
  }
}
    fragment BusinessFields on Business {
  id
  workspaceId
  userId
  name
  industry
  website
  businessType
  primaryProduct
  coreOfferDescription
  audienceDemographics
  audiencePsychographics
  audienceJobRole
  audiencePainPoints
  audienceDesiredOutcomes
  primaryTopics
  toneOfVoice
  brandKeywords
  competitors
  primaryCta
  awarenessStage
  promotions
  socialPlatforms
  platformPreferences
  competitorSocialAccounts
  blogStyle
  contentUpgradeType
  emailTone
  emailFrequency
  listBuildingGoals
  primaryContentGoal
  revenueTargets
  createdAt
  updatedAt
}
fragment ContentBundleFields on ContentBundle {
  id
  workspaceId
  userId
  businessId
  name
  status
  generationDate
  timePeriod
  createdAt
  updatedAt
}`, {"hash":"sha256:665f45ac60ca63c63965557d1b2bf4cce6e3a58d82ec7c8f3875026f9245a3d8"}) as unknown as TypedDocumentString<BusinessQuery, BusinessQueryVariables>;
export const ContentBundleDocument = new TypedDocumentString(`
    query ContentBundle($id: UUID!, $itemsFirst: Int! = 10) {
  contentBundle(id: $id) {
    ...ContentBundleFields
    business {
      id
      name
    }
    socialPosts(first: $itemsFirst) {
      ...SocialPostFields
    }
    blogPosts(first: $itemsFirst) {
      ...BlogPostFields
    }
    emailSequences(first: $itemsFirst) {
      ...EmailSequenceFields
    }
  }
}
    fragment ContentBundleFields on ContentBundle {
  id
  workspaceId
  userId
  businessId
  name
  status
  generationDate
  timePeriod
  createdAt
  updatedAt
}
fragment SocialPostFields on SocialPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  platform
  content
  status
  mediaPrompts
  hashtags
  scheduledFor
  postType
  engagementMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
fragment BlogPostFields on BlogPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  title
  content
  status
  publishedAt
  metaDescription
  keywords
  estimatedReadingTime
  primaryCta
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
fragment EmailSequenceFields on EmailSequence {
  id
  workspaceId
  userId
  businessId
  bundleId
  name
  description
  sequenceGoal
  totalEmails
  status
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  createdAt
  updatedAt
}`, {"hash":"sha256:411c0947434cfe97d9152ff26bb6c5d5f376d582e8ab0955be728af17f3a3662"}) as unknown as TypedDocumentString<ContentBundleQuery, ContentBundleQueryVariables>;
export const SocialPostDocument = new TypedDocumentString(`
    query SocialPost($id: UUID!, $versionsFirst: Int! = 10) {
  socialPost(id: $id) {
    ...SocialPostFields
    business {
      id
      name
    }
    bundle {
      id
      name
    }
    previousItem {
      ...ContentItemFields
    }
    nextItem {
      ...ContentItemFields
    }
    versions(first: $versionsFirst) {
      ...ContentVersionFields
    }
  }
}
    fragment SocialPostFields on SocialPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  platform
  content
  status
  mediaPrompts
  hashtags
  scheduledFor
  postType
  engagementMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
fragment ContentVersionFields on ContentVersion {
  id
  workspaceId
  userId
  businessId
  entityType
  entityId
  versionNumber
  content
  reason
  performanceSnapshot
  createdBy
  createdAt
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}`, {"hash":"sha256:caebbf8b1e5418ac704f91cfee317f976cbd61b257b7ca6251734c053cff133e"}) as unknown as TypedDocumentString<SocialPostQuery, SocialPostQueryVariables>;
export const BlogPostDocument = new TypedDocumentString(`
    query BlogPost($id: UUID!, $upgradesFirst: Int! = 10, $versionsFirst: Int! = 10) {
  blogPost(id: $id) {
    ...BlogPostFields
    business {
      id
      name
    }
    bundle {
      id
      name
    }
    contentUpgrades(first: $upgradesFirst) {
      ...ContentUpgradeFields
    }
    previousItem {
      ...ContentItemFields
    }
    nextItem {
      ...ContentItemFields
    }
    versions(first: $versionsFirst) {
      ...ContentVersionFields
    }
  }
}
    fragment BlogPostFields on BlogPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  title
  content
  status
  publishedAt
  metaDescription
  keywords
  estimatedReadingTime
  primaryCta
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
fragment ContentUpgradeFields on ContentUpgrade {
  id
  workspaceId
  userId
  businessId
  blogPostId
  title
  type
  content
  description
  fileUrl
  status
  downloadMetrics
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
fragment ContentVersionFields on ContentVersion {
  id
  workspaceId
  userId
  businessId
  entityType
  entityId
  versionNumber
  content
  reason
  performanceSnapshot
  createdBy
  createdAt
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}`, {"hash":"sha256:d6a0ce37cf446695f30ad27eb8d604f334364badf697f7c5f2b70525265d1fda"}) as unknown as TypedDocumentString<BlogPostQuery, BlogPostQueryVariables>;
export const ContentUpgradeDocument = new TypedDocumentString(`
    query ContentUpgrade($id: UUID!, $versionsFirst: Int! = 10) {
  contentUpgrade(id: $id) {
    ...ContentUpgradeFields
    business {
      id
      name
    }
    blogPost {
      id
      title
    }
    previousItem {
      ...ContentItemFields
    }
    nextItem {
      ...ContentItemFields
    }
    versions(first: $versionsFirst) {
      ...ContentVersionFields
    }
  }
}
    fragment ContentUpgradeFields on ContentUpgrade {
  id
  workspaceId
  userId
  businessId
  blogPostId
  title
  type
  content
  description
  fileUrl
  status
  downloadMetrics
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
fragment ContentVersionFields on ContentVersion {
  id
  workspaceId
  userId
  businessId
  entityType
  entityId
  versionNumber
  content
  reason
  performanceSnapshot
  createdBy
  createdAt
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}`, {"hash":"sha256:85df6fa9d9ace7476e5e239f1a1d54e41d8999f617fdd4c485fb9f57f1dde686"}) as unknown as TypedDocumentString<ContentUpgradeQuery, ContentUpgradeQueryVariables>;
export const EmailSequenceDocument = new TypedDocumentString(`
    query EmailSequence($id: UUID!, $emailsFirst: Int! = 20, $versionsFirst: Int! = 10) {
  emailSequence(id: $id) {
    ...EmailSequenceFields
    business {
      id
      name
    }
    bundle {
      id
      name
    }
    emails(first: $emailsFirst) {
      ...EmailFields
    }
    previousItem {
      ...ContentItemFields
    }
    nextItem {
      ...ContentItemFields
    }
    versions(first: $versionsFirst) {
      ...ContentVersionFields
    }
  }
}
    fragment EmailSequenceFields on EmailSequence {
  id
  workspaceId
  userId
  businessId
  bundleId
  name
  description
  sequenceGoal
  totalEmails
  status
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  createdAt
  updatedAt
}
fragment EmailFields on Email {
  id
  workspaceId
  userId
  sequenceId
  subjectLine
  content
  sequencePosition
  delayDays
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  createdAt
  updatedAt
}
fragment ContentVersionFields on ContentVersion {
  id
  workspaceId
  userId
  businessId
  entityType
  entityId
  versionNumber
  content
  reason
  performanceSnapshot
  createdBy
  createdAt
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}`, {"hash":"sha256:cf42c15193dad235b91cb3b706f3499ed0a180b7af7eae1b60a0701e130c5cc0"}) as unknown as TypedDocumentString<EmailSequenceQuery, EmailSequenceQueryVariables>;
export const EmailDocument = new TypedDocumentString(`
    query Email($id: UUID!, $versionsFirst: Int! = 10) {
  email(id: $id) {
    ...EmailFields
    sequence {
      id
      name
      totalEmails
    }
    versions(first: $versionsFirst) {
      ...ContentVersionFields
    }
  }
}
    fragment EmailFields on Email {
  id
  workspaceId
  userId
  sequenceId
  subjectLine
  content
  sequencePosition
  delayDays
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  createdAt
  updatedAt
}
fragment ContentVersionFields on ContentVersion {
  id
  workspaceId
  userId
  businessId
  entityType
  entityId
  versionNumber
  content
  reason
  performanceSnapshot
  createdBy
  createdAt
}`, {"hash":"sha256:06d0d479aacca40d75728aefc17729159bed1ee85235d839ba1c2f8097f4c544"}) as unknown as TypedDocumentString<EmailQuery, EmailQueryVariables>;
export const ContentVersionDocument = new TypedDocumentString(`
    query ContentVersion($id: UUID!) {
  contentVersion(id: $id) {
    ...ContentVersionFields
  }
}
    fragment ContentVersionFields on ContentVersion {
  id
  workspaceId
  userId
  businessId
  entityType
  entityId
  versionNumber
  content
  reason
  performanceSnapshot
  createdBy
  createdAt
}`, {"hash":"sha256:e36626622787b9ebeec80aea85123bb827136ee8e396008dab66b813ddb7ff06"}) as unknown as TypedDocumentString<ContentVersionQuery, ContentVersionQueryVariables>;
export const ManagedUrlDocument = new TypedDocumentString(`
    query ManagedUrl($id: UUID!) {
  managedUrl(id: $id) {
    ...ManagedUrlFields
    business {
      id
      name
    }
  }
}
    fragment ManagedUrlFields on ManagedUrl {
  id
  workspaceId
  userId
  businessId
  sourceType
  sourceId
  url
  utmParams
  clickCount
  lastCheckedAt
  isValid
  createdAt
  effectiveLink
  redirectPath
}`, {"hash":"sha256:c107c06f401523232e51f603373fcffe706ca9dec98042aea4917717f9d0af76"}) as unknown as TypedDocumentString<ManagedUrlQuery, ManagedUrlQueryVariables>;
export const EspIntegrationDocument = new TypedDocumentString(`
    query EspIntegration($id: UUID!) {
  espIntegration(id: $id) {
    ...EspIntegrationFields
    business {
      id
      name
    }
  }
}
    fragment EspIntegrationFields on EspIntegration {
  id
  workspaceId
  userId
  businessId
  provider
  settings
  lastSyncAt
  syncStatus
  errorLog
  createdAt
  updatedAt
}`, {"hash":"sha256:5ccfd25bc8367516a897ebaf9a90bc4d5de96c2762ee84a1ef9b5438a57a12f7"}) as unknown as TypedDocumentString<EspIntegrationQuery, EspIntegrationQueryVariables>;
export const ContentFlowDocument = new TypedDocumentString(`
    query ContentFlow($socialPostId: UUID!, $emailsFirst: Int! = 20) {
  socialPost(id: $socialPostId) {
    ...SocialPostFields
    nextItem {
      ...ContentItemFields
      ... on BlogPost {
        contentUpgrades {
          id
          title
        }
        nextItem {
          ...ContentItemFields
          ... on ContentUpgrade {
            nextItem {
              ...ContentItemFields
              ... on EmailSequence {
                emails(first: $emailsFirst) {
                  id
                  subjectLine
                  sequencePosition
                  delayDays
                }
              }
            }
          }
          ... on EmailSequence {
            emails(first: $emailsFirst) {
              id
              subjectLine
              sequencePosition
              delayDays
            }
          }
        }
      }
      ... on ContentUpgrade {
        nextItem {
          ...ContentItemFields
          ... on EmailSequence {
            emails(first: $emailsFirst) {
              id
              subjectLine
              sequencePosition
              delayDays
            }
          }
        }
      }
    }
  }
}
    fragment SocialPostFields on SocialPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  platform
  content
  status
  mediaPrompts
  hashtags
  scheduledFor
  postType
  engagementMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}`, {"hash":"sha256:a31dc4bda0211c4ed3fc208fd1598945d5c7a5a13d1de0def7b651a9af2c983c"}) as unknown as TypedDocumentString<ContentFlowQuery, ContentFlowQueryVariables>;
export const CreateBusinessDocument = new TypedDocumentString(`
    mutation CreateBusiness($input: CreateBusinessInput!) {
  createBusiness(input: $input) {
    business {
      ...BusinessFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment BusinessFields on Business {
  id
  workspaceId
  userId
  name
  industry
  website
  businessType
  primaryProduct
  coreOfferDescription
  audienceDemographics
  audiencePsychographics
  audienceJobRole
  audiencePainPoints
  audienceDesiredOutcomes
  primaryTopics
  toneOfVoice
  brandKeywords
  competitors
  primaryCta
  awarenessStage
  promotions
  socialPlatforms
  platformPreferences
  competitorSocialAccounts
  blogStyle
  contentUpgradeType
  emailTone
  emailFrequency
  listBuildingGoals
  primaryContentGoal
  revenueTargets
  createdAt
  updatedAt
}`, {"hash":"sha256:e86dc8ef899c1f7ec86e89f5877adb3d76f2147e66fdf9cdfbd2320d0fc59cc4"}) as unknown as TypedDocumentString<CreateBusinessMutation, CreateBusinessMutationVariables>;
export const UpdateBusinessDocument = new TypedDocumentString(`
    mutation UpdateBusiness($input: UpdateBusinessInput!) {
  updateBusiness(input: $input) {
    business {
      ...BusinessFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment BusinessFields on Business {
  id
  workspaceId
  userId
  name
  industry
  website
  businessType
  primaryProduct
  coreOfferDescription
  audienceDemographics
  audiencePsychographics
  audienceJobRole
  audiencePainPoints
  audienceDesiredOutcomes
  primaryTopics
  toneOfVoice
  brandKeywords
  competitors
  primaryCta
  awarenessStage
  promotions
  socialPlatforms
  platformPreferences
  competitorSocialAccounts
  blogStyle
  contentUpgradeType
  emailTone
  emailFrequency
  listBuildingGoals
  primaryContentGoal
  revenueTargets
  createdAt
  updatedAt
}`, {"hash":"sha256:d2387b877e3a9c8d11df78546089a37013dd4591a576810a37f591f004549b4e"}) as unknown as TypedDocumentString<UpdateBusinessMutation, UpdateBusinessMutationVariables>;
export const DeleteBusinessDocument = new TypedDocumentString(`
    mutation DeleteBusiness($input: DeleteContentInput!) {
  deleteBusiness(input: $input) {
    deletedId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:62154152b1a6ce902b5cd9a6870898186b52a7650f53e614c174cadeb34324a8"}) as unknown as TypedDocumentString<DeleteBusinessMutation, DeleteBusinessMutationVariables>;
export const CreateContentBundleDocument = new TypedDocumentString(`
    mutation CreateContentBundle($input: CreateContentBundleInput!) {
  createContentBundle(input: $input) {
    contentBundle {
      ...ContentBundleFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentBundleFields on ContentBundle {
  id
  workspaceId
  userId
  businessId
  name
  status
  generationDate
  timePeriod
  createdAt
  updatedAt
}`, {"hash":"sha256:75f50ab4d972faf510620f8ff05804b462b2d3874f4171301770e0dc2db1fe72"}) as unknown as TypedDocumentString<CreateContentBundleMutation, CreateContentBundleMutationVariables>;
export const UpdateContentBundleDocument = new TypedDocumentString(`
    mutation UpdateContentBundle($input: UpdateContentBundleInput!) {
  updateContentBundle(input: $input) {
    contentBundle {
      ...ContentBundleFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentBundleFields on ContentBundle {
  id
  workspaceId
  userId
  businessId
  name
  status
  generationDate
  timePeriod
  createdAt
  updatedAt
}`, {"hash":"sha256:233d8bfa5045c39be12aad864a061082691d0f0db69504300d4d69ad3ff03756"}) as unknown as TypedDocumentString<UpdateContentBundleMutation, UpdateContentBundleMutationVariables>;
export const DeleteContentBundleDocument = new TypedDocumentString(`
    mutation DeleteContentBundle($input: DeleteContentInput!) {
  deleteContentBundle(input: $input) {
    deletedId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:f95f59b64ed3d34440cdd72c2d2d7d5cb75330e7b034ba4c9ac06cab6733ecfd"}) as unknown as TypedDocumentString<DeleteContentBundleMutation, DeleteContentBundleMutationVariables>;
export const CreateSocialPostDocument = new TypedDocumentString(`
    mutation CreateSocialPost($input: CreateSocialPostInput!) {
  createSocialPost(input: $input) {
    socialPost {
      ...SocialPostFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment SocialPostFields on SocialPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  platform
  content
  status
  mediaPrompts
  hashtags
  scheduledFor
  postType
  engagementMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:6eb0aef0ca0f14646ef0ade1ae373f6a27ff2f109f0519d40e5054964cf3bec7"}) as unknown as TypedDocumentString<CreateSocialPostMutation, CreateSocialPostMutationVariables>;
export const UpdateSocialPostDocument = new TypedDocumentString(`
    mutation UpdateSocialPost($input: UpdateSocialPostInput!) {
  updateSocialPost(input: $input) {
    socialPost {
      ...SocialPostFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment SocialPostFields on SocialPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  platform
  content
  status
  mediaPrompts
  hashtags
  scheduledFor
  postType
  engagementMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:903508b34af1083d1375f207beda83951071efa910a683c667f49bbbf98ee0d7"}) as unknown as TypedDocumentString<UpdateSocialPostMutation, UpdateSocialPostMutationVariables>;
export const DeleteSocialPostDocument = new TypedDocumentString(`
    mutation DeleteSocialPost($input: DeleteContentInput!) {
  deleteSocialPost(input: $input) {
    deletedId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:45f086495819e3230033d91df1b01e3d11cf0d5a133cac438d3cd127205fe1b0"}) as unknown as TypedDocumentString<DeleteSocialPostMutation, DeleteSocialPostMutationVariables>;
export const CreateSocialPostVariantDocument = new TypedDocumentString(`
    mutation CreateSocialPostVariant($input: CreateSocialPostVariantInput!) {
  createSocialPostVariant(input: $input) {
    socialPost {
      ...SocialPostFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment SocialPostFields on SocialPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  platform
  content
  status
  mediaPrompts
  hashtags
  scheduledFor
  postType
  engagementMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:a93bcc7d7d940fb86b186569dfc0e4a16be11019ebc19bf90bec606dd64dc39c"}) as unknown as TypedDocumentString<CreateSocialPostVariantMutation, CreateSocialPostVariantMutationVariables>;
export const CreateBlogPostDocument = new TypedDocumentString(`
    mutation CreateBlogPost($input: CreateBlogPostInput!) {
  createBlogPost(input: $input) {
    blogPost {
      ...BlogPostFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment BlogPostFields on BlogPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  title
  content
  status
  publishedAt
  metaDescription
  keywords
  estimatedReadingTime
  primaryCta
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:72e08539a392bf84f4f880a574f3407a3d37b1ca5f9f4b4f776dce0d3407e44c"}) as unknown as TypedDocumentString<CreateBlogPostMutation, CreateBlogPostMutationVariables>;
export const UpdateBlogPostDocument = new TypedDocumentString(`
    mutation UpdateBlogPost($input: UpdateBlogPostInput!) {
  updateBlogPost(input: $input) {
    blogPost {
      ...BlogPostFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment BlogPostFields on BlogPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  title
  content
  status
  publishedAt
  metaDescription
  keywords
  estimatedReadingTime
  primaryCta
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:898c10733d5eaa44967806c3cb8636ace93d6088aea0d673b94d10799ea85057"}) as unknown as TypedDocumentString<UpdateBlogPostMutation, UpdateBlogPostMutationVariables>;
export const DeleteBlogPostDocument = new TypedDocumentString(`
    mutation DeleteBlogPost($input: DeleteContentInput!) {
  deleteBlogPost(input: $input) {
    deletedId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:88e11a65f89ef296100b73f3772d6d5c1c700eab3b559fc417fe6520ea971f8f"}) as unknown as TypedDocumentString<DeleteBlogPostMutation, DeleteBlogPostMutationVariables>;
export const CreateBlogPostVariantDocument = new TypedDocumentString(`
    mutation CreateBlogPostVariant($input: CreateBlogPostVariantInput!) {
  createBlogPostVariant(input: $input) {
    blogPost {
      ...BlogPostFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment BlogPostFields on BlogPost {
  id
  workspaceId
  userId
  businessId
  bundleId
  title
  content
  status
  publishedAt
  metaDescription
  keywords
  estimatedReadingTime
  primaryCta
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:980403fb2bcbcfefe7c45b07819c1a05494ef45e547e6bc580509745294e3791"}) as unknown as TypedDocumentString<CreateBlogPostVariantMutation, CreateBlogPostVariantMutationVariables>;
export const CreateContentUpgradeDocument = new TypedDocumentString(`
    mutation CreateContentUpgrade($input: CreateContentUpgradeInput!) {
  createContentUpgrade(input: $input) {
    contentUpgrade {
      ...ContentUpgradeFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentUpgradeFields on ContentUpgrade {
  id
  workspaceId
  userId
  businessId
  blogPostId
  title
  type
  content
  description
  fileUrl
  status
  downloadMetrics
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:900f198489004172122734e760e6c4110d1e60559ea7c5ad2b7aaf2d9aa1d1b5"}) as unknown as TypedDocumentString<CreateContentUpgradeMutation, CreateContentUpgradeMutationVariables>;
export const UpdateContentUpgradeDocument = new TypedDocumentString(`
    mutation UpdateContentUpgrade($input: UpdateContentUpgradeInput!) {
  updateContentUpgrade(input: $input) {
    contentUpgrade {
      ...ContentUpgradeFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentUpgradeFields on ContentUpgrade {
  id
  workspaceId
  userId
  businessId
  blogPostId
  title
  type
  content
  description
  fileUrl
  status
  downloadMetrics
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  ctaText
  ctaUrl
  createdAt
  updatedAt
}`, {"hash":"sha256:e0bbac74e1745f5a619996b1f9bc0b42ee943000ec219578ab90f44b16169310"}) as unknown as TypedDocumentString<UpdateContentUpgradeMutation, UpdateContentUpgradeMutationVariables>;
export const DeleteContentUpgradeDocument = new TypedDocumentString(`
    mutation DeleteContentUpgrade($input: DeleteContentInput!) {
  deleteContentUpgrade(input: $input) {
    deletedId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:5f18aa7ed18e76cb028642cddf886c5c2ff9344b98aff320dd82d1ef40ccdfaf"}) as unknown as TypedDocumentString<DeleteContentUpgradeMutation, DeleteContentUpgradeMutationVariables>;
export const CreateEmailSequenceDocument = new TypedDocumentString(`
    mutation CreateEmailSequence($input: CreateEmailSequenceInput!) {
  createEmailSequence(input: $input) {
    emailSequence {
      ...EmailSequenceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment EmailSequenceFields on EmailSequence {
  id
  workspaceId
  userId
  businessId
  bundleId
  name
  description
  sequenceGoal
  totalEmails
  status
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  createdAt
  updatedAt
}`, {"hash":"sha256:b7700c379d52b9584d6e7d40e016653a1978247af388cfe81d2ff3627fb7d760"}) as unknown as TypedDocumentString<CreateEmailSequenceMutation, CreateEmailSequenceMutationVariables>;
export const UpdateEmailSequenceDocument = new TypedDocumentString(`
    mutation UpdateEmailSequence($input: UpdateEmailSequenceInput!) {
  updateEmailSequence(input: $input) {
    emailSequence {
      ...EmailSequenceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment EmailSequenceFields on EmailSequence {
  id
  workspaceId
  userId
  businessId
  bundleId
  name
  description
  sequenceGoal
  totalEmails
  status
  nextActionType
  nextActionId
  previousActionType
  previousActionId
  conversionGoal
  createdAt
  updatedAt
}`, {"hash":"sha256:5e8787d0e03edd6fdf801781a36e7ec22d605c8fbafa9677bf141fa2debc9e8e"}) as unknown as TypedDocumentString<UpdateEmailSequenceMutation, UpdateEmailSequenceMutationVariables>;
export const DeleteEmailSequenceDocument = new TypedDocumentString(`
    mutation DeleteEmailSequence($input: DeleteContentInput!) {
  deleteEmailSequence(input: $input) {
    deletedId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:e055f6e00b24559fdb9ead4b7680271cbfe3966a205faf821da7e57827657eb0"}) as unknown as TypedDocumentString<DeleteEmailSequenceMutation, DeleteEmailSequenceMutationVariables>;
export const AddEmailDocument = new TypedDocumentString(`
    mutation AddEmail($input: AddEmailInput!) {
  addEmail(input: $input) {
    email {
      ...EmailFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment EmailFields on Email {
  id
  workspaceId
  userId
  sequenceId
  subjectLine
  content
  sequencePosition
  delayDays
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  createdAt
  updatedAt
}`, {"hash":"sha256:6d73806b5f483330cb61a4763a1956cf50b46d1d5021aa042781a73fbfce141e"}) as unknown as TypedDocumentString<AddEmailMutation, AddEmailMutationVariables>;
export const UpdateEmailDocument = new TypedDocumentString(`
    mutation UpdateEmail($input: UpdateEmailInput!) {
  updateEmail(input: $input) {
    email {
      ...EmailFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment EmailFields on Email {
  id
  workspaceId
  userId
  sequenceId
  subjectLine
  content
  sequencePosition
  delayDays
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  createdAt
  updatedAt
}`, {"hash":"sha256:fa7a694c30cef78407718a8914ff94f32baef21c34ebaa8b0797ff09286eadbf"}) as unknown as TypedDocumentString<UpdateEmailMutation, UpdateEmailMutationVariables>;
export const MoveEmailDocument = new TypedDocumentString(`
    mutation MoveEmail($input: MoveEmailInput!) {
  moveEmail(input: $input) {
    email {
      ...EmailFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment EmailFields on Email {
  id
  workspaceId
  userId
  sequenceId
  subjectLine
  content
  sequencePosition
  delayDays
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  createdAt
  updatedAt
}`, {"hash":"sha256:9f7f41ea3ff6a82e54823b7fafc0908b14cceb3b40b0eedaf567ca70ff3b0e3d"}) as unknown as TypedDocumentString<MoveEmailMutation, MoveEmailMutationVariables>;
export const RemoveEmailDocument = new TypedDocumentString(`
    mutation RemoveEmail($input: RemoveEmailInput!) {
  removeEmail(input: $input) {
    removedEmailIds
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:53de6383c314c44d5a2ebadb68fc2e0ac45aca88a00eaab4bc6b66a720c84c75"}) as unknown as TypedDocumentString<RemoveEmailMutation, RemoveEmailMutationVariables>;
export const CreateEmailVariantDocument = new TypedDocumentString(`
    mutation CreateEmailVariant($input: CreateEmailVariantInput!) {
  createEmailVariant(input: $input) {
    email {
      ...EmailFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment EmailFields on Email {
  id
  workspaceId
  userId
  sequenceId
  subjectLine
  content
  sequencePosition
  delayDays
  performanceMetrics
  isVariant
  variantGroupId
  isWinner
  winningThreshold
  createdAt
  updatedAt
}`, {"hash":"sha256:5fe296e65fa4ccba6b14bccddadf774a271fb018d531cb30de4925ab1a18bb32"}) as unknown as TypedDocumentString<CreateEmailVariantMutation, CreateEmailVariantMutationVariables>;
export const LinkSocialPostNextDocument = new TypedDocumentString(`
    mutation LinkSocialPostNext($input: LinkNextInput!) {
  linkSocialPostNext(input: $input) {
    ...ContentFlowPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}
fragment ContentFlowPayloadFields on ContentFlowPayload {
  item {
    ...ContentItemFields
  }
  next {
    ...ContentItemFields
  }
  errors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:91906a6b05d4b9cf2dfe2dacfe6db7abb330b0c7df28b36bd3da845331cca5c9"}) as unknown as TypedDocumentString<LinkSocialPostNextMutation, LinkSocialPostNextMutationVariables>;
export const LinkBlogPostNextDocument = new TypedDocumentString(`
    mutation LinkBlogPostNext($input: LinkNextInput!) {
  linkBlogPostNext(input: $input) {
    ...ContentFlowPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}
fragment ContentFlowPayloadFields on ContentFlowPayload {
  item {
    ...ContentItemFields
  }
  next {
    ...ContentItemFields
  }
  errors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:e9d710219885bc9a1ff2f04d999699b47a49964f470925eb40539c11c3b3cb99"}) as unknown as TypedDocumentString<LinkBlogPostNextMutation, LinkBlogPostNextMutationVariables>;
export const LinkContentUpgradeNextDocument = new TypedDocumentString(`
    mutation LinkContentUpgradeNext($input: LinkNextInput!) {
  linkContentUpgradeNext(input: $input) {
    ...ContentFlowPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}
fragment ContentFlowPayloadFields on ContentFlowPayload {
  item {
    ...ContentItemFields
  }
  next {
    ...ContentItemFields
  }
  errors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:d36ed92b60e59616513137ac4bd31813eef41dbed07391ce64e7d39e53395ad5"}) as unknown as TypedDocumentString<LinkContentUpgradeNextMutation, LinkContentUpgradeNextMutationVariables>;
export const LinkEmailSequenceNextDocument = new TypedDocumentString(`
    mutation LinkEmailSequenceNext($input: LinkNextInput!) {
  linkEmailSequenceNext(input: $input) {
    ...ContentFlowPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}
fragment ContentFlowPayloadFields on ContentFlowPayload {
  item {
    ...ContentItemFields
  }
  next {
    ...ContentItemFields
  }
  errors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:df400e858ea8195fde854e03485520993bfb17e97593c7a045da9a0385bd6667"}) as unknown as TypedDocumentString<LinkEmailSequenceNextMutation, LinkEmailSequenceNextMutationVariables>;
export const UnlinkSocialPostNextDocument = new TypedDocumentString(`
    mutation UnlinkSocialPostNext($input: UnlinkNextInput!) {
  unlinkSocialPostNext(input: $input) {
    ...ContentFlowPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}
fragment ContentFlowPayloadFields on ContentFlowPayload {
  item {
    ...ContentItemFields
  }
  next {
    ...ContentItemFields
  }
  errors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:7e966191910446513c5aa68d52f3a506bc7efa7827a5f699d5058b1b6f9e5e69"}) as unknown as TypedDocumentString<UnlinkSocialPostNextMutation, UnlinkSocialPostNextMutationVariables>;
export const UnlinkBlogPostNextDocument = new TypedDocumentString(`
    mutation UnlinkBlogPostNext($input: UnlinkNextInput!) {
  unlinkBlogPostNext(input: $input) {
    ...ContentFlowPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}
fragment ContentFlowPayloadFields on ContentFlowPayload {
  item {
    ...ContentItemFields
  }
  next {
    ...ContentItemFields
  }
  errors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:b71dba72150350bbcc81ed2491334dcb2824c41e4d68daf4bc3b9fb778ffea10"}) as unknown as TypedDocumentString<UnlinkBlogPostNextMutation, UnlinkBlogPostNextMutationVariables>;
export const UnlinkContentUpgradeNextDocument = new TypedDocumentString(`
    mutation UnlinkContentUpgradeNext($input: UnlinkNextInput!) {
  unlinkContentUpgradeNext(input: $input) {
    ...ContentFlowPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}
fragment ContentFlowPayloadFields on ContentFlowPayload {
  item {
    ...ContentItemFields
  }
  next {
    ...ContentItemFields
  }
  errors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:b9a9e9c0ac1a746d655c07df807405d9dd56359a02cd7f0a383781de44463438"}) as unknown as TypedDocumentString<UnlinkContentUpgradeNextMutation, UnlinkContentUpgradeNextMutationVariables>;
export const UnlinkEmailSequenceNextDocument = new TypedDocumentString(`
    mutation UnlinkEmailSequenceNext($input: UnlinkNextInput!) {
  unlinkEmailSequenceNext(input: $input) {
    ...ContentFlowPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentItemFields on ContentItem {
  __typename
  ... on SocialPost {
    id
    platform
    content
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on BlogPost {
    id
    title
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on ContentUpgrade {
    id
    title
    type
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
  ... on EmailSequence {
    id
    name
    totalEmails
    nextActionType
    nextActionId
    previousActionType
    previousActionId
  }
}
fragment ContentFlowPayloadFields on ContentFlowPayload {
  item {
    ...ContentItemFields
  }
  next {
    ...ContentItemFields
  }
  errors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:051e5e24891c45d2fb2ca769a46ca40d025ca828d055dbc2c48323ee6bb694b6"}) as unknown as TypedDocumentString<UnlinkEmailSequenceNextMutation, UnlinkEmailSequenceNextMutationVariables>;
export const DeclareWinnerDocument = new TypedDocumentString(`
    mutation DeclareWinner($input: DeclareWinnerInput!) {
  declareWinner(input: $input) {
    winner {
      ...AbVariantFields
    }
    members {
      ...AbVariantFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment AbVariantFields on AbVariant {
  __typename
  ... on SocialPost {
    id
    content
    engagementMetrics
    isVariant
    variantGroupId
    isWinner
    winningThreshold
  }
  ... on BlogPost {
    id
    title
    performanceMetrics
    isVariant
    variantGroupId
    isWinner
    winningThreshold
  }
  ... on Email {
    id
    subjectLine
    performanceMetrics
    isVariant
    variantGroupId
    isWinner
    winningThreshold
  }
}`, {"hash":"sha256:c52245e35e5c563b6b4ae8f27de36d4f7c27e1641b8aa015c0eb07dc931591c2"}) as unknown as TypedDocumentString<DeclareWinnerMutation, DeclareWinnerMutationVariables>;
export const RestoreContentVersionDocument = new TypedDocumentString(`
    mutation RestoreContentVersion($input: RestoreContentVersionInput!) {
  restoreContentVersion(input: $input) {
    contentVersion {
      ...ContentVersionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentVersionFields on ContentVersion {
  id
  workspaceId
  userId
  businessId
  entityType
  entityId
  versionNumber
  content
  reason
  performanceSnapshot
  createdBy
  createdAt
}`, {"hash":"sha256:3fcf2ee0a33fc540013e48459aee2d71a3c6339246dd2e4109c2e523438a6a45"}) as unknown as TypedDocumentString<RestoreContentVersionMutation, RestoreContentVersionMutationVariables>;
export const CreateManagedUrlDocument = new TypedDocumentString(`
    mutation CreateManagedUrl($input: CreateManagedUrlInput!) {
  createManagedUrl(input: $input) {
    managedUrl {
      ...ManagedUrlFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ManagedUrlFields on ManagedUrl {
  id
  workspaceId
  userId
  businessId
  sourceType
  sourceId
  url
  utmParams
  clickCount
  lastCheckedAt
  isValid
  createdAt
  effectiveLink
  redirectPath
}`, {"hash":"sha256:2b1ec31df1d13bc0fe7de90c2a6e53c2ca5039fc163cb6136acfbb74edde890e"}) as unknown as TypedDocumentString<CreateManagedUrlMutation, CreateManagedUrlMutationVariables>;
export const UpdateManagedUrlDocument = new TypedDocumentString(`
    mutation UpdateManagedUrl($input: UpdateManagedUrlInput!) {
  updateManagedUrl(input: $input) {
    managedUrl {
      ...ManagedUrlFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ManagedUrlFields on ManagedUrl {
  id
  workspaceId
  userId
  businessId
  sourceType
  sourceId
  url
  utmParams
  clickCount
  lastCheckedAt
  isValid
  createdAt
  effectiveLink
  redirectPath
}`, {"hash":"sha256:b8549100f06f37edc83b19e8b1934abf99850d9780b90cb4692e81449f4adbf2"}) as unknown as TypedDocumentString<UpdateManagedUrlMutation, UpdateManagedUrlMutationVariables>;
export const DeleteManagedUrlDocument = new TypedDocumentString(`
    mutation DeleteManagedUrl($input: DeleteContentInput!) {
  deleteManagedUrl(input: $input) {
    deletedId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:c890894dfabe68b9ddc19a14f48d9dede87462489df3938d1d76c0f78de89355"}) as unknown as TypedDocumentString<DeleteManagedUrlMutation, DeleteManagedUrlMutationVariables>;
export const ConnectEspIntegrationDocument = new TypedDocumentString(`
    mutation ConnectEspIntegration($input: ConnectEspIntegrationInput!) {
  connectEspIntegration(input: $input) {
    espIntegration {
      ...EspIntegrationFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment EspIntegrationFields on EspIntegration {
  id
  workspaceId
  userId
  businessId
  provider
  settings
  lastSyncAt
  syncStatus
  errorLog
  createdAt
  updatedAt
}`, {"hash":"sha256:328803a4bc1aef73a6dc90b86a0f1475448b03125a9f770b9293078cb9d30338"}) as unknown as TypedDocumentString<ConnectEspIntegrationMutation, ConnectEspIntegrationMutationVariables>;
export const UpdateEspIntegrationDocument = new TypedDocumentString(`
    mutation UpdateEspIntegration($input: UpdateEspIntegrationInput!) {
  updateEspIntegration(input: $input) {
    espIntegration {
      ...EspIntegrationFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment EspIntegrationFields on EspIntegration {
  id
  workspaceId
  userId
  businessId
  provider
  settings
  lastSyncAt
  syncStatus
  errorLog
  createdAt
  updatedAt
}`, {"hash":"sha256:6f2bbab75abf9db30dc4de032f328411c8bb510e20c5d2ff20660545092fd24d"}) as unknown as TypedDocumentString<UpdateEspIntegrationMutation, UpdateEspIntegrationMutationVariables>;
export const DisconnectEspIntegrationDocument = new TypedDocumentString(`
    mutation DisconnectEspIntegration($input: DeleteContentInput!) {
  disconnectEspIntegration(input: $input) {
    deletedId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:295a6cf0b9d88577847479786e8ff293889bd6305e263f7ffb5e43dfea0fd660"}) as unknown as TypedDocumentString<DisconnectEspIntegrationMutation, DisconnectEspIntegrationMutationVariables>;
export const SyncEspIntegrationDocument = new TypedDocumentString(`
    mutation SyncEspIntegration($input: SyncEspIntegrationInput!) {
  syncEspIntegration(input: $input) {
    espIntegration {
      ...EspIntegrationFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment EspIntegrationFields on EspIntegration {
  id
  workspaceId
  userId
  businessId
  provider
  settings
  lastSyncAt
  syncStatus
  errorLog
  createdAt
  updatedAt
}`, {"hash":"sha256:471c226f784a5925266621b403dd486d5fa70ae5ee87a7c5df443a3a8b0f1cbb"}) as unknown as TypedDocumentString<SyncEspIntegrationMutation, SyncEspIntegrationMutationVariables>;
export const ContentBundleChangedDocument = new TypedDocumentString(`
    subscription ContentBundleChanged($workspaceId: UUID!) {
  contentBundleChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:abefa870369fb8b5532aa6523c09ac6b33b6bf5a90f22fffae9af9dc30cb3c5c"}) as unknown as TypedDocumentString<ContentBundleChangedSubscription, ContentBundleChangedSubscriptionVariables>;
export const SocialPostChangedDocument = new TypedDocumentString(`
    subscription SocialPostChanged($workspaceId: UUID!) {
  socialPostChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:58e5993eec821dee5d784e9e2533fd65e6106830953bd3654519084fffdfac4e"}) as unknown as TypedDocumentString<SocialPostChangedSubscription, SocialPostChangedSubscriptionVariables>;
export const BlogPostChangedDocument = new TypedDocumentString(`
    subscription BlogPostChanged($workspaceId: UUID!) {
  blogPostChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:e01457a70ee7c16d386e6bf4c3e38a3015041ab31eafc0eb0e1c5531685fc922"}) as unknown as TypedDocumentString<BlogPostChangedSubscription, BlogPostChangedSubscriptionVariables>;
export const EmailSequenceChangedDocument = new TypedDocumentString(`
    subscription EmailSequenceChanged($workspaceId: UUID!) {
  emailSequenceChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:88c44f1d69aa7e007bc2f7498504296b596312b5a3cb1550f6d755274f70a50f"}) as unknown as TypedDocumentString<EmailSequenceChangedSubscription, EmailSequenceChangedSubscriptionVariables>;
export const EspIntegrationChangedDocument = new TypedDocumentString(`
    subscription EspIntegrationChanged($workspaceId: UUID!) {
  espIntegrationChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:c90fb1a0f7b5c25939174e5f1de73337734bcc8a82052fdf86777884eb062aa3"}) as unknown as TypedDocumentString<EspIntegrationChangedSubscription, EspIntegrationChangedSubscriptionVariables>;
export const ActionsDocument = new TypedDocumentString(`
    query Actions($workspaceId: UUID!, $filter: ActionFilter, $orderBy: ActionOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    actions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ActionFields
          lead {
            id
            name
            status
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:bdf9a3e47b6f73a021a08564523f2bdc224c4ad076aaff93cf2e56abc0469ab2"}) as unknown as TypedDocumentString<ActionsQuery, ActionsQueryVariables>;
export const ActionDocument = new TypedDocumentString(`
    query Action($id: UUID!) {
  action(id: $id) {
    ...ActionFields
    lead {
      ...LeadFields
    }
  }
}
    fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:f99e732a979bb74c100ff04605103ffcd1b5296cb6e2ed89a74fcdb6cd06e570"}) as unknown as TypedDocumentString<ActionQuery, ActionQueryVariables>;
export const CreateActionDocument = new TypedDocumentString(`
    mutation CreateAction($input: CreateActionInput!) {
  createAction(input: $input) {
    action {
      ...ActionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:29c7ba49cf21538d27915320bb5df766eec7f7ce8d1dfe19eebe8681f59b1fbb"}) as unknown as TypedDocumentString<CreateActionMutation, CreateActionMutationVariables>;
export const UpdateActionDocument = new TypedDocumentString(`
    mutation UpdateAction($input: UpdateActionInput!) {
  updateAction(input: $input) {
    action {
      ...ActionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:be013d68df64e805cbeb56f56ba8a349e17cce4e26e7aec9777269cf88f3b96b"}) as unknown as TypedDocumentString<UpdateActionMutation, UpdateActionMutationVariables>;
export const SetActionStateDocument = new TypedDocumentString(`
    mutation SetActionState($input: SetActionStateInput!) {
  setActionState(input: $input) {
    action {
      ...ActionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:68ffde24f3693b07dda42d5438a140f8f4c291b2b6d2f28fe2e2a5b49fb2600c"}) as unknown as TypedDocumentString<SetActionStateMutation, SetActionStateMutationVariables>;
export const DeleteActionDocument = new TypedDocumentString(`
    mutation DeleteAction($input: DeleteActionInput!) {
  deleteAction(input: $input) {
    deletedActionId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:24b1ecaf3bc7a0c66e425093d32afd271fa4e8d9b832590223d42142312db769"}) as unknown as TypedDocumentString<DeleteActionMutation, DeleteActionMutationVariables>;
export const ActionChangedDocument = new TypedDocumentString(`
    subscription ActionChanged($workspaceId: UUID!) {
  actionChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:6ab0e0da66f966a85f54bc9dcc9c6fd331b5b34fe4b60ab42a5591f32aa902c1"}) as unknown as TypedDocumentString<ActionChangedSubscription, ActionChangedSubscriptionVariables>;
export const CalendarConnectionsDocument = new TypedDocumentString(`
    query CalendarConnections($workspaceId: UUID!, $filter: CalendarConnectionFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    calendarConnections(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...CalendarConnectionFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}`, {"hash":"sha256:f7d429755c944fd98b0babd0b73315970e05de2953450d210c6872ce1c645f47"}) as unknown as TypedDocumentString<CalendarConnectionsQuery, CalendarConnectionsQueryVariables>;
export const CalendarConnectionDocument = new TypedDocumentString(`
    query CalendarConnection($id: UUID!, $logsFirst: Int! = 10) {
  calendarConnection(id: $id) {
    ...CalendarConnectionFields
    syncLogs(first: $logsFirst) {
      ...CalendarSyncLogFields
    }
  }
}
    fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}
fragment CalendarSyncLogFields on CalendarSyncLog {
  id
  calendarConnectionId
  operation
  status
  errorMessage
  syncDate
  freeMinutes
  createdAt
}`, {"hash":"sha256:56e4824abbf548ce7170bd9d9a4722d0ef22a16c8d2bd29e3b5c272bb776f6ad"}) as unknown as TypedDocumentString<CalendarConnectionQuery, CalendarConnectionQueryVariables>;
export const ConnectCalendarDocument = new TypedDocumentString(`
    mutation ConnectCalendar($input: ConnectCalendarInput!) {
  connectCalendar(input: $input) {
    calendarConnection {
      ...CalendarConnectionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}`, {"hash":"sha256:35ec934ad80116c540536f2e788de04772fd95c1dee6c5bba904d067898c0c85"}) as unknown as TypedDocumentString<ConnectCalendarMutation, ConnectCalendarMutationVariables>;
export const DisconnectCalendarDocument = new TypedDocumentString(`
    mutation DisconnectCalendar($input: DisconnectCalendarInput!) {
  disconnectCalendar(input: $input) {
    calendarConnection {
      ...CalendarConnectionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}`, {"hash":"sha256:d418ebde320577f78aff138d168a73270e2fb79ee342fc9167ed158a45d02d20"}) as unknown as TypedDocumentString<DisconnectCalendarMutation, DisconnectCalendarMutationVariables>;
export const RecordCalendarSyncDocument = new TypedDocumentString(`
    mutation RecordCalendarSync($input: RecordCalendarSyncInput!) {
  recordCalendarSync(input: $input) {
    calendarConnection {
      ...CalendarConnectionFields
    }
    syncLog {
      ...CalendarSyncLogFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment CalendarConnectionFields on CalendarConnection {
  id
  workspaceId
  userId
  provider
  calendarId
  status
  expiresAt
  lastSyncAt
  errorMessage
  createdAt
  updatedAt
}
fragment CalendarSyncLogFields on CalendarSyncLog {
  id
  calendarConnectionId
  operation
  status
  errorMessage
  syncDate
  freeMinutes
  createdAt
}`, {"hash":"sha256:b1d4c11842007d4babd996f9fdd87be369c417cb4690aa25f4129b6446d86c54"}) as unknown as TypedDocumentString<RecordCalendarSyncMutation, RecordCalendarSyncMutationVariables>;
export const LeadsDocument = new TypedDocumentString(`
    query Leads($workspaceId: UUID!, $filter: LeadFilter, $orderBy: LeadOrder, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...LeadFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:939addd2b5417fe457518acbf8d771dbb8ad3a4b1038f13191f5e3020d75e61a"}) as unknown as TypedDocumentString<LeadsQuery, LeadsQueryVariables>;
export const LeadDocument = new TypedDocumentString(`
    query Lead($id: UUID!, $actionsFirst: Int! = 10, $actionStates: [ActionState!]) {
  lead(id: $id) {
    ...LeadFields
    actions(first: $actionsFirst, states: $actionStates) {
      ...ActionFields
    }
  }
}
    fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}`, {"hash":"sha256:45f95ec104005bdf541b04f481e7faf3f9e187a959d0d7bf59f80b082455f336"}) as unknown as TypedDocumentString<LeadQuery, LeadQueryVariables>;
export const CreateLeadDocument = new TypedDocumentString(`
    mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:69ab4e22b8ce64a480dd525eab61c6b8b73f18f8f4cda41e6a43c5beebd1ec51"}) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = new TypedDocumentString(`
    mutation UpdateLead($input: UpdateLeadInput!) {
  updateLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:cc22d78d9e8cce293bd71d6ea2ee19aa3e6c9573133b7ee59e7e62497a72243c"}) as unknown as TypedDocumentString<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const SnoozeLeadDocument = new TypedDocumentString(`
    mutation SnoozeLead($input: SnoozeLeadInput!) {
  snoozeLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:6023a2fbb8d0c79a35b6a65f1a37cff3a35da3e301d805b48377e7bf0bb68997"}) as unknown as TypedDocumentString<SnoozeLeadMutation, SnoozeLeadMutationVariables>;
export const UnsnoozeLeadDocument = new TypedDocumentString(`
    mutation UnsnoozeLead($input: UnsnoozeLeadInput!) {
  unsnoozeLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:1ab18c0b511585a695c2b4dbcc4059d113c510a5c89715951076976673ff3139"}) as unknown as TypedDocumentString<UnsnoozeLeadMutation, UnsnoozeLeadMutationVariables>;
export const ArchiveLeadDocument = new TypedDocumentString(`
    mutation ArchiveLead($input: ArchiveLeadInput!) {
  archiveLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:2c35d374a2e54645e1281c2221761b5f4f335f3de0566d9ddc706d5a0cef7e2f"}) as unknown as TypedDocumentString<ArchiveLeadMutation, ArchiveLeadMutationVariables>;
export const RestoreLeadDocument = new TypedDocumentString(`
    mutation RestoreLead($input: RestoreLeadInput!) {
  restoreLead(input: $input) {
    lead {
      ...LeadFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment LeadFields on Lead {
  id
  workspaceId
  userId
  name
  url
  notes
  status
  snoozeUntil
  createdAt
  updatedAt
}`, {"hash":"sha256:5d89e20a40ea196d31649b924207a5e63c6b5f764225a9082999bf53a70af2e0"}) as unknown as TypedDocumentString<RestoreLeadMutation, RestoreLeadMutationVariables>;
export const DailyPlanDocument = new TypedDocumentString(`
    query DailyPlan($workspaceId: UUID!, $date: Date!) {
  workspace(id: $workspaceId) {
    id
    dailyPlan(date: $date) {
      ...DailyPlanFields
    }
  }
}
    fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}`, {"hash":"sha256:a7bcbbbf4c944fdae8aa9062cca2e68a33433c0139e7b9405db7cd295861d568"}) as unknown as TypedDocumentString<DailyPlanQuery, DailyPlanQueryVariables>;
export const DailyPlanByIdDocument = new TypedDocumentString(`
    query DailyPlanById($id: UUID!) {
  dailyPlanById(id: $id) {
    ...DailyPlanFields
  }
}
    fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}`, {"hash":"sha256:1e6e67e08a0a239d32173cc8a49312eef71f2c123cef3ba1696e2d029e9d2bc1"}) as unknown as TypedDocumentString<DailyPlanByIdQuery, DailyPlanByIdQueryVariables>;
export const DailyPlansDocument = new TypedDocumentString(`
    query DailyPlans($workspaceId: UUID!, $filter: DailyPlanFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    dailyPlans(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...DailyPlanFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}`, {"hash":"sha256:c1c1aa896360d77cae7ebfe271f97722299c594749dd1e30de19ec35d75d3660"}) as unknown as TypedDocumentString<DailyPlansQuery, DailyPlansQueryVariables>;
export const GenerateDailyPlanDocument = new TypedDocumentString(`
    mutation GenerateDailyPlan($input: GenerateDailyPlanInput!) {
  generateDailyPlan(input: $input) {
    dailyPlan {
      ...DailyPlanFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ActionFields on Action {
  id
  workspaceId
  userId
  leadId
  actionType
  state
  description
  dueDate
  completedAt
  repliedAt
  snoozeUntil
  notes
  autoCreated
  createdAt
  updatedAt
}
fragment DailyPlanFields on DailyPlan {
  id
  workspaceId
  userId
  date
  focusStatement
  capacity
  freeMinutes
  generatedAt
  createdAt
  updatedAt
  items {
    position
    isFastWin
    action {
      ...ActionFields
      lead {
        id
        name
        status
      }
    }
  }
}`, {"hash":"sha256:4590ab74c17703d5f8c8bf062d7555a455b059ff4f2cbae4505f405ab08c88c6"}) as unknown as TypedDocumentString<GenerateDailyPlanMutation, GenerateDailyPlanMutationVariables>;
export const DailyPlanChangedDocument = new TypedDocumentString(`
    subscription DailyPlanChanged($workspaceId: UUID!) {
  dailyPlanChanged(workspaceId: $workspaceId) {
    id
    workspaceId
    op
  }
}
    `, {"hash":"sha256:d0d2cf9f88db2f16f9894978863c2eb7c787c00c2e8f793c9d781b27a0ee400e"}) as unknown as TypedDocumentString<DailyPlanChangedSubscription, DailyPlanChangedSubscriptionVariables>;
export const CrmStatsDocument = new TypedDocumentString(`
    query CrmStats($workspaceId: UUID!) {
  workspace(id: $workspaceId) {
    id
    crmStats {
      ...CrmStatsFields
    }
  }
}
    fragment CrmStatsFields on CrmStats {
  workspaceId
  userId
  streakCount
  lastActionDate
  calendarConnected
}`, {"hash":"sha256:fcfe6718124172ddf342013dec30be747d0b2bc6f2b8e98a9d8d5c7e498c4472"}) as unknown as TypedDocumentString<CrmStatsQuery, CrmStatsQueryVariables>;
export const WeeklySummariesDocument = new TypedDocumentString(`
    query WeeklySummaries($workspaceId: UUID!, $filter: WeeklySummaryFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    weeklySummaries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...WeeklySummaryFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment WeeklySummaryFields on WeeklySummary {
  id
  workspaceId
  userId
  weekStartDate
  daysActive
  actionsCompleted
  replies
  callsBooked
  insightText
  narrativeSummary
  nextWeekFocus
  generatedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:696a49ffccf30bd581671d92f3d9cd41b3a97b1cc2337bdd9637c9ef74cc5edf"}) as unknown as TypedDocumentString<WeeklySummariesQuery, WeeklySummariesQueryVariables>;
export const WeeklySummaryDocument = new TypedDocumentString(`
    query WeeklySummary($id: UUID!) {
  weeklySummary(id: $id) {
    ...WeeklySummaryFields
    contentPrompts {
      ...ContentPromptFields
    }
  }
}
    fragment WeeklySummaryFields on WeeklySummary {
  id
  workspaceId
  userId
  weekStartDate
  daysActive
  actionsCompleted
  replies
  callsBooked
  insightText
  narrativeSummary
  nextWeekFocus
  generatedAt
  createdAt
  updatedAt
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:04df31f5f837220942a6c1b46adfa611ab3c87005600535a1f192c3970004b4b"}) as unknown as TypedDocumentString<WeeklySummaryQuery, WeeklySummaryQueryVariables>;
export const GenerateWeeklySummaryDocument = new TypedDocumentString(`
    mutation GenerateWeeklySummary($input: GenerateWeeklySummaryInput!) {
  generateWeeklySummary(input: $input) {
    weeklySummary {
      ...WeeklySummaryFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment WeeklySummaryFields on WeeklySummary {
  id
  workspaceId
  userId
  weekStartDate
  daysActive
  actionsCompleted
  replies
  callsBooked
  insightText
  narrativeSummary
  nextWeekFocus
  generatedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:64b2cd6d38e2a80b44eb0f0e318d12efc5c77e9ed8351a3469e14c1dbf85dc55"}) as unknown as TypedDocumentString<GenerateWeeklySummaryMutation, GenerateWeeklySummaryMutationVariables>;
export const ContentPromptsDocument = new TypedDocumentString(`
    query ContentPrompts($workspaceId: UUID!, $filter: ContentPromptFilter, $first: Int, $after: String) {
  workspace(id: $workspaceId) {
    id
    contentPrompts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ContentPromptFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:b7aa29e9147d933ca6fc4bd07b088580b0c1ac6c210ab119889209eab66f4fe8"}) as unknown as TypedDocumentString<ContentPromptsQuery, ContentPromptsQueryVariables>;
export const ContentPromptDocument = new TypedDocumentString(`
    query ContentPrompt($id: UUID!) {
  contentPrompt(id: $id) {
    ...ContentPromptFields
    weeklySummary {
      id
      weekStartDate
    }
  }
}
    fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:dc1994fd813dd42a8152c94d48a3654ea53a13dc8b22fb3c0b775d97d0795d20"}) as unknown as TypedDocumentString<ContentPromptQuery, ContentPromptQueryVariables>;
export const CreateContentPromptDocument = new TypedDocumentString(`
    mutation CreateContentPrompt($input: CreateContentPromptInput!) {
  createContentPrompt(input: $input) {
    contentPrompt {
      ...ContentPromptFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:e803bd6a852fe5e89f3cc46a0fbb98c44621db3a5c773549a21061b0112d4488"}) as unknown as TypedDocumentString<CreateContentPromptMutation, CreateContentPromptMutationVariables>;
export const CreateContentPromptsFromSummaryDocument = new TypedDocumentString(`
    mutation CreateContentPromptsFromSummary($input: CreateContentPromptsFromSummaryInput!) {
  createContentPromptsFromSummary(input: $input) {
    contentPrompts {
      ...ContentPromptFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:4a609c81d2d7948ff8d1ab5dc6551a1a9ae2be47d957c5972f3ece06ea7278fb"}) as unknown as TypedDocumentString<CreateContentPromptsFromSummaryMutation, CreateContentPromptsFromSummaryMutationVariables>;
export const UpdateContentPromptDocument = new TypedDocumentString(`
    mutation UpdateContentPrompt($input: UpdateContentPromptInput!) {
  updateContentPrompt(input: $input) {
    contentPrompt {
      ...ContentPromptFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:a1a65e350be93d02943dc574d3c3d3f81f146fbfbef109e68d0a7124846dcb71"}) as unknown as TypedDocumentString<UpdateContentPromptMutation, UpdateContentPromptMutationVariables>;
export const SetContentPromptStatusDocument = new TypedDocumentString(`
    mutation SetContentPromptStatus($input: SetContentPromptStatusInput!) {
  setContentPromptStatus(input: $input) {
    contentPrompt {
      ...ContentPromptFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment ContentPromptFields on ContentPrompt {
  id
  workspaceId
  userId
  weeklySummaryId
  type
  content
  status
  savedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:f303337610ec8bbc4afa478b59078fb3fe83d12c3da03241804fd8698c75c6d0"}) as unknown as TypedDocumentString<SetContentPromptStatusMutation, SetContentPromptStatusMutationVariables>;
export const FeatureFlagsDocument = new TypedDocumentString(`
    query FeatureFlags {
  featureFlags {
    name
    description
    enabled
  }
}
    `, {"hash":"sha256:84ceaaeea07306af6c68228c0c84e79a7a0d70a0716458124cfe6ccd495b96ee"}) as unknown as TypedDocumentString<FeatureFlagsQuery, FeatureFlagsQueryVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($input: AddMemberInput!) {
  addMember(input: $input) {
    member {
      ...MemberFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}`, {"hash":"sha256:2b5dabb2c1ede676a6dbd4e07c36ba50dc5bb3719c8f88e4398afbecdefda8ef"}) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    member {
      ...MemberFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}`, {"hash":"sha256:1d09af51a9aa2f010b869958e2522d82df4634304a5000a3b2882604ef6a1ff8"}) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    removedUserId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:f1835692ffefb367c49c0854e1874fe002afedaea7e7a975fdf4268004c1a443"}) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const LeaveWorkspaceDocument = new TypedDocumentString(`
    mutation LeaveWorkspace($input: LeaveWorkspaceInput!) {
  leaveWorkspace(input: $input) {
    removedUserId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:418bc35819e8bc26eb4159834708a14dc7429acaba1a594113682a8c8030071f"}) as unknown as TypedDocumentString<LeaveWorkspaceMutation, LeaveWorkspaceMutationVariables>;
export const MembershipChangedDocument = new TypedDocumentString(`
    subscription MembershipChanged {
  membershipChanged {
    workspaceId
    kind
  }
}
    `, {"hash":"sha256:7dd05a087cb7c5baee259574c1312af8c0819d9559ecf68a2bc5c1643df5a5be"}) as unknown as TypedDocumentString<MembershipChangedSubscription, MembershipChangedSubscriptionVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    email
    user {
      ...UserFields
    }
    memberships {
      role
      workspace {
        id
        name
        slug
        isPersonal
      }
    }
    flags {
      name
      enabled
    }
  }
}
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`, {"hash":"sha256:617cf41a66353671aba84b45fbb9d79b1bca997dc6c062e1feda2235791ceef1"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: UUID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`, {"hash":"sha256:c57f2a2333201f351da1f833fe9a27602f9890945af094a113a701c28f3c7f8f"}) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user {
      ...UserFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}`, {"hash":"sha256:efee85eb5c6978196c78ed4fd9687c1e28aebf66a3f4ec1cea76eeca38b189cb"}) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const WorkspaceDocument = new TypedDocumentString(`
    query Workspace($id: UUID, $slug: String) {
  workspace(id: $id, slug: $slug) {
    ...WorkspaceFields
  }
}
    fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}`, {"hash":"sha256:487184ed3ff4d3e567add22970d3c04bd6a90fdb854eea15b2afbe82723cd2be"}) as unknown as TypedDocumentString<WorkspaceQuery, WorkspaceQueryVariables>;
export const WorkspaceMembersDocument = new TypedDocumentString(`
    query WorkspaceMembers($id: UUID, $slug: String, $first: Int, $after: String) {
  workspace(id: $id, slug: $slug) {
    id
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MemberFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment UserFields on User {
  id
  email
  fullName
  firstName
  lastName
  avatarUrl
  timezone
}
fragment MemberFields on Member {
  userId
  role
  joinedAt
  user {
    ...UserFields
  }
}`, {"hash":"sha256:fb6f6b618cd150809cf17a4bfb0fe73260a67d1cde7695913728470642d406ca"}) as unknown as TypedDocumentString<WorkspaceMembersQuery, WorkspaceMembersQueryVariables>;
export const WorkspaceApiKeysDocument = new TypedDocumentString(`
    query WorkspaceApiKeys($id: UUID, $slug: String, $first: Int, $after: String) {
  workspace(id: $id, slug: $slug) {
    id
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ApiKeyFields
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  expiresAt
  isActive
  revokedAt
  rateLimit
  usageCount
  lastUsedAt
  createdAt
  createdBy {
    id
    email
  }
}`, {"hash":"sha256:114eecec928827888ed826b9a780594ad45e694cd4297379699361c94b133e35"}) as unknown as TypedDocumentString<WorkspaceApiKeysQuery, WorkspaceApiKeysQueryVariables>;
export const WorkspaceAuditLogsDocument = new TypedDocumentString(`
    query WorkspaceAuditLogs($id: UUID, $slug: String, $filter: AuditLogFilter, $first: Int, $after: String) {
  workspace(id: $id, slug: $slug) {
    id
    auditLogs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          entityType
          entityId
          action
          changes
          apiKeyId
          aiGenerated
          aiModel
          createdAt
          actor {
            id
            email
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:7fbf881c9f0e946a85eff2d643e4847ebd938b28ab8f44c12ffd8b5a1d1e9df9"}) as unknown as TypedDocumentString<WorkspaceAuditLogsQuery, WorkspaceAuditLogsQueryVariables>;
export const CreateWorkspaceDocument = new TypedDocumentString(`
    mutation CreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    workspace {
      ...WorkspaceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}`, {"hash":"sha256:d5ef8a42cbbeb195955c52295d0edd05be7f164dd3d391fdc87bb3da6d657804"}) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const UpdateWorkspaceDocument = new TypedDocumentString(`
    mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {
  updateWorkspace(input: $input) {
    workspace {
      ...WorkspaceFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}
fragment WorkspaceFields on Workspace {
  id
  name
  slug
  isPersonal
  billingEmail
  settings
  viewerRole
  createdAt
  updatedAt
  plan {
    tier
    status
    planType
    userLimit
  }
}`, {"hash":"sha256:175d0626244f564b224ab21f6963566588de448fd8e360a741cfc96ff7735dc8"}) as unknown as TypedDocumentString<UpdateWorkspaceMutation, UpdateWorkspaceMutationVariables>;
export const DeleteWorkspaceDocument = new TypedDocumentString(`
    mutation DeleteWorkspace($input: DeleteWorkspaceInput!) {
  deleteWorkspace(input: $input) {
    deletedWorkspaceId
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  field
  message
}`, {"hash":"sha256:6c6c2d3ff2fe898e37b2b9a750e3e292a05c703b7c9d780653b6417207946566"}) as unknown as TypedDocumentString<DeleteWorkspaceMutation, DeleteWorkspaceMutationVariables>;