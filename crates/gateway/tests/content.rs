//! The content domain (seed 001) through GraphQL: the whole flow a client runs, the redirect,
//! tenancy, and the statements a nested content query costs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::atomic::Ordering;

use common::{TestApp, TestUser, codes};
use serde_json::{Value, json};

async fn mutate(app: &TestApp, user: &TestUser, field: &str, input_type: &str, selection: &str, input: Value) -> Value {
    let query = format!("mutation($input: {input_type}!) {{ {field}(input: $input) {{ {selection} errors {{ code field message }} }} }}");
    let data = app.ok(&user.token, &query, json!({ "input": input })).await;
    assert_eq!(data[field]["errors"], json!([]), "{field}: {data}");
    data[field].clone()
}

fn id(value: &Value) -> String {
    value["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_content_flow_of_seed_001_through_graphql() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let ws = ada.workspace_id;

    let business = mutate(
        &app,
        &ada,
        "createBusiness",
        "CreateBusinessInput",
        "business { id name }",
        json!({
            "workspaceId": ws,
            "profile": { "name": "Northwind", "industry": "Coffee", "businessType": "E-commerce", "primaryProduct": "Beans",
                         "coreOfferDescription": "Fresh beans", "brandKeywords": ["fresh", " "], "promotions": [{ "code": "SPRING" }] },
        }),
    )
    .await;
    let biz = id(&business["business"]);
    let bundle = id(&mutate(
        &app,
        &ada,
        "createContentBundle",
        "CreateContentBundleInput",
        "contentBundle { id status generationDate }",
        json!({
            "workspaceId": ws, "businessId": biz, "name": "Spring launch", "timePeriod": "Q2 2026",
        }),
    )
    .await["contentBundle"]);
    let post = id(&mutate(
        &app,
        &ada,
        "createSocialPost",
        "CreateSocialPostInput",
        "socialPost { id conversionGoal }",
        json!({
            "workspaceId": ws, "businessId": biz, "bundleId": bundle, "platform": "INSTAGRAM", "content": "Three brewing mistakes",
            "winningThreshold": 5, "engagementMetrics": { "likes": 40 },
            "generatedBy": { "model": "gpt-4o", "prompt": "a hook about brewing" },
        }),
    )
    .await["socialPost"]);
    let blog = id(&mutate(
        &app,
        &ada,
        "createBlogPost",
        "CreateBlogPostInput",
        "blogPost { id }",
        json!({
            "workspaceId": ws, "businessId": biz, "bundleId": bundle, "title": "Brewing mistakes", "content": "Grind, water, ratio.",
        }),
    )
    .await["blogPost"]);
    let upgrade = id(&mutate(
        &app,
        &ada,
        "createContentUpgrade",
        "CreateContentUpgradeInput",
        "contentUpgrade { id }",
        json!({
            "workspaceId": ws, "businessId": biz, "blogPostId": blog, "title": "Brew checklist", "type": "CHECKLIST", "content": "1. Weigh",
        }),
    )
    .await["contentUpgrade"]);
    let sequence = id(&mutate(
        &app,
        &ada,
        "createEmailSequence",
        "CreateEmailSequenceInput",
        "emailSequence { id }",
        json!({
            "workspaceId": ws, "businessId": biz, "bundleId": bundle, "name": "Welcome",
        }),
    )
    .await["emailSequence"]);
    for (subject, position) in [("Second", 1), ("First", 1), ("Third", 3)] {
        mutate(
            &app,
            &ada,
            "addEmail",
            "AddEmailInput",
            "email { id sequencePosition }",
            json!({
                "sequenceId": sequence, "subjectLine": subject, "content": "…", "sequencePosition": position, "delayDays": 1,
            }),
        )
        .await;
    }

    // Link the flow: post → blog → upgrade → sequence.
    let linked = mutate(
        &app,
        &ada,
        "linkSocialPostNext",
        "LinkNextInput",
        "item { __typename ... on SocialPost { nextActionId } } next { __typename ... on BlogPost { previousActionId } }",
        json!({
            "id": post, "nextType": "BLOG_POST", "nextId": blog,
        }),
    )
    .await;
    assert_eq!(linked["item"]["nextActionId"], json!(blog));
    assert_eq!(linked["next"]["previousActionId"], json!(post));
    mutate(
        &app,
        &ada,
        "linkBlogPostNext",
        "LinkNextInput",
        "item { __typename }",
        json!({ "id": blog, "nextType": "CONTENT_UPGRADE", "nextId": upgrade }),
    )
    .await;
    mutate(
        &app,
        &ada,
        "linkContentUpgradeNext",
        "LinkNextInput",
        "item { __typename }",
        json!({ "id": upgrade, "nextType": "EMAIL_SEQUENCE", "nextId": sequence }),
    )
    .await;
    // A link the flow does not allow is a typed payload error.
    let refused = app
        .ok(
            &ada.token,
            "mutation($input: LinkNextInput!) { linkEmailSequenceNext(input: $input) { item { __typename } errors { code field } } }",
            json!({ "input": { "id": sequence, "nextType": "SOCIAL_POST", "nextId": post } }),
        )
        .await;
    assert_eq!(refused["linkEmailSequenceNext"]["errors"], json!([{ "code": "INVALID", "field": ["input", "nextType"] }]));

    // A/B: a variant that does better, then the winner.
    let variant = id(&mutate(
        &app,
        &ada,
        "createSocialPostVariant",
        "CreateSocialPostVariantInput",
        "socialPost { id isVariant variantGroupId }",
        json!({
            "variantOf": post, "content": "Stop ruining great beans",
        }),
    )
    .await["socialPost"]);
    mutate(
        &app,
        &ada,
        "updateSocialPost",
        "UpdateSocialPostInput",
        "socialPost { id }",
        json!({ "id": variant, "engagementMetrics": { "likes": 30, "shares": 20 } }),
    )
    .await;
    let declared = mutate(
        &app,
        &ada,
        "declareWinner",
        "DeclareWinnerInput",
        "winner { ... on SocialPost { id isWinner } } members { ... on SocialPost { id isWinner } }",
        json!({
            "itemType": "SOCIAL_POST", "variantGroupId": post,
        }),
    )
    .await;
    assert_eq!(declared["winner"], json!({ "id": variant, "isWinner": true }));
    assert_eq!(declared["members"][1], json!({ "id": post, "isWinner": false }));

    // The whole chain, read back in one query.
    let chain = app
        .ok(
            &ada.token,
            "query($id: UUID!) { socialPost(id: $id) { content versions { versionNumber reason } nextItem { __typename ... on BlogPost { title contentUpgrades { title } nextItem { ... on ContentUpgrade { title nextItem { ... on EmailSequence { name totalEmails emails { subjectLine sequencePosition } previousItem { ... on ContentUpgrade { id } } } } } } } } } }",
            json!({ "id": post }),
        )
        .await;
    let blog_node = &chain["socialPost"]["nextItem"];
    assert_eq!(blog_node["__typename"], "BlogPost");
    assert_eq!(blog_node["contentUpgrades"], json!([{ "title": "Brew checklist" }]));
    let sequence_node = &blog_node["nextItem"]["nextItem"];
    assert_eq!(sequence_node["totalEmails"], 3);
    assert_eq!(
        sequence_node["emails"],
        json!([{ "subjectLine": "First", "sequencePosition": 1 }, { "subjectLine": "Second", "sequencePosition": 2 }, { "subjectLine": "Third", "sequencePosition": 3 }])
    );
    assert_eq!(sequence_node["previousItem"]["id"], json!(upgrade));
    assert_eq!(chain["socialPost"]["versions"], json!([{ "versionNumber": 1, "reason": "created" }]));

    // A managed URL, followed.
    let link = mutate(
        &app,
        &ada,
        "createManagedUrl",
        "CreateManagedUrlInput",
        "managedUrl { id effectiveLink redirectPath }",
        json!({
            "workspaceId": ws, "businessId": biz, "sourceType": "BLOG_POST", "sourceId": blog, "url": "https://northwind.example.com/shop",
            "utmParams": { "utm_source": "blog", "utm_medium": "cta" },
        }),
    )
    .await;
    let path = link["managedUrl"]["redirectPath"].as_str().unwrap().to_owned();
    assert_eq!(link["managedUrl"]["effectiveLink"], "https://northwind.example.com/shop?utm_source=blog&utm_medium=cta");
    let (status, _) = app.request("GET", &path, &[], Vec::new()).await;
    assert_eq!(status.as_u16(), 302);
    let clicks =
        app.ok(&ada.token, "query($id: UUID!) { managedUrl(id: $id) { clickCount } }", json!({ "id": id(&link["managedUrl"]) })).await;
    assert_eq!(clicks["managedUrl"]["clickCount"], 1);

    // Lists on Workspace, filtered.
    let lists = app
        .ok(
            &ada.token,
            "query($ws: UUID!, $biz: UUID!) { workspace(id: $ws) { businesses { totalCount } contentBundles(filter: { businessId: $biz }) { nodes { name socialPosts { id } blogPosts { id } emailSequences { id } } } socialPosts(filter: { statuses: [DRAFT] }, orderBy: CREATED_AT_ASC) { totalCount } managedUrls(orderBy: CLICK_COUNT_DESC) { nodes { clickCount } } } }",
            json!({ "ws": ws, "biz": biz }),
        )
        .await;
    let w = &lists["workspace"];
    assert_eq!(w["businesses"]["totalCount"], 1);
    assert_eq!(w["contentBundles"]["nodes"][0]["socialPosts"].as_array().unwrap().len(), 2, "the post and its variant");
    assert_eq!(w["socialPosts"]["totalCount"], 2);
    assert_eq!(w["managedUrls"]["nodes"][0]["clickCount"], 1);
}

#[tokio::test]
async fn another_workspaces_content_is_answered_exactly_like_missing_content() {
    let app = TestApp::new().await;
    let ada = app.sign_up("ada@example.com").await;
    let bob = app.sign_up("bob@example.com").await;
    let biz = id(&mutate(&app, &ada, "createBusiness", "CreateBusinessInput", "business { id }", json!({
        "workspaceId": ada.workspace_id,
        "profile": { "name": "Northwind", "industry": "Coffee", "businessType": "Shop", "primaryProduct": "Beans", "coreOfferDescription": "Beans" },
    }))
    .await["business"]);
    let blog = id(&mutate(
        &app,
        &ada,
        "createBlogPost",
        "CreateBlogPostInput",
        "blogPost { id }",
        json!({
            "workspaceId": ada.workspace_id, "businessId": biz, "title": "Mine", "content": "Mine",
        }),
    )
    .await["blogPost"]);
    let probes = [
        "query($id: UUID!) { blogPost(id: $id) { title } }",
        "query($id: UUID!) { business(id: $id) { name } }",
        "mutation($id: UUID!) { updateBlogPost(input: { id: $id, title: \"Taken\" }) { blogPost { id } errors { code field } } }",
        "mutation($id: UUID!) { linkBlogPostNext(input: { id: $id, nextType: CONTENT_UPGRADE, nextId: $id }) { item { __typename } errors { code field } } }",
        "mutation($id: UUID!) { deleteBlogPost(input: { id: $id }) { deletedId errors { code field } } }",
        "mutation($id: UUID!) { declareWinner(input: { itemType: BLOG_POST, variantGroupId: $id }) { winner { __typename } errors { code field } } }",
    ];
    for probe in probes {
        let theirs =
            app.gql(&bob.token, probe, json!({ "id": if probe.contains("business(") { biz.clone() } else { blog.clone() } })).await;
        let missing = app.gql(&bob.token, probe, json!({ "id": uuid::Uuid::now_v7() })).await;
        assert_eq!(theirs, missing, "{probe}");
        assert!(codes(&theirs).is_empty(), "{theirs}");
    }
    let still = app.ok(&ada.token, "query($id: UUID!) { blogPost(id: $id) { title } }", json!({ "id": blog })).await;
    assert_eq!(still["blogPost"]["title"], "Mine");
}

const NESTED: &str = "query($ws: UUID!, $n: Int!) { workspace(id: $ws) { blogPosts(first: $n, orderBy: CREATED_AT_ASC) { edges { node { id title business { name } versions(first: 10) { versionNumber reason } } } } } }";

#[tokio::test]
async fn fifty_blog_posts_with_their_versions_cost_the_same_statements_as_five() {
    let (app, statements) = TestApp::counting().await;
    let ada = app.sign_up("ada@example.com").await;
    // Rows straight into the database: the point is the reads.
    app.sql(&format!(
        "INSERT INTO businesses (id, workspace_id, user_id, name, industry, business_type, primary_product, core_offer_description) \
         VALUES ('00000000-0000-7000-8000-000000000001', '{ws}', '{u}', 'Northwind', 'Coffee', 'Shop', 'Beans', 'Beans');
         INSERT INTO blog_posts (workspace_id, user_id, business_id, title, content, created_at) \
         SELECT '{ws}', '{u}', '00000000-0000-7000-8000-000000000001', 'Post ' || i, 'Body', now() - (100 - i) * interval '1 minute' FROM generate_series(1, 60) i;
         INSERT INTO content_versions (workspace_id, user_id, business_id, entity_type, entity_id, version_number, content, reason, created_by) \
         SELECT p.workspace_id, p.user_id, p.business_id, 'blog_post', p.id, n, '{{}}', 'edit ' || n, p.user_id FROM blog_posts p, generate_series(1, 12) n;",
        ws = ada.workspace_id,
        u = ada.id
    ))
    .await;

    let mut counts = Vec::new();
    for n in [5, 50] {
        let before = statements.load(Ordering::SeqCst);
        let paths = platform::one_pass::stats();
        let data = app.ok(&ada.token, NESTED, json!({ "ws": ada.workspace_id, "n": n })).await;
        counts.push(statements.load(Ordering::SeqCst) - before);
        // The kit's paths, with no code written for content: the page in one pass, the
        // versions written as JSON by Postgres. (The counters are the process's, shared with
        // the tests running beside this one, so they are read as "at least".)
        let after = platform::one_pass::stats();
        assert!(after.pages_one_pass > paths.pages_one_pass, "the page in one pass");
        assert!(after.rendered_by_database > paths.rendered_by_database, "the versions rendered by Postgres");
        let edges = data["workspace"]["blogPosts"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), n);
        assert!(edges.iter().all(|e| e["node"]["versions"].as_array().unwrap().len() == 10));
        assert!(edges.iter().all(|e| e["node"]["versions"][0]["versionNumber"] == 1 && e["node"]["business"]["name"] == "Northwind"));
    }
    println!("statements for 5 and 50 blog posts with their versions: {counts:?}");
    // Begin with the memberships, the page, the businesses by id, the versions ranked per
    // post (docs/content.md and the README say four).
    assert_eq!(counts, [4, 4], "statements for 5 blog posts and for 50");
}
