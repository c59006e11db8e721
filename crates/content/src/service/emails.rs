//! The emails of a sequence. Positions stay 1..n without gaps: adding an email at position k
//! moves the emails from k on one down, moving one shifts those between its old and new
//! place, removing one closes the gap; an A/B variant shares its original's position and
//! moves and goes with it. `totalEmails` is always n. `delayDays` (0 or more, 0 by default)
//! counts days after the previous email.
//!
//! Every change to a sequence's emails locks the sequence first, so concurrent changes take
//! turns; the database's exclusion constraint (one original per position, checked at the end
//! of the change) holds it too. Each email whose position changes gets an audit entry.

use platform::RequestContext;
use platform::audit::{AuditAction, Provenance};
use platform::tenancy::{find, in_workspace};
use platform::text::required_text;
use platform::write::{Edit, audit, snapshot};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::item::{ContentRef, forget_items};
use super::values::{at_least, json_object};
use super::versions::{Owner, Snapshot, Versioned, record_version, save_versioned, text};
use crate::entity::{ContentItemType, email_sequences, emails};
use crate::error::{ContentError, Result};

platform::child_list! {
    /// A sequence's emails in order: by position, each original before its variants.
    pub SequenceEmails = emails::Entity, by SequenceId, order [SequencePosition asc, IsVariant asc, CreatedAt asc, Id asc];
}

impl Versioned for emails::Entity {
    fn snapshot(row: &emails::Model) -> Snapshot {
        Snapshot {
            item: ContentRef::new(ContentItemType::Email, row.id),
            owner: Owner::Sequence(row.sequence_id),
            texts: json!({ "subjectLine": row.subject_line, "content": row.content }),
            metrics: Some(row.performance_metrics.clone()),
        }
    }

    fn apply_texts(model: &mut emails::ActiveModel, texts: &Map<String, Value>) -> Result<()> {
        model.subject_line = Set(required_text(&text(texts, "subjectLine").unwrap_or_default(), "subjectLine", 200)?);
        model.content = Set(required_text(&text(texts, "content").unwrap_or_default(), "content", 100_000)?);
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct NewEmail {
    pub subject_line: String,
    pub content: String,
    /// Where to put it: 1 to n + 1; at the end (n + 1) when `None`.
    pub position: Option<i32>,
    pub delay_days: Option<i32>,
    pub performance_metrics: Option<Value>,
    pub winning_threshold: Option<i32>,
}

impl NewEmail {
    /// An email at the end of its sequence, sent the day after the previous one.
    pub fn new(subject_line: &str, content: &str) -> Self {
        Self {
            subject_line: subject_line.into(),
            content: content.into(),
            position: None,
            delay_days: None,
            performance_metrics: None,
            winning_threshold: None,
        }
    }
}

/// A sequence's emails, locked, in position order.
async fn emails_of(ctx: &RequestContext, tx: &DatabaseTransaction, sequence: &email_sequences::Model) -> Result<Vec<emails::Model>> {
    let select = in_workspace::<emails::Entity>(ctx, sequence.workspace_id)
        .await?
        .filter(emails::Column::SequenceId.eq(sequence.id))
        .order_by_asc(emails::Column::SequencePosition)
        .order_by_asc(emails::Column::Id)
        .lock_exclusive();
    Ok(platform::rows::all(tx, select).await?)
}

/// The number of positions: the sequence's originals.
fn positions(mails: &[emails::Model]) -> i32 {
    i32::try_from(mails.iter().filter(|m| !m.is_variant).count()).unwrap_or(i32::MAX)
}

/// Gives each email the position `to` says (unchanged ones are left alone), with an audit
/// entry each, then checks the one-original-per-position constraint at once.
async fn renumber(
    ctx: &RequestContext,
    tx: &DatabaseTransaction,
    mails: &[emails::Model],
    to: impl Fn(&emails::Model) -> i32,
) -> Result<()> {
    for mail in mails {
        let position = to(mail);
        if position == mail.sequence_position {
            continue;
        }
        let mut model = mail.clone().into_active_model();
        model.sequence_position = Set(position);
        let after = model.update(tx).await?;
        audit::<emails::Entity>(tx, ctx, &after, AuditAction::Update, platform::audit::diff(&snapshot(mail), &snapshot(&after)), None)
            .await?;
    }
    check_positions(tx).await
}

/// Checks the deferred one-original-per-position constraint now, so that a clash is this
/// change's typed error rather than a failed commit.
async fn check_positions(tx: &DatabaseTransaction) -> Result<()> {
    tx.execute_unprepared("SET CONSTRAINTS emails_sequence_position_key IMMEDIATE").await?;
    tx.execute_unprepared("SET CONSTRAINTS emails_sequence_position_key DEFERRED").await?;
    Ok(())
}

/// Sets the sequence's `totalEmails` to `total` (if it changed) and commits the edit.
async fn finish(mut edit: Edit<'_, email_sequences::Entity>, total: i32) -> Result<email_sequences::Model> {
    let after = if edit.row().total_emails == total {
        edit.row().clone()
    } else {
        let mut model = edit.edit();
        model.total_emails = Set(total);
        edit.update(model).await?
    };
    edit.commit(None).await?;
    Ok(after)
}

/// Adds an email to a sequence; `provenance` when an AI worker wrote it.
pub async fn add_email(ctx: &RequestContext, sequence_id: Uuid, input: NewEmail, provenance: Option<&Provenance>) -> Result<emails::Model> {
    let subject_line = required_text(&input.subject_line, "subjectLine", 200)?;
    let content = required_text(&input.content, "content", 100_000)?;
    let delay_days = at_least(input.delay_days.unwrap_or(0), 0, "delayDays")?;
    let metrics = json_object(input.performance_metrics.unwrap_or_else(|| json!({})), "performanceMetrics")?;
    let winning_threshold = input.winning_threshold.map(|t| at_least(t, 0, "winningThreshold")).transpose()?;
    let edit =
        Edit::<email_sequences::Entity>::begin(ctx, sequence_id).await?.ok_or(ContentError::not_found("sequenceId", "email sequence"))?;
    let sequence = edit.row().clone();
    let mails = emails_of(ctx, edit.tx(), &sequence).await?;
    let n = positions(&mails);
    let position = input.position.unwrap_or(n + 1);
    if !(1..=n + 1).contains(&position) {
        return Err(ContentError::InvalidPosition { max: n + 1 });
    }
    renumber(ctx, edit.tx(), &mails, |m| if m.sequence_position >= position { m.sequence_position + 1 } else { m.sequence_position })
        .await?;
    let email = emails::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(sequence.workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        sequence_id: Set(sequence.id),
        subject_line: Set(subject_line),
        content: Set(content),
        sequence_position: Set(position),
        delay_days: Set(delay_days),
        performance_metrics: Set(metrics),
        is_variant: Set(false),
        winning_threshold: Set(winning_threshold),
        ..Default::default()
    }
    .insert(edit.tx())
    .await?;
    audit::<emails::Entity>(edit.tx(), ctx, &email, AuditAction::Create, snapshot(&email), provenance).await?;
    record_version(ctx, edit.tx(), sequence.workspace_id, emails::Entity::snapshot(&email), "created", provenance).await?;
    check_positions(edit.tx()).await?;
    finish(edit, n + 1).await?;
    Ok(email)
}

/// Changes to an email; `None` leaves a field as it is, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct EmailChanges {
    pub subject_line: Option<String>,
    pub content: Option<String>,
    pub delay_days: Option<i32>,
    pub performance_metrics: Option<Value>,
    pub winning_threshold: Option<Option<i32>>,
    /// Why the texts changed, for their version (`edited` when none).
    pub reason: Option<String>,
}

pub async fn update_email(ctx: &RequestContext, id: Uuid, changes: EmailChanges, provenance: Option<&Provenance>) -> Result<emails::Model> {
    let edit = Edit::<emails::Entity>::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "email"))?;
    let mut model = edit.edit();
    if let Some(v) = &changes.subject_line {
        model.subject_line = Set(required_text(v, "subjectLine", 200)?);
    }
    if let Some(v) = &changes.content {
        model.content = Set(required_text(v, "content", 100_000)?);
    }
    if let Some(v) = changes.delay_days {
        model.delay_days = Set(at_least(v, 0, "delayDays")?);
    }
    if let Some(v) = changes.performance_metrics {
        model.performance_metrics = Set(json_object(v, "performanceMetrics")?);
    }
    if let Some(v) = changes.winning_threshold {
        model.winning_threshold = Set(v.map(|t| at_least(t, 0, "winningThreshold")).transpose()?);
    }
    save_versioned(ctx, edit, model, changes.reason.as_deref(), provenance).await
}

/// The email `id` and its sequence, locked for a change of positions.
async fn with_sequence(ctx: &RequestContext, id: Uuid) -> Result<(emails::Model, Edit<'_, email_sequences::Entity>)> {
    let email = find::<emails::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "email"))?;
    let edit = Edit::<email_sequences::Entity>::begin(ctx, email.sequence_id).await?.ok_or(ContentError::not_found("id", "email"))?;
    Ok((email, edit))
}

/// Moves an email (with its variants) to `position` (1 to n). Answers the email as it is now.
pub async fn move_email(ctx: &RequestContext, id: Uuid, position: i32) -> Result<emails::Model> {
    let (email, edit) = with_sequence(ctx, id).await?;
    let sequence = edit.row().clone();
    let mails = emails_of(ctx, edit.tx(), &sequence).await?;
    let n = positions(&mails);
    if !(1..=n).contains(&position) {
        return Err(ContentError::InvalidPosition { max: n });
    }
    let from = mails.iter().find(|m| m.id == id).map_or(email.sequence_position, |m| m.sequence_position);
    renumber(ctx, edit.tx(), &mails, |m| match m.sequence_position {
        p if p == from => position,
        p if from < position && p > from && p <= position => p - 1,
        p if from > position && p >= position && p < from => p + 1,
        p => p,
    })
    .await?;
    finish(edit, n).await?;
    get_email(ctx, id).await
}

/// Removes an email; an original goes with its variants and the positions after it close up.
/// Answers the removed emails' ids.
pub async fn remove_email(ctx: &RequestContext, id: Uuid) -> Result<Vec<Uuid>> {
    let (_, edit) = with_sequence(ctx, id).await?;
    let sequence = edit.row().clone();
    let mails = emails_of(ctx, edit.tx(), &sequence).await?;
    let Some(email) = mails.iter().find(|m| m.id == id).cloned() else { return Err(ContentError::not_found("id", "email")) };
    let group = email.variant_group_id.unwrap_or(email.id);
    let gone: Vec<&emails::Model> = mails
        .iter()
        .filter(|m| {
            m.id == id || (!email.is_variant && m.sequence_position == email.sequence_position && m.variant_group_id == Some(group))
        })
        .collect();
    let ids: Vec<Uuid> = gone.iter().map(|m| m.id).collect();
    let refs: Vec<ContentRef> = ids.iter().map(|i| ContentRef::new(ContentItemType::Email, *i)).collect();
    forget_items(ctx, edit.tx(), sequence.workspace_id, &refs).await?;
    for mail in &gone {
        emails::Entity::delete_many()
            .filter(emails::Column::WorkspaceId.eq(mail.workspace_id))
            .filter(emails::Column::Id.eq(mail.id))
            .exec(edit.tx())
            .await?;
        audit::<emails::Entity>(edit.tx(), ctx, mail, AuditAction::Delete, snapshot(*mail), None).await?;
    }
    let left: Vec<emails::Model> = mails.iter().filter(|m| !ids.contains(&m.id)).cloned().collect();
    if !email.is_variant {
        let at = email.sequence_position;
        renumber(ctx, edit.tx(), &left, |m| if m.sequence_position > at { m.sequence_position - 1 } else { m.sequence_position }).await?;
    }
    finish(edit, positions(&left)).await?;
    Ok(ids)
}

/// An email by id; another tenant's is answered as missing.
pub async fn get_email(ctx: &RequestContext, id: Uuid) -> Result<emails::Model> {
    find::<emails::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "email"))
}
