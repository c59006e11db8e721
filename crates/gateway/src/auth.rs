//! Who is asking: a bearer JWT (HS256, as Supabase issues them) or an `X-Api-Key`.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::HeaderMap;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use platform::config::JwtConfig;
use platform::db::begin_worker;
use platform::{ApiError, Credential, Viewer};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use uuid::Uuid;

type HmacSha256 = Hmac<Sha256>;

/// How long a token `mosaic token` mints stays valid.
pub const DEV_TOKEN_TTL: Duration = Duration::from_secs(24 * 3600);
/// Clock skew allowed between us and the token's issuer.
const LEEWAY_SECS: i64 = 30;

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub exp: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
    /// Not before: a token is refused until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<Audience>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Audience {
    One(String),
    Many(Vec<String>),
}

impl Audience {
    fn contains(&self, wanted: &str) -> bool {
        match self {
            Self::One(a) => a == wanted,
            Self::Many(all) => all.iter().any(|a| a == wanted),
        }
    }
}

#[derive(Deserialize)]
struct Header {
    alg: String,
}

fn unauthenticated(why: &str) -> ApiError {
    ApiError::Unauthenticated(format!("invalid token: {why}"))
}

/// Signs and checks HS256 tokens. The algorithm is fixed here, never taken from the token.
#[derive(Clone)]
pub struct Jwt {
    config: JwtConfig,
}

impl Jwt {
    pub fn new(config: JwtConfig) -> Self {
        Self { config }
    }

    fn mac(&self) -> HmacSha256 {
        // HMAC takes keys of any length; this cannot fail.
        match HmacSha256::new_from_slice(self.config.secret.expose()) {
            Ok(mac) => mac,
            Err(_) => unreachable_mac(),
        }
    }

    pub fn mint(&self, user_id: Uuid, email: &str, ttl: Duration) -> String {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            sub: user_id.to_string(),
            email: Some(email.to_string()),
            exp: now.saturating_add(i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX)),
            iat: Some(now),
            nbf: None,
            aud: self.config.audience.clone().map(Audience::One),
            iss: self.config.issuer.clone(),
        };
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).unwrap_or_default());
        let signing_input = format!("{header}.{payload}");
        let mut mac = self.mac();
        mac.update(signing_input.as_bytes());
        let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        format!("{signing_input}.{signature}")
    }

    pub fn verify(&self, token: &str) -> Result<Claims, ApiError> {
        let mut parts = token.split('.');
        let (Some(header), Some(payload), Some(signature), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(unauthenticated("not a JWT"));
        };
        let header: Header = URL_SAFE_NO_PAD
            .decode(header)
            .ok()
            .and_then(|h| serde_json::from_slice(&h).ok())
            .ok_or_else(|| unauthenticated("unreadable header"))?;
        if header.alg != "HS256" {
            return Err(unauthenticated("only HS256 tokens are accepted"));
        }
        let signature = URL_SAFE_NO_PAD.decode(signature).map_err(|_| unauthenticated("unreadable signature"))?;
        let mut mac = self.mac();
        mac.update(format!("{}.{payload}", token.split('.').next().unwrap_or_default()).as_bytes());
        mac.verify_slice(&signature).map_err(|_| unauthenticated("bad signature"))?;
        let claims: Claims = URL_SAFE_NO_PAD
            .decode(payload)
            .ok()
            .and_then(|p| serde_json::from_slice(&p).ok())
            .ok_or_else(|| unauthenticated("unreadable claims"))?;
        // Saturating: a claim near i64::MAX must not overflow (a panic in debug builds, a wrap in
        // release ones that would accept an expired token).
        let now = chrono::Utc::now().timestamp();
        if claims.exp.saturating_add(LEEWAY_SECS) < now {
            return Err(unauthenticated("expired"));
        }
        if claims.nbf.is_some_and(|nbf| nbf.saturating_sub(LEEWAY_SECS) > now) {
            return Err(unauthenticated("not valid yet"));
        }
        if let Some(wanted) = &self.config.audience
            && !claims.aud.as_ref().is_some_and(|a| a.contains(wanted))
        {
            return Err(unauthenticated("wrong audience"));
        }
        if let Some(wanted) = &self.config.issuer
            && claims.iss.as_deref() != Some(wanted.as_str())
        {
            return Err(unauthenticated("wrong issuer"));
        }
        Ok(claims)
    }
}

#[cold]
fn unreachable_mac() -> HmacSha256 {
    // Only reachable if the hmac crate stopped accepting arbitrary key lengths.
    #[allow(clippy::expect_used)]
    HmacSha256::new_from_slice(&[0u8; 32]).expect("HMAC accepts 32-byte keys")
}

/// Users already known to exist and be active, so a token costs no query on most requests.
/// Entries expire, so a deactivated user is refused within a minute.
struct KnownUsers {
    ttl: Duration,
    seen: Mutex<HashMap<Uuid, Instant>>,
}

impl KnownUsers {
    fn fresh(&self, id: Uuid) -> bool {
        let seen = match self.seen.lock() {
            Ok(s) => s,
            Err(p) => p.into_inner(),
        };
        seen.get(&id).is_some_and(|t| t.elapsed() < self.ttl)
    }

    fn remember(&self, id: Uuid) {
        let mut seen = match self.seen.lock() {
            Ok(s) => s,
            Err(p) => p.into_inner(),
        };
        if seen.len() > 100_000 {
            seen.clear();
        }
        seen.insert(id, Instant::now());
    }
}

pub struct Authenticator {
    jwt: Jwt,
    db: DatabaseConnection,
    known: KnownUsers,
}

impl Authenticator {
    pub fn new(jwt: Jwt, db: DatabaseConnection) -> Self {
        Self { jwt, db, known: KnownUsers { ttl: Duration::from_secs(60), seen: Mutex::new(HashMap::new()) } }
    }

    /// The viewer of a request from its headers: `None` when it carries no credentials.
    pub async fn from_headers(&self, headers: &HeaderMap) -> Result<Option<Viewer>, ApiError> {
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty());
        self.authenticate(header("authorization"), header("x-api-key")).await
    }

    /// The viewer from an `Authorization` value and/or an API key.
    pub async fn authenticate(&self, authorization: Option<&str>, api_key: Option<&str>) -> Result<Option<Viewer>, ApiError> {
        if let Some(key) = api_key {
            return self.with_api_key(key).await.map(Some);
        }
        let Some(value) = authorization else { return Ok(None) };
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .ok_or_else(|| ApiError::Unauthenticated("use `Authorization: Bearer <token>`".into()))?;
        self.with_token(token.trim()).await.map(Some)
    }

    async fn with_token(&self, token: &str) -> Result<Viewer, ApiError> {
        let claims = self.jwt.verify(token)?;
        let user_id = Uuid::parse_str(&claims.sub).map_err(|_| unauthenticated("`sub` is not a user id"))?;
        let email = claims.email.clone().unwrap_or_default();
        if !self.known.fresh(user_id) {
            let tx = begin_worker(&self.db).await?;
            let signed_in = identity::service::users::provision(&tx, user_id, claims.email.as_deref()).await.map_err(|e| match e {
                identity::IdentityError::Api(api) => api,
                other => ApiError::Unauthenticated(other.message()),
            })?;
            tx.commit().await?;
            if !signed_in.user.is_active {
                return Err(ApiError::Unauthenticated("this account is deactivated".into()));
            }
            self.known.remember(user_id);
        }
        Ok(Viewer { user_id, email, credential: Credential::Token })
    }

    async fn with_api_key(&self, key: &str) -> Result<Viewer, ApiError> {
        let tx = begin_worker(&self.db).await?;
        let grant = identity::service::api_keys::authenticate(&tx, key).await;
        // The use is counted even when the limit refuses it.
        tx.commit().await?;
        let grant = grant?;
        Ok(Viewer {
            user_id: grant.user_id,
            email: grant.email,
            credential: Credential::ApiKey {
                key_id: grant.key_id,
                workspace_id: grant.workspace_id,
                role_cap: grant.role_cap,
                expires_at: grant.expires_at,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use platform::secret::Secret;

    fn jwt(secret: &str) -> Jwt {
        Jwt::new(JwtConfig { secret: Secret::new(secret.as_bytes().to_vec()), audience: None, issuer: None })
    }

    const SECRET: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn a_minted_token_verifies() {
        let id = Uuid::now_v7();
        let token = jwt(SECRET).mint(id, "ada@example.com", DEV_TOKEN_TTL);
        let claims = jwt(SECRET).verify(&token).unwrap();
        assert_eq!(claims.sub, id.to_string());
    }

    #[test]
    fn a_token_signed_with_another_secret_is_refused() {
        let token = jwt("another-secret-another-secret-xx").mint(Uuid::now_v7(), "a@b.c", DEV_TOKEN_TTL);
        assert!(jwt(SECRET).verify(&token).is_err());
    }

    #[test]
    fn alg_none_is_refused() {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        let payload = URL_SAFE_NO_PAD.encode(format!(r#"{{"sub":"{}","exp":{}}}"#, Uuid::now_v7(), i64::MAX / 2));
        assert!(jwt(SECRET).verify(&format!("{header}.{payload}.")).is_err());
    }

    #[test]
    fn an_expired_token_is_refused() {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
        let payload = URL_SAFE_NO_PAD.encode(format!(r#"{{"sub":"{}","exp":1000}}"#, Uuid::now_v7()));
        let input = format!("{header}.{payload}");
        let mut mac = jwt(SECRET).mac();
        mac.update(input.as_bytes());
        let sig = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        assert!(jwt(SECRET).verify(&format!("{input}.{sig}")).is_err());
    }

    fn signed(claims: &str) -> String {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
        let input = format!("{header}.{}", URL_SAFE_NO_PAD.encode(claims));
        let mut mac = jwt(SECRET).mac();
        mac.update(input.as_bytes());
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()))
    }

    #[test]
    fn a_token_not_valid_yet_is_refused_and_one_whose_time_has_come_is_not() {
        let now = chrono::Utc::now().timestamp();
        let id = Uuid::now_v7();
        let later = signed(&format!(r#"{{"sub":"{id}","exp":{},"nbf":{}}}"#, now + 3600, now + 600));
        assert!(matches!(jwt(SECRET).verify(&later), Err(ApiError::Unauthenticated(m)) if m.contains("not valid yet")));
        let now_valid = signed(&format!(r#"{{"sub":"{id}","exp":{},"nbf":{}}}"#, now + 3600, now - 1));
        assert!(jwt(SECRET).verify(&now_valid).is_ok());
    }

    #[test]
    fn times_at_the_edges_of_i64_neither_overflow_nor_pass() {
        let id = Uuid::now_v7();
        // exp near i64::MAX: valid (far future), and no overflow when the leeway is added.
        assert!(jwt(SECRET).verify(&signed(&format!(r#"{{"sub":"{id}","exp":{}}}"#, i64::MAX - 1))).is_ok());
        assert!(jwt(SECRET).verify(&signed(&format!(r#"{{"sub":"{id}","exp":{}}}"#, i64::MAX))).is_ok());
        // exp near i64::MIN is long expired, whatever the arithmetic.
        assert!(jwt(SECRET).verify(&signed(&format!(r#"{{"sub":"{id}","exp":{}}}"#, i64::MIN))).is_err());
        // nbf at the edges: i64::MIN has come, i64::MAX has not.
        let far = i64::MAX;
        assert!(jwt(SECRET).verify(&signed(&format!(r#"{{"sub":"{id}","exp":{far},"nbf":{}}}"#, i64::MIN))).is_ok());
        assert!(jwt(SECRET).verify(&signed(&format!(r#"{{"sub":"{id}","exp":{far},"nbf":{far}}}"#))).is_err());
    }

    #[test]
    fn audience_and_issuer_are_checked_when_configured() {
        let strict = Jwt::new(JwtConfig {
            secret: Secret::new(SECRET.as_bytes().to_vec()),
            audience: Some("authenticated".into()),
            issuer: Some("https://auth.example".into()),
        });
        assert!(strict.verify(&jwt(SECRET).mint(Uuid::now_v7(), "a@b.c", DEV_TOKEN_TTL)).is_err());
        assert!(strict.verify(&strict.mint(Uuid::now_v7(), "a@b.c", DEV_TOKEN_TTL)).is_ok());
    }
}
