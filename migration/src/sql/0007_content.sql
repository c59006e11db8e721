-- Content (seed 001): businesses, content bundles, social posts, blog posts, content upgrades,
-- email sequences and their emails, content versions, ESP integrations and managed URLs. The
-- seed's products, orders, order items, subscriptions and invoices live with billing (0008, whose
-- orders point at businesses and content_bundles through their (id, workspace_id) keys); its API
-- keys, audit log and feature flags with identity (0002). The rules this file leaves to the
-- service are in docs/content.md.
--
-- Every row belongs to a workspace (the tenant) and to the user who created it. The schema is
-- ready to be distributed by workspace_id (Citus): every primary key is (id, workspace_id), every
-- unique key and exclusion constraint includes workspace_id, and every foreign key between two
-- tenant tables carries workspace_id on both sides, so no row can point into another tenant even
-- through a foreign key, which row-level security does not check. Foreign keys to users and
-- workspaces (reference tables under Citus) stay single-column.
--
-- Deviations from the seed, and why:
-- - the seed describes social_posts, blog_posts, content_upgrades and email_sequences twice (under
--   bundles, and under businesses with the content-flow columns); each table here carries every
--   column of both shapes. business_id is required; bundle_id (blog_post_id for upgrades) is
--   optional, and when it is set the parent must belong to the same business: the foreign key is
--   (bundle_id, workspace_id, business_id) -> content_bundles (id, workspace_id, business_id);
-- - email_sequences has one `name` (shape A's sequence_name) and one `sequence_goal` (shape A's
--   sequence_type, whose values nurture/sales/onboarding are a subset of sequence_goal's);
-- - content_upgrades.type and .content were NOT NULL in shape A only: they are required when the
--   upgrade hangs off a blog post (content_upgrades_attached_has_type_and_content);
-- - businesses.profile_id is user_id (identity owns users); every table gets an owning user_id;
-- - everything under a business goes when the business goes (ON DELETE CASCADE), also where the
--   flow shape gave business_id no ON DELETE; content_bundles.business_id is required;
-- - emails.sequence_id is required and emails.delay_days is NOT NULL DEFAULT 0 (the first email
--   goes out on day 0); emails get updated_at;
-- - text[] columns and the seed's nullable jsonb columns are NOT NULL with an empty default
--   (an empty list and "no list" mean the same thing to every reader), except where null means
--   "nothing recorded yet" (managed_urls.utm_params, content_versions.performance_snapshot,
--   esp_integrations.error_log);
-- - businesses.promotions is a jsonb array of objects instead of JSONB[] (one jsonb value is
--   what the drivers and GraphQL JSON scalars handle);
-- - esp_integrations.credentials is text holding an AES-256-GCM ciphertext of the credentials
--   JSON (`v1:` from platform::crypto), never the credentials themselves;
-- - content_versions gets business_id (CASCADE), so deleting a business removes its history even
--   though entity_id is polymorphic and cannot cascade;
-- - managed_urls.click_count is bigint;
-- - value sets the seed leaves open (statuses, platforms, post types, upgrade types, providers,
--   sync statuses) are text with CHECK lists, chosen here; widening one is a cheap CHECK swap.
--
-- Kept in the service, not here: the content flow's cross-table rules (the linked item exists
-- in the same workspace and business, A.next and B.previous are written together, no cycles),
-- because the targets are polymorphic and, under Citus, triggers that read other tables are
-- unsafe; total_emails = number of positions; contiguous positions 1..n; declaring a winner;
-- version numbering. Polymorphic references (flow links, content_versions.entity_id,
-- managed_urls.source_id) do not cascade: the service deletes or clears them in the transaction
-- that deletes their target, and readers treat a link to a missing row as no link.

-- A list of non-blank strings: at most max_items items, none null, each at most max_length long.
CREATE FUNCTION tenancy.text_items_valid(items text[], max_items integer, max_length integer) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT cardinality(items) <= max_items
       AND array_position(items, NULL) IS NULL
       AND coalesce((SELECT bool_and(length(btrim(i)) BETWEEN 1 AND max_length) FROM unnest(items) AS i), true)
$$;

-- Businesses -----------------------------------------------------------------------------------

CREATE TABLE businesses (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    -- The seed's profile_id.
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Basic info
    name text NOT NULL,
    industry text NOT NULL,
    website text,
    -- Business overview
    business_type text NOT NULL,
    primary_product text NOT NULL,
    core_offer_description text NOT NULL,
    -- Target audience: demographics {age, gender, location, income}; psychographics {goals, values, interests}.
    audience_demographics jsonb NOT NULL DEFAULT '{}',
    audience_psychographics jsonb NOT NULL DEFAULT '{}',
    audience_job_role text,
    audience_pain_points text[] NOT NULL DEFAULT '{}',
    audience_desired_outcomes text[] NOT NULL DEFAULT '{}',
    -- Content strategy
    primary_topics text[] NOT NULL DEFAULT '{}',
    tone_of_voice text,
    brand_keywords text[] NOT NULL DEFAULT '{}',
    competitors text[] NOT NULL DEFAULT '{}',
    -- Content preferences; promotions is an array of objects (the seed's JSONB[]).
    primary_cta text,
    awareness_stage text,
    promotions jsonb NOT NULL DEFAULT '[]',
    -- Platform preferences: requirements per platform, keyed by platform.
    social_platforms text[] NOT NULL DEFAULT '{}',
    platform_preferences jsonb NOT NULL DEFAULT '{}',
    competitor_social_accounts text[] NOT NULL DEFAULT '{}',
    -- Blog preferences
    blog_style text,
    content_upgrade_type text,
    -- Email preferences
    email_tone text,
    email_frequency text,
    list_building_goals text[] NOT NULL DEFAULT '{}',
    -- Goals (free text: the seed lists no values, and the AI prompts read them as prose)
    primary_content_goal text,
    revenue_targets text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT businesses_pkey PRIMARY KEY (id, workspace_id),
    CONSTRAINT businesses_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT businesses_industry_length CHECK (length(btrim(industry)) BETWEEN 1 AND 200),
    CONSTRAINT businesses_business_type_length CHECK (length(btrim(business_type)) BETWEEN 1 AND 200),
    CONSTRAINT businesses_primary_product_length CHECK (length(btrim(primary_product)) BETWEEN 1 AND 200),
    CONSTRAINT businesses_core_offer_description_length CHECK (length(btrim(core_offer_description)) BETWEEN 1 AND 10000),
    CONSTRAINT businesses_website_scheme CHECK (website IS NULL OR website ~ '^https?://[^\s/?#]+([/?#]\S*)?$'),
    CONSTRAINT businesses_website_length CHECK (website IS NULL OR length(website) <= 2048),
    CONSTRAINT businesses_audience_demographics_object CHECK (jsonb_typeof(audience_demographics) = 'object'),
    CONSTRAINT businesses_audience_psychographics_object CHECK (jsonb_typeof(audience_psychographics) = 'object'),
    CONSTRAINT businesses_platform_preferences_object CHECK (jsonb_typeof(platform_preferences) = 'object'),
    CONSTRAINT businesses_promotions_array CHECK (
        jsonb_typeof(promotions) = 'array' AND NOT jsonb_path_exists(promotions, '$[*] ? (@.type() != "object")')
    ),
    CONSTRAINT businesses_audience_job_role_length CHECK (audience_job_role IS NULL OR length(audience_job_role) <= 200),
    CONSTRAINT businesses_tone_of_voice_length CHECK (tone_of_voice IS NULL OR length(tone_of_voice) <= 1000),
    CONSTRAINT businesses_primary_cta_length CHECK (primary_cta IS NULL OR length(primary_cta) <= 1000),
    CONSTRAINT businesses_awareness_stage_length CHECK (awareness_stage IS NULL OR length(awareness_stage) <= 1000),
    CONSTRAINT businesses_blog_style_length CHECK (blog_style IS NULL OR length(blog_style) <= 1000),
    CONSTRAINT businesses_content_upgrade_type_length CHECK (content_upgrade_type IS NULL OR length(content_upgrade_type) <= 1000),
    CONSTRAINT businesses_email_tone_length CHECK (email_tone IS NULL OR length(email_tone) <= 1000),
    CONSTRAINT businesses_email_frequency_length CHECK (email_frequency IS NULL OR length(email_frequency) <= 1000),
    CONSTRAINT businesses_primary_content_goal_length CHECK (primary_content_goal IS NULL OR length(primary_content_goal) <= 1000),
    CONSTRAINT businesses_revenue_targets_length CHECK (revenue_targets IS NULL OR length(revenue_targets) <= 1000),
    CONSTRAINT businesses_audience_pain_points_items CHECK (tenancy.text_items_valid(audience_pain_points, 100, 1000)),
    CONSTRAINT businesses_audience_desired_outcomes_items CHECK (tenancy.text_items_valid(audience_desired_outcomes, 100, 1000)),
    CONSTRAINT businesses_primary_topics_items CHECK (tenancy.text_items_valid(primary_topics, 100, 200)),
    CONSTRAINT businesses_brand_keywords_items CHECK (tenancy.text_items_valid(brand_keywords, 100, 200)),
    CONSTRAINT businesses_competitors_items CHECK (tenancy.text_items_valid(competitors, 100, 200)),
    CONSTRAINT businesses_social_platforms_items CHECK (tenancy.text_items_valid(social_platforms, 50, 100)),
    CONSTRAINT businesses_competitor_social_accounts_items CHECK (tenancy.text_items_valid(competitor_social_accounts, 100, 2048)),
    CONSTRAINT businesses_list_building_goals_items CHECK (tenancy.text_items_valid(list_building_goals, 100, 1000))
);
CREATE INDEX businesses_user_idx ON businesses (user_id);
CREATE INDEX businesses_workspace_created_idx ON businesses (workspace_id, created_at, id);
CREATE INDEX businesses_workspace_name_idx ON businesses (workspace_id, name, id);
CREATE INDEX businesses_name_trgm_idx ON businesses USING gin (name gin_trgm_ops);
CREATE TRIGGER businesses_updated_at BEFORE UPDATE ON businesses FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- Content bundles ------------------------------------------------------------------------------

CREATE TABLE content_bundles (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    business_id uuid NOT NULL,
    name text NOT NULL,
    status text NOT NULL DEFAULT 'draft',
    generation_date date NOT NULL DEFAULT CURRENT_DATE,
    -- e.g. 'Q1 2024', 'January 2024'.
    time_period text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT content_bundles_pkey PRIMARY KEY (id, workspace_id),
    -- Target of the children's (bundle_id, workspace_id, business_id) keys.
    CONSTRAINT content_bundles_id_business_key UNIQUE (id, workspace_id, business_id),
    CONSTRAINT content_bundles_business_fkey FOREIGN KEY (business_id, workspace_id)
        REFERENCES businesses (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT content_bundles_valid_status CHECK (status IN ('draft', 'generating', 'ready', 'archived')),
    CONSTRAINT content_bundles_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT content_bundles_time_period_length CHECK (length(btrim(time_period)) BETWEEN 1 AND 100)
);
CREATE INDEX content_bundles_workspace_business_status_idx ON content_bundles (workspace_id, business_id, status);
CREATE INDEX content_bundles_user_idx ON content_bundles (user_id);
CREATE INDEX content_bundles_workspace_created_idx ON content_bundles (workspace_id, created_at, id);
CREATE TRIGGER content_bundles_updated_at BEFORE UPDATE ON content_bundles FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
CREATE TRIGGER content_bundles_notify AFTER INSERT OR UPDATE OR DELETE ON content_bundles FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();

-- Social posts ---------------------------------------------------------------------------------
-- Content flow columns, on this and the next three tables: next_action_(type, id) and
-- previous_action_(type, id) are both null or both set; the allowed next types are the seed's,
-- and the allowed previous types follow from them (nothing may link to a social post, so a
-- social post never has a previous item). A/B columns, on this table, blog_posts and emails: a
-- group is the rows sharing variant_group_id; its original has is_variant = false and variants
-- true; at most one original and at most one winner per group. The winner index is not
-- deferrable: switching winners clears the old one before setting the new one.

CREATE TABLE social_posts (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    business_id uuid NOT NULL,
    bundle_id uuid,
    platform text NOT NULL,
    content text NOT NULL,
    status text NOT NULL DEFAULT 'draft',
    media_prompts text[] NOT NULL DEFAULT '{}',
    hashtags text[] NOT NULL DEFAULT '{}',
    scheduled_for timestamptz,
    post_type text,
    engagement_metrics jsonb NOT NULL DEFAULT '{}',
    -- A/B testing; winning_threshold is the engagement difference needed to declare a winner.
    is_variant boolean NOT NULL DEFAULT false,
    variant_group_id uuid,
    is_winner boolean,
    winning_threshold integer,
    -- Content flow
    next_action_type text,
    next_action_id uuid,
    previous_action_type text,
    previous_action_id uuid,
    conversion_goal text NOT NULL DEFAULT 'website_visit',
    cta_text text,
    cta_url text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT social_posts_pkey PRIMARY KEY (id, workspace_id),
    CONSTRAINT social_posts_business_fkey FOREIGN KEY (business_id, workspace_id)
        REFERENCES businesses (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT social_posts_bundle_fkey FOREIGN KEY (bundle_id, workspace_id, business_id)
        REFERENCES content_bundles (id, workspace_id, business_id) ON DELETE CASCADE,
    CONSTRAINT social_posts_valid_platform CHECK (
        platform IN ('linkedin', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'pinterest', 'threads')
    ),
    CONSTRAINT social_posts_content_length CHECK (length(btrim(content)) BETWEEN 1 AND 100000),
    CONSTRAINT social_posts_valid_status CHECK (status IN ('draft', 'scheduled', 'published', 'failed', 'archived')),
    CONSTRAINT social_posts_scheduled_has_time CHECK (status <> 'scheduled' OR scheduled_for IS NOT NULL),
    CONSTRAINT social_posts_valid_post_type CHECK (post_type IN ('single', 'carousel', 'video', 'story', 'thread')),
    CONSTRAINT social_posts_media_prompts_items CHECK (tenancy.text_items_valid(media_prompts, 20, 4000)),
    CONSTRAINT social_posts_hashtags_items CHECK (tenancy.text_items_valid(hashtags, 50, 100)),
    CONSTRAINT social_posts_engagement_metrics_object CHECK (jsonb_typeof(engagement_metrics) = 'object'),
    CONSTRAINT social_posts_winning_threshold_non_negative CHECK (winning_threshold >= 0),
    CONSTRAINT social_posts_variant_in_group CHECK (NOT is_variant OR variant_group_id IS NOT NULL),
    CONSTRAINT social_posts_winner_in_group CHECK (is_winner IS NULL OR variant_group_id IS NOT NULL),
    CONSTRAINT social_posts_valid_next_action CHECK (next_action_type IN ('blog_post', 'content_upgrade')),
    CONSTRAINT social_posts_valid_previous_action CHECK (previous_action_type IS NULL),
    CONSTRAINT social_posts_next_action_pair CHECK ((next_action_type IS NULL) = (next_action_id IS NULL)),
    CONSTRAINT social_posts_previous_action_pair CHECK ((previous_action_type IS NULL) = (previous_action_id IS NULL)),
    CONSTRAINT social_posts_valid_conversion_goal CHECK (conversion_goal IN ('website_visit', 'lead_magnet', 'sale')),
    CONSTRAINT social_posts_cta_text_length CHECK (cta_text IS NULL OR length(cta_text) <= 200),
    CONSTRAINT social_posts_cta_url_scheme CHECK (cta_url IS NULL OR cta_url ~ '^https?://[^\s/?#]+([/?#]\S*)?$'),
    CONSTRAINT social_posts_cta_url_length CHECK (cta_url IS NULL OR length(cta_url) <= 2048)
);
CREATE UNIQUE INDEX social_posts_variant_group_winner_key ON social_posts (workspace_id, variant_group_id) WHERE is_winner;
CREATE UNIQUE INDEX social_posts_variant_group_original_key ON social_posts (workspace_id, variant_group_id)
    WHERE NOT is_variant AND variant_group_id IS NOT NULL;
CREATE INDEX social_posts_workspace_business_status_idx ON social_posts (workspace_id, business_id, status);
CREATE INDEX social_posts_workspace_bundle_idx ON social_posts (workspace_id, bundle_id, created_at, id) WHERE bundle_id IS NOT NULL;
CREATE INDEX social_posts_workspace_variant_group_idx ON social_posts (workspace_id, variant_group_id) WHERE variant_group_id IS NOT NULL;
CREATE INDEX social_posts_workspace_scheduled_idx ON social_posts (workspace_id, scheduled_for, id) WHERE scheduled_for IS NOT NULL;
CREATE INDEX social_posts_user_idx ON social_posts (user_id);
CREATE INDEX social_posts_workspace_created_idx ON social_posts (workspace_id, created_at, id);
CREATE TRIGGER social_posts_updated_at BEFORE UPDATE ON social_posts FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
CREATE TRIGGER social_posts_notify AFTER INSERT OR UPDATE OR DELETE ON social_posts FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();

-- Blog posts -----------------------------------------------------------------------------------

CREATE TABLE blog_posts (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    business_id uuid NOT NULL,
    bundle_id uuid,
    title text NOT NULL,
    content text NOT NULL,
    status text NOT NULL DEFAULT 'draft',
    published_at timestamptz,
    meta_description text,
    keywords text[] NOT NULL DEFAULT '{}',
    -- Minutes.
    estimated_reading_time integer,
    primary_cta text,
    performance_metrics jsonb NOT NULL DEFAULT '{}',
    -- A/B testing
    is_variant boolean NOT NULL DEFAULT false,
    variant_group_id uuid,
    is_winner boolean,
    winning_threshold integer,
    -- Content flow
    next_action_type text,
    next_action_id uuid,
    previous_action_type text,
    previous_action_id uuid,
    conversion_goal text NOT NULL DEFAULT 'lead_magnet',
    cta_text text,
    cta_url text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT blog_posts_pkey PRIMARY KEY (id, workspace_id),
    -- Target of content_upgrades' (blog_post_id, workspace_id, business_id) key.
    CONSTRAINT blog_posts_id_business_key UNIQUE (id, workspace_id, business_id),
    CONSTRAINT blog_posts_business_fkey FOREIGN KEY (business_id, workspace_id)
        REFERENCES businesses (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT blog_posts_bundle_fkey FOREIGN KEY (bundle_id, workspace_id, business_id)
        REFERENCES content_bundles (id, workspace_id, business_id) ON DELETE CASCADE,
    CONSTRAINT blog_posts_title_length CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    CONSTRAINT blog_posts_content_length CHECK (length(btrim(content)) BETWEEN 1 AND 100000),
    CONSTRAINT blog_posts_valid_status CHECK (status IN ('draft', 'published', 'archived')),
    CONSTRAINT blog_posts_published_has_date CHECK (status <> 'published' OR published_at IS NOT NULL),
    CONSTRAINT blog_posts_meta_description_length CHECK (meta_description IS NULL OR length(meta_description) <= 500),
    CONSTRAINT blog_posts_keywords_items CHECK (tenancy.text_items_valid(keywords, 50, 100)),
    CONSTRAINT blog_posts_estimated_reading_time_non_negative CHECK (estimated_reading_time >= 0),
    CONSTRAINT blog_posts_primary_cta_length CHECK (primary_cta IS NULL OR length(primary_cta) <= 200),
    CONSTRAINT blog_posts_performance_metrics_object CHECK (jsonb_typeof(performance_metrics) = 'object'),
    CONSTRAINT blog_posts_winning_threshold_non_negative CHECK (winning_threshold >= 0),
    CONSTRAINT blog_posts_variant_in_group CHECK (NOT is_variant OR variant_group_id IS NOT NULL),
    CONSTRAINT blog_posts_winner_in_group CHECK (is_winner IS NULL OR variant_group_id IS NOT NULL),
    CONSTRAINT blog_posts_valid_next_action CHECK (next_action_type IN ('content_upgrade', 'email_sequence')),
    CONSTRAINT blog_posts_valid_previous_action CHECK (previous_action_type IN ('social_post', 'email_sequence')),
    CONSTRAINT blog_posts_next_action_pair CHECK ((next_action_type IS NULL) = (next_action_id IS NULL)),
    CONSTRAINT blog_posts_previous_action_pair CHECK ((previous_action_type IS NULL) = (previous_action_id IS NULL)),
    CONSTRAINT blog_posts_valid_conversion_goal CHECK (conversion_goal IN ('lead_magnet', 'sale', 'share')),
    CONSTRAINT blog_posts_cta_text_length CHECK (cta_text IS NULL OR length(cta_text) <= 200),
    CONSTRAINT blog_posts_cta_url_scheme CHECK (cta_url IS NULL OR cta_url ~ '^https?://[^\s/?#]+([/?#]\S*)?$'),
    CONSTRAINT blog_posts_cta_url_length CHECK (cta_url IS NULL OR length(cta_url) <= 2048)
);
CREATE UNIQUE INDEX blog_posts_variant_group_winner_key ON blog_posts (workspace_id, variant_group_id) WHERE is_winner;
CREATE UNIQUE INDEX blog_posts_variant_group_original_key ON blog_posts (workspace_id, variant_group_id)
    WHERE NOT is_variant AND variant_group_id IS NOT NULL;
CREATE INDEX blog_posts_workspace_business_status_idx ON blog_posts (workspace_id, business_id, status);
CREATE INDEX blog_posts_workspace_bundle_idx ON blog_posts (workspace_id, bundle_id, created_at, id) WHERE bundle_id IS NOT NULL;
CREATE INDEX blog_posts_workspace_variant_group_idx ON blog_posts (workspace_id, variant_group_id) WHERE variant_group_id IS NOT NULL;
CREATE INDEX blog_posts_workspace_published_idx ON blog_posts (workspace_id, published_at, id) WHERE published_at IS NOT NULL;
CREATE INDEX blog_posts_user_idx ON blog_posts (user_id);
CREATE INDEX blog_posts_workspace_created_idx ON blog_posts (workspace_id, created_at, id);
CREATE INDEX blog_posts_title_trgm_idx ON blog_posts USING gin (title gin_trgm_ops);
CREATE TRIGGER blog_posts_updated_at BEFORE UPDATE ON blog_posts FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
CREATE TRIGGER blog_posts_notify AFTER INSERT OR UPDATE OR DELETE ON blog_posts FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();

-- Content upgrades -----------------------------------------------------------------------------

CREATE TABLE content_upgrades (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    business_id uuid NOT NULL,
    -- The blog post the upgrade belongs to (the seed's shape A); optional.
    blog_post_id uuid,
    title text NOT NULL,
    -- Required when blog_post_id is set (shape A had both NOT NULL).
    type text,
    content text,
    description text,
    file_url text,
    status text NOT NULL DEFAULT 'draft',
    download_metrics jsonb NOT NULL DEFAULT '{}',
    -- Content flow
    next_action_type text,
    next_action_id uuid,
    previous_action_type text,
    previous_action_id uuid,
    conversion_goal text NOT NULL DEFAULT 'email_signup',
    cta_text text,
    cta_url text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT content_upgrades_pkey PRIMARY KEY (id, workspace_id),
    CONSTRAINT content_upgrades_business_fkey FOREIGN KEY (business_id, workspace_id)
        REFERENCES businesses (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT content_upgrades_blog_post_fkey FOREIGN KEY (blog_post_id, workspace_id, business_id)
        REFERENCES blog_posts (id, workspace_id, business_id) ON DELETE CASCADE,
    CONSTRAINT content_upgrades_attached_has_type_and_content CHECK (
        blog_post_id IS NULL OR (type IS NOT NULL AND content IS NOT NULL)
    ),
    CONSTRAINT content_upgrades_title_length CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    CONSTRAINT content_upgrades_valid_type CHECK (
        type IN ('checklist', 'template', 'guide', 'ebook', 'worksheet', 'cheat_sheet', 'swipe_file', 'video', 'other')
    ),
    CONSTRAINT content_upgrades_content_length CHECK (content IS NULL OR length(btrim(content)) BETWEEN 1 AND 100000),
    CONSTRAINT content_upgrades_description_length CHECK (description IS NULL OR length(description) <= 10000),
    CONSTRAINT content_upgrades_file_url_scheme CHECK (file_url IS NULL OR file_url ~ '^https?://[^\s/?#]+([/?#]\S*)?$'),
    CONSTRAINT content_upgrades_file_url_length CHECK (file_url IS NULL OR length(file_url) <= 2048),
    CONSTRAINT content_upgrades_valid_status CHECK (status IN ('draft', 'published', 'archived')),
    CONSTRAINT content_upgrades_download_metrics_object CHECK (jsonb_typeof(download_metrics) = 'object'),
    CONSTRAINT content_upgrades_valid_next_action CHECK (next_action_type IN ('email_sequence')),
    CONSTRAINT content_upgrades_valid_previous_action CHECK (previous_action_type IN ('social_post', 'blog_post', 'email_sequence')),
    CONSTRAINT content_upgrades_next_action_pair CHECK ((next_action_type IS NULL) = (next_action_id IS NULL)),
    CONSTRAINT content_upgrades_previous_action_pair CHECK ((previous_action_type IS NULL) = (previous_action_id IS NULL)),
    CONSTRAINT content_upgrades_valid_conversion_goal CHECK (conversion_goal IN ('email_signup', 'sale', 'share')),
    CONSTRAINT content_upgrades_cta_text_length CHECK (cta_text IS NULL OR length(cta_text) <= 200),
    CONSTRAINT content_upgrades_cta_url_scheme CHECK (cta_url IS NULL OR cta_url ~ '^https?://[^\s/?#]+([/?#]\S*)?$'),
    CONSTRAINT content_upgrades_cta_url_length CHECK (cta_url IS NULL OR length(cta_url) <= 2048)
);
CREATE INDEX content_upgrades_workspace_business_status_idx ON content_upgrades (workspace_id, business_id, status);
CREATE INDEX content_upgrades_workspace_blog_post_idx ON content_upgrades (workspace_id, blog_post_id, created_at, id) WHERE blog_post_id IS NOT NULL;
CREATE INDEX content_upgrades_user_idx ON content_upgrades (user_id);
CREATE INDEX content_upgrades_workspace_created_idx ON content_upgrades (workspace_id, created_at, id);
CREATE TRIGGER content_upgrades_updated_at BEFORE UPDATE ON content_upgrades FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- Email sequences and emails -------------------------------------------------------------------

CREATE TABLE email_sequences (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    business_id uuid NOT NULL,
    bundle_id uuid,
    -- Shape A's sequence_name.
    name text NOT NULL,
    description text,
    -- Shape A's sequence_type.
    sequence_goal text NOT NULL DEFAULT 'nurture',
    -- The number of positions in the sequence (variants share their original's position); kept
    -- by the service in the transaction that adds, moves or deletes emails.
    total_emails integer NOT NULL DEFAULT 0,
    status text NOT NULL DEFAULT 'draft',
    -- Content flow (the seed gives sequences no cta_text/cta_url: their emails carry the calls to action)
    next_action_type text,
    next_action_id uuid,
    previous_action_type text,
    previous_action_id uuid,
    conversion_goal text NOT NULL DEFAULT 'sale',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT email_sequences_pkey PRIMARY KEY (id, workspace_id),
    CONSTRAINT email_sequences_business_fkey FOREIGN KEY (business_id, workspace_id)
        REFERENCES businesses (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT email_sequences_bundle_fkey FOREIGN KEY (bundle_id, workspace_id, business_id)
        REFERENCES content_bundles (id, workspace_id, business_id) ON DELETE CASCADE,
    CONSTRAINT email_sequences_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT email_sequences_description_length CHECK (description IS NULL OR length(description) <= 10000),
    CONSTRAINT email_sequences_valid_sequence_goal CHECK (sequence_goal IN ('nurture', 'onboarding', 'sales', 'retention')),
    CONSTRAINT email_sequences_total_emails_non_negative CHECK (total_emails >= 0),
    CONSTRAINT email_sequences_valid_status CHECK (status IN ('draft', 'active', 'paused', 'archived')),
    CONSTRAINT email_sequences_valid_next_action CHECK (next_action_type IN ('blog_post', 'content_upgrade')),
    CONSTRAINT email_sequences_valid_previous_action CHECK (previous_action_type IN ('blog_post', 'content_upgrade')),
    CONSTRAINT email_sequences_next_action_pair CHECK ((next_action_type IS NULL) = (next_action_id IS NULL)),
    CONSTRAINT email_sequences_previous_action_pair CHECK ((previous_action_type IS NULL) = (previous_action_id IS NULL)),
    CONSTRAINT email_sequences_valid_conversion_goal CHECK (conversion_goal IN ('sale', 'referral', 'testimonial'))
);
CREATE INDEX email_sequences_workspace_business_status_idx ON email_sequences (workspace_id, business_id, status);
CREATE INDEX email_sequences_workspace_bundle_idx ON email_sequences (workspace_id, bundle_id, created_at, id) WHERE bundle_id IS NOT NULL;
CREATE INDEX email_sequences_user_idx ON email_sequences (user_id);
CREATE INDEX email_sequences_workspace_created_idx ON email_sequences (workspace_id, created_at, id);
CREATE TRIGGER email_sequences_updated_at BEFORE UPDATE ON email_sequences FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
CREATE TRIGGER email_sequences_notify AFTER INSERT OR UPDATE OR DELETE ON email_sequences FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();

CREATE TABLE emails (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sequence_id uuid NOT NULL,
    subject_line text NOT NULL,
    content text NOT NULL,
    -- 1..n, contiguous (kept by the service); a variant shares its original's position.
    sequence_position integer NOT NULL,
    -- Days after the previous email.
    delay_days integer NOT NULL DEFAULT 0,
    performance_metrics jsonb NOT NULL DEFAULT '{}',
    -- A/B testing
    is_variant boolean NOT NULL DEFAULT false,
    variant_group_id uuid,
    is_winner boolean,
    winning_threshold integer,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT emails_pkey PRIMARY KEY (id, workspace_id),
    CONSTRAINT emails_sequence_fkey FOREIGN KEY (sequence_id, workspace_id)
        REFERENCES email_sequences (id, workspace_id) ON DELETE CASCADE,
    -- One original (non-variant) email per position. A unique index cannot be both partial and
    -- deferrable, but an exclusion constraint can: with `=` on every column it is a partial
    -- unique key, and being DEFERRABLE INITIALLY DEFERRED it is checked at commit, so the
    -- service can renumber a sequence (insert at k, move, delete and close the gap) with plain
    -- UPDATEs in one transaction. Variants are left out by the WHERE, so they keep their
    -- original's position without a synthetic key column. Citus accepts it because it includes
    -- workspace_id with `=`. A violation is SQLSTATE 23P01 (exclusion_violation), reported at
    -- COMMIT unless the service runs `SET CONSTRAINTS emails_sequence_position_key IMMEDIATE`
    -- after renumbering, which it should, to answer with a typed error before committing.
    CONSTRAINT emails_sequence_position_key EXCLUDE USING btree (
        workspace_id WITH =, sequence_id WITH =, sequence_position WITH =
    ) WHERE (NOT is_variant) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT emails_subject_line_length CHECK (length(btrim(subject_line)) BETWEEN 1 AND 200),
    CONSTRAINT emails_content_length CHECK (length(btrim(content)) BETWEEN 1 AND 100000),
    CONSTRAINT emails_sequence_position_positive CHECK (sequence_position >= 1),
    CONSTRAINT emails_delay_days_non_negative CHECK (delay_days >= 0),
    CONSTRAINT emails_performance_metrics_object CHECK (jsonb_typeof(performance_metrics) = 'object'),
    CONSTRAINT emails_winning_threshold_non_negative CHECK (winning_threshold >= 0),
    CONSTRAINT emails_variant_in_group CHECK (NOT is_variant OR variant_group_id IS NOT NULL),
    CONSTRAINT emails_winner_in_group CHECK (is_winner IS NULL OR variant_group_id IS NOT NULL)
);
CREATE UNIQUE INDEX emails_variant_group_winner_key ON emails (workspace_id, variant_group_id) WHERE is_winner;
CREATE UNIQUE INDEX emails_variant_group_original_key ON emails (workspace_id, variant_group_id)
    WHERE NOT is_variant AND variant_group_id IS NOT NULL;
CREATE INDEX emails_workspace_sequence_position_idx ON emails (workspace_id, sequence_id, sequence_position, id);
CREATE INDEX emails_workspace_variant_group_idx ON emails (workspace_id, variant_group_id) WHERE variant_group_id IS NOT NULL;
CREATE INDEX emails_user_idx ON emails (user_id);
CREATE INDEX emails_workspace_created_idx ON emails (workspace_id, created_at, id);
CREATE TRIGGER emails_updated_at BEFORE UPDATE ON emails FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- Content versions -----------------------------------------------------------------------------

CREATE TABLE content_versions (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    -- The user on whose behalf the version was written (also for AI edits).
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The entity's business, so the history goes with the business.
    business_id uuid NOT NULL,
    entity_type text NOT NULL,
    -- Polymorphic: the service checks the entity exists in this workspace and business.
    entity_id uuid NOT NULL,
    version_number integer NOT NULL,
    -- The entity's versioned text at that moment; an entity with several text fields (a blog
    -- post's title and content) is stored as one JSON object text, hence the larger limit.
    content text NOT NULL,
    -- Why this version was created.
    reason text,
    -- The entity's metrics at that moment.
    performance_snapshot jsonb,
    -- The seed's "profile_id or AI identifier": user_id for a person's edit, or the max UUID
    -- ffffffff-ffff-ffff-ffff-ffffffffffff for an AI edit (audit_logs records the model).
    created_by uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT content_versions_pkey PRIMARY KEY (id, workspace_id),
    CONSTRAINT content_versions_business_fkey FOREIGN KEY (business_id, workspace_id)
        REFERENCES businesses (id, workspace_id) ON DELETE CASCADE,
    -- Also serves "latest version first" (a backward scan), so no separate DESC index.
    CONSTRAINT content_versions_entity_version_key UNIQUE (workspace_id, entity_type, entity_id, version_number),
    CONSTRAINT content_versions_valid_entity_type CHECK (
        entity_type IN ('social_post', 'blog_post', 'content_upgrade', 'email_sequence', 'email')
    ),
    CONSTRAINT content_versions_version_number_positive CHECK (version_number >= 1),
    CONSTRAINT content_versions_content_length CHECK (length(content) <= 250000),
    CONSTRAINT content_versions_reason_length CHECK (reason IS NULL OR length(reason) <= 1000),
    CONSTRAINT content_versions_performance_snapshot_object CHECK (
        performance_snapshot IS NULL OR jsonb_typeof(performance_snapshot) = 'object'
    ),
    CONSTRAINT content_versions_created_by_actor CHECK (
        created_by = user_id OR created_by = 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid
    )
);
CREATE INDEX content_versions_workspace_business_idx ON content_versions (workspace_id, business_id);
CREATE INDEX content_versions_user_idx ON content_versions (user_id);
CREATE INDEX content_versions_workspace_created_idx ON content_versions (workspace_id, created_at, id);
-- History is append-only for requests (restoring writes a new version); deleting stays allowed so
-- the service can remove an entity's history with the entity.
REVOKE UPDATE ON content_versions FROM mosaic_app;

-- ESP integrations -----------------------------------------------------------------------------

CREATE TABLE esp_integrations (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    business_id uuid NOT NULL,
    provider text NOT NULL,
    -- AES-256-GCM ciphertext (platform::crypto) of the provider's credentials JSON; never the
    -- credentials themselves, and never in the GraphQL schema.
    credentials text NOT NULL,
    -- Provider-specific settings (list ids, sender, …).
    settings jsonb NOT NULL DEFAULT '{}',
    last_sync_at timestamptz,
    sync_status text NOT NULL DEFAULT 'pending',
    -- Errors of the last sync, as an array of {at, message, …} objects.
    error_log jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT esp_integrations_pkey PRIMARY KEY (id, workspace_id),
    CONSTRAINT esp_integrations_business_fkey FOREIGN KEY (business_id, workspace_id)
        REFERENCES businesses (id, workspace_id) ON DELETE CASCADE,
    -- One connection per provider per business.
    CONSTRAINT esp_integrations_business_provider_key UNIQUE (workspace_id, business_id, provider),
    CONSTRAINT esp_integrations_valid_provider CHECK (
        provider IN ('mailchimp', 'convertkit', 'activecampaign', 'klaviyo', 'mailerlite', 'brevo', 'sendgrid', 'aweber', 'drip', 'hubspot')
    ),
    CONSTRAINT esp_integrations_credentials_encrypted CHECK (credentials LIKE 'v1:%'),
    CONSTRAINT esp_integrations_settings_object CHECK (jsonb_typeof(settings) = 'object'),
    CONSTRAINT esp_integrations_valid_sync_status CHECK (sync_status IN ('pending', 'syncing', 'synced', 'failed')),
    CONSTRAINT esp_integrations_synced_has_time CHECK (sync_status <> 'synced' OR last_sync_at IS NOT NULL),
    CONSTRAINT esp_integrations_failed_has_error_log CHECK (sync_status <> 'failed' OR error_log IS NOT NULL),
    CONSTRAINT esp_integrations_error_log_array CHECK (error_log IS NULL OR jsonb_typeof(error_log) = 'array')
);
CREATE INDEX esp_integrations_user_idx ON esp_integrations (user_id);
CREATE INDEX esp_integrations_workspace_created_idx ON esp_integrations (workspace_id, created_at, id);
CREATE TRIGGER esp_integrations_updated_at BEFORE UPDATE ON esp_integrations FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
CREATE TRIGGER esp_integrations_notify AFTER INSERT OR UPDATE OR DELETE ON esp_integrations FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();

-- Managed URLs ---------------------------------------------------------------------------------

CREATE TABLE managed_urls (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    business_id uuid NOT NULL,
    -- Polymorphic: the content item the URL appears in.
    source_type text NOT NULL,
    source_id uuid NOT NULL,
    url text NOT NULL,
    -- utm_source, utm_medium, utm_campaign, utm_term, utm_content (strings), added to url's query.
    utm_params jsonb,
    -- Incremented by the redirect endpoint, one per hit.
    click_count bigint NOT NULL DEFAULT 0,
    last_checked_at timestamptz,
    is_valid boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT managed_urls_pkey PRIMARY KEY (id, workspace_id),
    CONSTRAINT managed_urls_business_fkey FOREIGN KEY (business_id, workspace_id)
        REFERENCES businesses (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT managed_urls_valid_source_type CHECK (
        source_type IN ('social_post', 'blog_post', 'content_upgrade', 'email_sequence', 'email')
    ),
    CONSTRAINT managed_urls_url_scheme CHECK (url ~ '^https?://[^\s/?#]+([/?#]\S*)?$'),
    CONSTRAINT managed_urls_url_length CHECK (length(url) <= 2048),
    CONSTRAINT managed_urls_utm_params_valid CHECK (
        utm_params IS NULL OR (
            jsonb_typeof(utm_params) = 'object'
            AND utm_params - ARRAY['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] = '{}'::jsonb
            AND NOT jsonb_path_exists(utm_params, '$.* ? (@.type() != "string")')
            AND length(utm_params::text) <= 2048
        )
    ),
    CONSTRAINT managed_urls_click_count_non_negative CHECK (click_count >= 0)
);
CREATE INDEX managed_urls_workspace_source_idx ON managed_urls (workspace_id, source_type, source_id);
CREATE INDEX managed_urls_workspace_business_idx ON managed_urls (workspace_id, business_id, created_at, id);
-- The link-check job takes the least recently checked first.
CREATE INDEX managed_urls_last_checked_idx ON managed_urls (last_checked_at NULLS FIRST);
CREATE INDEX managed_urls_user_idx ON managed_urls (user_id);
CREATE INDEX managed_urls_workspace_created_idx ON managed_urls (workspace_id, created_at, id);

-- Row-level security: the standard tenant policies on every table.
SELECT tenancy.enable_tenant_rls('businesses');
SELECT tenancy.enable_tenant_rls('content_bundles');
SELECT tenancy.enable_tenant_rls('social_posts');
SELECT tenancy.enable_tenant_rls('blog_posts');
SELECT tenancy.enable_tenant_rls('content_upgrades');
SELECT tenancy.enable_tenant_rls('email_sequences');
SELECT tenancy.enable_tenant_rls('emails');
SELECT tenancy.enable_tenant_rls('content_versions');
SELECT tenancy.enable_tenant_rls('esp_integrations');
SELECT tenancy.enable_tenant_rls('managed_urls');

-- No GRANT here: the default privileges of 0001 already cover these tables, and a GRANT ON ALL
-- TABLES would undo the column limits 0002 puts on users, workspaces and api_keys.
