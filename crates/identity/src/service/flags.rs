//! Feature flags: global, with targeting rules evaluated for the viewer.
//!
//! Rules are `{"users": [uuid…], "workspaces": [uuid…], "percentage": 0..=100}`. A disabled
//! flag is off for everyone. An enabled flag with no targeting is on for everyone; with
//! targeting, it is on for the listed users, for members of the listed workspaces, and for the
//! given percentage of users (a stable bucket from the flag name and the user id).

use platform::{ApiError, RequestContext};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::entity::feature_flags;
use crate::error::{IdentityError, Result};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    #[serde(default)]
    pub users: Vec<Uuid>,
    #[serde(default)]
    pub workspaces: Vec<Uuid>,
    pub percentage: Option<u8>,
}

impl Rules {
    pub fn parse(value: &serde_json::Value) -> Result<Self> {
        let rules: Self = serde_json::from_value(value.clone())
            .map_err(|e| IdentityError::InvalidRules(format!("rules must be {{users, workspaces, percentage}}: {e}")))?;
        if rules.percentage.is_some_and(|p| p > 100) {
            return Err(IdentityError::InvalidRules("percentage is between 0 and 100".into()));
        }
        Ok(rules)
    }

    fn targets(&self) -> bool {
        !self.users.is_empty() || !self.workspaces.is_empty() || self.percentage.is_some()
    }
}

/// The percentile (0–99) a user falls in for a flag; stable across requests and replicas.
pub fn bucket(flag: &str, user_id: Uuid) -> u8 {
    let digest = Sha256::new().chain_update(flag.as_bytes()).chain_update(b":").chain_update(user_id.as_bytes()).finalize();
    (u16::from_be_bytes([digest[0], digest[1]]) % 100) as u8
}

/// Whether `flag` is on for this user in these workspaces.
pub fn evaluate(flag: &feature_flags::Model, user_id: Uuid, workspaces: &[Uuid]) -> bool {
    if !flag.is_enabled {
        return false;
    }
    // Rules were checked when saved; a row edited by hand into nonsense is off, not an error.
    let Ok(rules) = Rules::parse(&flag.rules) else { return false };
    if !rules.targets() {
        return true;
    }
    rules.users.contains(&user_id)
        || rules.workspaces.iter().any(|w| workspaces.contains(w))
        || rules.percentage.is_some_and(|p| bucket(&flag.name, user_id) < p)
}

/// Every flag with its value for the viewer.
pub async fn for_viewer(ctx: &RequestContext) -> Result<Vec<(feature_flags::Model, bool)>> {
    let viewer = ctx.viewer()?;
    let workspaces = ctx.workspace_ids().await?;
    let flags = feature_flags::Entity::find().order_by_asc(feature_flags::Column::Name).all(ctx.db()).await?;
    Ok(flags
        .into_iter()
        .map(|f| {
            let on = evaluate(&f, viewer.user_id, &workspaces);
            (f, on)
        })
        .collect())
}

pub struct FlagInput {
    pub name: String,
    pub description: Option<String>,
    pub is_enabled: bool,
    pub rules: serde_json::Value,
}

/// Creates or changes a flag: platform staff only.
pub async fn set(ctx: &RequestContext, input: FlagInput) -> Result<feature_flags::Model> {
    let me = super::users::viewer(ctx).await?;
    if !me.is_staff || ctx.viewer()?.api_key_id().is_some() {
        return Err(ApiError::Forbidden("only platform staff change feature flags".into()).into());
    }
    let name = input.name.trim().to_string();
    let valid = name.len() <= 100
        && name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if !valid {
        return Err(IdentityError::InvalidFlagName);
    }
    Rules::parse(&input.rules)?;
    let existing = feature_flags::Entity::find().filter(feature_flags::Column::Name.eq(&name)).one(ctx.db()).await?;
    let model = match existing {
        Some(flag) => {
            let mut m: feature_flags::ActiveModel = flag.into();
            m.description = Set(input.description);
            m.is_enabled = Set(input.is_enabled);
            m.rules = Set(input.rules);
            m.update(ctx.db()).await?
        }
        None => {
            feature_flags::ActiveModel {
                id: Set(Uuid::now_v7()),
                name: Set(name),
                description: Set(input.description),
                is_enabled: Set(input.is_enabled),
                rules: Set(input.rules),
                ..Default::default()
            }
            .insert(ctx.db())
            .await?
        }
    };
    Ok(model)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(enabled: bool, rules: serde_json::Value) -> feature_flags::Model {
        let now = chrono::Utc::now().fixed_offset();
        feature_flags::Model {
            id: Uuid::nil(),
            name: "new-editor".into(),
            description: None,
            is_enabled: enabled,
            rules,
            metadata: serde_json::json!({}),
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn a_disabled_flag_is_off_for_everyone() {
        let user = Uuid::now_v7();
        assert!(!evaluate(&flag(false, serde_json::json!({ "users": [user] })), user, &[]));
    }

    #[test]
    fn an_untargeted_enabled_flag_is_on_for_everyone() {
        assert!(evaluate(&flag(true, serde_json::json!({})), Uuid::now_v7(), &[]));
    }

    #[test]
    fn targeting_picks_users_workspaces_and_a_stable_percentage() {
        let (me, other, ws) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let f = flag(true, serde_json::json!({ "users": [me], "workspaces": [ws] }));
        assert!(evaluate(&f, me, &[]));
        assert!(evaluate(&f, other, &[ws]));
        assert!(!evaluate(&f, other, &[]));
        let all = flag(true, serde_json::json!({ "percentage": 100 }));
        let none = flag(true, serde_json::json!({ "percentage": 0 }));
        assert!(evaluate(&all, other, &[]) && !evaluate(&none, other, &[]));
        let half = flag(true, serde_json::json!({ "percentage": 50 }));
        let on = (0..1000).filter(|_| evaluate(&half, Uuid::new_v4(), &[])).count();
        assert!((350..650).contains(&on), "{on} of 1000 in a 50% rollout");
        assert_eq!(bucket("x", me), bucket("x", me));
    }

    #[test]
    fn bad_rules_are_refused() {
        assert!(Rules::parse(&serde_json::json!({ "percentage": 101 })).is_err());
        assert!(Rules::parse(&serde_json::json!({ "country": "FR" })).is_err());
    }
}
