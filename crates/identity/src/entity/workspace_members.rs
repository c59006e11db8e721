use platform::Role;
use sea_orm::entity::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Enum", enum_name = "workspace_role")]
pub enum MemberRole {
    #[sea_orm(string_value = "viewer")]
    Viewer,
    #[sea_orm(string_value = "member")]
    Member,
    #[sea_orm(string_value = "admin")]
    Admin,
    #[sea_orm(string_value = "owner")]
    Owner,
}

impl From<MemberRole> for Role {
    fn from(role: MemberRole) -> Self {
        match role {
            MemberRole::Viewer => Role::Viewer,
            MemberRole::Member => Role::Member,
            MemberRole::Admin => Role::Admin,
            MemberRole::Owner => Role::Owner,
        }
    }
}

impl From<Role> for MemberRole {
    fn from(role: Role) -> Self {
        match role {
            Role::Viewer => MemberRole::Viewer,
            Role::Member => MemberRole::Member,
            Role::Admin => MemberRole::Admin,
            Role::Owner => MemberRole::Owner,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "workspace_members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub workspace_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub role: MemberRole,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
