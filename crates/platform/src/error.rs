//! The API's error model, in one place.
//!
//! Two kinds of failure reach a client:
//! - rule violations the user can fix come back inside a mutation's payload as [`UserError`]s
//!   (an enum `code`, the input `field` path, a `message`), so a generated client sees them as types;
//! - authentication, permission, limit and internal failures are GraphQL errors carrying
//!   `extensions.code` ([`ApiError`]).
//!
//! Database errors never reach a client as text: they are logged here and answered `INTERNAL`.

use async_graphql::{Enum, ErrorExtensions, SimpleObject};

/// The codes a GraphQL error carries in `extensions.code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    Unauthenticated,
    Forbidden,
    NotFound,
    BadUserInput,
    LimitExceeded,
    /// The database is away (crashed, restarting, unreachable): try again shortly.
    Unavailable,
    /// A persisted operation's hash the server does not know: send the document's text.
    PersistedQueryNotFound,
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::Forbidden => "FORBIDDEN",
            Self::NotFound => "NOT_FOUND",
            Self::BadUserInput => "BAD_USER_INPUT",
            Self::LimitExceeded => "LIMIT_EXCEEDED",
            Self::Unavailable => "UNAVAILABLE",
            Self::PersistedQueryNotFound => "PERSISTED_QUERY_NOT_FOUND",
            Self::Internal => "INTERNAL",
        }
    }
}

/// A failure answered as a GraphQL error.
///
/// Deliberately not `Display`: async-graphql turns anything `Display` into an error without
/// `extensions.code`, so a `?` would silently drop the code. The one conversion below adds it.
#[derive(Debug, Clone)]
pub enum ApiError {
    Unauthenticated(String),
    Forbidden(String),
    NotFound(&'static str),
    BadUserInput(String),
    LimitExceeded(String),
    /// The database is away; the text is for the log, the client sees [`UNAVAILABLE`].
    Unavailable(String),
    /// A persisted operation's hash the server does not know.
    PersistedQueryNotFound,
    /// The text is for the log only; the client sees "internal error".
    Internal(String),
}

/// What a client is told while the database is away.
pub const UNAVAILABLE: &str = "the database is unavailable for a moment; try again shortly";

impl ApiError {
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Unauthenticated(_) => ErrorCode::Unauthenticated,
            Self::Forbidden(_) => ErrorCode::Forbidden,
            Self::NotFound(_) => ErrorCode::NotFound,
            Self::BadUserInput(_) => ErrorCode::BadUserInput,
            Self::LimitExceeded(_) => ErrorCode::LimitExceeded,
            Self::Unavailable(_) => ErrorCode::Unavailable,
            Self::PersistedQueryNotFound => ErrorCode::PersistedQueryNotFound,
            Self::Internal(_) => ErrorCode::Internal,
        }
    }

    /// What the operator's log and the command line are told: the message, or for an internal
    /// failure its cause (never sent to a client).
    pub fn for_the_log(&self) -> String {
        match self {
            Self::Internal(cause) | Self::Unavailable(cause) => cause.clone(),
            other => other.message(),
        }
    }

    /// What the client is told.
    pub fn message(&self) -> String {
        match self {
            Self::Unauthenticated(m) | Self::Forbidden(m) | Self::BadUserInput(m) | Self::LimitExceeded(m) => m.clone(),
            Self::NotFound(what) => format!("{what} not found"),
            Self::Unavailable(_) => UNAVAILABLE.into(),
            // The words clients of automatic persisted queries look for.
            Self::PersistedQueryNotFound => "PersistedQueryNotFound".into(),
            Self::Internal(_) => "internal error".into(),
        }
    }

    pub fn internal(error: impl std::fmt::Debug) -> Self {
        Self::Internal(format!("{error:?}"))
    }

    pub fn forbidden_role() -> Self {
        Self::Forbidden("your role in this workspace does not allow this".into())
    }

    /// The error as a response's error with no place in the query (a transport or sign-in
    /// failure, a refused input): no `locations`, which count from 1 where there is one.
    pub fn into_server_error(self) -> async_graphql::ServerError {
        let error: async_graphql::Error = self.into();
        let mut server_error = error.into_server_error(async_graphql::Pos::default());
        server_error.locations.clear();
        server_error
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(error: sea_orm::DbErr) -> Self {
        if crate::health::connection_lost(&error) { Self::Unavailable(error.to_string()) } else { Self::Internal(error.to_string()) }
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(error: ApiError) -> Self {
        match &error {
            ApiError::Internal(detail) => tracing::error!(%detail, "internal error"),
            ApiError::Unavailable(detail) => tracing::warn!(%detail, "the database is unavailable"),
            _ => {}
        }
        async_graphql::Error::new(error.message()).extend_with(|_, e| e.set("code", error.code().as_str()))
    }
}

/// Codes of the rule violations a mutation payload reports.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserErrorCode {
    /// A value is malformed or out of range.
    Invalid,
    /// A required value is missing.
    Required,
    /// Something with the same unique key already exists.
    AlreadyExists,
    /// The referenced object does not exist (or is not visible to you).
    NotFound,
    /// The change is not allowed from the object's current state.
    InvalidState,
    /// The change would leave a workspace without an owner.
    LastOwner,
    /// A plan or quota limit would be passed.
    LimitExceeded,
}

/// A rule violation the user can fix.
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct UserError {
    /// What kind of violation this is.
    pub code: UserErrorCode,
    /// The path of the offending input field, e.g. `["input", "email"]`.
    pub field: Vec<String>,
    /// A sentence for people.
    pub message: String,
}

impl UserError {
    /// An error at `input.<field…>`.
    pub fn new(code: UserErrorCode, field: &[&str], message: impl Into<String>) -> Self {
        let mut path = vec!["input".to_string()];
        path.extend(field.iter().map(|f| f.to_string()));
        Self { code, field: path, message: message.into() }
    }

    /// An error at a path that does not start at `input` (a query's `filter`, say).
    pub fn new_at(code: UserErrorCode, path: &[&str], message: impl Into<String>) -> Self {
        Self { code, field: path.iter().map(|f| f.to_string()).collect(), message: message.into() }
    }
}

/// What a service returns for a mutation: a user-fixable rule violation, or a failure that
/// becomes a GraphQL error. Not `Display`, for the reason [`ApiError`] gives.
#[derive(Debug)]
pub enum ServiceError {
    User(UserError),
    Api(ApiError),
}

impl From<ApiError> for ServiceError {
    fn from(error: ApiError) -> Self {
        Self::Api(error)
    }
}

/// Outside a payload (a query, say), a user error is bad input.
impl From<ServiceError> for async_graphql::Error {
    fn from(error: ServiceError) -> Self {
        match error {
            ServiceError::Api(api) => api.into(),
            ServiceError::User(user) => ApiError::BadUserInput(user.message).into(),
        }
    }
}

impl ServiceError {
    pub fn user(code: UserErrorCode, field: &[&str], message: impl Into<String>) -> Self {
        Self::User(UserError::new(code, field, message))
    }
}

impl From<sea_orm::DbErr> for ServiceError {
    fn from(error: sea_orm::DbErr) -> Self {
        Self::Api(ApiError::from(error))
    }
}

/// A domain's error enum: rule violations the user can fix, and every other failure as an
/// [`ApiError`]. Derived with `#[derive(platform::DomainError)]`, which declares each variant's
/// code, field and message once; the domain writes its [`Constraints`] by hand.
pub trait DomainError: Constraints + From<ApiError> + Sized {
    /// What the API answers: a payload error, or a GraphQL error with its code.
    fn into_service(self) -> ServiceError;
    /// The payload code of a rule violation; `None` for every other failure.
    fn user_code(&self) -> Option<UserErrorCode>;
}

/// A domain's constraints, by name, in one place: the typed error each CHECK, UNIQUE,
/// EXCLUDE and foreign key of its tables means. `None` for a name it does not own. A
/// constraint no input can reach (a ciphertext CHECK, say) maps to an explicit internal error,
/// so that the test which reads `pg_constraint` (`platform::testing`) sees every constraint
/// accounted for.
pub trait Constraints: Sized {
    fn from_constraint(name: &str) -> Option<Self>;
}

impl<E: DomainError> From<E> for ServiceError {
    fn from(error: E) -> Self {
        error.into_service()
    }
}

/// A failed statement as the domain's error: the rule a violated constraint stands for, or an
/// internal error (logged, never shown) for anything else.
pub fn from_db<E: Constraints + From<ApiError>>(error: sea_orm::DbErr) -> E {
    match violated_constraint(&error) {
        Some(name) => {
            E::from_constraint(&name).unwrap_or_else(|| E::from(ApiError::Internal(format!("constraint {name} violated: {error}"))))
        }
        None => E::from(ApiError::from(error)),
    }
}

/// Splits a service result into what a payload carries: the value, or its user errors.
/// Failures that are not the user's to fix are raised as GraphQL errors.
pub fn into_payload<T, E: Into<ServiceError>>(result: Result<T, E>) -> Result<(Option<T>, Vec<UserError>), async_graphql::Error> {
    match result.map_err(Into::into) {
        Ok(value) => Ok((Some(value), Vec::new())),
        Err(ServiceError::User(e)) => Ok((None, vec![e])),
        Err(ServiceError::Api(e)) => Err(e.into()),
    }
}

/// A lookup by id whose miss (or another tenant's row, answered the same) is `null`.
pub fn found<T, E: DomainError>(result: Result<T, E>) -> Result<Option<T>, async_graphql::Error>
where
    async_graphql::Error: From<E>,
{
    match result {
        Ok(value) => Ok(Some(value)),
        Err(e) if e.user_code() == Some(UserErrorCode::NotFound) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The name of the constraint a statement violated (unique, check, foreign key or exclusion),
/// if that is why it failed.
/// The `extensions.code` of an error in a response, when it has one: read in one place by
/// what looks at answers (the HTTP status, the metrics, a request that lost the database).
pub fn code_of(error: &async_graphql::ServerError) -> Option<&str> {
    match error.extensions.as_ref().and_then(|x| x.get("code")) {
        Some(async_graphql::Value::String(code)) => Some(code.as_str()),
        _ => None,
    }
}

pub fn violated_constraint(error: &sea_orm::DbErr) -> Option<String> {
    let sqlx_error = match error {
        sea_orm::DbErr::Query(sea_orm::RuntimeErr::SqlxError(e)) | sea_orm::DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e)) => e,
        _ => return None,
    };
    let db = sqlx_error.as_database_error()?;
    if !matches!(db.code().as_deref(), Some("23505" | "23514" | "23503" | "23P01")) {
        return None;
    }
    let pg = db.try_downcast_ref::<sea_orm::sqlx::postgres::PgDatabaseError>()?;
    pg.constraint().map(str::to_string)
}

/// The name of the unique constraint a statement violated, if that is why it failed.
pub fn unique_violation(error: &sea_orm::DbErr) -> Option<String> {
    constraint_violation(error, "23505")
}

/// The name of the check constraint a statement violated.
pub fn check_violation(error: &sea_orm::DbErr) -> Option<String> {
    constraint_violation(error, "23514")
}

fn constraint_violation(error: &sea_orm::DbErr, sqlstate: &str) -> Option<String> {
    let sqlx_error = match error {
        sea_orm::DbErr::Query(sea_orm::RuntimeErr::SqlxError(e)) | sea_orm::DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e)) => e,
        _ => return None,
    };
    let db = sqlx_error.as_database_error()?;
    if db.code().as_deref() != Some(sqlstate) {
        return None;
    }
    let pg = db.try_downcast_ref::<sea_orm::sqlx::postgres::PgDatabaseError>()?;
    pg.constraint().map(str::to_string)
}
