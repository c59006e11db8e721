//! The `mosaic` binary run as a person runs it, for the tests that drive it: on the embedded
//! default with a data folder of its own (its log kept in that folder, removed with it).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Where a server on `addr` writes its log: inside its data folder.
pub fn log_of(data_dir: &Path, addr: &str) -> PathBuf {
    data_dir.join(format!("server-{}.log", addr.replace([':', '.'], "-")))
}

pub fn mosaic(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mosaic"));
    cmd.env_remove("DATABASE_URL")
        .env_remove("JWT_SECRET")
        .env_remove("MOSAIC_ENCRYPTION_KEYS")
        .env("MOSAIC_DATA_DIR", data_dir)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    cmd
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("mosaic runs")
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub struct Server {
    child: Child,
    pub addr: String,
}

impl Server {
    /// `mosaic serve` on `data_dir` (its log in that folder), once it is ready.
    pub fn start(data_dir: &Path) -> Self {
        Self::start_with(data_dir, &[])
    }

    /// The same, with more environment.
    pub fn start_with(data_dir: &Path, env: &[(&str, &str)]) -> Self {
        let addr = format!("127.0.0.1:{}", free_port());
        std::fs::create_dir_all(data_dir).unwrap();
        let log = std::fs::File::create(log_of(data_dir, &addr)).unwrap();
        let child = mosaic(data_dir)
            .arg("serve")
            .env("MOSAIC_BIND", &addr)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let server = Self { child, addr };
        server.wait_ready(data_dir);
        server
    }

    pub fn wait_ready(&self, data_dir: &Path) {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if let Ok(r) = reqwest::blocking_get(&format!("http://{}/readyz", self.addr))
                && r == 200
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let log = std::fs::read_to_string(log_of(data_dir, &self.addr)).unwrap_or_default();
        panic!("server on {} never became ready:\n{log}", self.addr);
    }

    pub fn signal(&self, sig: &str) {
        Command::new("kill").arg(format!("-{sig}")).arg(self.child.id().to_string()).status().unwrap();
    }

    pub fn wait(&mut self) -> std::process::ExitStatus {
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

/// A tiny blocking HTTP client over std, so these tests need no runtime.
pub mod reqwest {
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

pub fn token(data_dir: &Path, email: &str) -> String {
    let out = run(mosaic(data_dir).args(["token", "--email", email]));
    assert!(out.status.success(), "token failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

impl Server {
    /// The answer to `query` asked with `token`.
    pub fn graphql(&self, token: &str, query: &str) -> Value {
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

pub fn viewer_email(server: &Server, token: &str) -> Value {
    server.graphql(token, "{ viewer { email } }")["data"]["viewer"]["email"].clone()
}

pub fn postmaster_alive(data_dir: &Path) -> bool {
    let Ok(pid_file) = std::fs::read_to_string(data_dir.join("pg/postmaster.pid")) else { return false };
    let pid = pid_file.lines().next().unwrap_or_default().trim().to_string();
    Command::new("kill").args(["-0", &pid]).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

pub fn temp_dir(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("mosaic-cli-{name}-{}", uuid::Uuid::new_v4().simple()))
}
