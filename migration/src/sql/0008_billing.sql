-- Billing (seeds 000, 001, 002, 003, 004): the product and price catalogue, AI models, billing
-- customers, subscriptions and their invoices, orders and their items, PhonePe payments, provider
-- webhooks, the credit ledger and usage records. 21 seed tables become 15:
-- - products = 003 products + 001 bundle_products; customers = 003 customers + 004
--   billing_customers; subscriptions = 000 + 001 + 003 subscriptions + 004 billing_subscriptions;
--   webhook_events = 003 webhook_events + 004 billing_events;
-- - 000 users.subscription_tier / budget_limit_monthly and 002 accounts' plan columns already live
--   on identity's `workspaces`; billing is their only writer, through tenancy.apply_plan().
--
-- Three kinds of table:
-- - tenant tables (customers, subscriptions, subscription_invoices, orders, order_items, payments,
--   user_credits, credit_transactions, usage_records, api_usage_logs, account_usage_stats): ready
--   for Citus distribution by workspace_id, so the primary key is (id, workspace_id), every unique
--   key holds workspace_id, and references between them go through (id, workspace_id). Members
--   read them (customers: owners and admins only); nobody writes them as the request role: writes
--   run as mosaic_worker (webhooks, and the service for user-started intents such as createOrder,
--   createPayment, deductCredits); credit_transactions and api_usage_logs are append-only even
--   for the worker;
-- - global catalogues (products, prices, ai_models): no workspace_id; every signed-in user reads
--   them, staff and the worker write them;
-- - webhook_events: a system table, for the worker role alone.
--
-- Deviations from the seeds, and why:
-- - money is integer minor units (bigint) with a lowercase ISO 4217 currency: 000's DECIMAL rupees
--   become paise (payments.amount/gst_amount/total_amount, subscriptions.amount_minor), 001's and
--   003's cents stay cents. usage_records.cost_usd stays an exact numeric(10,6) (sub-cent agent
--   costs, compared with workspaces.budget_limit_monthly, numeric(10,4)); ai_models.credit_cost
--   stays numeric (a per-call rate, rounded up to whole credits by the service);
-- - provider text ids (003 `prod_…`, `price_…`, `sub_…` primary keys; 001/004 stripe_*_id; 000
--   phonepe_subscription_id) become (provider, provider_…_id) columns beside a uuid id;
-- - 003/004 keyed customers, credits and subscriptions by user; here they belong to the
--   workspace (a user's own products live in their personal workspace), and user_id records who
--   started them. On money tables user_id is ON DELETE SET NULL (a deleted account does not erase
--   a workspace's payment history); seeds 000/003/004 cascade;
-- - 001 orders.business_id cascaded on business deletion; here it is SET NULL (the order and its
--   money survive the business). order_items.product_id is NOT NULL (items always come from the
--   catalogue; unit_price is copied at order time);
-- - 001 subscriptions.plan_type (optimization, scheduling, analytics: add-on modules) is
--   `addon_type`, because `plan_type` is the workspace's individual/team/agency (002), which a
--   plan subscription carries to the workspace;
-- - unique keys on provider ids hold workspace_id (Citus): that a Stripe customer or subscription
--   belongs to a single workspace is checked by the webhook handler, not by a global key;
-- - 003 webhook_events.processed_at defaulted to now(); here it stays NULL until the effect
--   commits (as 004), with attempts and error for retries;
-- - products gain a currency for 001's base_price (cents of which currency was implied);
-- - orders and payments refuse status changes outside their flows (rules 3 and 7), with a trigger
--   that reports a CHECK-like violation named orders_status_transition / payments_status_transition;
-- - 000's Redis keys are not tables: Postgres is the record, Redis an optional cache.
--
-- Runs after the content migration (0007), whose businesses and content_bundles orders and
-- order items reference by (id, workspace_id). webhook_events is global (its key, one row per
-- provider event, cannot hold a workspace that is only known once the event is read): with
-- Citus it is a reference table, as are the three catalogues (crates/billing's Domain says so).

-- The standard policies for a tenant billing table: members of every role read their workspaces'
-- rows, the request role writes nothing (no policy and no privilege), the worker does anything.
CREATE FUNCTION tenancy.enable_billing_rls(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY tenant_read ON %s FOR SELECT TO mosaic_app USING (workspace_id IN (SELECT tenancy.workspaces_with_role(''viewer'')))', tbl);
    EXECUTE format('CREATE POLICY worker_all ON %s TO mosaic_worker USING (true) WITH CHECK (true)', tbl);
    -- The default privileges of 0001 granted these; the policies alone would already refuse.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %s FROM mosaic_app', tbl);
END
$$;
REVOKE ALL ON FUNCTION tenancy.enable_billing_rls(regclass) FROM PUBLIC;

-- Refuses a status change that is not listed: TG_ARGV[0] is the constraint name reported (SQLSTATE
-- 23514, as a CHECK), the other arguments are the allowed 'from>to' pairs. Use it as
-- BEFORE UPDATE OF status ... WHEN (OLD.status IS DISTINCT FROM NEW.status).
CREATE FUNCTION tenancy.guard_status_transition() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    step text := (to_jsonb(OLD) ->> 'status') || '>' || (to_jsonb(NEW) ->> 'status');
BEGIN
    IF NOT step = ANY (TG_ARGV[1:TG_NARGS - 1]) THEN
        RAISE EXCEPTION '%: % is not allowed', TG_TABLE_NAME, step
            USING ERRCODE = '23514', CONSTRAINT = TG_ARGV[0], TABLE = TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END
$$;

-- Catalogue: products, prices, AI models -----------------------------------------------------

CREATE TABLE products (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    -- Where the product is defined: synced from Stripe or Whop (003), or Mosaic's own (001 bundles).
    provider text NOT NULL DEFAULT 'internal',
    provider_product_id text,
    name text NOT NULL,
    description text,
    image text,
    active boolean NOT NULL DEFAULT true,
    -- {credits, features, …} (003): credits is what a credit pack grants per unit.
    metadata jsonb NOT NULL DEFAULT '{}',
    -- 001 content bundles: set together, or all NULL for plans and credit packs.
    type text,
    content_count integer,
    -- e.g. '1 year', '1 quarter'.
    time_period text,
    features jsonb NOT NULL DEFAULT '[]',
    -- The bundle's list price in minor units of `currency`; orders copy it as unit_price.
    base_price bigint,
    currency text NOT NULL DEFAULT 'usd',
    -- [{"min_quantity": 10, "percent_off": 15}, …]: the highest tier whose min_quantity <= quantity applies.
    volume_discounts jsonb NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT products_provider_check CHECK (provider IN ('stripe', 'whop', 'internal')),
    CONSTRAINT products_provider_id_present CHECK (provider = 'internal' OR provider_product_id IS NOT NULL),
    CONSTRAINT products_provider_id_key UNIQUE (provider, provider_product_id),
    CONSTRAINT products_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT products_type_check CHECK (type IN ('social', 'blog', 'email', 'upgrade')),
    CONSTRAINT products_bundle_fields CHECK (
        (type IS NULL) = (content_count IS NULL) AND (type IS NULL) = (time_period IS NULL) AND (type IS NULL) = (base_price IS NULL)
    ),
    CONSTRAINT products_content_count_positive CHECK (content_count > 0),
    CONSTRAINT products_base_price_non_negative CHECK (base_price >= 0),
    CONSTRAINT products_currency_format CHECK (currency ~ '^[a-z]{3}$'),
    CONSTRAINT products_metadata_object CHECK (jsonb_typeof(metadata) = 'object'),
    CONSTRAINT products_features_array CHECK (jsonb_typeof(features) = 'array'),
    CONSTRAINT products_volume_discounts_format CHECK (
        jsonb_typeof(volume_discounts) = 'array'
        AND NOT jsonb_path_exists(volume_discounts, '$[*] ? (!(@.type() == "object" && @.min_quantity.type() == "number" && @.percent_off.type() == "number" && @.min_quantity >= 1 && @.min_quantity.floor() == @.min_quantity && @.percent_off > 0 && @.percent_off <= 100 && (@.percent_off * 100).floor() == @.percent_off * 100))')
    )
);
CREATE INDEX products_active_type_idx ON products (active, type);
CREATE TRIGGER products_updated_at BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

CREATE TABLE prices (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    provider text NOT NULL DEFAULT 'internal',
    provider_price_id text,
    description text,
    unit_amount bigint NOT NULL,
    currency text NOT NULL DEFAULT 'usd',
    type text NOT NULL,
    interval text,
    interval_count integer NOT NULL DEFAULT 1,
    trial_period_days integer NOT NULL DEFAULT 0,
    active boolean NOT NULL DEFAULT true,
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT prices_provider_check CHECK (provider IN ('stripe', 'whop', 'internal')),
    CONSTRAINT prices_provider_id_present CHECK (provider = 'internal' OR provider_price_id IS NOT NULL),
    CONSTRAINT prices_provider_id_key UNIQUE (provider, provider_price_id),
    CONSTRAINT prices_unit_amount_non_negative CHECK (unit_amount >= 0),
    CONSTRAINT prices_currency_format CHECK (currency ~ '^[a-z]{3}$'),
    CONSTRAINT prices_type_check CHECK (type IN ('one_time', 'recurring')),
    CONSTRAINT prices_interval_check CHECK (interval IN ('day', 'week', 'month', 'year')),
    CONSTRAINT prices_interval_iff_recurring CHECK ((type = 'recurring') = (interval IS NOT NULL)),
    CONSTRAINT prices_interval_count_positive CHECK (interval_count > 0),
    CONSTRAINT prices_trial_period_days_non_negative CHECK (trial_period_days >= 0),
    CONSTRAINT prices_metadata_object CHECK (jsonb_typeof(metadata) = 'object')
);
CREATE INDEX prices_product_idx ON prices (product_id);
CREATE TRIGGER prices_updated_at BEFORE UPDATE ON prices FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

CREATE TABLE ai_models (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    name text NOT NULL,
    provider text NOT NULL,
    -- e.g. 'openai/gpt-4o-mini'.
    openrouter_id text NOT NULL,
    description text,
    logo_key text,
    -- Credits per call; a charge is ceil(credit_cost × calls) whole credits.
    credit_cost numeric(12, 4) NOT NULL,
    model_type text NOT NULL,
    max_context_tokens integer,
    supports_text boolean NOT NULL DEFAULT true,
    supports_images boolean NOT NULL DEFAULT false,
    supports_audio boolean NOT NULL DEFAULT false,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ai_models_openrouter_id_key UNIQUE (openrouter_id),
    CONSTRAINT ai_models_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT ai_models_provider_check CHECK (provider IN ('openai', 'anthropic', 'google', 'meta')),
    CONSTRAINT ai_models_credit_cost_positive CHECK (credit_cost > 0),
    CONSTRAINT ai_models_model_type_check CHECK (model_type IN ('fast', 'advanced', 'affordable')),
    CONSTRAINT ai_models_max_context_tokens_positive CHECK (max_context_tokens > 0)
);
CREATE INDEX ai_models_active_cost_idx ON ai_models (credit_cost) WHERE is_active;
CREATE TRIGGER ai_models_updated_at BEFORE UPDATE ON ai_models FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- Customers and subscriptions ----------------------------------------------------------------

CREATE TABLE customers (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    -- Who set billing up.
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    stripe_customer_id text,
    whop_customer_id text,
    default_payment_method text,
    currency text NOT NULL DEFAULT 'usd',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    -- One billing customer per workspace (004's one per user, in the personal workspace).
    CONSTRAINT customers_workspace_key UNIQUE (workspace_id),
    CONSTRAINT customers_currency_format CHECK (currency ~ '^[a-z]{3}$')
);
CREATE INDEX customers_user_idx ON customers (user_id);
CREATE INDEX customers_stripe_customer_idx ON customers (stripe_customer_id) WHERE stripe_customer_id IS NOT NULL;
CREATE INDEX customers_whop_customer_idx ON customers (whop_customer_id) WHERE whop_customer_id IS NOT NULL;
CREATE TRIGGER customers_updated_at BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

CREATE TABLE subscriptions (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    customer_id uuid,
    provider text NOT NULL,
    -- Stripe sub_…, Whop membership id, PhonePe subscription id; NULL only for manual grants.
    provider_subscription_id text,
    -- No ON DELETE action: a price in use is deactivated, never deleted.
    price_id uuid REFERENCES prices (id),
    -- The one subscription that sets the workspace's plan columns (see tenancy.apply_plan).
    -- Add-ons never gate; a replaced plan subscription is set to false before its successor is added.
    gates_plan boolean NOT NULL DEFAULT true,
    -- A plan subscription names its tier (000) …
    plan text,
    -- … an add-on subscription its module (001 plan_type).
    addon_type text,
    status text NOT NULL DEFAULT 'trialing',
    quantity integer NOT NULL DEFAULT 1,
    -- What one period costs, in minor units (000 price_inr in paise, 001 monthly_price in cents).
    amount_minor bigint,
    currency text NOT NULL DEFAULT 'usd',
    billing_cycle text,
    cancel_at_period_end boolean NOT NULL DEFAULT false,
    current_period_start timestamptz NOT NULL DEFAULT now(),
    current_period_end timestamptz NOT NULL,
    trial_start timestamptz,
    trial_end timestamptz,
    cancel_at timestamptz,
    canceled_at timestamptz,
    ended_at timestamptz,
    -- What a gating subscription gives the workspace; NULL means the free plan's value.
    plan_type text,
    creator_limit integer,
    user_limit integer,
    voice_model_limit integer,
    storage_limit_gb integer,
    budget_limit_monthly numeric(10, 4),
    -- 001: the features, limits and usage of an add-on module.
    features jsonb NOT NULL DEFAULT '[]',
    usage_limits jsonb NOT NULL DEFAULT '{}',
    current_usage jsonb NOT NULL DEFAULT '{}',
    latest_invoice_url text,
    -- 004: cached plan nickname, amount … to render the paywall without calling Stripe.
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT subscriptions_customer_fkey FOREIGN KEY (customer_id, workspace_id)
        REFERENCES customers (id, workspace_id) ON DELETE SET NULL (customer_id),
    CONSTRAINT subscriptions_provider_check CHECK (provider IN ('stripe', 'whop', 'phonepe', 'manual')),
    CONSTRAINT subscriptions_provider_id_present CHECK (provider = 'manual' OR provider_subscription_id IS NOT NULL),
    CONSTRAINT subscriptions_provider_id_key UNIQUE (provider, provider_subscription_id, workspace_id),
    CONSTRAINT subscriptions_plan_check CHECK (plan IN ('free', 'starter', 'growth', 'enterprise')),
    CONSTRAINT subscriptions_addon_type_check CHECK (addon_type IN ('optimization', 'scheduling', 'analytics')),
    CONSTRAINT subscriptions_plan_or_addon CHECK ((plan IS NULL) <> (addon_type IS NULL)),
    CONSTRAINT subscriptions_addon_never_gates CHECK (NOT (gates_plan AND addon_type IS NOT NULL)),
    CONSTRAINT subscriptions_status_check CHECK (status IN ('trialing', 'active', 'past_due', 'canceled', 'incomplete', 'incomplete_expired', 'unpaid', 'paused')),
    CONSTRAINT subscriptions_quantity_positive CHECK (quantity > 0),
    CONSTRAINT subscriptions_amount_non_negative CHECK (amount_minor >= 0),
    CONSTRAINT subscriptions_currency_format CHECK (currency ~ '^[a-z]{3}$'),
    CONSTRAINT subscriptions_billing_cycle_check CHECK (billing_cycle IN ('monthly', 'annual')),
    CONSTRAINT subscriptions_period_order CHECK (current_period_end >= current_period_start),
    CONSTRAINT subscriptions_trial_order CHECK (trial_end >= trial_start),
    CONSTRAINT subscriptions_ended_when_canceled CHECK (status <> 'canceled' OR ended_at IS NOT NULL),
    CONSTRAINT subscriptions_plan_type_check CHECK (plan_type IN ('individual', 'team', 'agency')),
    CONSTRAINT subscriptions_limits_non_negative CHECK (
        creator_limit >= 0 AND user_limit >= 0 AND voice_model_limit >= 0 AND storage_limit_gb >= 0 AND budget_limit_monthly >= 0
    ),
    CONSTRAINT subscriptions_features_array CHECK (jsonb_typeof(features) = 'array'),
    CONSTRAINT subscriptions_json_objects CHECK (
        jsonb_typeof(usage_limits) = 'object' AND jsonb_typeof(current_usage) = 'object' AND jsonb_typeof(metadata) = 'object'
    )
);
-- At most one subscription per workspace gates its plan.
CREATE UNIQUE INDEX subscriptions_gating_key ON subscriptions (workspace_id) WHERE gates_plan;
CREATE INDEX subscriptions_customer_idx ON subscriptions (customer_id, workspace_id);
CREATE INDEX subscriptions_status_idx ON subscriptions (status);
CREATE INDEX subscriptions_price_idx ON subscriptions (price_id);
CREATE INDEX subscriptions_user_idx ON subscriptions (user_id);
CREATE INDEX subscriptions_provider_id_idx ON subscriptions (provider, provider_subscription_id);
CREATE INDEX subscriptions_period_end_idx ON subscriptions (current_period_end) WHERE status IN ('trialing', 'active', 'past_due');
CREATE INDEX subscriptions_workspace_created_idx ON subscriptions (workspace_id, created_at, id);
CREATE TRIGGER subscriptions_updated_at BEFORE UPDATE ON subscriptions FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

CREATE TABLE subscription_invoices (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    subscription_id uuid NOT NULL,
    amount bigint NOT NULL,
    currency text NOT NULL DEFAULT 'usd',
    status text NOT NULL,
    billing_period_start timestamptz NOT NULL,
    billing_period_end timestamptz NOT NULL,
    stripe_invoice_id text,
    payment_intent_id text,
    -- 004 latest_invoice_url: the provider's page for this invoice.
    hosted_invoice_url text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT subscription_invoices_subscription_fkey FOREIGN KEY (subscription_id, workspace_id)
        REFERENCES subscriptions (id, workspace_id) ON DELETE CASCADE,
    -- Webhook idempotency: an invoice event updates its row.
    CONSTRAINT subscription_invoices_stripe_invoice_key UNIQUE (stripe_invoice_id, workspace_id),
    CONSTRAINT subscription_invoices_amount_non_negative CHECK (amount >= 0),
    CONSTRAINT subscription_invoices_currency_format CHECK (currency ~ '^[a-z]{3}$'),
    CONSTRAINT subscription_invoices_status_check CHECK (status IN ('paid', 'pending', 'failed')),
    CONSTRAINT subscription_invoices_period_order CHECK (billing_period_end >= billing_period_start)
);
CREATE INDEX subscription_invoices_subscription_idx ON subscription_invoices (subscription_id, workspace_id, billing_period_start DESC);
CREATE INDEX subscription_invoices_status_idx ON subscription_invoices (workspace_id, status);
CREATE INDEX subscription_invoices_workspace_created_idx ON subscription_invoices (workspace_id, created_at, id);
CREATE TRIGGER subscription_invoices_updated_at BEFORE UPDATE ON subscription_invoices FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- Orders and payments ------------------------------------------------------------------------

CREATE TABLE orders (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    -- The content crate's business the order is for.
    business_id uuid,
    status text NOT NULL DEFAULT 'pending',
    -- Σ order_items.subtotal, in minor units of currency (kept by the service).
    total_amount bigint NOT NULL,
    currency text NOT NULL DEFAULT 'usd',
    -- Stripe payment intent.
    payment_intent_id text,
    payment_status text,
    payment_method text,
    metadata jsonb NOT NULL DEFAULT '{}',
    idempotency_key text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT orders_business_fkey FOREIGN KEY (business_id, workspace_id)
        REFERENCES businesses (id, workspace_id) ON DELETE SET NULL (business_id),
    CONSTRAINT orders_idempotency_key UNIQUE (workspace_id, idempotency_key),
    CONSTRAINT orders_payment_intent_key UNIQUE (payment_intent_id, workspace_id),
    CONSTRAINT orders_status_check CHECK (status IN ('pending', 'paid', 'failed', 'refunded')),
    CONSTRAINT orders_total_non_negative CHECK (total_amount >= 0),
    CONSTRAINT orders_currency_format CHECK (currency ~ '^[a-z]{3}$'),
    CONSTRAINT orders_idempotency_key_length CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    CONSTRAINT orders_metadata_object CHECK (jsonb_typeof(metadata) = 'object')
);
CREATE INDEX orders_business_idx ON orders (business_id, workspace_id);
CREATE INDEX orders_user_idx ON orders (user_id);
CREATE INDEX orders_workspace_status_idx ON orders (workspace_id, status);
CREATE INDEX orders_workspace_created_idx ON orders (workspace_id, created_at, id);
CREATE TRIGGER orders_updated_at BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
-- pending → paid | failed; paid → refunded (rule 7).
CREATE TRIGGER orders_status_transition BEFORE UPDATE OF status ON orders FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION tenancy.guard_status_transition('orders_status_transition', 'pending>paid', 'pending>failed', 'paid>refunded');
CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION tenancy.notify_change();

CREATE TABLE order_items (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    order_id uuid NOT NULL,
    -- No ON DELETE action: a product that was sold is deactivated, never deleted.
    product_id uuid NOT NULL REFERENCES products (id),
    quantity integer NOT NULL DEFAULT 1,
    -- The product's base_price at order time.
    unit_price bigint NOT NULL,
    -- From the product's volume_discounts tier for this quantity.
    discount_amount bigint NOT NULL DEFAULT 0,
    subtotal bigint NOT NULL,
    -- The content crate's bundle this item produced.
    content_bundle_id uuid,
    options jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT order_items_order_fkey FOREIGN KEY (order_id, workspace_id)
        REFERENCES orders (id, workspace_id) ON DELETE CASCADE,
    CONSTRAINT order_items_content_bundle_fkey FOREIGN KEY (content_bundle_id, workspace_id)
        REFERENCES content_bundles (id, workspace_id) ON DELETE SET NULL (content_bundle_id),
    CONSTRAINT order_items_quantity_positive CHECK (quantity > 0),
    CONSTRAINT order_items_amounts_non_negative CHECK (unit_price >= 0 AND discount_amount >= 0 AND subtotal >= 0),
    CONSTRAINT order_items_subtotal_matches CHECK (subtotal = quantity * unit_price - discount_amount),
    CONSTRAINT order_items_options_object CHECK (jsonb_typeof(options) = 'object')
);
CREATE INDEX order_items_order_idx ON order_items (order_id, workspace_id);
CREATE INDEX order_items_product_idx ON order_items (product_id);
CREATE INDEX order_items_content_bundle_idx ON order_items (content_bundle_id, workspace_id);

-- PhonePe payments (000), in paise.
CREATE TABLE payments (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    -- What the payment is for: an order, a subscription period, or neither (at most one).
    order_id uuid,
    subscription_id uuid,
    -- Before GST; the service computes gst_amount (default 18 %, rounded half up).
    amount bigint NOT NULL,
    gst_amount bigint NOT NULL DEFAULT 0,
    total_amount bigint NOT NULL,
    currency text NOT NULL DEFAULT 'inr',
    status text NOT NULL DEFAULT 'pending',
    -- PhonePe's id for the transaction, known from the callback or a status check.
    phonepe_transaction_id text,
    -- Ours, sent to PhonePe: under 38 characters of letters, digits, '_' and '-'.
    phonepe_merchant_transaction_id text NOT NULL,
    payment_method text,
    -- PhonePe's pay page for this payment, given back when the same request is repeated.
    redirect_url text,
    completed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT payments_order_fkey FOREIGN KEY (order_id, workspace_id)
        REFERENCES orders (id, workspace_id) ON DELETE SET NULL (order_id),
    CONSTRAINT payments_subscription_fkey FOREIGN KEY (subscription_id, workspace_id)
        REFERENCES subscriptions (id, workspace_id) ON DELETE SET NULL (subscription_id),
    CONSTRAINT payments_merchant_transaction_key UNIQUE (phonepe_merchant_transaction_id, workspace_id),
    CONSTRAINT payments_phonepe_transaction_key UNIQUE (phonepe_transaction_id, workspace_id),
    CONSTRAINT payments_merchant_transaction_format CHECK (phonepe_merchant_transaction_id ~ '^[A-Za-z0-9_-]{1,37}$'),
    CONSTRAINT payments_one_target CHECK (num_nonnulls(order_id, subscription_id) <= 1),
    CONSTRAINT payments_amounts_non_negative CHECK (amount >= 0 AND gst_amount >= 0),
    CONSTRAINT payments_total_matches CHECK (total_amount = amount + gst_amount),
    -- PhonePe takes at least 100 paise (₹1).
    CONSTRAINT payments_total_minimum CHECK (total_amount >= 100),
    CONSTRAINT payments_currency_format CHECK (currency ~ '^[a-z]{3}$'),
    CONSTRAINT payments_redirect_url_format CHECK (redirect_url ~ '^https?://' AND length(redirect_url) <= 2000),
    CONSTRAINT payments_status_check CHECK (status IN ('pending', 'completed', 'failed', 'refunded')),
    CONSTRAINT payments_completed_at_matches_status CHECK ((status IN ('completed', 'refunded')) = (completed_at IS NOT NULL))
);
CREATE INDEX payments_user_idx ON payments (user_id);
CREATE INDEX payments_order_idx ON payments (order_id, workspace_id);
CREATE INDEX payments_subscription_idx ON payments (subscription_id, workspace_id);
CREATE INDEX payments_status_created_idx ON payments (status, created_at) WHERE status = 'pending';
CREATE INDEX payments_workspace_created_idx ON payments (workspace_id, created_at, id);
CREATE TRIGGER payments_updated_at BEFORE UPDATE ON payments FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();
-- pending → completed | failed; completed → refunded; failed and refunded are final (rule 3).
CREATE TRIGGER payments_status_transition BEFORE UPDATE OF status ON payments FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION tenancy.guard_status_transition('payments_status_transition', 'pending>completed', 'pending>failed', 'completed>refunded');

-- Provider webhooks --------------------------------------------------------------------------

-- A system table: the worker stores each verified delivery and its effect in one transaction.
CREATE TABLE webhook_events (
    id uuid PRIMARY KEY DEFAULT uuidv7(),
    provider text NOT NULL,
    -- Stripe evt_…, Whop webhook-id, PhonePe merchant transaction id + state.
    provider_event_id text NOT NULL,
    event_type text NOT NULL,
    payload jsonb NOT NULL,
    -- The workspace the event was resolved to, once known.
    workspace_id uuid REFERENCES workspaces (id) ON DELETE SET NULL,
    -- NULL until the effect committed.
    processed_at timestamptz,
    attempts integer NOT NULL DEFAULT 0,
    -- The last failure.
    error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT webhook_events_provider_check CHECK (provider IN ('stripe', 'whop', 'phonepe')),
    CONSTRAINT webhook_events_provider_event_key UNIQUE (provider, provider_event_id),
    CONSTRAINT webhook_events_attempts_non_negative CHECK (attempts >= 0)
);
CREATE INDEX webhook_events_type_idx ON webhook_events (event_type);
CREATE INDEX webhook_events_created_idx ON webhook_events (created_at DESC);
CREATE INDEX webhook_events_unprocessed_idx ON webhook_events (created_at) WHERE processed_at IS NULL;
CREATE INDEX webhook_events_workspace_idx ON webhook_events (workspace_id);
CREATE TRIGGER webhook_events_updated_at BEFORE UPDATE ON webhook_events FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- Credits ------------------------------------------------------------------------------------

-- One balance per workspace (003's one per user, in the personal workspace).
CREATE TABLE user_credits (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    -- Who the balance was opened for.
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    -- The subscription whose plan_credits refill the balance.
    subscription_id uuid,
    credits_balance integer NOT NULL DEFAULT 0,
    -- The monthly allowance: at next_reset_at the balance becomes plan_credits (no rollover).
    plan_credits integer NOT NULL DEFAULT 0,
    next_reset_at timestamptz,
    -- Bytes stored by knowledge and canvas, in MB (003 float8: a measure, not money).
    storage_used_mb double precision NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT user_credits_workspace_key UNIQUE (workspace_id),
    CONSTRAINT user_credits_subscription_fkey FOREIGN KEY (subscription_id, workspace_id)
        REFERENCES subscriptions (id, workspace_id) ON DELETE SET NULL (subscription_id),
    CONSTRAINT user_credits_balance_non_negative CHECK (credits_balance >= 0),
    CONSTRAINT user_credits_plan_credits_non_negative CHECK (plan_credits >= 0),
    CONSTRAINT user_credits_storage_non_negative CHECK (storage_used_mb >= 0)
);
CREATE INDEX user_credits_user_idx ON user_credits (user_id);
CREATE INDEX user_credits_subscription_idx ON user_credits (subscription_id, workspace_id);
CREATE INDEX user_credits_next_reset_idx ON user_credits (next_reset_at) WHERE next_reset_at IS NOT NULL;
CREATE TRIGGER user_credits_updated_at BEFORE UPDATE ON user_credits FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- The ledger: one row per balance change, never edited (rule 15).
CREATE TABLE credit_transactions (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    transaction_type text NOT NULL,
    -- Positive adds, negative deducts.
    credits_amount integer NOT NULL,
    credits_balance_after integer NOT NULL,
    reason text,
    -- {model, conversation_id, calls_count, …}
    metadata jsonb NOT NULL DEFAULT '{}',
    idempotency_key text,
    -- The moment of the entry, not of its transaction's start: entries are written under the
    -- balance's row lock, so this orders the ledger as the balances after them follow.
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT credit_transactions_idempotency_key UNIQUE (workspace_id, idempotency_key),
    CONSTRAINT credit_transactions_type_check CHECK (transaction_type IN ('deduction', 'refund', 'purchase', 'monthly_reset', 'trial_grant', 'bonus')),
    CONSTRAINT credit_transactions_amount_sign CHECK (
        CASE transaction_type
            WHEN 'deduction' THEN credits_amount < 0
            WHEN 'monthly_reset' THEN true
            ELSE credits_amount > 0
        END
    ),
    CONSTRAINT credit_transactions_balance_non_negative CHECK (credits_balance_after >= 0),
    CONSTRAINT credit_transactions_idempotency_key_length CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    CONSTRAINT credit_transactions_metadata_object CHECK (jsonb_typeof(metadata) = 'object')
);
CREATE INDEX credit_transactions_user_idx ON credit_transactions (user_id);
CREATE INDEX credit_transactions_workspace_type_idx ON credit_transactions (workspace_id, transaction_type, created_at);
CREATE INDEX credit_transactions_workspace_created_idx ON credit_transactions (workspace_id, created_at, id);

-- Usage --------------------------------------------------------------------------------------

-- Agent usage per (workspace, user, day) (000); month-to-date cost is compared with the budget.
CREATE TABLE usage_records (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    date date NOT NULL,
    tokens_used bigint NOT NULL DEFAULT 0,
    cost_usd numeric(10, 6) NOT NULL DEFAULT 0,
    -- {"<agent>": {"tokens": n, "cost_usd": "0.0123"}, …}
    agent_usage jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT usage_records_user_date_key UNIQUE (workspace_id, user_id, date),
    CONSTRAINT usage_records_counts_non_negative CHECK (tokens_used >= 0 AND cost_usd >= 0),
    CONSTRAINT usage_records_agent_usage_object CHECK (jsonb_typeof(agent_usage) = 'object')
);
CREATE INDEX usage_records_user_date_idx ON usage_records (user_id, date);
CREATE INDEX usage_records_workspace_date_idx ON usage_records (workspace_id, date, id);
CREATE TRIGGER usage_records_updated_at BEFORE UPDATE ON usage_records FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- One row per metered call (002); never edited.
CREATE TABLE api_usage_logs (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id uuid REFERENCES users (id) ON DELETE SET NULL,
    service_name text NOT NULL,
    endpoint text,
    request_type text,
    tokens_used integer,
    credits_cost integer,
    response_time_ms integer,
    status_code integer,
    error_message text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT api_usage_logs_service_name_length CHECK (length(btrim(service_name)) BETWEEN 1 AND 100),
    -- 002's VARCHAR(255) and VARCHAR(50).
    CONSTRAINT api_usage_logs_endpoint_length CHECK (length(endpoint) <= 255),
    CONSTRAINT api_usage_logs_request_type_length CHECK (length(request_type) <= 50),
    CONSTRAINT api_usage_logs_counts_non_negative CHECK (tokens_used >= 0 AND credits_cost >= 0 AND response_time_ms >= 0),
    CONSTRAINT api_usage_logs_status_code_range CHECK (status_code BETWEEN 100 AND 599)
);
CREATE INDEX api_usage_logs_user_idx ON api_usage_logs (user_id);
CREATE INDEX api_usage_logs_workspace_service_idx ON api_usage_logs (workspace_id, service_name, created_at);
CREATE INDEX api_usage_logs_workspace_created_idx ON api_usage_logs (workspace_id, created_at, id);

-- Daily counters per workspace (002).
CREATE TABLE account_usage_stats (
    id uuid NOT NULL DEFAULT uuidv7(),
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    stat_date date NOT NULL,
    projects_created integer NOT NULL DEFAULT 0,
    content_pieces_added integer NOT NULL DEFAULT 0,
    scripts_generated integer NOT NULL DEFAULT 0,
    voice_generations integer NOT NULL DEFAULT 0,
    avatar_generations integer NOT NULL DEFAULT 0,
    total_credits_used integer NOT NULL DEFAULT 0,
    storage_used_gb numeric(10, 2) NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, workspace_id),
    CONSTRAINT account_usage_stats_date_key UNIQUE (workspace_id, stat_date),
    CONSTRAINT account_usage_stats_counters_non_negative CHECK (
        projects_created >= 0 AND content_pieces_added >= 0 AND scripts_generated >= 0 AND voice_generations >= 0
        AND avatar_generations >= 0 AND total_credits_used >= 0 AND storage_used_gb >= 0
    )
);
CREATE TRIGGER account_usage_stats_updated_at BEFORE UPDATE ON account_usage_stats FOR EACH ROW EXECUTE FUNCTION tenancy.set_updated_at();

-- The workspace plan -------------------------------------------------------------------------

-- The workspace status a subscription status shows as (identity's spelling, four values).
-- Only trialing, active and past_due are live: they grant the subscription's plan; every other
-- status puts the workspace on the free plan.
CREATE FUNCTION tenancy.workspace_subscription_status(sub_status text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT CASE sub_status
        WHEN 'trialing' THEN 'trialing'
        WHEN 'active' THEN 'active'
        WHEN 'past_due' THEN 'past_due'
        WHEN 'canceled' THEN 'cancelled'
        -- Payment is owed (retries exhausted, or a trial ended without a payment method).
        WHEN 'unpaid' THEN 'past_due'
        WHEN 'paused' THEN 'past_due'
        -- A checkout that never completed: the free plan simply stays active.
        WHEN 'incomplete' THEN 'active'
        WHEN 'incomplete_expired' THEN 'active'
    END
$$;

-- Writes the workspace's plan columns from its gating subscription: a live one gives its plan,
-- plan type and limits (NULL limits take the free plan's); a non-live one, or none, gives the
-- free plan with 0002's default limits. Security definer so that billing stays the only writer
-- of those columns even if the worker's UPDATE on workspaces is narrowed later; only the worker
-- (and the trigger below, which runs as the worker) calls it.
CREATE FUNCTION tenancy.apply_plan(p_workspace uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    s subscriptions;
    has_sub boolean;
    live boolean;
BEGIN
    -- Serialises concurrent plan changes of one workspace (the read below sees the winner's
    -- commit). NO KEY UPDATE, the lock the UPDATE takes anyway, so inserts elsewhere in the
    -- workspace (foreign-key checks take KEY SHARE) are not held up.
    PERFORM 1 FROM workspaces WHERE id = p_workspace FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT * INTO s FROM subscriptions WHERE workspace_id = p_workspace AND gates_plan;
    has_sub := FOUND;
    live := has_sub AND s.status IN ('trialing', 'active', 'past_due');
    -- The free plan's values are 0002's column defaults for workspaces.
    UPDATE workspaces w SET
        subscription_tier = v.tier,
        subscription_status = v.status,
        plan_type = v.plan_type,
        creator_limit = v.creator_limit,
        user_limit = v.user_limit,
        voice_model_limit = v.voice_model_limit,
        storage_limit_gb = v.storage_limit_gb,
        budget_limit_monthly = v.budget_limit_monthly
    FROM (SELECT
            CASE WHEN live THEN s.plan ELSE 'free' END AS tier,
            CASE WHEN has_sub THEN tenancy.workspace_subscription_status(s.status) ELSE 'active' END AS status,
            CASE WHEN live THEN coalesce(s.plan_type, 'individual') ELSE 'individual' END AS plan_type,
            CASE WHEN live THEN coalesce(s.creator_limit, 5) ELSE 5 END AS creator_limit,
            CASE WHEN live THEN coalesce(s.user_limit, 1) ELSE 1 END AS user_limit,
            CASE WHEN live THEN coalesce(s.voice_model_limit, 10) ELSE 10 END AS voice_model_limit,
            CASE WHEN live THEN coalesce(s.storage_limit_gb, 50) ELSE 50 END AS storage_limit_gb,
            CASE WHEN live THEN coalesce(s.budget_limit_monthly, 10.00) ELSE 10.00 END AS budget_limit_monthly
         ) v
    WHERE w.id = p_workspace
      AND (w.subscription_tier, w.subscription_status, w.plan_type, w.creator_limit, w.user_limit,
           w.voice_model_limit, w.storage_limit_gb, w.budget_limit_monthly)
          IS DISTINCT FROM
          (v.tier, v.status, v.plan_type, v.creator_limit, v.user_limit,
           v.voice_model_limit, v.storage_limit_gb, v.budget_limit_monthly);
END
$$;
REVOKE ALL ON FUNCTION tenancy.apply_plan(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenancy.apply_plan(uuid) TO mosaic_worker;

-- The workspace's plan as billing last wrote it, for the plan-limit, budget and entitlement ports
-- (so billing's Rust never names identity's table). Security invoker: a request reads only its
-- own workspaces' plans, the worker every workspace's.
CREATE FUNCTION tenancy.billing_plan(p_workspace uuid)
RETURNS TABLE (subscription_tier text, subscription_status text, plan_type text, creator_limit integer, user_limit integer,
               voice_model_limit integer, storage_limit_gb integer, budget_limit_monthly text)
LANGUAGE sql STABLE AS $$
    SELECT w.subscription_tier, w.subscription_status, w.plan_type, w.creator_limit, w.user_limit, w.voice_model_limit,
           w.storage_limit_gb, w.budget_limit_monthly::text
    FROM workspaces w WHERE w.id = p_workspace
$$;
REVOKE ALL ON FUNCTION tenancy.billing_plan(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenancy.billing_plan(uuid) TO mosaic_app, mosaic_worker;

-- The plan follows its gating subscription in the same transaction as the change (rule 12).
CREATE FUNCTION tenancy.subscriptions_apply_plan() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.gates_plan THEN
        PERFORM tenancy.apply_plan(OLD.workspace_id);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.gates_plan
       AND (TG_OP = 'INSERT' OR NOT OLD.gates_plan OR OLD.workspace_id <> NEW.workspace_id) THEN
        PERFORM tenancy.apply_plan(NEW.workspace_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER subscriptions_apply_plan
    AFTER INSERT OR DELETE OR UPDATE OF workspace_id, gates_plan, plan, status, plan_type, creator_limit, user_limit,
        voice_model_limit, storage_limit_gb, budget_limit_monthly
    ON subscriptions FOR EACH ROW EXECUTE FUNCTION tenancy.subscriptions_apply_plan();

-- Row-level security -------------------------------------------------------------------------

-- Catalogues: every signed-in user reads them; only staff (and the worker) change them.
ALTER TABLE products ENABLE ROW LEVEL SECURITY;
ALTER TABLE products FORCE ROW LEVEL SECURITY;
CREATE POLICY products_read ON products FOR SELECT TO mosaic_app USING (tenancy.current_user_id() IS NOT NULL);
CREATE POLICY products_staff ON products FOR ALL TO mosaic_app
    USING (EXISTS (SELECT 1 FROM users WHERE id = tenancy.current_user_id() AND is_staff AND tenancy.current_key_workspace() IS NULL))
    WITH CHECK (EXISTS (SELECT 1 FROM users WHERE id = tenancy.current_user_id() AND is_staff AND tenancy.current_key_workspace() IS NULL));
CREATE POLICY worker_all ON products TO mosaic_worker USING (true) WITH CHECK (true);

ALTER TABLE prices ENABLE ROW LEVEL SECURITY;
ALTER TABLE prices FORCE ROW LEVEL SECURITY;
CREATE POLICY prices_read ON prices FOR SELECT TO mosaic_app USING (tenancy.current_user_id() IS NOT NULL);
CREATE POLICY prices_staff ON prices FOR ALL TO mosaic_app
    USING (EXISTS (SELECT 1 FROM users WHERE id = tenancy.current_user_id() AND is_staff AND tenancy.current_key_workspace() IS NULL))
    WITH CHECK (EXISTS (SELECT 1 FROM users WHERE id = tenancy.current_user_id() AND is_staff AND tenancy.current_key_workspace() IS NULL));
CREATE POLICY worker_all ON prices TO mosaic_worker USING (true) WITH CHECK (true);

ALTER TABLE ai_models ENABLE ROW LEVEL SECURITY;
ALTER TABLE ai_models FORCE ROW LEVEL SECURITY;
CREATE POLICY ai_models_read ON ai_models FOR SELECT TO mosaic_app USING (tenancy.current_user_id() IS NOT NULL);
CREATE POLICY ai_models_staff ON ai_models FOR ALL TO mosaic_app
    USING (EXISTS (SELECT 1 FROM users WHERE id = tenancy.current_user_id() AND is_staff AND tenancy.current_key_workspace() IS NULL))
    WITH CHECK (EXISTS (SELECT 1 FROM users WHERE id = tenancy.current_user_id() AND is_staff AND tenancy.current_key_workspace() IS NULL));
CREATE POLICY worker_all ON ai_models TO mosaic_worker USING (true) WITH CHECK (true);

-- Tenant billing tables: members read, the worker writes.
SELECT tenancy.enable_billing_rls('customers');
SELECT tenancy.enable_billing_rls('subscriptions');
SELECT tenancy.enable_billing_rls('subscription_invoices');
SELECT tenancy.enable_billing_rls('orders');
SELECT tenancy.enable_billing_rls('order_items');
SELECT tenancy.enable_billing_rls('payments');
SELECT tenancy.enable_billing_rls('user_credits');
SELECT tenancy.enable_billing_rls('credit_transactions');
SELECT tenancy.enable_billing_rls('usage_records');
SELECT tenancy.enable_billing_rls('api_usage_logs');
SELECT tenancy.enable_billing_rls('account_usage_stats');

-- A customer row is nothing but provider ids and payment methods: owners and admins only (004:
-- never expose Stripe ids without auth checks). Provider ids on other tables are hidden by the service.
ALTER POLICY tenant_read ON customers USING (workspace_id IN (SELECT tenancy.workspaces_with_role('admin')));

-- Append-only: even the worker only adds and reads. Deleting a workspace or user still cascades
-- (referential actions run as the table owner).
REVOKE UPDATE, DELETE ON credit_transactions, api_usage_logs FROM mosaic_worker;

-- Webhooks: the worker alone; the request role has no privilege at all (0001's default
-- privileges granted it some).
ALTER TABLE webhook_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_events FORCE ROW LEVEL SECURITY;
CREATE POLICY worker_all ON webhook_events TO mosaic_worker USING (true) WITH CHECK (true);
REVOKE ALL ON webhook_events FROM mosaic_app;

-- No blanket GRANT here: the default privileges of 0001 already cover these tables, and a
-- GRANT ON ALL TABLES would undo the column limits 0002 puts on users, workspaces and api_keys.
