// End to end, content (seed 001): the real gateway driven through the typed client. Cara, a new
// user, builds a business's content flow in her personal workspace: a business and a bundle; a
// social post, a blog post, a content upgrade and an email sequence, linked post → blog →
// upgrade → sequence and read back; emails in the sequence; an A/B winner; versions; a managed
// URL followed at /r/{id}; an ESP integration. Steps run in order and share `content`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import WebSocket from 'ws';

import {
  AddEmailDocument,
  BlogPostChangedDocument,
  BlogPostDocument,
  BlogPostsDocument,
  BusinessDocument,
  BusinessesDocument,
  ConnectEspIntegrationDocument,
  ContentBundleChangedDocument,
  ContentBundleDocument,
  ContentBundlesDocument,
  ContentFlowDocument,
  ContentUpgradeDocument,
  ContentUpgradesDocument,
  ContentVersionDocument,
  CreateBlogPostDocument,
  CreateBlogPostVariantDocument,
  CreateBusinessDocument,
  CreateContentBundleDocument,
  CreateContentUpgradeDocument,
  CreateEmailSequenceDocument,
  CreateEmailVariantDocument,
  CreateManagedUrlDocument,
  CreateSocialPostDocument,
  CreateSocialPostVariantDocument,
  DeclareWinnerDocument,
  DeleteBusinessDocument,
  DeleteContentBundleDocument,
  DeleteManagedUrlDocument,
  DeleteSocialPostDocument,
  DisconnectEspIntegrationDocument,
  EmailDocument,
  EmailSequenceChangedDocument,
  EmailSequenceDocument,
  EmailSequencesDocument,
  EspIntegrationChangedDocument,
  EspIntegrationDocument,
  EspIntegrationsDocument,
  LinkBlogPostNextDocument,
  LinkContentUpgradeNextDocument,
  LinkEmailSequenceNextDocument,
  LinkSocialPostNextDocument,
  ManagedUrlDocument,
  ManagedUrlsDocument,
  MoveEmailDocument,
  RemoveEmailDocument,
  RestoreContentVersionDocument,
  SocialPostChangedDocument,
  SocialPostDocument,
  SocialPostsDocument,
  SyncEspIntegrationDocument,
  UnlinkBlogPostNextDocument,
  UpdateBlogPostDocument,
  UpdateBusinessDocument,
  UpdateContentBundleDocument,
  UpdateContentUpgradeDocument,
  UpdateEmailDocument,
  UpdateEmailSequenceDocument,
  UpdateEspIntegrationDocument,
  UpdateManagedUrlDocument,
  UpdateSocialPostDocument,
  ViewerDocument,
  createMosaicClient,
  narrowPayload,
  unwrapPayload,
  type AbVariantFieldsFragment,
  type ContentItemFieldsFragment,
  type MosaicClient,
  type MosaicClientOptions,
  type UserErrorCode,
} from '../src/index.js';
import { startGateway, type Gateway } from './support/gateway.js';
import { listen, mosaicErrorOf, required, within } from './support/steps.js';

const CARA = 'cara@example.com';
// Another user: Cara's content is missing to him.
const EVE = 'eve@example.com';

let gateway: Gateway;
let cara: MosaicClient;
/** Resolves once Cara's subscription socket is acknowledged (it stays open: `lazy: false`). */
let caraConnected: Promise<void>;
let eve: MosaicClient;
const clients: MosaicClient[] = [];

const content: {
  workspaceId?: string;
  businessId?: string;
  bundleId?: string;
  postId?: string;
  blogId?: string;
  upgradeId?: string;
  sequenceId?: string;
  emailIds?: string[];
  variantId?: string;
  managedUrlId?: string;
} = {};

function client(options: Omit<MosaicClientOptions, 'url'> & ({ token: string } | { apiKey: string })): MosaicClient {
  const made = createMosaicClient({ url: gateway.graphqlUrl, webSocketImpl: WebSocket, ...options } as MosaicClientOptions);
  clients.push(made);
  return made;
}

/** The id of a flow item, whatever its type. */
function itemRef(item: ContentItemFieldsFragment | null | undefined): [string, string] | null {
  return item ? [item.__typename, item.id] : null;
}

/** `[typename, id, isWinner]` of an A/B group's member. */
function member(variant: AbVariantFieldsFragment | null | undefined): [string, string, boolean | null] | null {
  return variant ? [variant.__typename, variant.id, variant.isWinner ?? null] : null;
}

before(async () => {
  gateway = await startGateway();
  const [caraToken, eveToken] = await Promise.all([gateway.token(CARA), gateway.token(EVE)]);
  let ack!: () => void;
  caraConnected = new Promise((resolve) => (ack = resolve));
  cara = client({ token: caraToken, ws: { lazy: false, on: { connected: () => ack() } } });
  eve = client({ token: eveToken });
});

after(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await gateway?.stop();
});

test('content: a business and a content bundle, heard over contentBundleChanged', async () => {
  const { viewer } = await cara.request(ViewerDocument);
  const personal = viewer.memberships.find((m) => m.workspace.isPersonal);
  assert.ok(personal, 'Cara has a personal workspace');
  const workspaceId = personal.workspace.id;
  content.workspaceId = workspaceId;

  const { business } = unwrapPayload(
    (
      await cara.request(CreateBusinessDocument, {
        input: {
          workspaceId,
          profile: {
            name: 'Northwind',
            industry: 'Coffee',
            businessType: 'E-commerce',
            primaryProduct: 'Beans',
            coreOfferDescription: 'Fresh beans, roasted weekly',
            website: 'https://northwind.example.com',
            // Blank items are dropped.
            brandKeywords: ['fresh', ' ', 'roasted'],
            audiencePainPoints: ['stale coffee'],
            promotions: [{ code: 'SPRING', percentOff: 10 }],
            toneOfVoice: 'Warm',
          },
        },
      })
    ).createBusiness,
  );
  assert.equal(business.workspaceId, workspaceId);
  assert.equal(business.userId, viewer.id);
  assert.equal(business.name, 'Northwind');
  assert.deepEqual(business.brandKeywords, ['fresh', 'roasted']);
  assert.deepEqual(business.promotions, [{ code: 'SPRING', percentOff: 10 }]);
  assert.deepEqual(business.competitors, []);
  content.businessId = business.id;

  // In an update, omitted fields stay, a blank optional text clears it, a list replaces the old one.
  const updated = unwrapPayload(
    (
      await cara.request(UpdateBusinessDocument, {
        input: { id: business.id, profile: { toneOfVoice: '', competitors: ['Southwind'], primaryCta: 'Order a bag' } },
      })
    ).updateBusiness,
  ).business;
  assert.equal(updated.toneOfVoice, null);
  assert.deepEqual(updated.competitors, ['Southwind']);
  assert.equal(updated.primaryCta, 'Order a bag');
  assert.equal(updated.name, 'Northwind');
  assert.deepEqual(updated.brandKeywords, ['fresh', 'roasted']);

  const changes = listen(cara.subscribe(ContentBundleChangedDocument, { workspaceId }), caraConnected, 'contentBundleChanged');
  try {
    await changes.ready();
    const { contentBundle } = unwrapPayload(
      (
        await cara.request(CreateContentBundleDocument, {
          input: { workspaceId, businessId: business.id, name: 'Spring launch', timePeriod: 'Q2' },
        })
      ).createContentBundle,
    );
    assert.equal(contentBundle.status, 'DRAFT');
    assert.equal(contentBundle.businessId, business.id);
    // The generation date is the day the bundle is made (UTC) unless given.
    const today = new Date().toISOString().slice(0, 10);
    assert.ok(
      [today, new Date(Date.now() - 60_000).toISOString().slice(0, 10)].includes(contentBundle.generationDate),
      `generationDate ${contentBundle.generationDate} is today (UTC)`,
    );
    content.bundleId = contentBundle.id;
    assert.deepEqual(
      await changes.waitFor('INSERT of the bundle', (e) => e.contentBundleChanged.id === contentBundle.id),
      { contentBundleChanged: { id: contentBundle.id, workspaceId, op: 'INSERT' } },
    );

    const ready = unwrapPayload(
      (await cara.request(UpdateContentBundleDocument, { input: { id: contentBundle.id, status: 'READY', timePeriod: 'Q2 2026' } }))
        .updateContentBundle,
    ).contentBundle;
    assert.equal(ready.status, 'READY');
    assert.equal(ready.timePeriod, 'Q2 2026');
    await changes.waitFor('UPDATE of the bundle', (e) => e.contentBundleChanged.id === contentBundle.id && e.contentBundleChanged.op === 'UPDATE');
  } finally {
    await changes.close();
  }

  const list = await cara.request(BusinessesDocument, { workspaceId, filter: { search: 'north' }, first: 10 });
  assert.equal(list.workspace?.businesses.totalCount, 1);
  assert.deepEqual(list.workspace?.businesses.edges.map((e) => e.node.name), ['Northwind']);
  const read = await cara.request(BusinessDocument, { id: business.id });
  assert.deepEqual(read.business?.contentBundles.map((b) => [b.name, b.status]), [['Spring launch', 'READY']]);
  const bundles = await cara.request(ContentBundlesDocument, { workspaceId, filter: { businessId: business.id, statuses: ['READY'] } });
  assert.deepEqual(bundles.workspace?.contentBundles.edges.map((e) => e.node.id), [required(content.bundleId, 'bundleId')]);

  // Another user sees Cara's business exactly as a missing one.
  assert.equal((await eve.request(BusinessDocument, { id: business.id })).business, null);
});

test('content: a social post, a blog post, a content upgrade and an email sequence, each with its first version', async () => {
  const workspaceId = required(content.workspaceId, 'workspaceId');
  const businessId = required(content.businessId, 'businessId');
  const bundleId = required(content.bundleId, 'bundleId');

  const posts = listen(cara.subscribe(SocialPostChangedDocument, { workspaceId }), caraConnected, 'socialPostChanged');
  const blogs = listen(cara.subscribe(BlogPostChangedDocument, { workspaceId }), caraConnected, 'blogPostChanged');
  const sequences = listen(cara.subscribe(EmailSequenceChangedDocument, { workspaceId }), caraConnected, 'emailSequenceChanged');
  try {
    await posts.ready();

    const { socialPost } = unwrapPayload(
      (
        await cara.request(CreateSocialPostDocument, {
          input: {
            workspaceId,
            businessId,
            bundleId,
            platform: 'INSTAGRAM',
            content: 'Three brewing mistakes',
            hashtags: ['coffee', 'brewing'],
            postType: 'CAROUSEL',
            // The A/B group's threshold is its original's; likes + comments + shares + saves + clicks.
            winningThreshold: 5,
            engagementMetrics: { likes: 40 },
            ctaText: 'Read the guide',
            ctaUrl: 'https://northwind.example.com/blog/brewing',
            generatedBy: { model: 'gpt-4o', prompt: 'a hook about brewing' },
          },
        })
      ).createSocialPost,
    );
    assert.equal(socialPost.status, 'DRAFT');
    assert.equal(socialPost.bundleId, bundleId);
    assert.deepEqual(socialPost.hashtags, ['coffee', 'brewing']);
    assert.equal(socialPost.isVariant, false);
    assert.equal(socialPost.isWinner, null);
    assert.equal(socialPost.winningThreshold, 5);
    assert.equal(socialPost.nextActionId, null);
    assert.equal(socialPost.conversionGoal, 'WEBSITE_VISIT', 'the seed\'s default for a social post');
    content.postId = socialPost.id;

    const { blogPost } = unwrapPayload(
      (
        await cara.request(CreateBlogPostDocument, {
          input: {
            workspaceId,
            businessId,
            bundleId,
            title: 'Brewing mistakes',
            content: 'Grind, water, ratio.',
            keywords: ['brewing'],
            estimatedReadingTime: 4,
          },
        })
      ).createBlogPost,
    );
    assert.equal(blogPost.status, 'DRAFT');
    assert.equal(blogPost.publishedAt, null);
    assert.equal(blogPost.conversionGoal, 'LEAD_MAGNET', 'a blog post aims at a lead magnet by default');
    content.blogId = blogPost.id;

    const { contentUpgrade } = unwrapPayload(
      (
        await cara.request(CreateContentUpgradeDocument, {
          input: {
            workspaceId,
            businessId,
            blogPostId: blogPost.id,
            title: 'Brew checklist',
            type: 'CHECKLIST',
            content: '1. Weigh the beans',
            fileUrl: 'https://northwind.example.com/files/checklist.pdf',
          },
        })
      ).createContentUpgrade,
    );
    assert.equal(contentUpgrade.blogPostId, blogPost.id);
    assert.equal(contentUpgrade.type, 'CHECKLIST');
    assert.equal(contentUpgrade.status, 'DRAFT');
    assert.equal(contentUpgrade.conversionGoal, 'EMAIL_SIGNUP');
    content.upgradeId = contentUpgrade.id;

    const { emailSequence } = unwrapPayload(
      (
        await cara.request(CreateEmailSequenceDocument, {
          input: { workspaceId, businessId, bundleId, name: 'Welcome', description: 'Five days of better coffee', sequenceGoal: 'NURTURE' },
        })
      ).createEmailSequence,
    );
    assert.equal(emailSequence.status, 'DRAFT');
    assert.equal(emailSequence.totalEmails, 0);
    assert.equal(emailSequence.sequenceGoal, 'NURTURE');
    assert.equal(emailSequence.conversionGoal, 'SALE');
    content.sequenceId = emailSequence.id;

    await posts.waitFor('INSERT of the post', (e) => e.socialPostChanged.id === socialPost.id && e.socialPostChanged.op === 'INSERT');
    await blogs.waitFor('INSERT of the blog post', (e) => e.blogPostChanged.id === blogPost.id && e.blogPostChanged.op === 'INSERT');
    await sequences.waitFor(
      'INSERT of the sequence',
      (e) => e.emailSequenceChanged.id === emailSequence.id && e.emailSequenceChanged.op === 'INSERT',
    );
  } finally {
    await Promise.all([posts.close(), blogs.close(), sequences.close()]);
  }
  for (const events of [posts.received, blogs.received, sequences.received]) {
    assert.ok(events.every((e) => Object.values(e)[0]?.workspaceId === workspaceId));
  }

  // Every item is made with version 1, reason `created`, written by the AI worker's model when one made it.
  const post = await cara.request(SocialPostDocument, { id: required(content.postId, 'postId') });
  assert.deepEqual(
    post.socialPost?.versions.map((v) => [v.versionNumber, v.reason, v.entityType]),
    [[1, 'created', 'SOCIAL_POST']],
  );
  assert.deepEqual(post.socialPost?.bundle, { id: bundleId, name: 'Spring launch' });
  const upgrade = await cara.request(ContentUpgradeDocument, { id: required(content.upgradeId, 'upgradeId') });
  assert.equal(upgrade.contentUpgrade?.blogPost?.title, 'Brewing mistakes');
  assert.deepEqual(upgrade.contentUpgrade?.versions.map((v) => v.versionNumber), [1]);

  // The bundle lists what belongs to it; the workspace's lists filter.
  const bundle = await cara.request(ContentBundleDocument, { id: bundleId });
  assert.deepEqual(bundle.contentBundle?.socialPosts.map((p) => p.id), [content.postId]);
  assert.deepEqual(bundle.contentBundle?.blogPosts.map((p) => p.id), [content.blogId]);
  assert.deepEqual(bundle.contentBundle?.emailSequences.map((s) => s.id), [content.sequenceId]);
  const drafts = await cara.request(SocialPostsDocument, { workspaceId, filter: { platforms: ['INSTAGRAM'], statuses: ['DRAFT'] } });
  assert.equal(drafts.workspace?.socialPosts.totalCount, 1);
  const upgrades = await cara.request(ContentUpgradesDocument, { workspaceId, filter: { blogPostId: content.blogId, types: ['CHECKLIST'] } });
  assert.equal(upgrades.workspace?.contentUpgrades.totalCount, 1);
  const nurture = await cara.request(EmailSequencesDocument, { workspaceId, filter: { goals: ['NURTURE'] } });
  assert.equal(nurture.workspace?.emailSequences.totalCount, 1);
  const published = await cara.request(BlogPostsDocument, { workspaceId, filter: { statuses: ['PUBLISHED'] } });
  assert.equal(published.workspace?.blogPosts.totalCount, 0);
});

test('content: the flow post → blog post → upgrade → sequence is linked at both ends and read back', async () => {
  const postId = required(content.postId, 'postId');
  const blogId = required(content.blogId, 'blogId');
  const upgradeId = required(content.upgradeId, 'upgradeId');
  const sequenceId = required(content.sequenceId, 'sequenceId');

  const first = unwrapPayload(
    (await cara.request(LinkSocialPostNextDocument, { input: { id: postId, nextType: 'BLOG_POST', nextId: blogId } })).linkSocialPostNext,
  );
  assert.deepEqual(itemRef(first.item), ['SocialPost', postId]);
  assert.deepEqual(itemRef(first.next), ['BlogPost', blogId]);
  assert.equal(first.item.nextActionType, 'BLOG_POST');
  assert.equal(first.item.nextActionId, blogId);
  assert.equal(first.next.previousActionType, 'SOCIAL_POST');
  assert.equal(first.next.previousActionId, postId);

  unwrapPayload(
    (await cara.request(LinkBlogPostNextDocument, { input: { id: blogId, nextType: 'CONTENT_UPGRADE', nextId: upgradeId } }))
      .linkBlogPostNext,
  );
  const last = unwrapPayload(
    (await cara.request(LinkContentUpgradeNextDocument, { input: { id: upgradeId, nextType: 'EMAIL_SEQUENCE', nextId: sequenceId } }))
      .linkContentUpgradeNext,
  );
  assert.equal(last.next.previousActionId, upgradeId);

  // The flow allows only the seed's next types: a sequence never leads to a social post.
  const wrongType = narrowPayload(
    (await cara.request(LinkEmailSequenceNextDocument, { input: { id: sequenceId, nextType: 'SOCIAL_POST', nextId: postId } }))
      .linkEmailSequenceNext,
  );
  assert.equal(wrongType.ok, false);
  const code: UserErrorCode | undefined = wrongType.errors?.[0].code;
  assert.equal(code, 'INVALID');
  assert.deepEqual(wrongType.errors?.[0].field, ['input', 'nextType']);
  // …and no chain loops back on itself: sequence → the blog post already before it.
  const loop = narrowPayload(
    (await cara.request(LinkEmailSequenceNextDocument, { input: { id: sequenceId, nextType: 'BLOG_POST', nextId: blogId } }))
      .linkEmailSequenceNext,
  );
  assert.equal(loop.errors?.[0].code, 'INVALID_STATE');
  assert.deepEqual(loop.errors?.[0].field, ['input', 'nextId']);

  // Unlinking clears both ends; linking again restores the chain.
  const unlinked = (await cara.request(UnlinkBlogPostNextDocument, { input: { id: blogId } })).unlinkBlogPostNext;
  assert.deepEqual(unlinked.errors, []);
  assert.equal(unlinked.item?.nextActionId, null);
  assert.equal((await cara.request(ContentUpgradeDocument, { id: upgradeId })).contentUpgrade?.previousActionId, null);
  unwrapPayload(
    (await cara.request(LinkBlogPostNextDocument, { input: { id: blogId, nextType: 'CONTENT_UPGRADE', nextId: upgradeId } }))
      .linkBlogPostNext,
  );

  // The whole chain in one query.
  const { socialPost } = await cara.request(ContentFlowDocument, { socialPostId: postId });
  assert.ok(socialPost);
  const blog = socialPost.nextItem;
  assert.ok(blog?.__typename === 'BlogPost', `after the post: ${blog?.__typename}`);
  assert.equal(blog.id, blogId);
  assert.deepEqual(blog.contentUpgrades.map((u) => u.title), ['Brew checklist']);
  const upgrade = blog.nextItem;
  assert.ok(upgrade?.__typename === 'ContentUpgrade', `after the blog post: ${upgrade?.__typename}`);
  assert.equal(upgrade.id, upgradeId);
  const sequence = upgrade.nextItem;
  assert.ok(sequence?.__typename === 'EmailSequence', `after the upgrade: ${sequence?.__typename}`);
  assert.equal(sequence.id, sequenceId);
  assert.equal(sequence.nextActionId, null, 'the chain ends at the sequence');

  // And backwards, from the sequence.
  const back = await cara.request(EmailSequenceDocument, { id: sequenceId });
  assert.deepEqual(itemRef(back.emailSequence?.previousItem), ['ContentUpgrade', upgradeId]);
  assert.equal(back.emailSequence?.nextItem, null);
  const middle = await cara.request(BlogPostDocument, { id: blogId });
  assert.deepEqual(itemRef(middle.blogPost?.previousItem), ['SocialPost', postId]);
  assert.deepEqual(itemRef(middle.blogPost?.nextItem), ['ContentUpgrade', upgradeId]);
});

test('content: emails are added to the sequence, moved and removed; positions stay 1..n', async () => {
  const sequenceId = required(content.sequenceId, 'sequenceId');
  const add = async (subjectLine: string, sequencePosition?: number) =>
    unwrapPayload(
      (
        await cara.request(AddEmailDocument, {
          input: { sequenceId, subjectLine, content: `${subjectLine}: better coffee`, delayDays: 1, ...(sequencePosition ? { sequencePosition } : {}) },
        })
      ).addEmail,
    ).email;

  const second = await add('Second');
  assert.equal(second.sequencePosition, 1, 'added at the end of an empty sequence');
  const first = await add('First', 1);
  assert.equal(first.sequencePosition, 1);
  const third = await add('Third');
  assert.equal(third.sequencePosition, 3);
  const extra = await add('Extra', 2);

  const subjects = async () => {
    const { emailSequence } = await cara.request(EmailSequenceDocument, { id: sequenceId });
    assert.ok(emailSequence);
    assert.deepEqual(
      emailSequence.emails.map((e) => e.sequencePosition),
      emailSequence.emails.map((_, i) => i + 1),
      'positions are 1..n',
    );
    assert.equal(emailSequence.totalEmails, emailSequence.emails.length, 'totalEmails stays true');
    return emailSequence.emails.map((e) => e.subjectLine);
  };
  assert.deepEqual(await subjects(), ['First', 'Extra', 'Second', 'Third']);

  const moved = unwrapPayload((await cara.request(MoveEmailDocument, { input: { id: extra.id, sequencePosition: 4 } })).moveEmail).email;
  assert.equal(moved.sequencePosition, 4);
  assert.deepEqual(await subjects(), ['First', 'Second', 'Third', 'Extra']);

  const removed = unwrapPayload((await cara.request(RemoveEmailDocument, { input: { id: extra.id } })).removeEmail);
  assert.deepEqual(removed.removedEmailIds, [extra.id]);
  assert.deepEqual(await subjects(), ['First', 'Second', 'Third']);
  assert.equal((await cara.request(EmailDocument, { id: extra.id })).email, null);

  // The first email goes on day 0 by default; an edit of its text writes version 2.
  const edited = unwrapPayload(
    (await cara.request(UpdateEmailDocument, { input: { id: first.id, subjectLine: 'Welcome!', delayDays: 0, reason: 'warmer' } })).updateEmail,
  ).email;
  assert.equal(edited.subjectLine, 'Welcome!');
  assert.equal(edited.delayDays, 0);
  const read = await cara.request(EmailDocument, { id: first.id });
  assert.deepEqual(read.email?.versions.map((v) => [v.versionNumber, v.reason]), [
    [1, 'created'],
    [2, 'warmer'],
  ]);
  assert.equal(read.email?.sequence.totalEmails, 3);

  // A negative delay is a typed payload error.
  const negative = narrowPayload((await cara.request(UpdateEmailDocument, { input: { id: second.id, delayDays: -1 } })).updateEmail);
  assert.equal(negative.errors?.[0].code, 'INVALID');
  assert.deepEqual(negative.errors?.[0].field, ['input', 'delayDays']);

  const sequence = unwrapPayload(
    (await cara.request(UpdateEmailSequenceDocument, { input: { id: sequenceId, status: 'ACTIVE' } })).updateEmailSequence,
  ).emailSequence;
  assert.equal(sequence.status, 'ACTIVE');
  content.emailIds = [edited.id, second.id, third.id];
});

test('content: A/B — a variant whose engagement lead reaches the threshold is declared the winner', async () => {
  const postId = required(content.postId, 'postId');

  const { socialPost: variant } = unwrapPayload(
    (await cara.request(CreateSocialPostVariantDocument, { input: { variantOf: postId, content: 'Stop ruining great beans' } }))
      .createSocialPostVariant,
  );
  // A copy with new text: no metrics, no flow links, not a winner, in the original's group.
  assert.equal(variant.isVariant, true);
  assert.equal(variant.variantGroupId, postId);
  assert.deepEqual(variant.engagementMetrics, {});
  assert.equal(variant.nextActionId, null);
  assert.equal(variant.isWinner, null);
  assert.equal(variant.platform, 'INSTAGRAM');
  content.variantId = variant.id;

  // The original scores 40 (likes). 30 likes + 12 shares = 42: a lead of 2, short of the
  // original's threshold of 5, so there is no winner yet.
  unwrapPayload(
    (await cara.request(UpdateSocialPostDocument, { input: { id: variant.id, engagementMetrics: { likes: 30, shares: 12 } } }))
      .updateSocialPost,
  );
  const short = narrowPayload(
    (await cara.request(DeclareWinnerDocument, { input: { itemType: 'SOCIAL_POST', variantGroupId: postId } })).declareWinner,
  );
  assert.equal(short.ok, false, 'a lead of 2 is short of the threshold of 5');
  assert.equal(short.errors?.[0].code, 'INVALID_STATE');

  // 30 likes + 20 shares + 3 comments + 2 saves + 1 click = 56, and keys that are not counted
  // (impressions) or not numbers count nothing: a lead of 16 over the original's 40.
  unwrapPayload(
    (
      await cara.request(UpdateSocialPostDocument, {
        input: {
          id: variant.id,
          engagementMetrics: { likes: 30, shares: 20, comments: 3, saves: 2, clicks: 1, impressions: 5000, reposts: 'many' },
        },
      })
    ).updateSocialPost,
  );
  const declared = unwrapPayload(
    (await cara.request(DeclareWinnerDocument, { input: { itemType: 'SOCIAL_POST', variantGroupId: postId } })).declareWinner,
  );
  assert.deepEqual(member(declared.winner), ['SocialPost', variant.id, true]);
  assert.deepEqual(
    declared.members.map(member).sort(),
    [
      ['SocialPost', postId, false],
      ['SocialPost', variant.id, true],
    ].sort(),
  );

  // Exactly one winner per group, as the lists read it too.
  const group = await cara.request(SocialPostsDocument, {
    workspaceId: required(content.workspaceId, 'workspaceId'),
    filter: { variantGroupId: postId },
    orderBy: 'CREATED_AT_ASC',
  });
  assert.deepEqual(
    group.workspace?.socialPosts.edges.map((e) => [e.node.id, e.node.isWinner]),
    [
      [postId, false],
      [variant.id, true],
    ],
  );

  // A blog post and an email make variants of their own: a blog variant starts as a draft, an
  // email variant keeps its original's sequence and position.
  const blogVariant = unwrapPayload(
    (
      await cara.request(CreateBlogPostVariantDocument, {
        input: { variantOf: required(content.blogId, 'blogId'), title: 'Five brewing mistakes', content: 'Grind, water, ratio, time, heat.' },
      })
    ).createBlogPostVariant,
  ).blogPost;
  assert.equal(blogVariant.variantGroupId, content.blogId);
  assert.equal(blogVariant.status, 'DRAFT');
  const [firstEmailId] = required(content.emailIds, 'emailIds');
  assert.ok(firstEmailId);
  const emailVariant = unwrapPayload(
    (await cara.request(CreateEmailVariantDocument, { input: { variantOf: firstEmailId, subjectLine: 'Hello!', content: 'Better coffee' } }))
      .createEmailVariant,
  ).email;
  assert.equal(emailVariant.variantGroupId, firstEmailId);
  assert.equal(emailVariant.sequenceId, content.sequenceId);
  assert.equal(emailVariant.sequencePosition, 1);
  // Without a threshold on the original, no winner is declared (null never means 0).
  const noThreshold = narrowPayload(
    (await cara.request(DeclareWinnerDocument, { input: { itemType: 'EMAIL', variantGroupId: firstEmailId } })).declareWinner,
  );
  assert.equal(noThreshold.ok, false);
});

test('content: every text edit writes a version, and restoring one writes the next', async () => {
  const blogId = required(content.blogId, 'blogId');
  const edited = unwrapPayload(
    (
      await cara.request(UpdateBlogPostDocument, {
        input: { id: blogId, title: 'Seven brewing mistakes', reason: 'a stronger title', generatedBy: { model: 'gpt-4o' } },
      })
    ).updateBlogPost,
  ).blogPost;
  assert.equal(edited.title, 'Seven brewing mistakes');
  // An edit that changes no versioned text writes no version.
  unwrapPayload((await cara.request(UpdateBlogPostDocument, { input: { id: blogId, estimatedReadingTime: 5 } })).updateBlogPost);
  // Publishing without `publishedAt` sets it to now.
  const published = unwrapPayload((await cara.request(UpdateBlogPostDocument, { input: { id: blogId, status: 'PUBLISHED' } })).updateBlogPost)
    .blogPost;
  assert.equal(published.status, 'PUBLISHED');
  assert.ok(published.publishedAt && Math.abs(Date.parse(published.publishedAt) - Date.now()) < 60_000, `publishedAt ${published.publishedAt}`);

  const before = await cara.request(BlogPostDocument, { id: blogId });
  const versions = before.blogPost?.versions ?? [];
  assert.deepEqual(versions.map((v) => [v.versionNumber, v.reason]), [
    [1, 'created'],
    [2, 'a stronger title'],
  ]);
  const original = versions[0];
  assert.ok(original);
  assert.deepEqual(JSON.parse(original.content), { title: 'Brewing mistakes', content: 'Grind, water, ratio.' });
  assert.equal((await cara.request(ContentVersionDocument, { id: original.id })).contentVersion?.versionNumber, 1);

  const restored = unwrapPayload((await cara.request(RestoreContentVersionDocument, { input: { id: original.id } })).restoreContentVersion)
    .contentVersion;
  assert.equal(restored.versionNumber, 3);
  assert.equal(restored.reason, 'restored version 1');
  assert.equal(restored.entityId, blogId);
  const after = await cara.request(BlogPostDocument, { id: blogId });
  assert.equal(after.blogPost?.title, 'Brewing mistakes');
  assert.deepEqual(after.blogPost?.versions.map((v) => v.versionNumber), [1, 2, 3]);
});

test('content: a managed URL redirects with its UTM parameters at /r/{id} and counts each click', async () => {
  const workspaceId = required(content.workspaceId, 'workspaceId');
  const businessId = required(content.businessId, 'businessId');
  const blogId = required(content.blogId, 'blogId');

  const { managedUrl } = unwrapPayload(
    (
      await cara.request(CreateManagedUrlDocument, {
        input: {
          workspaceId,
          businessId,
          sourceType: 'BLOG_POST',
          sourceId: blogId,
          url: 'https://northwind.example.com/shop?ref=blog&utm_source=old#beans',
          utmParams: { utm_campaign: 'spring', utm_source: 'blog', utm_medium: 'cta' },
        },
      })
    ).createManagedUrl,
  );
  content.managedUrlId = managedUrl.id;
  assert.equal(managedUrl.clickCount, 0);
  assert.equal(managedUrl.isValid, true);
  assert.equal(managedUrl.redirectPath, `/r/${managedUrl.id}`);
  // The URL's own parameters in their order, those the UTM parameters name replaced, the UTM
  // parameters in their fixed order, the fragment last.
  const expected = 'https://northwind.example.com/shop?ref=blog&utm_source=blog&utm_medium=cta&utm_campaign=spring#beans';
  assert.equal(managedUrl.effectiveLink, expected);

  const follow = () => fetch(`${gateway.origin}/r/${managedUrl.id}`, { redirect: 'manual' });
  const response = await follow();
  assert.equal(response.status, 302);
  assert.equal(response.headers.get('location'), expected);
  assert.equal((await cara.request(ManagedUrlDocument, { id: managedUrl.id })).managedUrl?.clickCount, 1);
  // Every hit counts once, concurrent ones too.
  const statuses = await Promise.all([follow(), follow(), follow()].map(async (r) => (await r).status));
  assert.deepEqual(statuses, [302, 302, 302]);
  assert.equal((await cara.request(ManagedUrlDocument, { id: managedUrl.id })).managedUrl?.clickCount, 4);

  // An unknown id is 404, and so is one that is not a UUID.
  assert.equal((await fetch(`${gateway.origin}/r/00000000-0000-7000-8000-000000000000`, { redirect: 'manual' })).status, 404);
  assert.equal((await fetch(`${gateway.origin}/r/not-a-uuid`, { redirect: 'manual' })).status, 404);

  // Changing the URL changes where it sends.
  const moved = unwrapPayload(
    (await cara.request(UpdateManagedUrlDocument, { input: { id: managedUrl.id, url: 'https://northwind.example.com/beans' } })).updateManagedUrl,
  ).managedUrl;
  assert.equal(moved.effectiveLink, 'https://northwind.example.com/beans?utm_source=blog&utm_medium=cta&utm_campaign=spring');
  assert.equal((await follow()).headers.get('location'), moved.effectiveLink);

  const list = await cara.request(ManagedUrlsDocument, { workspaceId, filter: { sourceType: 'BLOG_POST', sourceId: blogId }, orderBy: 'CLICK_COUNT_DESC' });
  assert.deepEqual(list.workspace?.managedUrls.edges.map((e) => [e.node.id, e.node.clickCount]), [[managedUrl.id, 5]]);

  // Only http(s) links, and only to an item of the URL's business.
  const ftp = narrowPayload(
    (
      await cara.request(CreateManagedUrlDocument, {
        input: { workspaceId, businessId, sourceType: 'BLOG_POST', sourceId: blogId, url: 'ftp://northwind.example.com/shop' },
      })
    ).createManagedUrl,
  );
  assert.equal(ftp.errors?.[0].code, 'INVALID');
  assert.deepEqual(ftp.errors?.[0].field, ['input', 'url']);
  const missing = narrowPayload(
    (
      await cara.request(CreateManagedUrlDocument, {
        input: { workspaceId, businessId, sourceType: 'BLOG_POST', sourceId: required(content.postId, 'postId'), url: 'https://x.example' },
      })
    ).createManagedUrl,
  );
  assert.equal(missing.errors?.[0].code, 'NOT_FOUND');
  assert.deepEqual(missing.errors?.[0].field, ['input', 'sourceId']);

  // Eve cannot read it; deleting it ends the redirect.
  assert.equal((await eve.request(ManagedUrlDocument, { id: managedUrl.id })).managedUrl, null);
  const extra = unwrapPayload(
    (await cara.request(CreateManagedUrlDocument, { input: { workspaceId, businessId, sourceType: 'BLOG_POST', sourceId: blogId, url: 'https://x.example/a' } }))
      .createManagedUrl,
  ).managedUrl;
  const deleted = unwrapPayload((await cara.request(DeleteManagedUrlDocument, { input: { id: extra.id } })).deleteManagedUrl);
  assert.equal(deleted.deletedId, extra.id);
  assert.equal((await fetch(`${gateway.origin}${extra.redirectPath}`, { redirect: 'manual' })).status, 404);
});

test('content: an ESP integration keeps its credentials to itself; a sync without a connector is recorded FAILED', async () => {
  const workspaceId = required(content.workspaceId, 'workspaceId');
  const businessId = required(content.businessId, 'businessId');

  const changes = listen(cara.subscribe(EspIntegrationChangedDocument, { workspaceId }), caraConnected, 'espIntegrationChanged');
  try {
    await changes.ready();
    const { espIntegration } = unwrapPayload(
      (
        await cara.request(ConnectEspIntegrationDocument, {
          input: { workspaceId, businessId, provider: 'MAILCHIMP', credentials: JSON.stringify({ api_key: 'mc-secret-123' }), settings: { list: 'coffee' } },
        })
      ).connectEspIntegration,
    );
    assert.equal(espIntegration.provider, 'MAILCHIMP');
    assert.equal(espIntegration.syncStatus, 'PENDING');
    assert.equal(espIntegration.lastSyncAt, null);
    assert.deepEqual(espIntegration.settings, { list: 'coffee' });
    assert.ok(!JSON.stringify(espIntegration).includes('mc-secret-123'), 'credentials are never read back');
    await changes.waitFor('INSERT of the integration', (e) => e.espIntegrationChanged.id === espIntegration.id && e.espIntegrationChanged.op === 'INSERT');

    // One connection per provider per business.
    const again = narrowPayload(
      (
        await cara.request(ConnectEspIntegrationDocument, {
          input: { workspaceId, businessId, provider: 'MAILCHIMP', credentials: JSON.stringify({ api_key: 'other' }) },
        })
      ).connectEspIntegration,
    );
    assert.equal(again.errors?.[0].code, 'ALREADY_EXISTS');

    // This server has no ESP connector: the sync is refused, recorded, and answered as a success.
    const synced = unwrapPayload((await cara.request(SyncEspIntegrationDocument, { input: { id: espIntegration.id } })).syncEspIntegration)
      .espIntegration;
    assert.equal(synced.syncStatus, 'FAILED');
    assert.ok(Array.isArray(synced.errorLog) && synced.errorLog.length === 1, `errorLog ${JSON.stringify(synced.errorLog)}`);

    const rekeyed = unwrapPayload(
      (
        await cara.request(UpdateEspIntegrationDocument, {
          input: { id: espIntegration.id, credentials: JSON.stringify({ api_key: 'mc-secret-456' }), settings: { list: 'beans' } },
        })
      ).updateEspIntegration,
    ).espIntegration;
    assert.deepEqual(rekeyed.settings, { list: 'beans' });
    const read = await cara.request(EspIntegrationDocument, { id: espIntegration.id });
    assert.equal(read.espIntegration?.business.name, 'Northwind');
    const failed = await cara.request(EspIntegrationsDocument, { workspaceId, filter: { syncStatuses: ['FAILED'] } });
    assert.deepEqual(failed.workspace?.espIntegrations.edges.map((e) => e.node.id), [espIntegration.id]);

    const gone = unwrapPayload((await cara.request(DisconnectEspIntegrationDocument, { input: { id: espIntegration.id } })).disconnectEspIntegration);
    assert.equal(gone.deletedId, espIntegration.id);
    await changes.waitFor('DELETE of the integration', (e) => e.espIntegrationChanged.id === espIntegration.id && e.espIntegrationChanged.op === 'DELETE');
    assert.equal((await cara.request(EspIntegrationDocument, { id: espIntegration.id })).espIntegration, null);
  } finally {
    await changes.close();
  }
});

test('content: rule violations are typed payload errors, and another user finds nothing', async () => {
  const workspaceId = required(content.workspaceId, 'workspaceId');
  const businessId = required(content.businessId, 'businessId');
  const blogId = required(content.blogId, 'blogId');

  const badCta = narrowPayload(
    (
      await cara.request(CreateSocialPostDocument, {
        input: { workspaceId, businessId, platform: 'LINKEDIN', content: 'x', ctaUrl: 'javascript:alert(1)' },
      })
    ).createSocialPost,
  );
  assert.equal(badCta.errors?.[0].code, 'INVALID');
  assert.deepEqual(badCta.errors?.[0].field, ['input', 'ctaUrl']);

  // Each type has its own set of conversion goals: a content upgrade never asks for a referral.
  const badGoal = narrowPayload(
    (await cara.request(UpdateContentUpgradeDocument, { input: { id: required(content.upgradeId, 'upgradeId'), conversionGoal: 'REFERRAL' } }))
      .updateContentUpgrade,
  );
  assert.equal(badGoal.errors?.[0].code, 'INVALID');
  assert.deepEqual(badGoal.errors?.[0].field, ['input', 'conversionGoal']);

  const scheduled = narrowPayload(
    (await cara.request(UpdateSocialPostDocument, { input: { id: required(content.postId, 'postId'), status: 'SCHEDULED' } })).updateSocialPost,
  );
  assert.equal(scheduled.ok, false, 'SCHEDULED needs scheduledFor');

  // Another workspace's content answers exactly like missing content.
  assert.equal((await eve.request(BlogPostDocument, { id: blogId })).blogPost, null);
  const theirs = (await eve.request(UpdateBlogPostDocument, { input: { id: blogId, title: 'Taken' } })).updateBlogPost;
  const nobodys = (await eve.request(UpdateBlogPostDocument, { input: { id: '00000000-0000-7000-8000-000000000000', title: 'Taken' } }))
    .updateBlogPost;
  assert.deepEqual(theirs, nobodys);
  assert.equal(theirs.errors[0]?.code, 'NOT_FOUND');
  const list = await eve.request(BlogPostsDocument, { workspaceId });
  assert.equal(list.workspace, null);

  // A bad token is UNAUTHENTICATED, over HTTP and over graphql-ws.
  const stranger = client({ token: 'not-a-jwt' });
  assert.equal((await mosaicErrorOf(stranger.request(BusinessesDocument, { workspaceId }))).code, 'UNAUTHENTICATED');
  const events = stranger.subscribe(SocialPostChangedDocument, { workspaceId });
  const overWs = await within(10_000, 'refused subscription', mosaicErrorOf(events.next()));
  assert.equal(overWs.code, 'UNAUTHENTICATED', overWs.message);
});

test('content: deleting an item clears the links to it; deleting the business takes everything', async () => {
  const workspaceId = required(content.workspaceId, 'workspaceId');
  const postId = required(content.postId, 'postId');
  const blogId = required(content.blogId, 'blogId');

  const deleted = unwrapPayload((await cara.request(DeleteSocialPostDocument, { input: { id: postId } })).deleteSocialPost);
  assert.equal(deleted.deletedId, postId);
  const blog = await cara.request(BlogPostDocument, { id: blogId });
  assert.equal(blog.blogPost?.previousActionId, null, 'the blog post no longer has a previous item');
  assert.equal(blog.blogPost?.previousItem, null);

  const bundle = unwrapPayload((await cara.request(DeleteContentBundleDocument, { input: { id: required(content.bundleId, 'bundleId') } })).deleteContentBundle);
  assert.equal(bundle.deletedId, content.bundleId);

  const business = unwrapPayload((await cara.request(DeleteBusinessDocument, { input: { id: required(content.businessId, 'businessId') } })).deleteBusiness);
  assert.equal(business.deletedId, content.businessId);
  const { workspace } = await cara.request(BusinessesDocument, { workspaceId });
  assert.equal(workspace?.businesses.totalCount, 0);
  assert.equal((await cara.request(BlogPostDocument, { id: blogId })).blogPost, null);
  assert.equal((await cara.request(ContentUpgradeDocument, { id: required(content.upgradeId, 'upgradeId') })).contentUpgrade, null);
  assert.equal((await cara.request(EmailSequenceDocument, { id: required(content.sequenceId, 'sequenceId') })).emailSequence, null);
  assert.equal((await cara.request(ManagedUrlDocument, { id: required(content.managedUrlId, 'managedUrlId') })).managedUrl, null);
  assert.equal((await fetch(`${gateway.origin}/r/${content.managedUrlId}`, { redirect: 'manual' })).status, 404);
});
