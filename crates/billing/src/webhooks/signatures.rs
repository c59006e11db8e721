//! The three providers' signatures, as pure functions over the raw body: verified in constant
//! time, tested with vectors made the way each provider makes them.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use super::Refusal;

type HmacSha256 = Hmac<Sha256>;

/// Stripe's and Whop's tolerance for a signature's timestamp, in seconds.
pub const TOLERANCE_SECS: i64 = 300;

fn mac(key: &[u8]) -> Result<HmacSha256, Refusal> {
    HmacSha256::new_from_slice(key).map_err(|_| Refusal::NotConfigured)
}

/// Stripe's `Stripe-Signature: t=…,v1=…[,v1=…]`: HMAC-SHA256 with the endpoint's secret over
/// `"{t}.{raw body}"`, hex; any `v1` may match (several are sent while a secret is rolled);
/// `v0` and other schemes are ignored; `|now − t| ≤ 300 s`.
pub fn verify_stripe(secret: &str, header: &str, body: &[u8], now: i64) -> Result<(), Refusal> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        let Some((key, value)) = part.trim().split_once('=') else { continue };
        match key {
            "t" => timestamp = value.parse::<i64>().ok(),
            "v1" => signatures.extend(hex::decode(value).ok()),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(Refusal::Malformed("Stripe-Signature has no timestamp"))?;
    if signatures.is_empty() {
        return Err(Refusal::Unauthorized("Stripe-Signature has no v1 signature"));
    }
    if now.abs_diff(timestamp) > TOLERANCE_SECS.unsigned_abs() {
        return Err(Refusal::Unauthorized("the signature's timestamp is outside the tolerance"));
    }
    let mut signed = mac(secret.as_bytes())?;
    signed.update(timestamp.to_string().as_bytes());
    signed.update(b".");
    signed.update(body);
    if signatures.iter().any(|sig| signed.clone().verify_slice(sig).is_ok()) {
        Ok(())
    } else {
        Err(Refusal::Unauthorized("no signature matches"))
    }
}

/// The key of a Standard Webhooks secret: `whsec_<base64>` is the base64's bytes; any other
/// secret is its own bytes (Whop's dashboard secret, which Whop's SDK base64-encodes first).
pub fn standard_key(secret: &str) -> Vec<u8> {
    secret.strip_prefix("whsec_").and_then(|b64| STANDARD.decode(b64).ok()).unwrap_or_else(|| secret.as_bytes().to_vec())
}

/// Standard Webhooks (Whop): `webhook-signature: v1,<base64> [v1,<base64>…]`, HMAC-SHA256 over
/// `"{webhook-id}.{webhook-timestamp}.{raw body}"`, within 5 minutes.
pub fn verify_standard(secret: &str, id: &str, timestamp: &str, signature: &str, body: &[u8], now: i64) -> Result<(), Refusal> {
    let timestamp_secs: i64 = timestamp.parse().map_err(|_| Refusal::Malformed("webhook-timestamp is not a unix time"))?;
    if now.abs_diff(timestamp_secs) > TOLERANCE_SECS.unsigned_abs() {
        return Err(Refusal::Unauthorized("the signature's timestamp is outside the tolerance"));
    }
    let signatures: Vec<Vec<u8>> =
        signature.split_whitespace().filter_map(|s| s.strip_prefix("v1,")).filter_map(|b64| STANDARD.decode(b64).ok()).collect();
    if signatures.is_empty() {
        return Err(Refusal::Unauthorized("webhook-signature has no v1 signature"));
    }
    let mut signed = mac(&standard_key(secret))?;
    signed.update(id.as_bytes());
    signed.update(b".");
    signed.update(timestamp.as_bytes());
    signed.update(b".");
    signed.update(body);
    if signatures.iter().any(|sig| signed.clone().verify_slice(sig).is_ok()) {
        Ok(())
    } else {
        Err(Refusal::Unauthorized("no signature matches"))
    }
}

/// PhonePe's `X-VERIFY` of a callback: `sha256_hex(response + salt_key) + "###" + salt_index`,
/// with the salt of that index.
pub fn verify_phonepe(salt_key: &str, salt_index: &str, x_verify: &str, response: &str) -> Result<(), Refusal> {
    let (digest, index) = x_verify.split_once("###").ok_or(Refusal::Malformed("X-VERIFY is not <sha256>###<salt index>"))?;
    if index != salt_index {
        return Err(Refusal::Unauthorized("X-VERIFY names another salt index"));
    }
    let expected = phonepe_checksum(response, salt_key);
    if constant_time_eq(expected.as_bytes(), digest.to_ascii_lowercase().as_bytes()) {
        Ok(())
    } else {
        Err(Refusal::Unauthorized("X-VERIFY does not match"))
    }
}

/// `sha256_hex(payload + salt_key)`: PhonePe's checksum (the pay request adds its path).
pub fn phonepe_checksum(payload: &str, salt_key: &str) -> String {
    hex::encode(Sha256::digest(format!("{payload}{salt_key}").as_bytes()))
}

/// Equality that takes the same time wherever the bytes differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Signs as Stripe does (for tests and the demo): the `Stripe-Signature` header of `body` at `t`.
pub fn sign_stripe(secret: &str, t: i64, body: &[u8]) -> String {
    let Ok(mut signed) = HmacSha256::new_from_slice(secret.as_bytes()) else { return String::new() };
    signed.update(format!("{t}.").as_bytes());
    signed.update(body);
    format!("t={t},v1={}", hex::encode(signed.finalize().into_bytes()))
}

/// Signs as Standard Webhooks do: the `webhook-signature` header.
pub fn sign_standard(secret: &str, id: &str, t: i64, body: &[u8]) -> String {
    let Ok(mut signed) = HmacSha256::new_from_slice(&standard_key(secret)) else { return String::new() };
    signed.update(format!("{id}.{t}.").as_bytes());
    signed.update(body);
    format!("v1,{}", STANDARD.encode(signed.finalize().into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test_secret";

    #[test]
    fn stripe_signatures_verify_and_every_forgery_is_refused() {
        let body = br#"{"id":"evt_1","type":"product.created"}"#;
        let t = 1_700_000_000;
        let header = sign_stripe(SECRET, t, body);
        assert_eq!(verify_stripe(SECRET, &header, body, t + 10), Ok(()));
        // Several v1 (a secret being rolled): any one matching is enough.
        let rolled = format!("t={t},v1={},{}", "00".repeat(32), header.split_once(',').unwrap().1);
        assert_eq!(verify_stripe(SECRET, &rolled, body, t), Ok(()));
        // A changed byte, a wrong secret, a stale or future timestamp, only v0, no timestamp.
        let mut changed = body.to_vec();
        changed[5] ^= 1;
        assert!(matches!(verify_stripe(SECRET, &header, &changed, t), Err(Refusal::Unauthorized(_))));
        assert!(matches!(verify_stripe("whsec_other", &header, body, t), Err(Refusal::Unauthorized(_))));
        assert!(matches!(verify_stripe(SECRET, &header, body, t + 301), Err(Refusal::Unauthorized(_))));
        assert!(matches!(verify_stripe(SECRET, &header, body, t - 301), Err(Refusal::Unauthorized(_))));
        assert_eq!(verify_stripe(SECRET, &header, body, t + 300), Ok(()));
        let v0 = header.replace("v1=", "v0=");
        assert!(matches!(verify_stripe(SECRET, &v0, body, t), Err(Refusal::Unauthorized(_))));
        assert!(matches!(verify_stripe(SECRET, "v1=abcd", body, t), Err(Refusal::Malformed(_))));
        // Timestamps at the ends of i64 are stale, not an overflow (a panic in debug builds).
        for extreme in [i64::MIN, i64::MAX] {
            let header = format!("t={extreme},v1={}", "00".repeat(32));
            assert!(matches!(verify_stripe(SECRET, &header, body, t), Err(Refusal::Unauthorized(_))));
            let stale = verify_standard(SECRET, "msg_1", &extreme.to_string(), "v1,AAAA", body, t);
            assert!(matches!(stale, Err(Refusal::Unauthorized(_))));
        }
    }

    #[test]
    fn standard_webhooks_verify_with_both_kinds_of_secret() {
        let body = br#"{"type":"membership.went_valid"}"#;
        for secret in ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "plain-whop-secret"] {
            let sig = sign_standard(secret, "msg_1", 1_700_000_000, body);
            assert_eq!(verify_standard(secret, "msg_1", "1700000000", &sig, body, 1_700_000_100), Ok(()));
            assert!(verify_standard(secret, "msg_2", "1700000000", &sig, body, 1_700_000_100).is_err());
            assert!(verify_standard(secret, "msg_1", "1700000000", &sig, body, 1_700_000_301).is_err());
            assert!(verify_standard(secret, "msg_1", "1700000000", &sig.replace("v1,", "v0,"), body, 1_700_000_000).is_err());
        }
        // The Standard Webhooks specification's own example.
        let spec_body = br#"{"test": 2432232314}"#;
        let spec = verify_standard(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "1614265330",
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            spec_body,
            1_614_265_330,
        );
        assert_eq!(spec, Ok(()));
    }

    #[test]
    fn phonepe_checksums_verify_with_their_salt() {
        let response = "eyJzdWNjZXNzIjp0cnVlfQ==";
        let x_verify = format!("{}###1", phonepe_checksum(response, "salt"));
        assert_eq!(verify_phonepe("salt", "1", &x_verify, response), Ok(()));
        assert!(verify_phonepe("salt", "2", &x_verify, response).is_err());
        assert!(verify_phonepe("other", "1", &x_verify, response).is_err());
        assert!(verify_phonepe("salt", "1", &x_verify, "eyJzdWNjZXNzIjpmYWxzZX0=").is_err());
        assert!(matches!(verify_phonepe("salt", "1", "nohashes", response), Err(Refusal::Malformed(_))));
    }
}
