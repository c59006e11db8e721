use platform::Role;
use sea_orm::entity::prelude::*;
use serde::Serialize;

/// A user's membership of a workspace.
#[platform::object(name = "Member", complex)]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
#[sea_orm(table_name = "workspace_members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    #[object(skip)]
    pub workspace_id: Uuid,
    /// The member's user id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// Their role in the workspace.
    pub role: Role,
    /// When the user joined the workspace.
    #[object(name = "joinedAt")]
    pub created_at: DateTimeWithTimeZone,
    #[object(skip)]
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
