//! A/B testing of social posts, blog posts and emails.
//!
//! A group is the rows of one table sharing `variant_group_id`, which is the id of the group's
//! original (`is_variant` false); [`create_variant`] copies an item as a variant with new
//! texts (a variant of a variant joins the same group; an email variant keeps its original's
//! sequence and position). The group's winning threshold is its original's.
//!
//! [`declare_winner`] scores each member's engagement from its metrics (each key a count;
//! missing, negative or non-numeric values count 0):
//!
//! | type        | engagement                                      |
//! |-------------|-------------------------------------------------|
//! | social post | likes + comments + shares + saves + clicks      |
//! | blog post   | clicks + shares + comments + conversions        |
//! | email       | opens + clicks + replies                        |
//!
//! The member with the highest score wins only when it is alone at the top and its lead over
//! the runner-up is at least the threshold; a group needs two members and a threshold (a null
//! threshold refuses the declaration, it never means zero). Otherwise the answer is
//! INVALID_STATE and nothing changes. After a declaration exactly one member has
//! `is_winner` true and every other false; declaring again moves the win if the scores moved.
//! The database holds at most one winner per group (a partial unique index), so the old
//! winner is cleared before the new one is set, and the group's rows are locked, in id order,
//! while it is decided.

use platform::RequestContext;
use platform::audit::{AuditAction, Provenance};
use platform::tenancy::{KeyedRow, TenantRow, scoped};
use platform::write::{Edit, audit, snapshot};
use sea_orm::{ActiveModelTrait, ActiveValue, ColumnTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait};
use serde::Serialize;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::versions::{Versioned, record_version};
use crate::entity::{ContentItemType, blog_posts, emails, social_posts};
use crate::error::{ContentError, Result};

/// A table whose rows can be A/B tested.
pub trait AbTested: Versioned<Model: Clone + Serialize + IntoActiveModel<Self::ActiveModel>> {
    const TYPE: ContentItemType;
    /// The metrics keys whose counts add up to a row's engagement.
    const SCORE_KEYS: &'static [&'static str];
    fn group_column() -> Self::Column;
    fn group(row: &Self::Model) -> Option<Uuid>;
    fn is_variant(row: &Self::Model) -> bool;
    fn is_winner(row: &Self::Model) -> Option<bool>;
    fn threshold(row: &Self::Model) -> Option<i32>;
    fn metrics(row: &Self::Model) -> &Value;
    fn set_group(model: &mut Self::ActiveModel, group: Uuid);
    fn set_winner(model: &mut Self::ActiveModel, winner: Option<bool>);
    /// Makes a copy of a row into a new variant of `group` with id `id`: not a winner, no
    /// threshold of its own, no metrics, no flow links, new timestamps.
    fn as_variant(model: &mut Self::ActiveModel, id: Uuid, group: Uuid);
}

macro_rules! ab_tested {
    ($table:ident, $type:ident, $metrics:ident, [$($key:literal),*], |$m:ident| $extra:block) => {
        impl AbTested for $table::Entity {
            const TYPE: ContentItemType = ContentItemType::$type;
            const SCORE_KEYS: &'static [&'static str] = &[$($key),*];
            fn group_column() -> $table::Column {
                $table::Column::VariantGroupId
            }
            fn group(row: &$table::Model) -> Option<Uuid> {
                row.variant_group_id
            }
            fn is_variant(row: &$table::Model) -> bool {
                row.is_variant
            }
            fn is_winner(row: &$table::Model) -> Option<bool> {
                row.is_winner
            }
            fn threshold(row: &$table::Model) -> Option<i32> {
                row.winning_threshold
            }
            fn metrics(row: &$table::Model) -> &Value {
                &row.$metrics
            }
            fn set_group(model: &mut $table::ActiveModel, group: Uuid) {
                model.variant_group_id = Set(Some(group));
            }
            fn set_winner(model: &mut $table::ActiveModel, winner: Option<bool>) {
                model.is_winner = Set(winner);
            }
            fn as_variant($m: &mut $table::ActiveModel, id: Uuid, group: Uuid) {
                $m.id = Set(id);
                $m.is_variant = Set(true);
                $m.variant_group_id = Set(Some(group));
                $m.is_winner = Set(None);
                $m.winning_threshold = Set(None);
                $m.$metrics = Set(json!({}));
                $m.created_at = ActiveValue::NotSet;
                $m.updated_at = ActiveValue::NotSet;
                $extra
            }
        }
    };
}

ab_tested!(social_posts, SocialPost, engagement_metrics, ["likes", "comments", "shares", "saves", "clicks"], |m| {
    m.next_action_type = Set(None);
    m.next_action_id = Set(None);
    m.previous_action_type = Set(None);
    m.previous_action_id = Set(None);
});
ab_tested!(blog_posts, BlogPost, performance_metrics, ["clicks", "shares", "comments", "conversions"], |m| {
    m.next_action_type = Set(None);
    m.next_action_id = Set(None);
    m.previous_action_type = Set(None);
    m.previous_action_id = Set(None);
    m.published_at = Set(None);
    m.status = Set(crate::entity::PublicationStatus::Draft);
});
ab_tested!(emails, Email, performance_metrics, ["opens", "clicks", "replies"], |m| {});

/// A row's engagement: the sum of its type's counts.
pub fn engagement<E: AbTested>(row: &E::Model) -> i64 {
    let metrics = E::metrics(row);
    E::SCORE_KEYS
        .iter()
        .map(|key| match metrics.get(*key) {
            Some(Value::Number(n)) => n.as_i64().or_else(|| n.as_f64().filter(|f| f.is_finite()).map(|f| f as i64)).unwrap_or(0).max(0),
            _ => 0,
        })
        .fold(0i64, i64::saturating_add)
}

/// Copies item `original_id` as a new variant in its A/B group, with `texts` (the type's
/// versioned texts, as a version holds them) in place of the original's.
pub async fn create_variant<E>(
    ctx: &RequestContext,
    original_id: Uuid,
    texts: &Map<String, Value>,
    provenance: Option<&Provenance>,
) -> Result<E::Model>
where
    E: AbTested,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    let mut edit = Edit::<E>::begin(ctx, original_id).await?.ok_or(ContentError::not_found("variantOf", super::item::what(E::TYPE)))?;
    let original = edit.row().clone();
    let group = E::group(&original).unwrap_or(original.id());
    if E::group(&original).is_none() {
        let mut model = edit.edit();
        E::set_group(&mut model, group);
        edit.update(model).await?;
    }
    let mut variant = original.clone().into_active_model();
    E::as_variant(&mut variant, Uuid::now_v7(), group);
    E::apply_texts(&mut variant, texts)?;
    variant.reset_all_but_not_set();
    let created = variant.insert(edit.tx()).await?;
    audit::<E>(edit.tx(), ctx, &created, AuditAction::Create, snapshot(&created), provenance).await?;
    record_version(ctx, edit.tx(), created.workspace_id(), E::snapshot(&created), "created", provenance).await?;
    edit.commit(None).await?;
    Ok(created)
}

/// Sets every non-`NotSet` value to `Set`, so that an insert writes them.
trait SetAll {
    fn reset_all_but_not_set(&mut self);
}

impl<A: ActiveModelTrait> SetAll for A {
    fn reset_all_but_not_set(&mut self) {
        for column in <<A::Entity as sea_orm::EntityTrait>::Column as sea_orm::Iterable>::iter() {
            if let ActiveValue::Unchanged(v) = self.get(column) {
                self.set(column, v);
            }
        }
    }
}

/// Declares the winner of A/B group `group_id` of type `E` (see the module's rules). Answers
/// the group's members as they are now, the winner first.
pub async fn declare_winner<E>(ctx: &RequestContext, group_id: Uuid) -> Result<Vec<E::Model>>
where
    E: AbTested,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    let not_found = || ContentError::not_found("variantGroupId", "A/B group");
    let tx = ctx.db().begin().await?;
    let members =
        || async { Ok::<_, ContentError>(scoped::<E>(ctx).await?.filter(E::group_column().eq(group_id)).order_by_asc(E::id_column())) };
    let seen = platform::rows::all(&tx, members().await?).await?;
    let Some(first) = seen.first() else { return Err(not_found()) };
    ctx.require_writer(first.workspace_id()).await?;
    let rows = platform::rows::all(&tx, members().await?.lock_exclusive()).await?;
    let refuse = |message: String| ContentError::InvalidState { field: "variantGroupId", message };
    if rows.len() < 2 {
        return Err(refuse("a group needs at least two members to have a winner".into()));
    }
    let threshold = rows
        .iter()
        .find(|r| !E::is_variant(r))
        .and_then(E::threshold)
        .ok_or_else(|| refuse("the group's original has no winning threshold: set one first".into()))?;
    let mut scored: Vec<(i64, &E::Model)> = rows.iter().map(|r| (engagement::<E>(r), r)).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id().cmp(&b.1.id())));
    let (top, winner) = scored[0];
    let runner_up = scored[1].0;
    let lead = top - runner_up;
    if lead == 0 {
        return Err(refuse(format!("two members are tied at the top with an engagement of {top}")));
    }
    if lead < i64::from(threshold) {
        return Err(refuse(format!("the leader is ahead by {lead}, short of the group's winning threshold of {threshold}")));
    }
    let winner_id = winner.id();
    let mut after = Vec::with_capacity(rows.len());
    // Losers first: the database holds one winner per group at every statement.
    for row in rows.iter().filter(|r| r.id() != winner_id) {
        after.push(set_winner::<E>(ctx, &tx, row, Some(false)).await?);
    }
    let Some(winner) = rows.iter().find(|r| r.id() == winner_id) else { return Err(not_found()) };
    after.insert(0, set_winner::<E>(ctx, &tx, winner, Some(true)).await?);
    tx.commit().await?;
    Ok(after)
}

async fn set_winner<E>(ctx: &RequestContext, tx: &sea_orm::DatabaseTransaction, row: &E::Model, winner: Option<bool>) -> Result<E::Model>
where
    E: AbTested,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    if E::is_winner(row) == winner {
        return Ok(row.clone());
    }
    let mut model = row.clone().into_active_model();
    E::set_winner(&mut model, winner);
    let after = model.update(tx).await?;
    audit::<E>(tx, ctx, &after, AuditAction::Update, platform::audit::diff(&snapshot(row), &snapshot(&after)), None).await?;
    Ok(after)
}

/// The table of an A/B tested type, or INVALID on `itemType` for a type without groups.
pub fn ab_tested(item_type: ContentItemType) -> Result<ContentItemType> {
    match item_type {
        ContentItemType::SocialPost | ContentItemType::BlogPost | ContentItemType::Email => Ok(item_type),
        _ => {
            Err(ContentError::InvalidNext { field: "itemType", message: "only social posts, blog posts and emails are A/B tested".into() })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(metrics: Value) -> social_posts::Model {
        let now = chrono::Utc::now().fixed_offset();
        social_posts::Model {
            id: Uuid::nil(),
            workspace_id: Uuid::nil(),
            user_id: Uuid::nil(),
            business_id: Uuid::nil(),
            bundle_id: None,
            platform: crate::entity::SocialPlatform::Linkedin,
            content: "x".into(),
            status: crate::entity::SocialPostStatus::Draft,
            media_prompts: vec![],
            hashtags: vec![],
            scheduled_for: None,
            post_type: None,
            engagement_metrics: metrics,
            is_variant: false,
            variant_group_id: None,
            is_winner: None,
            winning_threshold: None,
            next_action_type: None,
            next_action_id: None,
            previous_action_type: None,
            previous_action_id: None,
            conversion_goal: crate::entity::ConversionGoal::WebsiteVisit,
            cta_text: None,
            cta_url: None,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn engagement_adds_the_types_counts_and_ignores_the_rest() {
        let row = post(json!({ "likes": 10, "comments": 2, "shares": 3, "saves": 1, "clicks": 4, "impressions": 1000 }));
        assert_eq!(engagement::<social_posts::Entity>(&row), 20);
        let odd = post(json!({ "likes": -5, "comments": "7", "shares": 2.9 }));
        assert_eq!(engagement::<social_posts::Entity>(&odd), 2);
        assert_eq!(engagement::<social_posts::Entity>(&post(json!({}))), 0);
    }
}
