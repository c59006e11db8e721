// End to end, billing: the real gateway driven through the typed client. Bea, a new user, finds
// her workspace on the free plan with no money; `mosaic seed` loads the catalogue (and the demo
// workspace); Bea orders content bundles (volume discounts, idempotency, orderChanged), meets
// PhonePe's rules, and platform staff grant and deduct her credits. The demo workspace shows a
// Stripe subscription, its invoice and a PhonePe payment, and the mutations that need a payment
// provider answer typed errors on a server without one. Steps run in order and share `billing`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import WebSocket from 'ws';

import {
  AccountUsageStatsDocument,
  AiModelDocument,
  AiModelsDocument,
  ApiUsageLogsDocument,
  BillingSubscriptionDocument,
  CancelSubscriptionDocument,
  CreateCheckoutSessionDocument,
  CreateOrderDocument,
  CreatePaymentDocument,
  CreditLedgerDocument,
  DeductCreditsDocument,
  GrantCreditsDocument,
  OrderChangedDocument,
  OrderDocument,
  PaymentDocument,
  ProductDocument,
  ProductsDocument,
  ResumeSubscriptionDocument,
  SubscriptionInvoiceDocument,
  UsageRecordsDocument,
  ViewerDocument,
  WorkspaceBillingCustomerDocument,
  WorkspaceBillingDocument,
  WorkspaceDocument,
  WorkspaceOrdersDocument,
  WorkspacePaymentsDocument,
  WorkspaceSubscriptionInvoicesDocument,
  WorkspaceSubscriptionsDocument,
  createMosaicClient,
  narrowPayload,
  unwrapPayload,
  type MosaicClient,
  type MosaicClientOptions,
  type UserErrorCode,
} from '../src/index.js';
import { startGateway, type Gateway } from './support/gateway.js';
import { listen, mosaicErrorOf, required, within } from './support/steps.js';

const BEA = 'bea@example.com';
// Made platform staff with `mosaic staff`: grants and deducts credits.
const OPS = 'ops@example.com';
// `mosaic seed`'s demo user (owner of the `acme` workspace) and a member of it.
const DEMO = 'demo@mosaic.dev';
const DEMO_MEMBER = 'sam@mosaic.dev';

// The seed's catalogue (crates/billing/src/demo.rs): fixed ids.
const GROWTH = '01920000-0000-7000-8000-00b100000001';
const SOCIAL_YEAR = '01920000-0000-7000-8000-00b100000004';
const BLOG_QUARTER = '01920000-0000-7000-8000-00b100000005';
const UNKNOWN_PRODUCT = '01920000-0000-7000-8000-00b1000000ff';

let gateway: Gateway;
let bea: MosaicClient;
/** Resolves once Bea's subscription socket is acknowledged (it stays open: `lazy: false`). */
let beaConnected: Promise<void>;
let ops: MosaicClient;
const clients: MosaicClient[] = [];

const billing: { workspaceId?: string; orderId?: string } = {};

function client(options: Omit<MosaicClientOptions, 'url'> & ({ token: string } | { apiKey: string })): MosaicClient {
  const made = createMosaicClient({ url: gateway.graphqlUrl, webSocketImpl: WebSocket, ...options } as MosaicClientOptions);
  clients.push(made);
  return made;
}

before(async () => {
  gateway = await startGateway();
  const [beaToken, opsToken] = await Promise.all([gateway.token(BEA), gateway.token(OPS)]);
  let ack!: () => void;
  beaConnected = new Promise((resolve) => (ack = resolve));
  bea = client({ token: beaToken, ws: { lazy: false, on: { connected: () => ack() } } });
  ops = client({ token: opsToken });
});

after(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await gateway?.stop();
});

test('billing: a new workspace is on the free plan, with no money, and an unknown product cannot be ordered', async () => {
  const { viewer } = await bea.request(ViewerDocument);
  const personal = viewer.memberships.find((m) => m.workspace.isPersonal);
  assert.ok(personal, 'Bea has a personal workspace');
  const workspaceId = personal.workspace.id;
  billing.workspaceId = workspaceId;

  // Without `mosaic seed` the catalogue is empty: only staff write it.
  const products = await bea.request(ProductsDocument, { first: 10 });
  assert.equal(products.products.totalCount, 0);
  assert.deepEqual(products.products.edges, []);

  const { workspace } = await bea.request(WorkspaceBillingDocument, { workspaceId });
  assert.ok(workspace);
  assert.equal(workspace.plan.tier, 'free');
  assert.equal(workspace.plan.status, 'active');
  assert.equal(workspace.billingSubscriptions.totalCount, 0);
  // No credit has moved yet: no balance row.
  assert.equal(workspace.credits, null);
  assert.deepEqual(workspace.monthlyBudget, { limitUsd: '10.0000', spentUsd: '0.000000', allowsMore: true });

  const orders = await bea.request(WorkspaceOrdersDocument, { workspaceId, first: 10 });
  assert.equal(orders.workspace?.orders.totalCount, 0);
  assert.deepEqual(orders.workspace?.orders.edges, []);
  assert.equal((await bea.request(WorkspacePaymentsDocument, { workspaceId })).workspace?.payments.totalCount, 0);
  assert.equal((await bea.request(WorkspaceSubscriptionsDocument, { workspaceId })).workspace?.billingSubscriptions.totalCount, 0);
  assert.equal(
    (await bea.request(WorkspaceSubscriptionInvoicesDocument, { workspaceId })).workspace?.subscriptionInvoices.totalCount,
    0,
  );
  assert.equal((await bea.request(CreditLedgerDocument, { workspaceId })).workspace?.credits, null);
  assert.equal((await bea.request(UsageRecordsDocument, { workspaceId })).workspace?.usageRecords.totalCount, 0);
  assert.equal((await bea.request(AccountUsageStatsDocument, { workspaceId })).workspace?.accountUsageStats.totalCount, 0);
  assert.equal((await bea.request(ApiUsageLogsDocument, { workspaceId })).workspace?.apiUsageLogs.totalCount, 0);
  // The owner may read the workspace's customer at the providers: none yet.
  assert.equal((await bea.request(WorkspaceBillingCustomerDocument, { workspaceId })).workspace?.billingCustomer, null);

  const unknown = narrowPayload(
    (await bea.request(CreateOrderDocument, { input: { workspaceId, items: [{ productId: UNKNOWN_PRODUCT }] } })).createOrder,
  );
  assert.equal(unknown.ok, false);
  const code: UserErrorCode | undefined = unknown.errors?.[0].code;
  assert.equal(code, 'NOT_FOUND');
  assert.deepEqual(unknown.errors?.[0].field, ['input', 'items', '0', 'productId']);

  const empty = narrowPayload((await bea.request(CreateOrderDocument, { input: { workspaceId, items: [] } })).createOrder);
  assert.equal(empty.errors?.[0].code, 'INVALID');
  assert.deepEqual(empty.errors?.[0].field, ['input', 'items']);
  assert.equal((await bea.request(WorkspaceOrdersDocument, { workspaceId })).workspace?.orders.totalCount, 0, 'nothing was written');
});

test('billing: the catalogue (loaded by mosaic seed) lists products, their prices and AI models', async () => {
  await gateway.seed();

  const all = await bea.request(ProductsDocument, { first: 20 });
  assert.equal(all.products.totalCount, 6);
  assert.ok(all.products.edges.every((e) => e.node.active));

  const social = await bea.request(ProductsDocument, { filter: { types: ['SOCIAL'] } });
  assert.deepEqual(
    social.products.edges.map((e) => [e.node.id, e.node.name, e.node.basePrice, e.node.currency, e.node.contentCount, e.node.timePeriod]),
    [[SOCIAL_YEAR, 'Social year', 49900, 'usd', 365, '1 year']],
  );
  assert.deepEqual(social.products.edges[0]?.node.volumeDiscounts, [
    { min_quantity: 3, percent_off: 10 },
    { min_quantity: 10, percent_off: 15 },
  ]);

  const { product } = await bea.request(ProductDocument, { id: GROWTH });
  assert.equal(product?.name, 'Growth');
  assert.equal(product?.provider, 'STRIPE');
  assert.equal(product?.basePrice, null, 'a plan is sold at its provider price');
  assert.deepEqual(
    product?.prices.map((p) => [p.type, p.unitAmount, p.currency, p.interval, p.intervalCount, p.trialPeriodDays]),
    [['RECURRING', 4900, 'usd', 'MONTH', 1, 14]],
  );
  assert.equal((await bea.request(ProductDocument, { id: UNKNOWN_PRODUCT })).product, null);

  const models = await bea.request(AiModelsDocument, { first: 10 });
  assert.equal(models.aiModels.totalCount, 4);
  const mini = models.aiModels.edges.find((e) => e.node.openrouterId === 'openai/gpt-4o-mini')?.node;
  assert.ok(mini);
  assert.equal(mini.creditCost, '0.5000', 'an exact decimal string');
  assert.equal(mini.provider, 'OPENAI');
  assert.equal(mini.modelType, 'FAST');
  assert.equal((await bea.request(AiModelDocument, { id: mini.id })).aiModel?.name, 'GPT-4o mini');
});

test('billing: an order is priced from the catalogue with volume discounts, once per idempotency key, heard over orderChanged', async () => {
  const workspaceId = required(billing.workspaceId, 'workspaceId');
  const changes = listen(bea.subscribe(OrderChangedDocument, { workspaceId }), beaConnected, 'orderChanged');
  try {
    await changes.ready();
    const input = { workspaceId, items: [{ productId: SOCIAL_YEAR, quantity: 3 }], idempotencyKey: 'bea-order-1' };
    const { order } = unwrapPayload((await bea.request(CreateOrderDocument, { input })).createOrder);
    assert.equal(order.status, 'PENDING');
    assert.equal(order.currency, 'usd');
    assert.equal(order.workspaceId, workspaceId);
    // 3 × 49900 = 149700; the 3-or-more tier takes 10 %: 14970 off.
    assert.deepEqual(
      order.items.map((i) => [i.productId, i.quantity, i.unitPrice, i.discountAmount, i.subtotal, i.product?.name]),
      [[SOCIAL_YEAR, 3, 49900, 14970, 134730, 'Social year']],
    );
    assert.equal(order.totalAmount, 134730, "an order's total is its items' subtotals");
    billing.orderId = order.id;
    assert.deepEqual(await changes.waitFor('INSERT of the order', (e) => e.orderChanged.id === order.id), {
      orderChanged: { id: order.id, workspaceId, op: 'INSERT' },
    });

    // The same key again answers the first order and orders nothing more.
    const again = unwrapPayload((await bea.request(CreateOrderDocument, { input })).createOrder);
    assert.equal(again.order.id, order.id);
  } finally {
    await changes.close();
  }

  const orders = await bea.request(WorkspaceOrdersDocument, { workspaceId, filter: { statuses: ['PENDING'] }, first: 10 });
  assert.deepEqual(orders.workspace?.orders.edges.map((e) => e.node.id), [billing.orderId]);
  assert.equal((await bea.request(OrderDocument, { id: required(billing.orderId, 'orderId') })).order?.totalAmount, 134730);

  // Every item of an order is priced in the order's currency; a plan has no price to order it at.
  const mixed = narrowPayload(
    (await bea.request(CreateOrderDocument, { input: { workspaceId, items: [{ productId: SOCIAL_YEAR }, { productId: BLOG_QUARTER }] } }))
      .createOrder,
  );
  assert.equal(mixed.errors?.[0].code, 'INVALID');
  assert.deepEqual(mixed.errors?.[0].field, ['input', 'items', '1', 'productId']);
  const plan = narrowPayload((await bea.request(CreateOrderDocument, { input: { workspaceId, items: [{ productId: GROWTH }] } })).createOrder);
  assert.equal(plan.errors?.[0].code, 'INVALID');
  const none = narrowPayload(
    (await bea.request(CreateOrderDocument, { input: { workspaceId, items: [{ productId: SOCIAL_YEAR, quantity: 0 }] } })).createOrder,
  );
  assert.deepEqual(none.errors?.[0].field, ['input', 'items', '0', 'quantity']);

  // Another user's order is missing to Ops, and ordering into Bea's workspace is NOT_FOUND.
  assert.equal((await ops.request(OrderDocument, { id: required(billing.orderId, 'orderId') })).order, null);
  const foreign = await mosaicErrorOf(ops.request(CreateOrderDocument, { input: { workspaceId, items: [{ productId: SOCIAL_YEAR }] } }));
  assert.equal(foreign.code, 'NOT_FOUND');
});

test('billing: PhonePe takes INR only, and this server has no PhonePe set up', async () => {
  const workspaceId = required(billing.workspaceId, 'workspaceId');
  const usd = narrowPayload(
    (await bea.request(CreatePaymentDocument, { input: { workspaceId, orderId: required(billing.orderId, 'orderId') } })).createPayment,
  );
  assert.equal(usd.errors?.[0].code, 'INVALID');
  assert.deepEqual(usd.errors?.[0].field, ['input', 'orderId']);

  const { order } = unwrapPayload(
    (await bea.request(CreateOrderDocument, { input: { workspaceId, items: [{ productId: BLOG_QUARTER }] } })).createOrder,
  );
  assert.equal(order.currency, 'inr');
  assert.equal(order.totalAmount, 99900);
  const unconfigured = narrowPayload((await bea.request(CreatePaymentDocument, { input: { workspaceId, orderId: order.id } })).createPayment);
  assert.equal(unconfigured.ok, false);
  assert.equal(unconfigured.errors?.[0].code, 'INVALID_STATE');
  assert.match(unconfigured.errors?.[0].message ?? '', /PhonePe is not set up/);
  assert.equal((await bea.request(WorkspacePaymentsDocument, { workspaceId })).workspace?.payments.totalCount, 0, 'nothing was written');
});

test("billing: credits are staff's to grant and deduct, once per key, and the ledger sums to the balance", async () => {
  const workspaceId = required(billing.workspaceId, 'workspaceId');
  const grant = { workspaceId, amount: 100, type: 'BONUS' as const, reason: 'launch bonus', idempotencyKey: 'bonus-1' };

  // Only platform staff.
  const forbidden = await mosaicErrorOf(bea.request(GrantCreditsDocument, { input: grant }));
  assert.equal(forbidden.code, 'FORBIDDEN');
  await gateway.staff(OPS);

  const granted = unwrapPayload((await ops.request(GrantCreditsDocument, { input: grant })).grantCredits);
  assert.equal(granted.replayed, false);
  assert.equal(granted.creditTransaction.transactionType, 'BONUS');
  assert.equal(granted.creditTransaction.creditsAmount, 100);
  assert.equal(granted.creditTransaction.creditsBalanceAfter, 100);
  const replay = unwrapPayload((await ops.request(GrantCreditsDocument, { input: grant })).grantCredits);
  assert.equal(replay.replayed, true);
  assert.equal(replay.creditTransaction.id, granted.creditTransaction.id);
  // The same key with another change is refused.
  const reused = narrowPayload((await ops.request(GrantCreditsDocument, { input: { ...grant, amount: 5 } })).grantCredits);
  assert.equal(reused.errors?.[0].code, 'ALREADY_EXISTS');

  // Three calls of a model at 0.5 credits: ceil(1.5) = 2.
  const spent = unwrapPayload(
    (
      await ops.request(DeductCreditsDocument, {
        input: { workspaceId, model: 'openai/gpt-4o-mini', calls: 3, metadata: { conversation_id: 'c-1' }, idempotencyKey: 'calls-1' },
      })
    ).deductCredits,
  );
  assert.equal(spent.creditTransaction.transactionType, 'DEDUCTION');
  assert.equal(spent.creditTransaction.creditsAmount, -2);
  assert.equal(spent.creditTransaction.creditsBalanceAfter, 98);

  // A short balance is LIMIT_EXCEEDED with nothing written; so the key may be tried again.
  const short = narrowPayload(
    (await ops.request(DeductCreditsDocument, { input: { workspaceId, amount: 1000, idempotencyKey: 'big-1' } })).deductCredits,
  );
  assert.equal(short.errors?.[0].code, 'LIMIT_EXCEEDED');
  const unspecified = narrowPayload((await ops.request(DeductCreditsDocument, { input: { workspaceId, idempotencyKey: 'nothing' } })).deductCredits);
  assert.equal(unspecified.errors?.[0].code, 'REQUIRED');
  const wrongKind = narrowPayload(
    (await ops.request(GrantCreditsDocument, { input: { ...grant, type: 'DEDUCTION', idempotencyKey: 'bonus-2' } })).grantCredits,
  );
  assert.equal(wrongKind.errors?.[0].code, 'INVALID');
  assert.deepEqual(wrongKind.errors?.[0].field, ['input', 'type']);

  const { workspace } = await bea.request(CreditLedgerDocument, { workspaceId, first: 10 });
  const credits = workspace?.credits;
  assert.ok(credits);
  assert.equal(credits.creditsBalance, 98);
  assert.equal(credits.transactions.totalCount, 2);
  assert.equal(
    credits.transactions.edges.reduce((sum, e) => sum + e.node.creditsAmount, 0),
    credits.creditsBalance,
    'the ledger sums to the balance',
  );
  const deductions = await bea.request(CreditLedgerDocument, { workspaceId, types: ['DEDUCTION'] });
  assert.deepEqual(
    deductions.workspace?.credits?.transactions.edges.map((e) => [e.node.creditsAmount, e.node.metadata]),
    // The caller's facts, with the model, its cost and the calls the deduction was for.
    [[-2, { conversation_id: 'c-1', model: 'openai/gpt-4o-mini', credit_cost: '0.5000', calls_count: 3 }]],
  );
});

test('billing: the demo workspace has a Stripe plan, an invoice and a PhonePe payment; provider changes need a provider', async () => {
  const [demoToken, memberToken] = await Promise.all([gateway.token(DEMO), gateway.token(DEMO_MEMBER)]);
  const demo = client({ token: demoToken });
  const member = client({ token: memberToken });
  const acme = (await demo.request(WorkspaceDocument, { slug: 'acme' })).workspace;
  assert.ok(acme, 'mosaic seed made the acme workspace');
  const workspaceId = acme.id;

  const { workspace } = await demo.request(WorkspaceBillingDocument, { workspaceId });
  assert.ok(workspace);
  assert.equal(workspace.plan.tier, 'growth');
  assert.equal(workspace.plan.creatorLimit, 25);
  const subscription = workspace.billingSubscriptions.edges[0]?.node;
  assert.ok(subscription);
  assert.equal(subscription.status, 'ACTIVE');
  assert.equal(subscription.provider, 'STRIPE');
  assert.equal(subscription.plan, 'GROWTH');
  assert.equal(subscription.gatesPlan, true);
  assert.equal(subscription.cancelAtPeriodEnd, false);
  assert.equal(subscription.price?.unitAmount, 4900);
  assert.match(subscription.providerSubscriptionId ?? '', /^sub_demo_/, 'the owner sees provider ids');
  assert.deepEqual(subscription.invoices.map((i) => [i.status, i.amount, i.currency]), [['PAID', 4900, 'usd']]);
  const invoiceId = subscription.invoices[0]?.id;
  assert.ok(invoiceId);
  assert.equal((await demo.request(SubscriptionInvoiceDocument, { id: invoiceId })).subscriptionInvoice?.subscription?.id, subscription.id);
  assert.equal((await demo.request(BillingSubscriptionDocument, { id: subscription.id })).billingSubscription?.invoices.length, 1);
  assert.ok((await demo.request(WorkspaceBillingCustomerDocument, { workspaceId })).workspace?.billingCustomer?.stripeCustomerId);

  const payments = await demo.request(WorkspacePaymentsDocument, { workspaceId, filter: { statuses: ['COMPLETED'] } });
  const payment = payments.workspace?.payments.edges[0]?.node;
  assert.ok(payment);
  assert.equal(payment.currency, 'inr');
  assert.equal(payment.totalAmount, payment.amount + payment.gstAmount);
  const paid = await demo.request(PaymentDocument, { id: payment.id });
  assert.equal(paid.payment?.order?.status, 'PAID');

  // A member reads the money but not the provider ids, and not the customer.
  const seen = await member.request(WorkspaceBillingDocument, { workspaceId });
  assert.equal(seen.workspace?.billingSubscriptions.edges[0]?.node.providerSubscriptionId, null);
  const customer = await mosaicErrorOf(member.request(WorkspaceBillingCustomerDocument, { workspaceId }));
  assert.equal(customer.code, 'FORBIDDEN');

  // Cancelling a Stripe subscription and starting a checkout need Stripe, not set up here.
  const cancel = narrowPayload((await demo.request(CancelSubscriptionDocument, { input: { id: subscription.id } })).cancelSubscription);
  assert.equal(cancel.errors?.[0].code, 'INVALID_STATE');
  assert.match(cancel.errors?.[0].message ?? '', /Stripe is not set up/);
  const resume = narrowPayload((await demo.request(ResumeSubscriptionDocument, { input: { id: subscription.id } })).resumeSubscription);
  assert.equal(resume.errors?.[0].code, 'INVALID_STATE', 'a subscription that is not canceled cannot be resumed');
  const checkout = narrowPayload(
    (
      await demo.request(CreateCheckoutSessionDocument, {
        input: {
          workspaceId,
          priceId: '01920000-0000-7000-8000-00b200000002',
          successUrl: 'https://app.example.com/billing/ok',
          cancelUrl: 'https://app.example.com/billing',
          idempotencyKey: 'checkout-1',
        },
      })
    ).createCheckoutSession,
  );
  assert.equal(checkout.errors?.[0].code, 'INVALID_STATE');
  // Bea has no such subscription.
  const missing = narrowPayload((await bea.request(CancelSubscriptionDocument, { input: { id: subscription.id } })).cancelSubscription);
  assert.equal(missing.errors?.[0].code, 'NOT_FOUND');
  assert.deepEqual(missing.errors?.[0].field, ['input', 'id']);
  assert.equal((await demo.request(BillingSubscriptionDocument, { id: subscription.id })).billingSubscription?.status, 'ACTIVE');
});

test('billing: a bad token is UNAUTHENTICATED for billing queries and orderChanged', async () => {
  const workspaceId = required(billing.workspaceId, 'workspaceId');
  const stranger = client({ token: 'not-a-jwt' });
  assert.equal((await mosaicErrorOf(stranger.request(ProductsDocument))).code, 'UNAUTHENTICATED');
  assert.equal((await mosaicErrorOf(stranger.request(WorkspaceOrdersDocument, { workspaceId }))).code, 'UNAUTHENTICATED');
  const events = stranger.subscribe(OrderChangedDocument, { workspaceId });
  const overWs = await within(10_000, 'refused subscription', mosaicErrorOf(events.next()));
  assert.equal(overWs.code, 'UNAUTHENTICATED', overWs.message);
});
