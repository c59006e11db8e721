//! Content prompts: draft posts the user saves, usually made from a weekly summary.
//!
//! A prompt starts as DRAFT and moves DRAFT → POSTED, DRAFT → ARCHIVED or POSTED → ARCHIVED;
//! every other move is refused with `CrmError::InvalidState`. Only a draft's text can change.

use platform::RequestContext;
use platform::audit::AuditAction;
use platform::pagination::{Keyset, Page, PageArgs, keyset_page};
use platform::tenancy::{find, in_workspace};
use platform::text::required_text;
use platform::write::{Edit, audit, snapshot};
use sea_orm::{ActiveEnum, ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set, TransactionTrait};
use uuid::Uuid;

use super::summaries::{SummaryWriter, WeekFacts, get_weekly_summary};
use crate::entity::{ContentPromptStatus, ContentPromptType, content_prompts, weekly_summaries};
use crate::error::{CrmError, Result};

platform::child_list! {
    /// The prompts made from a weekly summary, oldest first.
    pub SummaryPrompts = content_prompts::Entity, by WeeklySummaryId, order [CreatedAt asc, Id asc];
}

/// Whether a prompt may move from `from` to `to`.
pub fn transition_allowed(from: ContentPromptStatus, to: ContentPromptStatus) -> bool {
    use ContentPromptStatus::*;
    matches!((from, to), (Draft, Posted | Archived) | (Posted, Archived))
}

#[derive(Debug, Clone)]
pub struct NewPrompt {
    pub prompt_type: ContentPromptType,
    pub content: String,
    pub weekly_summary_id: Option<Uuid>,
}

/// Saves a prompt the viewer wrote or edited.
pub async fn create_content_prompt(ctx: &RequestContext, workspace_id: Uuid, input: NewPrompt) -> Result<content_prompts::Model> {
    ctx.require_writer(workspace_id).await?;
    let content = required_text(&input.content, "content", 10_000)?;
    let tx = ctx.db().begin().await?;
    if let Some(summary_id) = input.weekly_summary_id {
        let found = weekly_summaries::Entity::find()
            .filter(weekly_summaries::Column::WorkspaceId.eq(workspace_id))
            .filter(weekly_summaries::Column::Id.eq(summary_id))
            .one(&tx)
            .await?;
        if found.is_none() {
            return Err(CrmError::SummaryNotFound { field: "weeklySummaryId" });
        }
    }
    let prompt = insert(ctx, &tx, workspace_id, input.prompt_type, content, input.weekly_summary_id).await?;
    tx.commit().await?;
    Ok(prompt)
}

/// Makes the draft posts a summary suggests (a WIN_POST when the week had a win, an
/// INSIGHT_POST always), written by `writer`.
pub async fn create_prompts_from_summary(
    ctx: &RequestContext,
    summary_id: Uuid,
    writer: &dyn SummaryWriter,
) -> Result<Vec<content_prompts::Model>> {
    let summary = get_weekly_summary(ctx, summary_id).await.map_err(|e| match e {
        CrmError::SummaryNotFound { .. } => CrmError::SummaryNotFound { field: "weeklySummaryId" },
        other => other,
    })?;
    ctx.require_writer(summary.workspace_id).await?;
    let facts = WeekFacts::of_summary(&summary);
    let mut drafts = Vec::new();
    for kind in [ContentPromptType::WinPost, ContentPromptType::InsightPost] {
        if let Some(text) = writer.write_prompt(kind, &facts).await? {
            drafts.push((kind, required_text(&text, "content", 10_000)?));
        }
    }
    let tx = ctx.db().begin().await?;
    let mut created = Vec::with_capacity(drafts.len());
    for (kind, content) in drafts {
        created.push(insert(ctx, &tx, summary.workspace_id, kind, content, Some(summary.id)).await?);
    }
    tx.commit().await?;
    Ok(created)
}

async fn insert(
    ctx: &RequestContext,
    tx: &DatabaseTransaction,
    workspace_id: Uuid,
    prompt_type: ContentPromptType,
    content: String,
    weekly_summary_id: Option<Uuid>,
) -> Result<content_prompts::Model> {
    let prompt = content_prompts::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        weekly_summary_id: Set(weekly_summary_id),
        prompt_type: Set(prompt_type),
        content: Set(content),
        status: Set(ContentPromptStatus::Draft),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    audit::<content_prompts::Entity>(tx, ctx, &prompt, AuditAction::Create, snapshot(&prompt), None).await?;
    Ok(prompt)
}

/// Rewrites a draft.
pub async fn update_prompt_content(ctx: &RequestContext, id: Uuid, content: &str) -> Result<content_prompts::Model> {
    let content = required_text(content, "content", 10_000)?;
    let edit = prompt_for_write(ctx, id).await?;
    if edit.row().status != ContentPromptStatus::Draft {
        return Err(CrmError::InvalidState { field: "content", message: "only a draft can be edited".into() });
    }
    let mut model = edit.edit();
    model.content = Set(content);
    edit.save(model).await
}

/// Moves a prompt to POSTED or ARCHIVED.
pub async fn set_prompt_status(ctx: &RequestContext, id: Uuid, to: ContentPromptStatus) -> Result<content_prompts::Model> {
    let edit = prompt_for_write(ctx, id).await?;
    let from = edit.row().status;
    if !transition_allowed(from, to) {
        return Err(CrmError::InvalidState {
            field: "status",
            message: format!("a content prompt cannot go from {} to {}", from.to_value(), to.to_value()),
        });
    }
    let mut model = edit.edit();
    model.status = Set(to);
    edit.save(model).await
}

/// A prompt by id; another tenant's is answered as missing.
pub async fn get_content_prompt(ctx: &RequestContext, id: Uuid) -> Result<content_prompts::Model> {
    find::<content_prompts::Entity>(ctx, id).await?.ok_or(CrmError::PromptNotFound)
}

/// The prompt the viewer may change, locked (see [`Edit::begin`]).
async fn prompt_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, content_prompts::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(CrmError::PromptNotFound)
}

/// Filters on the prompt list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct PromptFilter {
    pub statuses: Vec<ContentPromptStatus>,
    pub types: Vec<ContentPromptType>,
    pub weekly_summary_id: Option<Uuid>,
    pub user_id: Option<Uuid>,
}

/// A workspace's prompts, newest first.
pub async fn list_content_prompts(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: PromptFilter,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<content_prompts::Model>> {
    use content_prompts::Column as C;
    let mut select = in_workspace::<content_prompts::Entity>(ctx, workspace_id).await?;
    if !filter.statuses.is_empty() {
        select = select.filter(C::Status.is_in(filter.statuses));
    }
    if !filter.types.is_empty() {
        select = select.filter(C::PromptType.is_in(filter.types));
    }
    if let Some(summary_id) = filter.weekly_summary_id {
        select = select.filter(C::WeeklySummaryId.eq(summary_id));
    }
    if let Some(user_id) = filter.user_id {
        select = select.filter(C::UserId.eq(user_id));
    }
    let keyset = Keyset { sort: C::CreatedAt, id: C::Id, descending: true };
    Ok(keyset_page(ctx.db(), select, keyset, args, |p| (p.created_at, p.id), with_total).await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::Iterable;

    #[test]
    fn drafts_are_posted_or_archived_and_posts_archived() {
        use ContentPromptStatus::*;
        let allowed: Vec<_> = ContentPromptStatus::iter()
            .flat_map(|f| ContentPromptStatus::iter().map(move |t| (f, t)))
            .filter(|(f, t)| transition_allowed(*f, *t))
            .collect();
        assert_eq!(allowed, vec![(Draft, Posted), (Draft, Archived), (Posted, Archived)]);
    }
}
