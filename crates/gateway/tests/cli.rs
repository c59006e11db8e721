//! The `mosaic` binary as a person runs it: on the embedded default, with a data folder of
//! its own; tokens with and without a running server; clean stops; recovery after a crash.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

fn mosaic(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mosaic"));
    cmd.env_remove("DATABASE_URL")
        .env_remove("JWT_SECRET")
        .env_remove("MOSAIC_ENCRYPTION_KEYS")
        .env("MOSAIC_DATA_DIR", data_dir)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("mosaic runs")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(data_dir: &Path) -> Self {
        let addr = format!("127.0.0.1:{}", free_port());
        let log = std::fs::File::create(data_dir.with_extension(format!("{}.log", addr.replace([':', '.'], "-")))).unwrap();
        let child = mosaic(data_dir).arg("serve").env("MOSAIC_BIND", &addr).stdout(Stdio::null()).stderr(log).spawn().unwrap();
        let server = Self { child, addr };
        server.wait_ready(data_dir);
        server
    }

    fn wait_ready(&self, data_dir: &Path) {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if let Ok(r) = reqwest::blocking_get(&format!("http://{}/readyz", self.addr))
                && r == 200
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let log =
            std::fs::read_to_string(data_dir.with_extension(format!("{}.log", self.addr.replace([':', '.'], "-")))).unwrap_or_default();
        panic!("server on {} never became ready:\n{log}", self.addr);
    }

    fn signal(&self, sig: &str) {
        Command::new("kill").arg(format!("-{sig}")).arg(self.child.id().to_string()).status().unwrap();
    }

    fn wait(&mut self) -> std::process::ExitStatus {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(started.elapsed() < Duration::from_secs(30), "server did not exit");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A tiny blocking HTTP client over std, so this test needs no runtime.
mod reqwest {
    use std::io::{Read, Write};
    use std::net::TcpStream;

    fn request(url: &str, method: &str, headers: &[(&str, &str)], body: &str) -> std::io::Result<(u16, String)> {
        let rest = url.strip_prefix("http://").unwrap_or(url);
        let (host, path) = rest.split_once('/').map_or((rest, "/".to_string()), |(h, p)| (h, format!("/{p}")));
        let mut stream = TcpStream::connect(host)?;
        let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        stream.write_all(body.as_bytes())?;
        let mut response = String::new();
        stream.read_to_string(&mut response)?;
        let status = response.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
        Ok((status, body))
    }

    pub fn blocking_get(url: &str) -> std::io::Result<u16> {
        request(url, "GET", &[], "").map(|(s, _)| s)
    }

    pub fn post_json(url: &str, headers: &[(&str, &str)], body: &str) -> std::io::Result<(u16, String)> {
        let mut all = vec![("Content-Type", "application/json")];
        all.extend_from_slice(headers);
        request(url, "POST", &all, body)
    }
}

fn token(data_dir: &Path, email: &str) -> String {
    let out = run(mosaic(data_dir).args(["token", "--email", email]));
    assert!(out.status.success(), "token failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

impl Server {
    /// The answer to `query` asked with `token`.
    fn graphql(&self, token: &str, query: &str) -> Value {
        let auth = format!("Bearer {token}");
        let (status, body) = reqwest::post_json(
            &format!("http://{}/graphql", self.addr),
            &[("Authorization", &auth)],
            &json!({ "query": query }).to_string(),
        )
        .unwrap();
        assert!(status == 200 || status == 403, "{status} {body}");
        // The body may be chunked; take the JSON object inside.
        let start = body.find('{').unwrap_or(0);
        let end = body.rfind('}').map_or(body.len(), |e| e + 1);
        serde_json::from_str::<Value>(&body[start..end]).unwrap()
    }
}

fn viewer_email(server: &Server, token: &str) -> Value {
    server.graphql(token, "{ viewer { email } }")["data"]["viewer"]["email"].clone()
}

fn postmaster_alive(data_dir: &Path) -> bool {
    let Ok(pid_file) = std::fs::read_to_string(data_dir.join("pg/postmaster.pid")) else { return false };
    let pid = pid_file.lines().next().unwrap_or_default().trim().to_string();
    Command::new("kill").args(["-0", &pid]).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

fn temp_dir(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("mosaic-cli-{name}-{}", uuid::Uuid::new_v4().simple()))
}

#[test]
fn the_binary_serves_mints_tokens_stops_cleanly_and_recovers_from_a_crash() {
    let data = temp_dir("life");

    // A token with no server running starts the embedded database, and stops it again.
    let first = token(&data, "ada@example.com");
    assert_eq!(first.split('.').count(), 3);
    assert!(!postmaster_alive(&data), "a one-shot command leaves no database running");
    assert!(data.join("jwt_secret").exists(), "the generated secret is kept in the data folder");

    // The server reuses the data: the token minted before it started is valid.
    let mut server = Server::start(&data);
    assert_eq!(viewer_email(&server, &first), "ada@example.com");
    // A token minted while the server runs on the same folder works too.
    let second = token(&data, "bob@example.com");
    assert_eq!(viewer_email(&server, &second), "bob@example.com");
    assert!(postmaster_alive(&data), "minting a token did not stop the server's database");

    // The operator makes Bob platform staff, and only a known user.
    let flag = "mutation { setFeatureFlag(input: { name: \"beta\", isEnabled: true }) { featureFlag { enabled } } }";
    let code = |token: &str| {
        let answer = server.graphql(token, flag);
        answer["errors"][0]["extensions"]["code"].clone()
    };
    assert_eq!(code(&second), "FORBIDDEN");
    assert!(run(mosaic(&data).args(["staff", "--email", "BOB@example.com"])).status.success());
    assert_eq!(server.graphql(&second, flag)["data"]["setFeatureFlag"]["featureFlag"]["enabled"], true);
    assert!(run(mosaic(&data).args(["staff", "--email", "bob@example.com", "--revoke"])).status.success());
    assert_eq!(code(&second), "FORBIDDEN");
    let out = run(mosaic(&data).args(["staff", "--email", "nobody@example.com"]));
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("no user has the email"));

    // SIGTERM: the server drains and stops its database cleanly.
    server.signal("TERM");
    assert!(server.wait().success());
    assert!(!postmaster_alive(&data));

    // A crash: the server and its database die hard, leaving a stale postmaster.pid.
    let mut server = Server::start(&data);
    let pg_pid = std::fs::read_to_string(data.join("pg/postmaster.pid")).unwrap().lines().next().unwrap().to_string();
    server.signal("KILL");
    server.wait();
    Command::new("kill").args(["-KILL", &pg_pid]).status().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert!(data.join("pg/postmaster.pid").exists(), "the crash left its pid file");
    let mut server = Server::start(&data);
    assert_eq!(viewer_email(&server, &first), "ada@example.com", "the data survived the crash");
    server.signal("TERM");
    assert!(server.wait().success());
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn a_taken_port_and_a_bad_database_url_are_reported_plainly() {
    let data = temp_dir("config");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = run(mosaic(&data).arg("serve").env("MOSAIC_BIND", &addr));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot listen on"), "{}", String::from_utf8_lossy(&out.stderr));

    let out = run(mosaic(&data).arg("migrate").env("DATABASE_URL", "mysql://nope"));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("DATABASE_URL"));

    let out = run(mosaic(&data).arg("migrate").env("DATABASE_URL", "postgres://u@localhost/db"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("JWT_SECRET"), "{}", String::from_utf8_lossy(&out.stderr));
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn two_servers_with_different_data_folders_run_side_by_side() {
    let (a, b) = (temp_dir("a"), temp_dir("b"));
    let mut one = Server::start(&a);
    let mut two = Server::start(&b);
    let ta = token(&a, "ada@example.com");
    assert_eq!(viewer_email(&one, &ta), "ada@example.com");
    let tb = token(&b, "bob@example.com");
    assert_eq!(viewer_email(&two, &tb), "bob@example.com");
    for s in [&mut one, &mut two] {
        s.signal("TERM");
        assert!(s.wait().success());
    }
    let _ = std::fs::remove_dir_all(&a);
    let _ = std::fs::remove_dir_all(&b);
}

#[test]
fn the_demo_data_loads_and_loads_again_as_the_readme_says() {
    let data = temp_dir("seed");
    for _ in 0..2 {
        let out = run(mosaic(&data).arg("seed"));
        assert!(out.status.success(), "mosaic seed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let demo = token(&data, "demo@mosaic.dev");
    let mut server = Server::start(&data);
    let answer = server.graphql(
        &demo,
        "{ workspace(slug: \"acme\") { crmStats { streakCount } leads(first: 5) { totalCount edges { node { actions(first: 3) { state } } } } } }",
    );
    let workspace = &answer["data"]["workspace"];
    assert_eq!(workspace["leads"]["totalCount"], 12, "the second seed added nothing: {answer}");
    assert_eq!(workspace["crmStats"]["streakCount"], 6, "{answer}");
    server.signal("TERM");
    assert!(server.wait().success());
    let _ = std::fs::remove_dir_all(&data);
}
