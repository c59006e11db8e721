//! Load benchmark: the nested leads query over HTTP against the embedded database.
//!
//! `cargo run --release -p gateway --example load -- [--clients 16] [--seconds 20] [--leads 50] [--query leads|actions|content|floor]`
//!
//! `--query actions` asks for another shape, served by the same general path with no code
//! written for it: "50 actions by due date, each with its lead" (a connection page whose rows
//! each read a related row through a loader). `--query floor` (or `--floor`) asks for
//! `{ viewer { id } workspace(slug) { id } }`: the cost of a request with next to no data
//! (HTTP, the token, parsing and validation, the transaction), the floor under every query.
//! `--query content` asks the content domain's shape, also with no code written for it: "50
//! blog posts by created_at, each with its business and its first 10 versions" (it seeds a
//! business and 50 blog posts edited 9 times each, so each has 10 versions).
//!
//! It starts `mosaic serve` (release build, a fresh data folder, the embedded Postgres), signs a
//! user in, creates LEADS leads with 12 actions each through the API, then runs CLIENTS
//! concurrent clients for SECONDS asking for "50 leads by created_at, each with its first 10
//! actions" and prints requests per second, latency percentiles and the server's memory.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};
use serde_json::{Value, json};

const FLOOR: &str = "query Floor($slug: String!) { viewer { id } workspace(slug: $slug) { id } }";
const CONTENT: &str = "query Content($slug: String!) { workspace(slug: $slug) { blogPosts(first: 50, orderBy: CREATED_AT_ASC) { edges { node { id title status business { id name } versions(first: 10) { versionNumber reason createdBy } } } } } }";
const ACTIONS: &str = "query Actions($slug: String!) { workspace(slug: $slug) { actions(first: 50, orderBy: DUE_DATE_ASC) { edges { node { id actionType state dueDate lead { id name url status } } } } } }";

/// What a run measures.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Leads,
    Actions,
    Content,
    Floor,
}

impl Shape {
    fn query(self) -> &'static str {
        match self {
            Self::Leads => QUERY,
            Self::Actions => ACTIONS,
            Self::Content => CONTENT,
            Self::Floor => FLOOR,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Self::Leads => "50 leads by created_at, each with its first 10 actions",
            Self::Actions => "50 actions by due date, each with its lead",
            Self::Content => "50 blog posts by created_at, each with its business and its first 10 versions",
            Self::Floor => "the viewer's id and the workspace's (the floor under every query)",
        }
    }
}
const QUERY: &str = "query Leads($slug: String!) { workspace(slug: $slug) { leads(first: 50, orderBy: CREATED_AT_ASC) { edges { node { id name url status actions(first: 10) { id actionType state dueDate } } } } } }";

struct Args {
    clients: usize,
    seconds: u64,
    leads: usize,
    shape: Shape,
}

fn args() -> anyhow::Result<Args> {
    let mut a = Args { clients: 16, seconds: 20, leads: 50, shape: Shape::Leads };
    let mut argv = std::env::args().skip(1);
    while let Some(flag) = argv.next() {
        if flag == "--floor" {
            a.shape = Shape::Floor;
            continue;
        }
        let value = argv.next().with_context(|| format!("{flag} needs a value"))?;
        let number = || value.parse::<u64>().with_context(|| format!("{flag} takes a whole number, not {value:?}"));
        match flag.as_str() {
            "--clients" => a.clients = usize::try_from(number()?)?,
            "--seconds" => a.seconds = number()?,
            "--leads" => a.leads = usize::try_from(number()?)?,
            "--query" => {
                a.shape = match value.as_str() {
                    "leads" => Shape::Leads,
                    "content" => Shape::Content,
                    "actions" => Shape::Actions,
                    "floor" => Shape::Floor,
                    other => bail!("--query is leads, actions, content or floor, not {other:?}"),
                }
            }
            other => bail!("unknown flag {other} (use --clients N, --seconds N, --leads N, --query leads|actions|content|floor)"),
        }
    }
    ensure!(a.clients > 0 && a.seconds > 0 && a.leads > 0, "--clients, --seconds and --leads must be at least 1");
    Ok(a)
}

fn binary() -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    // target/<profile>/examples/load → target/<profile>/mosaic
    let profile = exe.parent().and_then(|examples| examples.parent()).context("the load binary is not in target/<profile>/examples")?;
    Ok(profile.join("mosaic"))
}

/// A memory figure of the server process from /proc (VmRSS now, VmHWM the peak), in KiB.
fn memory_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(field).map(|v| v.trim().trim_end_matches(" kB").trim().parse().unwrap_or(0)))
        .unwrap_or(0)
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg("-TERM").arg(self.0.id().to_string()).status();
        let _ = self.0.wait();
    }
}

async fn post(client: &reqwest::Client, url: &str, token: &str, query: &str, variables: Value) -> anyhow::Result<Value> {
    let response = client.post(url).bearer_auth(token).json(&json!({ "query": query, "variables": variables })).send().await?;
    Ok(response.json().await?)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = args()?;
    let bin = binary()?;
    ensure!(bin.exists(), "build the server first: cargo build --release -p gateway ({} is missing)", bin.display());
    let data = std::env::temp_dir().join(format!("mosaic-load-{}", std::process::id()));
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let env = |cmd: &mut Command| {
        cmd.env("MOSAIC_DATA_DIR", &data)
            .env("MOSAIC_BIND", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "warn")
            .env_remove("DATABASE_URL");
    };
    let mut serve = Command::new(&bin);
    env(&mut serve);
    let server = Server(serve.arg("serve").stdout(Stdio::null()).stderr(Stdio::inherit()).spawn().context("starting mosaic serve")?);
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder().pool_max_idle_per_host(256).build()?;
    let started = Instant::now();
    while client.get(format!("{base}/readyz")).send().await.map(|r| r.status() != 200).unwrap_or(true) {
        ensure!(started.elapsed() < Duration::from_secs(120), "the server never became ready");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut token_cmd = Command::new(&bin);
    env(&mut token_cmd);
    let token = String::from_utf8(token_cmd.args(["token", "--email", "load@example.com"]).output().context("mosaic token")?.stdout)?
        .trim()
        .to_string();
    let url = format!("{base}/graphql");

    let me = post(&client, &url, &token, "{ viewer { memberships { workspace { id slug } } } }", json!({})).await?;
    let ws = &me["data"]["viewer"]["memberships"][0]["workspace"];
    let (Some(ws_id), Some(slug)) = (ws["id"].as_str(), ws["slug"].as_str()) else {
        bail!("no workspace for the load user: {me}");
    };
    eprintln!("seeding {} leads with 12 actions each…", args.leads);
    let types = ["OUTREACH", "FOLLOW_UP", "NURTURE", "CALL_PREP", "POST_CALL", "CONTENT", "FAST_WIN"];
    for i in 0..args.leads {
        let lead = post(
            &client,
            &url,
            &token,
            "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { message } } }",
            json!({ "input": { "workspaceId": ws_id, "name": format!("Lead {i}"), "url": format!("https://example.com/{i}") } }),
        )
        .await?;
        let lead_id = lead["data"]["createLead"]["lead"]["id"].as_str().with_context(|| format!("creating a lead: {lead}"))?;
        for j in 0..12 {
            let action = post(
                &client,
                &url,
                &token,
                "mutation($input: CreateActionInput!) { createAction(input: $input) { action { id } errors { message } } }",
                json!({ "input": { "workspaceId": ws_id, "leadId": lead_id, "actionType": types[j % types.len()], "dueDate": "2030-01-01", "description": format!("step {j}") } }),
            )
            .await?;
            ensure!(action["data"]["createAction"]["action"]["id"].is_string(), "creating an action: {action}");
        }
    }
    let check = post(&client, &url, &token, QUERY, json!({ "slug": slug })).await?;
    let edges = check["data"]["workspace"]["leads"]["edges"].as_array().with_context(|| format!("the leads query failed: {check}"))?;
    ensure!(edges.len() == args.leads.min(50), "expected {} leads, got {}", args.leads.min(50), edges.len());
    ensure!(edges.iter().all(|e| e["node"]["actions"].as_array().map(Vec::len) == Some(10)), "each lead should have 10 actions");
    let check = post(&client, &url, &token, ACTIONS, json!({ "slug": slug })).await?;
    let edges = check["data"]["workspace"]["actions"]["edges"].as_array().with_context(|| format!("the actions query failed: {check}"))?;
    ensure!(edges.iter().all(|e| e["node"]["lead"]["id"].is_string()), "each action should have its lead");
    if args.shape == Shape::Content {
        seed_content(&client, &url, &token, ws_id).await?;
        let check = post(&client, &url, &token, CONTENT, json!({ "slug": slug })).await?;
        let edges =
            check["data"]["workspace"]["blogPosts"]["edges"].as_array().with_context(|| format!("the content query failed: {check}"))?;
        ensure!(edges.len() == 50, "expected 50 blog posts, got {}", edges.len());
        ensure!(edges.iter().all(|e| e["node"]["versions"].as_array().map(Vec::len) == Some(10)), "each blog post should have 10 versions");
    }

    // Warm up, then measure.
    let measured = args.shape.query();
    let body = Arc::new(serde_json::to_vec(&json!({ "query": measured, "variables": { "slug": slug } }))?);
    let run = |seconds: u64| {
        let (client, url, token, body) = (client.clone(), url.clone(), token.clone(), Arc::clone(&body));
        let clients = args.clients;
        async move {
            let deadline = Instant::now() + Duration::from_secs(seconds);
            let mut tasks = Vec::new();
            for _ in 0..clients {
                let (client, url, token, body) = (client.clone(), url.clone(), token.clone(), Arc::clone(&body));
                tasks.push(tokio::spawn(async move {
                    let mut latencies = Vec::new();
                    let mut errors = 0u64;
                    while Instant::now() < deadline {
                        let t = Instant::now();
                        let response = client
                            .post(&url)
                            .bearer_auth(&token)
                            .header("content-type", "application/json")
                            .body(body.as_ref().clone())
                            .send()
                            .await;
                        match response {
                            Ok(r) if r.status() == 200 => {
                                let bytes = r.bytes().await.unwrap_or_default();
                                if bytes.windows(9).any(|w| w == b"\"errors\":") {
                                    errors += 1;
                                }
                            }
                            _ => errors += 1,
                        }
                        latencies.push(t.elapsed());
                    }
                    (latencies, errors)
                }));
            }
            let mut all = Vec::new();
            let mut errors = 0;
            for t in tasks {
                let (l, e) = t.await?;
                all.extend(l);
                errors += e;
            }
            anyhow::Ok((all, errors))
        }
    };
    run(3).await?;
    eprintln!("measuring for {} s…", args.seconds);
    let server_pid = server.0.id();
    let t0 = Instant::now();
    let (mut latencies, errors) = run(args.seconds).await?;
    ensure!(!latencies.is_empty(), "no request finished in {} s", args.seconds);
    let elapsed = t0.elapsed().as_secs_f64();
    let (rss, peak) = (memory_kib(server_pid, "VmRSS:"), memory_kib(server_pid, "VmHWM:"));
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)].as_secs_f64() * 1000.0;
    println!("query: {} ({} leads with 12 actions each seeded)", args.shape.describe(), args.leads);
    println!("clients: {}  duration: {:.1}s  requests: {}  errors: {}", args.clients, elapsed, latencies.len(), errors);
    println!("throughput: {:.0} req/s", latencies.len() as f64 / elapsed);
    println!("latency: p50 {:.2} ms  p90 {:.2} ms  p99 {:.2} ms  max {:.2} ms", pct(0.50), pct(0.90), pct(0.99), pct(1.0));
    println!("server memory: {:.1} MiB resident, {:.1} MiB peak", rss as f64 / 1024.0, peak as f64 / 1024.0);
    drop(server);
    let _ = std::fs::remove_dir_all(&data);
    Ok(())
}

/// A business and 50 blog posts, each edited 9 times (10 versions), through the API.
async fn seed_content(client: &reqwest::Client, url: &str, token: &str, ws_id: &str) -> anyhow::Result<()> {
    eprintln!("seeding 50 blog posts with 10 versions each…");
    let business = post(
        client,
        url,
        token,
        "mutation($input: CreateBusinessInput!) { createBusiness(input: $input) { business { id } errors { message } } }",
        json!({ "input": { "workspaceId": ws_id, "profile": { "name": "Load Co", "industry": "Coffee", "businessType": "Shop", "primaryProduct": "Beans", "coreOfferDescription": "Beans" } } }),
    )
    .await?;
    let business_id =
        business["data"]["createBusiness"]["business"]["id"].as_str().with_context(|| format!("creating a business: {business}"))?;
    for i in 0..50 {
        let blog = post(
            client,
            url,
            token,
            "mutation($input: CreateBlogPostInput!) { createBlogPost(input: $input) { blogPost { id } errors { message } } }",
            json!({ "input": { "workspaceId": ws_id, "businessId": business_id, "title": format!("Post {i}"), "content": "Draft" } }),
        )
        .await?;
        let blog_id = blog["data"]["createBlogPost"]["blogPost"]["id"].as_str().with_context(|| format!("creating a blog post: {blog}"))?;
        for edit in 1..10 {
            let changed = post(
                client,
                url,
                token,
                "mutation($input: UpdateBlogPostInput!) { updateBlogPost(input: $input) { blogPost { id } errors { message } } }",
                json!({ "input": { "id": blog_id, "content": format!("Draft {edit}"), "reason": format!("edit {edit}") } }),
            )
            .await?;
            ensure!(changed["data"]["updateBlogPost"]["blogPost"]["id"].is_string(), "editing a blog post: {changed}");
        }
    }
    Ok(())
}
