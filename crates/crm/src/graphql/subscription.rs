//! The CRM's subscriptions, fed by Postgres LISTEN/NOTIFY (`platform::events`). Each event is
//! small, an id and what happened to it: a client refetches what it needs.

use async_graphql::{Context, Enum, Result, SimpleObject, Subscription};
use futures_util::{Stream, StreamExt};
use platform::events::{ChangeEvent, change_stream, ends_membership, is_member, subscription_viewer};
use platform::{ApiError, Credential};
use uuid::Uuid;

/// What happened to a row.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrmChangeOp {
    /// It was created.
    Insert,
    /// It changed.
    Update,
    /// It was deleted.
    Delete,
}

/// One of the viewer's actions was created, changed or deleted.
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct ActionChange {
    /// The action's id.
    pub id: Uuid,
    /// The workspace it belongs to.
    pub workspace_id: Uuid,
    /// What happened to it.
    pub op: CrmChangeOp,
}

/// One of the viewer's daily plans was created, changed or deleted (a plan generated again
/// for the same day is a DELETE of the old one and an INSERT of the new one).
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct DailyPlanChange {
    /// The plan's id.
    pub id: Uuid,
    /// The workspace it belongs to.
    pub workspace_id: Uuid,
    /// What happened to it.
    pub op: CrmChangeOp,
}

/// The CRM's subscriptions.
#[derive(Default)]
pub struct CrmSubscription;

#[Subscription]
impl CrmSubscription {
    /// Fires when one of the viewer's own actions in the workspace is created, changed or
    /// deleted. An API key hears only about its own workspace. The stream ends when the viewer
    /// leaves the workspace.
    async fn action_changed(&self, ctx: &Context<'_>, workspace_id: Uuid) -> Result<impl Stream<Item = ActionChange> + use<>> {
        let changes = own_changes(ctx, "actions", workspace_id).await?;
        Ok(changes.map(|(id, workspace_id, op)| ActionChange { id, workspace_id, op }))
    }

    /// Fires when one of the viewer's own daily plans in the workspace is created, changed or
    /// deleted. An API key hears only about its own workspace. The stream ends when the viewer
    /// leaves the workspace.
    async fn daily_plan_changed(&self, ctx: &Context<'_>, workspace_id: Uuid) -> Result<impl Stream<Item = DailyPlanChange> + use<>> {
        let changes = own_changes(ctx, "daily_plans", workspace_id).await?;
        Ok(changes.map(|(id, workspace_id, op)| DailyPlanChange { id, workspace_id, op }))
    }
}

/// The changes of `topic` rows of the viewer in `workspace_id`, as (id, workspace, op), until
/// the viewer leaves the workspace. A workspace they are not in is answered as a missing one.
async fn own_changes(
    ctx: &Context<'_>,
    topic: &'static str,
    workspace_id: Uuid,
) -> Result<impl Stream<Item = (Uuid, Uuid, CrmChangeOp)> + use<>, ApiError> {
    let viewer = subscription_viewer(ctx)?;
    if let Credential::ApiKey { workspace_id: key_workspace, .. } = viewer.credential
        && key_workspace != workspace_id
    {
        return Err(ApiError::NotFound("workspace"));
    }
    let user_id = viewer.user_id;
    // Listen first, then check: a removal in between still ends the stream.
    let events = change_stream(ctx)?;
    if !is_member(ctx, user_id, workspace_id).await? {
        return Err(ApiError::NotFound("workspace"));
    }
    Ok(events
        .filter_map(|event| async move { event.ok() })
        .take_while(move |event| {
            let member = !ends_membership(event, user_id, workspace_id);
            async move { member }
        })
        .filter_map(move |event| {
            let change = own_change(&event, topic, user_id, workspace_id);
            async move { change }
        }))
}

/// `event` as a change of the viewer's `topic` row in `workspace_id`, or `None`.
fn own_change(event: &ChangeEvent, topic: &str, user_id: Uuid, workspace_id: Uuid) -> Option<(Uuid, Uuid, CrmChangeOp)> {
    if event.topic != topic || event.user_id != Some(user_id) || event.workspace_id != Some(workspace_id) {
        return None;
    }
    let op = match event.op.as_str() {
        "insert" => CrmChangeOp::Insert,
        "update" => CrmChangeOp::Update,
        "delete" => CrmChangeOp::Delete,
        _ => return None,
    };
    Some((event.id?, workspace_id, op))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(topic: &str, op: &str, user: Uuid, workspace: Uuid) -> ChangeEvent {
        ChangeEvent { topic: topic.into(), op: op.into(), id: Some(Uuid::from_u128(7)), workspace_id: Some(workspace), user_id: Some(user) }
    }

    #[test]
    fn only_the_viewers_own_rows_of_the_topic_in_the_workspace_pass() {
        let (me, other, ws, ws2) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3), Uuid::from_u128(4));
        let id = Uuid::from_u128(7);
        assert_eq!(own_change(&event("actions", "insert", me, ws), "actions", me, ws), Some((id, ws, CrmChangeOp::Insert)));
        assert_eq!(own_change(&event("actions", "delete", me, ws), "actions", me, ws), Some((id, ws, CrmChangeOp::Delete)));
        assert_eq!(own_change(&event("daily_plans", "update", me, ws), "daily_plans", me, ws), Some((id, ws, CrmChangeOp::Update)));
        assert_eq!(own_change(&event("actions", "insert", other, ws), "actions", me, ws), None);
        assert_eq!(own_change(&event("actions", "insert", me, ws2), "actions", me, ws), None);
        assert_eq!(own_change(&event("leads", "insert", me, ws), "actions", me, ws), None);
        assert_eq!(own_change(&event("actions", "truncate", me, ws), "actions", me, ws), None);
    }
}
