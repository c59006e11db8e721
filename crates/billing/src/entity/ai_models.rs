use sea_orm::entity::prelude::*;
use serde::Serialize;

use super::{AiModelProvider, AiModelType};

/// An AI model agents may call, with what a call costs in credits (seed 003). Global.
#[platform::object(name = "AiModel")]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "ai_models")]
pub struct Model {
    /// The model's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Its display name.
    pub name: String,
    /// Who makes it.
    pub provider: AiModelProvider,
    /// Its OpenRouter id, e.g. `openai/gpt-4o-mini`.
    pub openrouter_id: String,
    /// A marketing description.
    pub description: Option<String>,
    /// The file name of its logo.
    pub logo_key: Option<String>,
    /// Credits one call costs, a decimal string (`0.5000`); a charge of N calls is
    /// `ceil(creditCost × N)` whole credits.
    #[sea_orm(select_as = "text", save_as = "numeric")]
    pub credit_cost: String,
    /// How it is offered.
    pub model_type: AiModelType,
    /// The context window, in tokens.
    pub max_context_tokens: Option<i32>,
    /// Whether it reads and writes text.
    pub supports_text: bool,
    /// Whether it reads images.
    pub supports_images: bool,
    /// Whether it reads audio.
    pub supports_audio: bool,
    /// Whether agents may call it now.
    pub is_active: bool,
    /// When the model was added.
    pub created_at: DateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
