use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "workspaces")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub slug: String,
    pub settings: Json,
    pub is_personal: bool,
    pub created_by: Option<Uuid>,
    pub subscription_tier: String,
    pub subscription_status: String,
    pub plan_type: String,
    pub billing_email: Option<String>,
    pub creator_limit: i32,
    pub user_limit: i32,
    pub voice_model_limit: i32,
    pub storage_limit_gb: i32,
    /// numeric(10,4), read as text so money never passes through a float.
    #[sea_orm(select_as = "text", save_as = "numeric")]
    pub budget_limit_monthly: String,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
