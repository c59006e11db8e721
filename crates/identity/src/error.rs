//! Everything that can go wrong in identity, each declared once with its payload code, its input
//! field and its message.

use platform::error::{ApiError, Constraints};

/// Not `Display`: see [`platform::error::ApiError`] for why.
#[derive(Debug, platform::DomainError)]
pub enum IdentityError {
    #[error(Invalid, field = "email", "{_0}")]
    InvalidEmail(String),
    #[error(Invalid, field = "slug", "a slug is 1 to 63 lowercase letters, digits or inner hyphens")]
    InvalidSlug,
    #[error(AlreadyExists, field = "slug", "the slug {_0:?} is taken")]
    SlugTaken(String),
    #[error(Invalid, field = field, "{field} must be 1 to {max} characters")]
    InvalidName { field: &'static str, max: usize },
    #[error(Invalid, field = "settings", "settings must be a JSON object")]
    InvalidSettings,
    #[error(Invalid, field = "timezone", "{_0:?} is not an IANA time zone such as Europe/Paris")]
    InvalidTimezone(String),
    #[error(NotFound, field = "email", "no user with that email has signed in yet")]
    UserNotFound,
    #[error(AlreadyExists, field = "email", "that user is already a member")]
    AlreadyMember,
    #[error(NotFound, field = "userId", "that user is not a member of this workspace")]
    NotMember,
    #[error(LastOwner, "a workspace keeps at least one owner: make someone else owner first")]
    LastOwner,
    #[error(InvalidState, field = "role", "only an owner can grant, change or remove the owner role")]
    OwnerOnly,
    #[error(Required, field = "scopes", "an API key needs at least one scope")]
    NoScopes,
    #[error(Invalid, field = "expiresAt", "the expiry must be in the future")]
    ExpiryInPast,
    #[error(Invalid, field = "rateLimit", "the hourly rate limit must be between 1 and 1000000")]
    InvalidRateLimit,
    #[error(NotFound, field = "id", "no such API key")]
    KeyNotFound,
    #[error(Invalid, field = "name", "a flag name is lowercase letters, digits, '.', '_' or '-', starting with a letter")]
    InvalidFlagName,
    #[error(Invalid, field = "rules", "{_0}")]
    InvalidRules(String),
    #[error(api)]
    Api(ApiError),
}

/// Identity's constraints by name.
impl Constraints for IdentityError {
    fn from_constraint(name: &str) -> Option<Self> {
        Some(match name {
            "users_email_format" => Self::InvalidEmail("that is not an email address".into()),
            "users_email_lower_key" => Self::InvalidEmail("that email already belongs to another account".into()),
            "workspaces_slug_key" => Self::SlugTaken(String::new()),
            "workspaces_slug_format" => Self::InvalidSlug,
            "workspaces_name_check" => Self::InvalidName { field: "name", max: 200 },
            "workspace_members_last_owner" => Self::LastOwner,
            "workspace_members_pkey" => Self::AlreadyMember,
            "api_keys_name_check" => Self::InvalidName { field: "name", max: 100 },
            "api_keys_scopes_check" => Self::NoScopes,
            "api_keys_rate_limit_check" => Self::InvalidRateLimit,
            "feature_flags_name_check" => Self::InvalidFlagName,
            "feature_flags_name_key" => Self::InvalidName { field: "name", max: 100 },
            // Plan columns are billing's to write, within their limits; a key hash is random;
            // an audit entry's action is one of three the writer sets.
            "workspaces_subscription_status_check"
            | "workspaces_plan_type_check"
            | "workspaces_creator_limit_check"
            | "workspaces_user_limit_check"
            | "workspaces_voice_model_limit_check"
            | "workspaces_storage_limit_gb_check"
            | "workspaces_budget_limit_monthly_check"
            | "api_keys_key_hash_key"
            | "audit_logs_action_check" => Self::Api(ApiError::Internal(format!("constraint {name} violated"))),
            // References to a user, a workspace or a key deleted during the request.
            name if name.ends_with("_fkey") => Self::Api(ApiError::NotFound("workspace")),
            _ => return None,
        })
    }
}

pub type Result<T, E = IdentityError> = std::result::Result<T, E>;
