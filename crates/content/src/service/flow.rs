//! The content flow: social post → blog post or content upgrade; blog post → content upgrade
//! or email sequence; content upgrade → email sequence; email sequence → blog post or content
//! upgrade (`ContentItemType::allowed_next`).
//!
//! Rules of [`link_next`], checked in this order, each answered before anything is written:
//! 1. the item exists in the viewer's workspaces (else NOT_FOUND on `id`) and the viewer
//!    writes there;
//! 2. the next item exists in the same workspace (else NOT_FOUND on `nextId`, exactly as a
//!    missing one: another workspace's item is missing);
//! 3. the next item's type is one the item's type may link to (else INVALID on `nextType`);
//! 4. both belong to the same business (else INVALID on `nextId`);
//! 5. following next links from the next item never comes back to the item (else
//!    INVALID_STATE on `nextId`): no chain loops.
//!
//! Then, in one savepoint: the item's old next item loses its previous; the next item's old
//! previous item loses its next (an item has one previous item: linking to it takes it from
//! the one before); the item's next and the next item's previous are set. Every changed row
//! gets its audit entry. [`unlink_next`] clears both ends.

use platform::RequestContext;
use sea_orm::{DatabaseTransaction, TransactionTrait};

use super::item::{ContentRef, FlowRow, item_not_found, lock_in_workspace, lock_item, read_item};
use crate::error::{ContentError, Result};

/// How far [`link_next`] follows a chain looking for a loop; a longer chain is refused.
const MAX_CHAIN: usize = 1000;

/// Links `from` to `to`: `from`'s next is `to`, `to`'s previous is `from`. Answers both rows as
/// they are now.
pub async fn link_next(ctx: &RequestContext, from: ContentRef, to: ContentRef) -> Result<(FlowRow, FlowRow)> {
    // The type first: a type that cannot follow is wrong whatever the id names.
    if !from.item_type.allowed_next().contains(&to.item_type) {
        return Err(ContentError::InvalidNext {
            field: "nextType",
            message: format!("a {} cannot link to a {}", super::item::what(from.item_type), super::item::what(to.item_type)),
        });
    }
    let tx = ctx.db().begin().await?;
    let source = lock_item(ctx, &tx, from).await?.ok_or_else(|| item_not_found("id", from.item_type))?;
    let workspace_id = source.workspace_id();
    let target = lock_in_workspace(ctx, &tx, to, workspace_id).await?.ok_or_else(|| item_not_found("nextId", to.item_type))?;
    if target.business_id() != source.business_id() {
        return Err(ContentError::InvalidNext { field: "nextId", message: "the next item must belong to the same business".into() });
    }
    if loops_back(ctx, &tx, &source, &target).await? {
        return Err(ContentError::InvalidState {
            field: "nextId",
            message: "that link would make the content flow loop back on itself".into(),
        });
    }

    if let Some(old) = source.next().filter(|n| *n != to)
        && let Some(old) = lock_in_workspace(ctx, &tx, old, workspace_id).await?
        && old.previous() == Some(from)
    {
        old.set_previous(&tx, ctx, None).await?;
    }
    if let Some(old) = target.previous().filter(|p| *p != from)
        && let Some(old) = lock_in_workspace(ctx, &tx, old, workspace_id).await?
        && old.next() == Some(to)
    {
        old.set_next(&tx, ctx, None).await?;
    }
    let source = source.set_next(&tx, ctx, Some(to)).await?;
    let target = target.set_previous(&tx, ctx, Some(from)).await?;
    tx.commit().await?;
    Ok((source, target))
}

/// Whether the chain of next links from `target` reaches `source`.
async fn loops_back(ctx: &RequestContext, tx: &DatabaseTransaction, source: &FlowRow, target: &FlowRow) -> Result<bool> {
    let goal = source.as_ref();
    let mut current = target.as_ref();
    for _ in 0..MAX_CHAIN {
        if current == goal {
            return Ok(true);
        }
        let row = if current == target.as_ref() { Some(target.clone()) } else { read_item(ctx, tx, current, false).await? };
        match row.and_then(|r| r.next()) {
            Some(next) => current = next,
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// Clears `from`'s next item and that item's previous. Answers `from` as it is now.
pub async fn unlink_next(ctx: &RequestContext, from: ContentRef) -> Result<FlowRow> {
    let tx = ctx.db().begin().await?;
    let source = lock_item(ctx, &tx, from).await?.ok_or_else(|| item_not_found("id", from.item_type))?;
    let Some(next) = source.next() else {
        tx.commit().await?;
        return Ok(source);
    };
    if let Some(target) = lock_in_workspace(ctx, &tx, next, source.workspace_id()).await?
        && target.previous() == Some(from)
    {
        target.set_previous(&tx, ctx, None).await?;
    }
    let source = source.set_next(&tx, ctx, None).await?;
    tx.commit().await?;
    Ok(source)
}
