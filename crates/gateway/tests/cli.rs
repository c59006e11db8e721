//! The `mosaic` binary as a person runs it: on the embedded default, with a data folder of
//! its own; tokens with and without a running server; clean stops; recovery after a crash.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod binary;

use std::process::Command;
use std::time::Duration;

use binary::{Server, mosaic, postmaster_alive, run, temp_dir, token, viewer_email};

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

    // A domain's own setting, present but unusable, stops the server as a platform one does.
    let bad = [
        ("MOSAIC_GST_PERCENT", "eighteen", "MOSAIC_GST_PERCENT"),
        ("PHONEPE_MERCHANT_ID", "M1", "PHONEPE_SALT_KEY"),
        ("MOSAIC_LINK_CHECK", "http", "MOSAIC_LINK_CHECK"),
    ];
    for (name, value, named) in bad {
        let out = run(mosaic(&data).arg("serve").env(name, value));
        assert!(!out.status.success(), "{name}={value} was accepted");
        assert!(String::from_utf8_lossy(&out.stderr).contains(named), "{}", String::from_utf8_lossy(&out.stderr));
    }
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
        "{ workspace(slug: \"acme\") { crmStats { streakCount } dailyPlan { capacity items { position } } leads(first: 5) { totalCount edges { node { actions(first: 3) { state } } } } } }",
    );
    let workspace = &answer["data"]["workspace"];
    assert_eq!(workspace["leads"]["totalCount"], 12, "the second seed added nothing: {answer}");
    assert_eq!(workspace["crmStats"]["streakCount"], 6, "{answer}");
    // Today's plan, on whatever day the test runs: no date needed.
    assert!(workspace["dailyPlan"]["items"].as_array().is_some_and(|items| !items.is_empty()), "{answer}");
    server.signal("TERM");
    assert!(server.wait().success());
    let _ = std::fs::remove_dir_all(&data);
}
