//! Relay connections with keyset cursors.
//!
//! Every list is ordered by one sort column and the row id as a tie-breaker; a cursor is the
//! base64 of that pair, so a page is an index seek whatever page it is, and pages stay stable
//! while rows are added.

use async_graphql::SimpleObject;
use async_graphql::connection::{Connection, Edge};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Select};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::error::ApiError;
use crate::rows::{ByPosition, FromRow};

pub const DEFAULT_PAGE_SIZE: u64 = 20;
pub const MAX_PAGE_SIZE: u64 = 100;

/// The Relay arguments of a connection field.
#[derive(Debug, Clone, Default)]
pub struct PageArgs {
    pub first: Option<i32>,
    pub after: Option<String>,
    pub last: Option<i32>,
    pub before: Option<String>,
}

impl PageArgs {
    pub fn new(after: Option<String>, before: Option<String>, first: Option<i32>, last: Option<i32>) -> Self {
        Self { first, after, last, before }
    }

    pub fn forward(first: u64) -> Self {
        Self { first: i32::try_from(first).ok(), ..Self::default() }
    }

    fn size(&self) -> Result<(u64, bool), ApiError> {
        let (n, backward) = match (self.first, self.last) {
            (Some(_), Some(_)) => return Err(ApiError::BadUserInput("pass `first` or `last`, not both".into())),
            (Some(n), None) => (n, false),
            (None, Some(n)) => (n, true),
            (None, None) => return Ok((DEFAULT_PAGE_SIZE, self.before.is_some() && self.after.is_none())),
        };
        let n = u64::try_from(n).map_err(|_| ApiError::BadUserInput("`first` and `last` cannot be negative".into()))?;
        if n > MAX_PAGE_SIZE {
            return Err(ApiError::BadUserInput(format!("a page holds at most {MAX_PAGE_SIZE} rows")));
        }
        Ok((n, backward))
    }
}

/// One page of rows with their cursors.
#[derive(Debug)]
pub struct Page<M> {
    pub edges: Vec<(String, M)>,
    pub has_next_page: bool,
    pub has_previous_page: bool,
    pub total_count: Option<u64>,
}

impl<M> Page<M> {
    pub fn map<N>(self, f: impl Fn(M) -> N) -> Page<N> {
        Page {
            edges: self.edges.into_iter().map(|(c, m)| (c, f(m))).collect(),
            has_next_page: self.has_next_page,
            has_previous_page: self.has_previous_page,
            total_count: self.total_count,
        }
    }
}

pub fn encode_cursor<V: Serialize>(sort: &V, id: Uuid) -> String {
    let json = serde_json::to_vec(&(sort, id)).unwrap_or_default();
    URL_SAFE_NO_PAD.encode(json)
}

pub fn decode_cursor<V: DeserializeOwned>(cursor: &str) -> Result<(V, Uuid), ApiError> {
    let bad = || ApiError::BadUserInput("the cursor is not one this list gave out".into());
    let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| bad())?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| bad())?;
    // A cursor is the client's text: a NUL inside it (which no row's key holds, Postgres text
    // cannot) would reach the database as a parameter and fail there.
    if holds_nul(&value) {
        return Err(bad());
    }
    serde_json::from_value(value).map_err(|_| bad())
}

fn holds_nul(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::String(s) => s.contains('\0'),
        serde_json::Value::Array(items) => items.iter().any(holds_nul),
        serde_json::Value::Object(map) => map.iter().any(|(k, v)| k.contains('\0') || holds_nul(v)),
        _ => false,
    }
}

/// How a list is sorted: the sort column, the id column, and the direction.
pub struct Keyset<E: EntityTrait> {
    pub sort: E::Column,
    pub id: E::Column,
    pub descending: bool,
}

/// Reads one page of `select` (already scoped and filtered) in keyset order, rows decoded by
/// position. `key` gives a row's sort value and id; `with_total` also counts every matching
/// row.
pub async fn keyset_page<E, V, C>(
    db: &C,
    select: Select<E>,
    keyset: Keyset<E>,
    args: &PageArgs,
    key: impl Fn(&E::Model) -> (V, Uuid),
    with_total: bool,
) -> Result<Page<E::Model>, ApiError>
where
    E: EntityTrait,
    E::Model: FromRow + Sized + Send + Sync,
    V: Serialize + DeserializeOwned + Into<sea_orm::Value>,
    C: ConnectionTrait,
{
    let (size, backward) = args.size()?;
    let total_count = if with_total { Some(select.clone().count(db).await?) } else { None };

    let mut cursor = select.cursor_by((keyset.sort, keyset.id)).into_model::<ByPosition<E::Model>>();
    if keyset.descending {
        cursor.desc();
    }
    if let Some(after) = &args.after {
        cursor.after(decode_cursor::<V>(after)?);
    }
    if let Some(before) = &args.before {
        cursor.before(decode_cursor::<V>(before)?);
    }
    // One extra row tells whether another page follows.
    if backward {
        cursor.last(size + 1);
    } else {
        cursor.first(size + 1);
    }
    let mut rows: Vec<E::Model> = cursor.all(db).await?.into_iter().map(|row| row.0).collect();
    let more = rows.len() as u64 > size;
    if more {
        if backward {
            rows.remove(0);
        } else {
            rows.truncate(size as usize);
        }
    }
    let edges = rows
        .into_iter()
        .map(|m| {
            let (sort, id) = key(&m);
            (encode_cursor(&sort, id), m)
        })
        .collect();
    let (has_next_page, has_previous_page) = if backward { (args.before.is_some(), more) } else { (more, args.after.is_some()) };
    Ok(Page { edges, has_next_page, has_previous_page, total_count })
}

/// Filters a select by `ids` and nothing else; the loaders' batch query.
pub fn by_ids<E: EntityTrait>(select: Select<E>, column: E::Column, ids: &[Uuid]) -> Select<E>
where
    E::Column: sea_orm::ColumnTrait,
{
    use sea_orm::ColumnTrait;
    select.filter(column.is_in(ids.iter().copied()))
}

/// The complexity of a connection field: its page size (`first` or `last`, 20 when neither is
/// given) times the complexity of what is selected in each row, so that nested lists multiply
/// as the work and the answer do.
pub fn page_complexity(first: Option<i32>, last: Option<i32>, child_complexity: usize) -> usize {
    let size = first.or(last).map_or(DEFAULT_PAGE_SIZE as usize, |n| usize::try_from(n).unwrap_or(0));
    list_complexity(size.min(MAX_PAGE_SIZE as usize), child_complexity)
}

/// The complexity of a list of at most `len` rows (`len` a count from the query or an
/// estimate of the list's usual length).
pub fn list_complexity(len: impl TryInto<usize>, child_complexity: usize) -> usize {
    let len: usize = len.try_into().unwrap_or(0);
    len.max(1).saturating_mul(child_complexity).min(COMPLEXITY_CEILING)
}

/// The most one field may weigh. async-graphql adds sibling fields' complexities with a plain
/// `+`, so a field saturated at `usize::MAX` next to any other overflowed (a panic in a debug
/// build, a wrap to a small number in release that would let the query through). Far above
/// any configured limit, and a body of at most a few million fields cannot add it up to
/// `usize::MAX`.
pub const COMPLEXITY_CEILING: usize = 1 << 40;

/// The extra field every connection carries.
#[derive(SimpleObject, Debug, Default)]
pub struct ConnectionTotal {
    /// How many rows match the filter, across all pages.
    pub total_count: i64,
}

/// A Relay connection as the schema exposes it, resolved in one pass (see `crate::one_pass`).
pub type RelayConnection<N> = crate::one_pass::Connection<N>;

/// Turns a page of rows into a GraphQL connection.
pub fn connection<N: crate::fields::PlainObject>(page: Page<N>) -> RelayConnection<N> {
    let total = ConnectionTotal { total_count: page.total_count.map_or(0, |t| i64::try_from(t).unwrap_or(i64::MAX)) };
    let mut conn = Connection::with_additional_fields(page.has_previous_page, page.has_next_page, total);
    conn.edges.extend(page.edges.into_iter().map(|(c, m)| Edge::new(c, m)));
    crate::one_pass::Connection::new(conn)
}

/// Whether the client asked for `totalCount`, so lists count rows only when it is wanted.
pub fn wants_total(ctx: &async_graphql::Context<'_>) -> bool {
    ctx.look_ahead().field("totalCount").exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips() {
        let id = Uuid::now_v7();
        let c = encode_cursor(&"2026-01-01T00:00:00Z", id);
        let (sort, back): (String, Uuid) = decode_cursor(&c).unwrap();
        assert_eq!((sort.as_str(), back), ("2026-01-01T00:00:00Z", id));
    }

    #[test]
    fn a_forged_cursor_is_bad_input() {
        assert!(matches!(decode_cursor::<String>("not-a-cursor"), Err(ApiError::BadUserInput(_))));
    }

    #[test]
    fn a_cursor_holding_a_nul_is_bad_input_before_any_sql() {
        let forged = URL_SAFE_NO_PAD.encode(br#"["\u0000", "00000000-0000-0000-0000-000000000000"]"#);
        assert!(matches!(decode_cursor::<String>(&forged), Err(ApiError::BadUserInput(_))));
        let fine = URL_SAFE_NO_PAD.encode(br#"["\\u0000", "00000000-0000-0000-0000-000000000000"]"#);
        assert!(decode_cursor::<String>(&fine).is_ok(), "an escaped backslash is text");
    }

    #[test]
    fn pages_are_bounded() {
        assert!(PageArgs::forward(101).size().is_err());
        assert!(PageArgs { first: Some(-1), ..Default::default() }.size().is_err());
        assert!(PageArgs { first: Some(1), last: Some(1), ..Default::default() }.size().is_err());
    }
}
