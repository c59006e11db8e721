//! The models read in bulk, decoded by column position (see [`platform::rows`]). Each impl lists
//! the fields in the entity's column order; `tests/crm/rows.rs` checks it against SeaORM's own
//! decoding of the same rows.

use platform::rows::{Columns, FromRow};
use sea_orm::DbErr;
use sea_orm::sqlx::postgres::PgRow;

use super::{actions, content_prompts, leads};

impl FromRow for actions::Model {
    fn from_row(row: &PgRow) -> Result<Self, DbErr> {
        let mut c = Columns::new(row);
        Ok(Self {
            id: c.read()?,
            workspace_id: c.read()?,
            user_id: c.read()?,
            person_id: c.read()?,
            action_type: c.read_enum()?,
            state: c.read_enum()?,
            description: c.read()?,
            due_date: c.read()?,
            completed_at: c.read()?,
            replied_at: c.read()?,
            snooze_until: c.read()?,
            notes: c.read()?,
            auto_created: c.read()?,
            created_at: c.read()?,
            updated_at: c.read()?,
        })
    }
}

impl FromRow for leads::Model {
    fn from_row(row: &PgRow) -> Result<Self, DbErr> {
        let mut c = Columns::new(row);
        Ok(Self {
            id: c.read()?,
            workspace_id: c.read()?,
            user_id: c.read()?,
            name: c.read()?,
            url: c.read()?,
            notes: c.read()?,
            status: c.read_enum()?,
            snooze_until: c.read()?,
            created_at: c.read()?,
            updated_at: c.read()?,
        })
    }
}

impl FromRow for content_prompts::Model {
    fn from_row(row: &PgRow) -> Result<Self, DbErr> {
        let mut c = Columns::new(row);
        Ok(Self {
            id: c.read()?,
            workspace_id: c.read()?,
            user_id: c.read()?,
            weekly_summary_id: c.read()?,
            prompt_type: c.read_enum()?,
            content: c.read()?,
            status: c.read_enum()?,
            saved_at: c.read()?,
            created_at: c.read()?,
            updated_at: c.read()?,
        })
    }
}
