//! Fields declared once.
//!
//! A table's SeaORM model is also its GraphQL object: `#[platform::object(name = "…")]` on the
//! model derives the object (every field's GraphQL name written out once, by the macro) and,
//! from the same field list, everything else that reads a column:
//!
//! - [`PlainObject`]: the accessor of each field, which the one-pass engine
//!   ([`crate::one_pass`]) calls instead of resolving the field as a future, and the SQL that
//!   has Postgres write the field as JSON ([`PlainObject::sql_field`]);
//! - [`crate::rows::FromRow`]: the row decoded by column position;
//! - [`crate::tenancy::TenantEntity`]: for a table with `id` and `workspace_id`.
//!
//! What a column's type means for each of those is decided here, once per type, by
//! [`ColumnValue`]: how it is decoded, the GraphQL value it resolves to (exactly what
//! async-graphql's own `OutputType` resolution makes), and whether Postgres can write it as
//! the same JSON text. Ids, enums, dates, text, booleans, integers, text arrays and JSON can;
//! timestamps and floats cannot (Postgres writes fractional seconds and float digits otherwise
//! than the API), so a selection with one of them is rendered by the server, still in one pass.
//! A model field of a type without `ColumnValue` does not compile; enums get it from
//! [`db_enums!`](crate::db_enums), which also handles database labels that differ from the
//! GraphQL names.

use std::borrow::Cow;

use async_graphql::{ContainerType, OutputType, Value};
use chrono::{DateTime, FixedOffset, NaiveDate};
use sea_orm::DbErr;
use sea_orm::sqlx::Row;
use sea_orm::sqlx::postgres::PgRow;
use uuid::Uuid;

use crate::scalars::Date;

/// Reads one plain field of a loaded object.
pub type Accessor<T> = fn(&T) -> Value;

/// An object whose columns are plain fields: no arguments, no I/O, just a column turned into
/// a value. Implemented by `#[platform::object]`; fields a domain adds with `ComplexObject`
/// are not plain and are resolved as async-graphql resolves any field.
pub trait PlainObject: ContainerType + OutputType + Send + Sync + 'static {
    /// The accessor of the plain field called `name` in the schema.
    fn plain_field(name: &str) -> Option<Accessor<Self>>;

    /// How Postgres writes the field called `name` as JSON, over the row aliased `row`; `None`
    /// when the database would write it otherwise than the API.
    fn sql_field(name: &str, row: &str) -> Option<SqlJson>;

    /// The GraphQL names of the plain fields, in declaration order.
    fn plain_fields() -> &'static [&'static str];
}

/// How a column becomes JSON text in Postgres.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SqlJson {
    /// An expression whose text goes between quotes as it is (a uuid, an enum label, an ISO
    /// date: nothing to escape), never NULL.
    Quoted(String),
    /// The same, NULL written as `null`.
    QuotedOrNull(String),
    /// An expression whose text is the JSON itself, `null` included.
    Json(String),
}

/// `row."column"`: a column of the row a list query names `row`.
pub fn column(row: &str, name: &str) -> String {
    format!("{row}.\"{name}\"")
}

/// What one column type means for decoding, GraphQL and SQL rendering. `Option<T>` (a
/// nullable column) has it whenever `T` has.
pub trait ColumnValue: Sized {
    /// Decodes the column at `index` of `row`.
    fn read(row: &PgRow, index: usize) -> Result<Self, DbErr>;
    /// Decodes the column at `index` of `row`, NULL as `None`.
    fn read_nullable(row: &PgRow, index: usize) -> Result<Option<Self>, DbErr>;
    /// The value async-graphql's own resolution of the field makes.
    fn graphql(&self) -> Value;
    /// How Postgres writes the column `expr` as that same JSON; `None` when it cannot.
    fn sql_json(expr: &str) -> Option<SqlJson>;
    /// The same for a nullable column, NULL written as `null`.
    fn sql_json_nullable(expr: &str) -> Option<SqlJson> {
        Self::sql_json(expr).map(|json| match json {
            SqlJson::Quoted(e) | SqlJson::QuotedOrNull(e) => SqlJson::QuotedOrNull(e),
            SqlJson::Json(e) => SqlJson::Json(format!("coalesce(({e}), 'null')")),
        })
    }
}

impl<T: ColumnValue> ColumnValue for Option<T> {
    fn read(row: &PgRow, index: usize) -> Result<Self, DbErr> {
        T::read_nullable(row, index)
    }
    fn read_nullable(row: &PgRow, index: usize) -> Result<Option<Self>, DbErr> {
        T::read_nullable(row, index).map(Some)
    }
    fn graphql(&self) -> Value {
        self.as_ref().map_or(Value::Null, ColumnValue::graphql)
    }
    fn sql_json(expr: &str) -> Option<SqlJson> {
        T::sql_json_nullable(expr)
    }
}

fn decode_error(index: usize, error: &sea_orm::sqlx::Error) -> DbErr {
    DbErr::Type(format!("column {index}: {error}"))
}

/// Decodes a column sqlx knows as `T`.
pub fn read_sqlx<T>(row: &PgRow, index: usize) -> Result<T, DbErr>
where
    T: for<'r> sea_orm::sqlx::Decode<'r, sea_orm::sqlx::Postgres> + sea_orm::sqlx::Type<sea_orm::sqlx::Postgres>,
{
    row.try_get(index).map_err(|e| decode_error(index, &e))
}

/// Implements [`ColumnValue`] for a type sqlx decodes: resolved as `$graphql` says, written by
/// Postgres as `$sql` says (a function from the column to `Option<SqlJson>`).
macro_rules! column_value {
    ($ty:ty, graphql: $graphql:expr, sql: $sql:expr) => {
        impl ColumnValue for $ty {
            fn read(row: &PgRow, index: usize) -> Result<Self, DbErr> {
                read_sqlx(row, index)
            }
            fn read_nullable(row: &PgRow, index: usize) -> Result<Option<Self>, DbErr> {
                read_sqlx(row, index)
            }
            fn graphql(&self) -> Value {
                let graphql: fn(&$ty) -> Value = $graphql;
                graphql(self)
            }
            fn sql_json(expr: &str) -> Option<SqlJson> {
                let sql: fn(&str) -> Option<SqlJson> = $sql;
                sql(expr)
            }
        }
    };
}

fn scalar<T: async_graphql::ScalarType>(value: &T) -> Value {
    value.to_value()
}

/// Text and arrays: `to_json` escapes them; NULL is written `null`.
fn to_json(expr: &str) -> Option<SqlJson> {
    Some(SqlJson::Json(format!("coalesce(to_json({expr})::text, 'null')")))
}

/// Booleans, numbers and jsonb: their own text is their JSON; NULL is written `null`.
fn own_text(expr: &str) -> Option<SqlJson> {
    Some(SqlJson::Json(format!("coalesce({expr}::text, 'null')")))
}

column_value!(Uuid, graphql: scalar, sql: |e| Some(SqlJson::Quoted(e.to_owned())));
column_value!(String, graphql: |s| Value::String(s.clone()), sql: to_json);
column_value!(bool, graphql: |b| Value::Boolean(*b), sql: own_text);
column_value!(i16, graphql: |n| Value::from(*n), sql: own_text);
column_value!(i32, graphql: |n| Value::from(*n), sql: own_text);
column_value!(i64, graphql: |n| Value::from(*n), sql: own_text);
// Postgres and serde write float digits differently (and NaN is no JSON): the server writes them.
column_value!(f64, graphql: scalar, sql: |_| None);
// Postgres and chrono write fractional seconds differently: the server writes timestamps.
column_value!(DateTime<FixedOffset>, graphql: scalar, sql: |_| None);
column_value!(Vec<String>, graphql: |v| Value::List(v.iter().map(|s| Value::String(s.clone())).collect()), sql: to_json);
column_value!(Vec<Uuid>, graphql: |v| Value::List(v.iter().map(scalar).collect()), sql: to_json);
// jsonb's own text is JSON (with other spacing and key order than serde's, the same value).
column_value!(serde_json::Value, graphql: |v| async_graphql::to_value(v).unwrap_or_default(), sql: own_text);

/// Dates are `YYYY-MM-DD` both ways: the pool pins `DateStyle` to ISO, and the `Date` scalar
/// refuses years outside 1–9999, where the two would write them differently.
impl ColumnValue for Date {
    fn read(row: &PgRow, index: usize) -> Result<Self, DbErr> {
        read_sqlx::<NaiveDate>(row, index).map(Date)
    }
    fn read_nullable(row: &PgRow, index: usize) -> Result<Option<Self>, DbErr> {
        Ok(read_sqlx::<Option<NaiveDate>>(row, index)?.map(Date))
    }
    fn graphql(&self) -> Value {
        scalar(self)
    }
    fn sql_json(expr: &str) -> Option<SqlJson> {
        Some(SqlJson::Quoted(expr.to_owned()))
    }
}

/// The SQL that writes an enum column as its GraphQL name: the label itself when every label
/// is its GraphQL name, else a `CASE` from label to name.
pub fn enum_sql<E>(expr: &str) -> SqlJson
where
    E: sea_orm::ActiveEnum<Value = String> + sea_orm::Iterable + async_graphql::InputType,
{
    let pairs: Vec<(String, String)> = E::iter()
        .map(|v| {
            let name = match async_graphql::InputType::to_value(&v) {
                Value::Enum(name) => name.to_string(),
                other => other.to_string(),
            };
            (sea_orm::ActiveEnum::to_value(&v), name)
        })
        .collect();
    if pairs.iter().all(|(label, name)| label == name) {
        return SqlJson::Quoted(expr.to_owned());
    }
    let arms: String = pairs.iter().map(|(label, name)| format!(" WHEN '{}' THEN '{}'", label.replace('\'', "''"), name)).collect();
    SqlJson::Quoted(format!("(CASE {expr}::text{arms} END)"))
}

/// Reads an enum column, which SeaORM's selects cast to text.
pub fn read_enum<E: sea_orm::ActiveEnum<Value = String>>(row: &PgRow, index: usize) -> Result<E, DbErr> {
    let text: String = read_sqlx(row, index)?;
    E::try_from_value(&text)
}

/// Gives database enums ([`sea_orm::DeriveActiveEnum`] + [`async_graphql::Enum`]) their
/// [`ColumnValue`], so models can hold them: `platform::db_enums!(LeadStatus, ActionType);`.
#[macro_export]
macro_rules! db_enums {
    ($($ty:ty),* $(,)?) => {
        $(
            impl $crate::fields::ColumnValue for $ty {
                fn read(row: &$crate::rows::PgRow, index: usize) -> ::core::result::Result<Self, ::sea_orm::DbErr> {
                    $crate::fields::read_enum(row, index)
                }
                fn read_nullable(row: &$crate::rows::PgRow, index: usize) -> ::core::result::Result<::core::option::Option<Self>, ::sea_orm::DbErr> {
                    let text: ::core::option::Option<::std::string::String> = $crate::fields::read_sqlx(row, index)?;
                    text.map(|t| <$ty as ::sea_orm::ActiveEnum>::try_from_value(&t)).transpose()
                }
                fn graphql(&self) -> ::async_graphql::Value {
                    ::async_graphql::InputType::to_value(self)
                }
                fn sql_json(expr: &str) -> ::core::option::Option<$crate::fields::SqlJson> {
                    ::core::option::Option::Some($crate::fields::enum_sql::<$ty>(expr))
                }
            }
        )*
    };
}

/// A selection as SQL: each response key once, at its first place, with how it is written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SqlSelection(pub(crate) Vec<(String, SqlJson)>);

impl SqlSelection {
    /// An SQL expression whose text is one row's JSON object, one `concat()` with the constant
    /// parts merged into as few literals as possible (each argument costs Postgres a call a
    /// row). Keys are GraphQL names (letters, digits and `_`, checked when the selection is
    /// made), so they go into the literals as they are.
    pub fn json_object(&self) -> String {
        let mut args: Vec<Cow<'_, str>> = Vec::new();
        let mut literal = String::new();
        for (i, (key, json)) in self.0.iter().enumerate() {
            literal.push(if i == 0 { '{' } else { ',' });
            literal.push('"');
            literal.push_str(key);
            literal.push_str("\":");
            match json {
                SqlJson::Quoted(expr) => {
                    literal.push('"');
                    args.push(Cow::Owned(format!("'{literal}'")));
                    args.push(Cow::Borrowed(expr.as_str()));
                    literal = String::from("\"");
                }
                SqlJson::QuotedOrNull(expr) => {
                    args.push(Cow::Owned(format!("'{literal}'")));
                    args.push(Cow::Owned(format!("coalesce('\"' || {expr} || '\"', 'null')")));
                    literal.clear();
                }
                SqlJson::Json(expr) => {
                    args.push(Cow::Owned(format!("'{literal}'")));
                    args.push(Cow::Borrowed(expr.as_str()));
                    literal.clear();
                }
            }
        }
        literal.push('}');
        args.push(Cow::Owned(format!("'{literal}'")));
        format!("concat({})", args.join(", "))
    }
}

/// A GraphQL name: `[_A-Za-z][_0-9A-Za-z]*`, safe inside an SQL literal.
pub(crate) fn is_graphql_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_ascii_alphabetic()) && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rows_json_is_one_concat_with_the_constant_parts_merged() {
        let selection = SqlSelection(vec![
            ("id".into(), SqlJson::Quoted("a.id".into())),
            ("state".into(), SqlJson::Quoted("a.state".into())),
            ("leadId".into(), SqlJson::QuotedOrNull("a.person_id".into())),
            ("done".into(), SqlJson::Json("a.done::text".into())),
        ]);
        assert_eq!(
            selection.json_object(),
            r#"concat('{"id":"', a.id, '","state":"', a.state, '","leadId":', coalesce('"' || a.person_id || '"', 'null'), ',"done":', a.done::text, '}')"#
        );
    }

    #[test]
    fn only_graphql_names_go_into_literals() {
        assert!(is_graphql_name("dueDate") && is_graphql_name("_key2"));
        assert!(!is_graphql_name("") && !is_graphql_name("2x") && !is_graphql_name("a'b") && !is_graphql_name("a\"b"));
    }
}
