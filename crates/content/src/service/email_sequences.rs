//! Email sequences: a named series of emails for a business (in a bundle or not). Its goal
//! (`sequenceGoal`: NURTURE by default, ONBOARDING, SALES, RETENTION) also holds the seed's
//! `sequence_type`; its conversion goal is SALE (the default), REFERRAL or TESTIMONIAL. Its
//! emails are kept by [`super::emails`], which keeps `totalEmails` true. Every change of the
//! name or description writes a version.

use platform::RequestContext;
use platform::audit::Provenance;
use platform::pagination::{Page, PageArgs};
use platform::search::contains_pattern;
use platform::tenancy::{find, in_workspace};
use platform::text::{optional_text, required_text};
use platform::write::Edit;
use sea_orm::{ColumnTrait, QueryFilter, QuerySelect, Set};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::bundles::check_bundle;
use super::businesses::check_business;
use super::item::{ContentOrder, ContentRef, conversion_goal, forget_items, ordered_page};
use super::versions::{Owner, Snapshot, Versioned, create_versioned, save_versioned, text};
use crate::entity::{ContentItemType, ConversionGoal, EmailSequenceStatus, SequenceGoal, email_sequences, emails};
use crate::error::{ContentError, Result};

platform::child_list! {
    /// A bundle's email sequences, oldest first.
    pub BundleEmailSequences = email_sequences::Entity, by BundleId, order [CreatedAt asc, Id asc];
}

impl Versioned for email_sequences::Entity {
    fn snapshot(row: &email_sequences::Model) -> Snapshot {
        Snapshot {
            item: ContentRef::new(ContentItemType::EmailSequence, row.id),
            owner: Owner::Business(row.business_id),
            texts: json!({ "name": row.name, "description": row.description }),
            metrics: None,
        }
    }

    fn apply_texts(model: &mut email_sequences::ActiveModel, texts: &Map<String, Value>) -> Result<()> {
        model.name = Set(required_text(&text(texts, "name").unwrap_or_default(), "name", 200)?);
        model.description = Set(optional_text(text(texts, "description").as_deref(), "description", 10_000)?);
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct NewEmailSequence {
    pub business_id: Uuid,
    pub bundle_id: Option<Uuid>,
    pub name: String,
    pub description: Option<String>,
    pub sequence_goal: Option<SequenceGoal>,
    pub status: Option<EmailSequenceStatus>,
    pub conversion_goal: Option<ConversionGoal>,
}

impl NewEmailSequence {
    /// A draft sequence of `business_id` with only its name.
    pub fn new(business_id: Uuid, name: &str) -> Self {
        Self {
            business_id,
            bundle_id: None,
            name: name.into(),
            description: None,
            sequence_goal: None,
            status: None,
            conversion_goal: None,
        }
    }
}

/// Adds an email sequence (without emails); `provenance` when an AI worker wrote it.
pub async fn create_email_sequence(
    ctx: &RequestContext,
    workspace_id: Uuid,
    input: NewEmailSequence,
    provenance: Option<&Provenance>,
) -> Result<email_sequences::Model> {
    ctx.require_writer(workspace_id).await?;
    check_business(ctx, ctx.db(), workspace_id, input.business_id, "businessId").await?;
    if let Some(bundle_id) = input.bundle_id {
        check_bundle(ctx, ctx.db(), workspace_id, bundle_id, input.business_id).await?;
    }
    let sequence = email_sequences::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        user_id: Set(ctx.viewer()?.user_id),
        business_id: Set(input.business_id),
        bundle_id: Set(input.bundle_id),
        name: Set(required_text(&input.name, "name", 200)?),
        description: Set(optional_text(input.description.as_deref(), "description", 10_000)?),
        sequence_goal: Set(input.sequence_goal.unwrap_or(SequenceGoal::Nurture)),
        total_emails: Set(0),
        status: Set(input.status.unwrap_or(EmailSequenceStatus::Draft)),
        conversion_goal: Set(conversion_goal(ContentItemType::EmailSequence, input.conversion_goal)?),
        ..Default::default()
    };
    create_versioned::<email_sequences::Entity>(ctx, workspace_id, sequence, provenance).await
}

/// Changes to an email sequence; `None` leaves a field as it is, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct EmailSequenceChanges {
    pub name: Option<String>,
    pub description: Option<Option<String>>,
    pub sequence_goal: Option<SequenceGoal>,
    pub status: Option<EmailSequenceStatus>,
    pub conversion_goal: Option<ConversionGoal>,
    /// Why the texts changed, for their version (`edited` when none).
    pub reason: Option<String>,
}

pub async fn update_email_sequence(
    ctx: &RequestContext,
    id: Uuid,
    changes: EmailSequenceChanges,
    provenance: Option<&Provenance>,
) -> Result<email_sequences::Model> {
    let edit = sequence_for_write(ctx, id).await?;
    let mut model = edit.edit();
    if let Some(v) = &changes.name {
        model.name = Set(required_text(v, "name", 200)?);
    }
    if let Some(v) = changes.description {
        model.description = Set(optional_text(v.as_deref(), "description", 10_000)?);
    }
    if let Some(v) = changes.sequence_goal {
        model.sequence_goal = Set(v);
    }
    if let Some(v) = changes.status {
        model.status = Set(v);
    }
    if let Some(v) = changes.conversion_goal {
        model.conversion_goal = Set(conversion_goal(ContentItemType::EmailSequence, Some(v))?);
    }
    save_versioned(ctx, edit, model, changes.reason.as_deref(), provenance).await
}

/// Deletes an email sequence with its emails, their versions and managed URLs, and the links
/// to it.
pub async fn delete_email_sequence(ctx: &RequestContext, id: Uuid) -> Result<Uuid> {
    let mut edit = sequence_for_write(ctx, id).await?;
    let sequence = edit.row().clone();
    let mails: Vec<Uuid> = in_workspace::<emails::Entity>(ctx, sequence.workspace_id)
        .await?
        .filter(emails::Column::SequenceId.eq(id))
        .select_only()
        .column(emails::Column::Id)
        .into_tuple()
        .all(edit.tx())
        .await?;
    let mut doomed = vec![ContentRef::new(ContentItemType::EmailSequence, id)];
    doomed.extend(mails.into_iter().map(|m| ContentRef::new(ContentItemType::Email, m)));
    forget_items(ctx, edit.tx(), sequence.workspace_id, &doomed).await?;
    edit.remove().await?;
    edit.commit(None).await?;
    Ok(id)
}

/// An email sequence by id; another tenant's is answered as missing.
pub async fn get_email_sequence(ctx: &RequestContext, id: Uuid) -> Result<email_sequences::Model> {
    find::<email_sequences::Entity>(ctx, id).await?.ok_or(ContentError::not_found("id", "email sequence"))
}

async fn sequence_for_write(ctx: &RequestContext, id: Uuid) -> Result<Edit<'_, email_sequences::Entity>> {
    Edit::begin(ctx, id).await?.ok_or(ContentError::not_found("id", "email sequence"))
}

/// Filters on the email sequence list; empty lists and `None` match everything.
#[derive(Debug, Clone, Default)]
pub struct EmailSequenceFilter {
    pub business_id: Option<Uuid>,
    pub bundle_id: Option<Uuid>,
    pub goals: Vec<SequenceGoal>,
    pub statuses: Vec<EmailSequenceStatus>,
    /// A case-insensitive part of the name.
    pub name_contains: Option<String>,
}

/// A workspace's email sequences, one keyset page at a time.
pub async fn list_email_sequences(
    ctx: &RequestContext,
    workspace_id: Uuid,
    filter: EmailSequenceFilter,
    order: ContentOrder,
    args: &PageArgs,
    with_total: bool,
) -> Result<Page<email_sequences::Model>> {
    use email_sequences::Column as C;
    let mut select = in_workspace::<email_sequences::Entity>(ctx, workspace_id).await?;
    if let Some(v) = filter.business_id {
        select = select.filter(C::BusinessId.eq(v));
    }
    if let Some(v) = filter.bundle_id {
        select = select.filter(C::BundleId.eq(v));
    }
    if !filter.goals.is_empty() {
        select = select.filter(C::SequenceGoal.is_in(filter.goals));
    }
    if !filter.statuses.is_empty() {
        select = select.filter(C::Status.is_in(filter.statuses));
    }
    if let Some(text) = filter.name_contains.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(C::Name.ilike(contains_pattern(text)));
    }
    ordered_page(ctx, select, order, args, with_total).await
}
