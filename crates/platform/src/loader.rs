//! The loaders every nested field reads through: one statement per batch, whatever the number
//! of rows, within the viewer's workspaces.
//!
//! - [`by_id`]: rows of a table by id (`Action.lead`, `DailyPlanItem.action`).
//! - [`children`]: the first N rows of each parent, in an order (`Lead.actions`,
//!   `WeeklySummary.contentPrompts`), declared in a line each with [`child_list!`](crate::child_list).
//!   When the response is written as JSON and Postgres can write every selected field as the
//!   API would, the lists come back as JSON text made by the database and no row is decoded.
//!
//! Each loader is made once per request ([`RequestContext::loader`]) on the request's
//! transaction, already scoped to the viewer by row-level security, and filters every batch by
//! the viewer's workspaces as well.

use std::collections::HashMap;
use std::hash::Hash;
use std::marker::PhantomData;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use sea_orm::sea_query::{Alias, Asterisk, Condition, Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, IdenStatic, Order, QueryFilter, QueryOrder, QueryTrait};
use uuid::Uuid;

use crate::context::RequestContext;
use crate::error::ApiError;
use crate::fields::{PlainObject, SqlSelection};
use crate::one_pass::{PlainList, sql_selection};
use crate::tenancy::{Keyed, KeyedRow, TenantEntity};

/// What every loader reads with: the request's transaction and the viewer's workspaces.
#[derive(Clone)]
pub struct Scope {
    db: Arc<DatabaseTransaction>,
    workspaces: Arc<[Uuid]>,
}

type LoadError = Arc<ApiError>;

/// A failed batch, as the field that waited for it answers it.
fn field_error(error: LoadError) -> async_graphql::Error {
    match Arc::try_unwrap(error) {
        Ok(api) => api.into(),
        Err(shared) => ApiError::Internal(format!("{shared:?}")).into(),
    }
}

fn load_error(error: sea_orm::DbErr) -> LoadError {
    Arc::new(ApiError::from(error))
}

/// The request's loader of type `L`, made on first use with the viewer's workspaces.
async fn loader<L, K>(
    ctx: &async_graphql::Context<'_>,
    make: impl FnOnce(Scope) -> L,
) -> async_graphql::Result<Arc<async_graphql::dataloader::DataLoader<L>>>
where
    L: Loader<K> + Send + Sync + 'static,
    K: Send + Sync + Hash + Eq + Clone + 'static,
{
    let request = RequestContext::of(ctx)?;
    let workspaces = request.workspace_ids().await?;
    Ok(request.loader(move |db| make(Scope { db, workspaces })))
}

// ---- rows by id ----

/// Rows of `E` by id, one `id IN (…)` statement per batch.
pub struct ById<E>(Scope, PhantomData<fn() -> E>);

impl<E: TenantEntity> Loader<Uuid> for ById<E> {
    type Value = E::Model;
    type Error = LoadError;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let select = E::find()
            .filter(E::workspace_column().is_in(self.0.workspaces.iter().copied()))
            .filter(E::id_column().is_in(keys.iter().copied()));
        let rows = crate::rows::all(self.0.db.as_ref(), select).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|row| (row.id(), row)).collect())
    }
}

/// A row of `E` by id through the request's loader; `None` for a missing row or another
/// tenant's.
pub async fn by_id<E: TenantEntity>(ctx: &async_graphql::Context<'_>, id: Uuid) -> async_graphql::Result<Option<E::Model>> {
    loader(ctx, |scope| ById::<E>(scope, PhantomData)).await?.load_one(id).await.map_err(field_error)
}

/// Rows of a global table (users, catalogues) by id, as row-level security lets the viewer
/// see them: one `id IN (…)` statement per batch.
pub struct GlobalById<E>(Scope, PhantomData<fn() -> E>);

impl<E: Keyed> Loader<Uuid> for GlobalById<E> {
    type Value = E::Model;
    type Error = LoadError;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let select = E::find().filter(E::id_column().is_in(keys.iter().copied()));
        let rows = crate::rows::all(self.0.db.as_ref(), select).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|row| (row.id(), row)).collect())
    }
}

/// A row of the global table `E` by id through the request's loader; `None` when it is
/// missing or the viewer may not see it.
pub async fn global_by_id<E: Keyed>(ctx: &async_graphql::Context<'_>, id: Uuid) -> async_graphql::Result<Option<E::Model>> {
    loader(ctx, |scope| GlobalById::<E>(scope, PhantomData)).await?.load_one(id).await.map_err(field_error)
}

// ---- the first rows of each parent ----

/// How many rows a nested list shows: 0 to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct First(u64);

impl First {
    pub const MAX: i32 = 100;

    pub fn parse(first: i32) -> Result<Self, ApiError> {
        match u64::try_from(first) {
            Ok(n) if first <= Self::MAX => Ok(Self(n)),
            _ => Err(ApiError::BadUserInput(format!("first must be between 0 and {}", Self::MAX))),
        }
    }

    /// Every row, up to the most a list shows.
    pub fn all() -> Self {
        Self(Self::MAX as u64)
    }

    pub fn get(self) -> u64 {
        self.0
    }
}

/// Narrows a child list (a lead's actions in some states, say). `()` narrows nothing.
pub trait ChildFilter<E: EntityTrait>: Clone + Eq + Hash + Send + Sync + 'static {
    fn condition(&self) -> Condition;
}

impl<E: EntityTrait> ChildFilter<E> for () {
    fn condition(&self) -> Condition {
        Condition::all()
    }
}

/// A nested list: the rows of `Entity` whose `parent` column holds the parent's id, in
/// `order` (which ends with a unique column, so pages are stable). Declared with
/// [`child_list!`](crate::child_list).
pub trait ChildList: Send + Sync + 'static {
    type Entity: TenantEntity<Model: PlainObject>;
    type Filter: ChildFilter<Self::Entity>;
    fn parent() -> <Self::Entity as EntityTrait>::Column;
    fn order() -> Vec<(<Self::Entity as EntityTrait>::Column, Order)>;
}

/// Declares a nested list in a line:
///
/// ```ignore
/// platform::child_list! {
///     /// A lead's actions, oldest first.
///     pub LeadActions = actions::Entity by PersonId, order [CreatedAt asc, Id asc], filter ActionStates;
/// }
/// ```
///
/// `filter` is optional (a [`ChildFilter`] of the entity); the order ends with a unique column.
#[macro_export]
macro_rules! child_list {
    ($(#[$meta:meta])* $vis:vis $name:ident = $entity:ty, by $parent:ident, order [$($col:ident $dir:ident),+ $(,)?] $(, filter $filter:ty)? $(;)?) => {
        $(#[$meta])*
        $vis struct $name;

        impl $crate::loader::ChildList for $name {
            type Entity = $entity;
            type Filter = $crate::child_list!(@filter $($filter)?);
            fn parent() -> <$entity as ::sea_orm::EntityTrait>::Column {
                <$entity as ::sea_orm::EntityTrait>::Column::$parent
            }
            fn order() -> ::std::vec::Vec<(<$entity as ::sea_orm::EntityTrait>::Column, ::sea_orm::Order)> {
                ::std::vec![$((<$entity as ::sea_orm::EntityTrait>::Column::$col, $crate::loader::direction(stringify!($dir)))),+]
            }
        }
    };
    (@filter) => { () };
    (@filter $filter:ty) => { $filter };
}

/// `asc` or `desc`, as [`child_list!`](crate::child_list) writes them.
pub fn direction(word: &str) -> Order {
    if word.eq_ignore_ascii_case("desc") { Order::Desc } else { Order::Asc }
}

/// One parent's rows: at most `first`, narrowed by `filter`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ChildKey<F> {
    pub parent: Uuid,
    pub first: First,
    pub filter: F,
}

/// The rows of many parents' lists, ranked: one statement for any number of parents.
fn ranked<L: ChildList>(scope: &Scope, parents: &[Uuid], filter: &L::Filter) -> SelectStatement {
    let table = L::Entity::default();
    let order: Vec<String> = L::order()
        .into_iter()
        .map(|(column, dir)| format!("\"{}\" {}", column.as_str(), if matches!(dir, Order::Desc) { "DESC" } else { "ASC" }))
        .collect();
    let rank = format!("row_number() OVER (PARTITION BY \"{}\" ORDER BY {})", L::parent().as_str(), order.join(", "));
    Query::select()
        .column((table, Asterisk))
        .expr_as(Expr::cust(rank), Alias::new("rn"))
        .from(table)
        .and_where(<L::Entity as TenantEntity>::workspace_column().is_in(scope.workspaces.iter().copied()))
        .and_where(L::parent().is_in(parents.iter().copied()))
        .cond_where(filter.condition())
        .to_owned()
}

/// The rows of `L` for many parents, decoded.
async fn load_rows<L: ChildList>(
    scope: &Scope,
    parents: &[Uuid],
    first: First,
    filter: &L::Filter,
) -> Result<Vec<<L::Entity as EntityTrait>::Model>, sea_orm::DbErr> {
    if parents.is_empty() || first.get() == 0 {
        return Ok(Vec::new());
    }
    // The rows come out of the ranked subquery named like the table, so that the entity's own
    // select (its columns in order, enums cast to text) reads them.
    let mut select = <L::Entity as EntityTrait>::find();
    QueryTrait::query(&mut select).from_clear().from_subquery(ranked::<L>(scope, parents, filter), L::Entity::default());
    let mut select = select.filter(Expr::col(Alias::new("rn")).lte(first.get())).order_by_asc(L::parent());
    for (column, dir) in L::order() {
        select = select.order_by(column, dir);
    }
    crate::rows::all(scope.db.as_ref(), select).await
}

/// The rows of `L` for many parents, as each parent's JSON list made by Postgres, with its
/// length.
async fn load_json<L: ChildList>(
    scope: &Scope,
    parents: &[Uuid],
    first: First,
    filter: &L::Filter,
    selection: &SqlSelection,
) -> Result<HashMap<Uuid, (String, usize)>, sea_orm::DbErr> {
    if parents.is_empty() || first.get() == 0 {
        return Ok(HashMap::new());
    }
    let order: Vec<String> = L::order()
        .into_iter()
        .map(|(column, dir)| format!("a.\"{}\" {}", column.as_str(), if matches!(dir, Order::Desc) { "DESC" } else { "ASC" }))
        .collect();
    let list = format!("'[' || string_agg({}, ',' ORDER BY {}) || ']'", selection.json_object(), order.join(", "));
    let row = Alias::new("a");
    let query = Query::select()
        .expr(Expr::col((row.clone(), Alias::new(L::parent().as_str()))))
        .expr_as(Expr::cust(list), Alias::new("items"))
        .expr_as(Expr::cust("count(*)"), Alias::new("len"))
        .from_subquery(ranked::<L>(scope, parents, filter), row.clone())
        .and_where(Expr::col((row.clone(), Alias::new("rn"))).lte(first.get()))
        .group_by_col((row, Alias::new(L::parent().as_str())))
        .to_owned();
    let db = scope.db.as_ref();
    let rows = db.query_all_raw(db.get_database_backend().build(&query)).await?;
    let mut lists = HashMap::with_capacity(rows.len());
    for row in rows {
        let parent: Uuid = row.try_get_by_index(0)?;
        let items: String = row.try_get_by_index(1)?;
        let len: i64 = row.try_get_by_index(2)?;
        lists.insert(parent, (items, usize::try_from(len).unwrap_or(usize::MAX)));
    }
    Ok(lists)
}

/// The rows of a child list, one statement per distinct (`first`, filter) in the batch.
pub struct Children<L: ChildList>(Scope, PhantomData<fn() -> L>);

impl<L: ChildList> Loader<ChildKey<L::Filter>> for Children<L> {
    type Value = Vec<<L::Entity as EntityTrait>::Model>;
    type Error = LoadError;

    async fn load(&self, keys: &[ChildKey<L::Filter>]) -> Result<HashMap<ChildKey<L::Filter>, Self::Value>, Self::Error> {
        let mut groups: HashMap<(First, &L::Filter), Vec<Uuid>> = HashMap::new();
        for key in keys {
            groups.entry((key.first, &key.filter)).or_default().push(key.parent);
        }
        let mut found = HashMap::with_capacity(keys.len());
        for ((first, filter), parents) in groups {
            let rows = load_rows::<L>(&self.0, &parents, first, filter).await.map_err(load_error)?;
            let parent_of = |row: &<L::Entity as EntityTrait>::Model| parent_id::<L>(row);
            let mut by_parent: HashMap<Uuid, Vec<_>> = HashMap::new();
            for row in rows {
                if let Some(parent) = parent_of(&row) {
                    by_parent.entry(parent).or_default().push(row);
                }
            }
            for parent in parents {
                found.insert(ChildKey { parent, first, filter: filter.clone() }, by_parent.remove(&parent).unwrap_or_default());
            }
        }
        Ok(found)
    }
}

/// A row's parent id: the value of the list's parent column.
fn parent_id<L: ChildList>(row: &<L::Entity as EntityTrait>::Model) -> Option<Uuid> {
    use sea_orm::ModelTrait;
    match row.get(L::parent()) {
        sea_orm::Value::Uuid(Some(id)) => Some(id),
        _ => None,
    }
}

/// A child list as JSON for one selection.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ChildJsonKey<F> {
    pub list: ChildKey<F>,
    pub selection: SameSelection,
}

/// A selection compared and hashed by identity: within a request, every parent's list of one
/// field shares one (see `RequestContext::selection`), so a batch groups by a pointer, not by
/// the text of its SQL.
#[derive(Debug, Clone)]
pub struct SameSelection(pub Arc<SqlSelection>);

impl PartialEq for SameSelection {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SameSelection {}

impl std::hash::Hash for SameSelection {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::ptr::hash(Arc::as_ptr(&self.0), state);
    }
}

/// The keys of a batch one statement serves: the same `first`, filter and selection.
type JsonGroup<'k, F> = (First, &'k F, &'k SameSelection);

/// The lists of a child list rendered by Postgres: one statement per distinct (`first`,
/// filter, selection) in the batch.
pub struct ChildrenJson<L: ChildList>(Scope, PhantomData<fn() -> L>);

impl<L: ChildList> Loader<ChildJsonKey<L::Filter>> for ChildrenJson<L> {
    type Value = (String, usize);
    type Error = LoadError;

    async fn load(&self, keys: &[ChildJsonKey<L::Filter>]) -> Result<HashMap<ChildJsonKey<L::Filter>, Self::Value>, Self::Error> {
        let mut groups: HashMap<JsonGroup<'_, L::Filter>, Vec<&ChildJsonKey<L::Filter>>> = HashMap::new();
        for key in keys {
            groups.entry((key.list.first, &key.list.filter, &key.selection)).or_default().push(key);
        }
        let mut found = HashMap::with_capacity(keys.len());
        for ((first, filter, selection), group) in groups {
            let parents: Vec<Uuid> = group.iter().map(|k| k.list.parent).collect();
            let mut lists = load_json::<L>(&self.0, &parents, first, filter, &selection.0).await.map_err(load_error)?;
            for key in group {
                found.insert(key.clone(), lists.remove(&key.list.parent).unwrap_or_else(|| ("[]".to_owned(), 0)));
            }
        }
        Ok(found)
    }
}

/// The value of a nested list field: `parent`'s first `first` rows of `L` narrowed by
/// `filter`, through the request's loaders; rendered by Postgres when the selection allows.
pub async fn children<L: ChildList>(
    ctx: &async_graphql::Context<'_>,
    parent: Uuid,
    first: First,
    filter: L::Filter,
) -> async_graphql::Result<PlainList<<L::Entity as EntityTrait>::Model>> {
    let list = ChildKey { parent, first, filter };
    if let Some(selection) = sql_selection::<<L::Entity as EntityTrait>::Model>(ctx, "a") {
        let key = ChildJsonKey { list, selection: SameSelection(selection) };
        let json = loader(ctx, |scope| ChildrenJson::<L>(scope, PhantomData)).await?.load_one(key).await.map_err(field_error)?;
        let (json, len) = json.unwrap_or_else(|| ("[]".to_owned(), 0));
        return Ok(PlainList::rendered(json, len));
    }
    let rows = loader(ctx, |scope| Children::<L>(scope, PhantomData)).await?.load_one(list).await.map_err(field_error)?;
    Ok(PlainList::new(rows.unwrap_or_default()))
}
