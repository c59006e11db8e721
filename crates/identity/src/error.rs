//! Everything that can go wrong in identity, mapped once to the API's codes.

use platform::error::{ApiError, ServiceError, UserError, UserErrorCode};

/// Not `Display`: see [`platform::error::ApiError`] for why.
#[derive(Debug)]
pub enum IdentityError {
    InvalidEmail(String),
    InvalidSlug,
    SlugTaken(String),
    InvalidName { field: &'static str, max: usize },
    InvalidTimezone(String),
    UserNotFound,
    AlreadyMember,
    NotMember,
    LastOwner,
    OwnerOnly,
    NoScopes,
    ExpiryInPast,
    InvalidRateLimit,
    KeyNotFound,
    InvalidFlagName,
    InvalidRules(String),
    Api(ApiError),
}

impl IdentityError {
    /// A sentence for people.
    pub fn message(&self) -> String {
        match self {
            Self::InvalidEmail(m) | Self::InvalidRules(m) => m.clone(),
            Self::InvalidSlug => "a slug is 1 to 63 lowercase letters, digits or inner hyphens".into(),
            Self::SlugTaken(s) => format!("the slug {s:?} is taken"),
            Self::InvalidName { field, max } => format!("{field} must be 1 to {max} characters"),
            Self::InvalidTimezone(t) => format!("{t:?} is not an IANA time zone such as Europe/Paris"),
            Self::UserNotFound => "no user with that email has signed in yet".into(),
            Self::AlreadyMember => "that user is already a member".into(),
            Self::NotMember => "that user is not a member of this workspace".into(),
            Self::LastOwner => "a workspace keeps at least one owner: make someone else owner first".into(),
            Self::OwnerOnly => "only an owner can grant, change or remove the owner role".into(),
            Self::NoScopes => "an API key needs at least one scope".into(),
            Self::ExpiryInPast => "the expiry must be in the future".into(),
            Self::InvalidRateLimit => "the hourly rate limit must be between 1 and 1000000".into(),
            Self::KeyNotFound => "no such API key".into(),
            Self::InvalidFlagName => "a flag name is lowercase letters, digits, '.', '_' or '-', starting with a letter".into(),
            Self::Api(api) => api.message(),
        }
    }
}

impl From<ApiError> for IdentityError {
    fn from(error: ApiError) -> Self {
        Self::Api(error)
    }
}

impl From<sea_orm::DbErr> for IdentityError {
    fn from(error: sea_orm::DbErr) -> Self {
        Self::Api(error.into())
    }
}

impl From<IdentityError> for ServiceError {
    fn from(error: IdentityError) -> Self {
        use IdentityError as E;
        use UserErrorCode as C;
        let message = error.message();
        let (code, field): (C, &[&str]) = match &error {
            E::InvalidEmail(_) => (C::Invalid, &["email"]),
            E::InvalidSlug => (C::Invalid, &["slug"]),
            E::SlugTaken(_) => (C::AlreadyExists, &["slug"]),
            E::InvalidName { field, .. } => return ServiceError::User(UserError::new(C::Invalid, &[field], message)),
            E::InvalidTimezone(_) => (C::Invalid, &["timezone"]),
            E::UserNotFound => (C::NotFound, &["email"]),
            E::AlreadyMember => (C::AlreadyExists, &["email"]),
            E::NotMember => (C::NotFound, &["userId"]),
            E::LastOwner => (C::LastOwner, &[]),
            E::OwnerOnly => (C::InvalidState, &["role"]),
            E::NoScopes => (C::Required, &["scopes"]),
            E::ExpiryInPast => (C::Invalid, &["expiresAt"]),
            E::InvalidRateLimit => (C::Invalid, &["rateLimit"]),
            E::KeyNotFound => (C::NotFound, &["id"]),
            E::InvalidFlagName => (C::Invalid, &["name"]),
            E::InvalidRules(_) => (C::Invalid, &["rules"]),
            E::Api(_) => {
                return match error {
                    E::Api(api) => ServiceError::Api(api),
                    _ => ServiceError::Api(ApiError::internal("unreachable")),
                };
            }
        };
        ServiceError::User(UserError::new(code, field, message))
    }
}

impl From<IdentityError> for async_graphql::Error {
    fn from(error: IdentityError) -> Self {
        ServiceError::from(error).into()
    }
}

pub type Result<T, E = IdentityError> = std::result::Result<T, E>;
