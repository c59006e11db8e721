//! Lists and connection pages resolved in one pass.
//!
//! async-graphql resolves every field of every object as its own boxed future, about a
//! microsecond each: for "50 leads, each with 10 actions" that was most of a request's time.
//! Yet most fields of a loaded row are plain ([`PlainObject`]): no arguments, no I/O, a column
//! turned into a value. Every list in the schema is one of two types that look at their
//! selection once and build the answer directly:
//!
//! - [`PlainList<T>`], a nested list (`Lead.actions`, `DailyPlan.items`), registered as `[T!]!`;
//! - [`Connection<T>`], a Relay connection page, registered exactly as async-graphql's own
//!   `Connection` (`edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`).
//!
//! For each row, a plain field is read by its accessor and `__typename` is the type's name;
//! any other field (a nested list, a related object, a field with arguments) is resolved as
//! async-graphql resolves it, all rows' at once so that their loaders batch, and put in its
//! place. The answer keeps the query's order of keys. Only a selection the engine does not
//! follow (a fragment on an interface, a custom directive, one response key selecting two
//! sub-selections) takes async-graphql's own path, which gives the
//! same answer field by field; `tests/one_pass.rs` in the gateway compares the two.
//!
//! Over HTTP the gateway marks the request [`PreRendered`] and writes its response with
//! [`write_response`]: a list is then rendered straight to JSON text and carried to the writer
//! as a `Value::Binary` (nothing else in the schema makes one), so no map is built, walked and
//! freed. Without the mark (graphql-ws, tests that execute the schema directly) the same pass
//! builds ordinary values.
//!
//! Further still, a nested list whose every selected field Postgres writes exactly as the API
//! does ([`sql_selection`]) is asked of the database as JSON text, and its rows are never
//! decoded at all ([`PlainList::rendered`], used by the loaders of `crate::loader`).
//!
//! The selection is read from async-graphql's parsed query (`Context::query_env`, public but
//! undocumented), one reason Cargo.lock holds async-graphql at 7.2.1. Plain fields are read
//! without async-graphql's per-field extension hooks; the server installs no extension (its
//! tracing spans are around requests, loaders and statements instead).

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use async_graphql::connection::{Connection as GraphqlConnection, EmptyFields, PageInfo};
use async_graphql::context::QueryEnv;
use async_graphql::indexmap::IndexMap;
use async_graphql::parser::types::{Field, Selection, SelectionSet};
use async_graphql::registry::Registry;
use async_graphql::resolver_utils::resolve_list;
use async_graphql::{BatchResponse, Context, ContextSelectionSet, Name, OutputType, Positioned, Response, ServerResult, Value};

use crate::fields::{Accessor, PlainObject, SqlJson, SqlSelection, is_graphql_name};
use crate::pagination::ConnectionTotal;

// ---- how lists were resolved, for /metrics ----

static ONE_PASS: AtomicU64 = AtomicU64::new(0);
static FIELD_BY_FIELD: AtomicU64 = AtomicU64::new(0);
static RENDERED_BY_DATABASE: AtomicU64 = AtomicU64::new(0);
static PAGES_ONE_PASS: AtomicU64 = AtomicU64::new(0);
static PAGES_FIELD_BY_FIELD: AtomicU64 = AtomicU64::new(0);

/// How lists were resolved since start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Nested lists built in one pass from loaded rows.
    pub one_pass: u64,
    /// Nested lists resolved field by field by async-graphql.
    pub field_by_field: u64,
    /// Nested lists rendered as JSON by the database.
    pub rendered_by_database: u64,
    /// Connection pages built in one pass.
    pub pages_one_pass: u64,
    /// Connection pages resolved field by field.
    pub pages_field_by_field: u64,
}

pub fn stats() -> Stats {
    Stats {
        one_pass: ONE_PASS.load(Ordering::Relaxed),
        field_by_field: FIELD_BY_FIELD.load(Ordering::Relaxed),
        rendered_by_database: RENDERED_BY_DATABASE.load(Ordering::Relaxed),
        pages_one_pass: PAGES_ONE_PASS.load(Ordering::Relaxed),
        pages_field_by_field: PAGES_FIELD_BY_FIELD.load(Ordering::Relaxed),
    }
}

/// Marks a request whose response is written by [`write_response`].
#[derive(Clone, Copy)]
pub struct PreRendered;

/// Marks a request whose lists take async-graphql's own path, field by field: the reference
/// the one-pass answers are compared with (`tests/one_pass.rs` in the gateway).
#[derive(Clone, Copy)]
pub struct FieldByField;

// ---- reading a selection ----

/// How one response key of a row is made.
enum Step<'q, T> {
    Plain(Accessor<T>),
    Typename,
    /// Resolved as async-graphql resolves the field.
    Resolve(&'q Positioned<Field>),
}

/// The response keys of a row's selection, each once, at its first place.
struct Plan<'q, T> {
    steps: Vec<(&'q Name, Step<'q, T>)>,
}

impl<T> Plan<'_, T> {
    fn resolves(&self) -> impl Iterator<Item = &Positioned<Field>> {
        self.steps.iter().filter_map(|(_, step)| match step {
            Step::Resolve(field) => Some(*field),
            _ => None,
        })
    }
}

/// Calls `visit` for each field selected on `type_name` in `set`, through fragments on that
/// type, in the query's order; false as soon as `visit` refuses one or the selection holds
/// something else (a custom directive, a fragment on another type). `@skip` and `@include`
/// are gone by now: async-graphql removes what they exclude before execution.
fn walk<'q>(query: &'q QueryEnv, set: &'q SelectionSet, type_name: &str, visit: &mut impl FnMut(&'q Positioned<Field>) -> bool) -> bool {
    for selection in &set.items {
        if !selection.node.directives().is_empty() {
            return false;
        }
        let followed = match &selection.node {
            Selection::Field(field) => visit(field),
            Selection::FragmentSpread(spread) => query.fragments.get(&spread.node.fragment_name.node).is_some_and(|fragment| {
                fragment.node.type_condition.node.on.node == type_name && walk(query, &fragment.node.selection_set.node, type_name, visit)
            }),
            Selection::InlineFragment(fragment) => {
                fragment.node.type_condition.as_ref().is_none_or(|c| c.node.on.node == type_name)
                    && walk(query, &fragment.node.selection_set.node, type_name, visit)
            }
        };
        if !followed {
            return false;
        }
    }
    true
}

fn is_leaf(field: &Field) -> bool {
    field.arguments.is_empty() && field.selection_set.node.items.is_empty()
}

/// The plan of a row's selection, or `None` when the engine does not follow it.
fn plan<'q, T: PlainObject>(query: &'q QueryEnv, set: &'q SelectionSet) -> Option<Plan<'q, T>> {
    let type_name = T::type_name();
    let mut steps: Vec<(&'q Name, Step<'q, T>)> = Vec::new();
    let followed = walk(query, set, &type_name, &mut |field| {
        let key = &field.node.response_key().node;
        let name = field.node.name.node.as_str();
        if let Some((_, step)) = steps.iter().find(|(k, _)| *k == key) {
            // A key selected again (`id id`, or through a fragment too) keeps its first place;
            // the engine does not merge two sub-selections under one key.
            return match step {
                Step::Resolve(_) => false,
                _ => is_leaf(&field.node),
            };
        }
        let step = if name == "__typename" {
            Step::Typename
        } else if is_leaf(&field.node)
            && let Some(accessor) = T::plain_field(name)
        {
            Step::Plain(accessor)
        } else {
            Step::Resolve(field)
        };
        steps.push((key, step));
        true
    });
    followed.then_some(Plan { steps })
}

// ---- building the answer ----

/// Where a pass writes: JSON text, or async-graphql values.
trait Out {
    fn begin_object(&mut self);
    fn key(&mut self, key: &Name);
    fn end_object(&mut self);
    fn begin_list(&mut self);
    fn end_list(&mut self);
    fn value(&mut self, value: Value);
    fn value_ref(&mut self, value: &Value);
}

/// JSON text, commas and all.
struct JsonOut {
    buf: Vec<u8>,
    /// Whether the container being written already holds an item.
    open: Vec<bool>,
}

impl JsonOut {
    fn new(capacity: usize) -> Self {
        Self { buf: Vec::with_capacity(capacity), open: Vec::new() }
    }

    fn item(&mut self) {
        if let Some(has_item) = self.open.last_mut() {
            if *has_item {
                self.buf.push(b',');
            }
            *has_item = true;
        }
    }

    fn finish(self) -> Value {
        Value::Binary(self.buf.into())
    }
}

impl Out for JsonOut {
    fn begin_object(&mut self) {
        self.item();
        self.buf.push(b'{');
        self.open.push(false);
    }
    fn key(&mut self, key: &Name) {
        self.item();
        write_str(&mut self.buf, key.as_str());
        self.buf.push(b':');
        // The value that follows belongs to this key: it must not write another comma.
        if let Some(has_item) = self.open.last_mut() {
            *has_item = false;
        }
    }
    fn end_object(&mut self) {
        self.open.pop();
        self.buf.push(b'}');
        self.after_value();
    }
    fn begin_list(&mut self) {
        self.item();
        self.buf.push(b'[');
        self.open.push(false);
    }
    fn end_list(&mut self) {
        self.open.pop();
        self.buf.push(b']');
        self.after_value();
    }
    fn value(&mut self, value: Value) {
        self.value_ref(&value);
    }
    fn value_ref(&mut self, value: &Value) {
        self.item();
        write_value(&mut self.buf, value);
        self.after_value();
    }
}

impl JsonOut {
    /// After a value inside an object, the object holds an item again.
    fn after_value(&mut self) {
        if let Some(has_item) = self.open.last_mut() {
            *has_item = true;
        }
    }
}

/// async-graphql values.
#[derive(Default)]
struct TreeOut {
    stack: Vec<Frame>,
    done: Option<Value>,
}

enum Frame {
    Object(IndexMap<Name, Value>, Option<Name>),
    List(Vec<Value>),
}

impl TreeOut {
    fn push(&mut self, value: Value) {
        match self.stack.last_mut() {
            Some(Frame::Object(map, key)) => {
                if let Some(key) = key.take() {
                    map.insert(key, value);
                }
            }
            Some(Frame::List(items)) => items.push(value),
            None => self.done = Some(value),
        }
    }

    fn finish(self) -> Value {
        self.done.unwrap_or_default()
    }
}

impl Out for TreeOut {
    fn begin_object(&mut self) {
        self.stack.push(Frame::Object(IndexMap::new(), None));
    }
    fn key(&mut self, key: &Name) {
        if let Some(Frame::Object(_, slot)) = self.stack.last_mut() {
            *slot = Some(key.clone());
        }
    }
    fn end_object(&mut self) {
        if let Some(Frame::Object(map, _)) = self.stack.pop() {
            self.push(Value::Object(map));
        }
    }
    fn begin_list(&mut self) {
        self.stack.push(Frame::List(Vec::new()));
    }
    fn end_list(&mut self) {
        if let Some(Frame::List(items)) = self.stack.pop() {
            self.push(Value::List(items));
        }
    }
    fn value(&mut self, value: Value) {
        self.push(value);
    }
    fn value_ref(&mut self, value: &Value) {
        self.push(value.clone());
    }
}

/// The fields of every row that the engine resolves as async-graphql would, all at once so
/// their loaders batch: `[row][resolve step]`, `None` where the field failed (its error is
/// recorded, and the key left out, as async-graphql does). `rows` gives each row's context.
async fn resolve_fields<T: PlainObject>(rows: &[ContextSelectionSet<'_>], items: &[&T], plan: &Plan<'_, T>) -> Vec<Vec<Option<Value>>> {
    let fields: Vec<&Positioned<Field>> = plan.resolves().collect();
    if fields.is_empty() {
        return vec![Vec::new(); items.len()];
    }
    let Some(first) = rows.first() else { return Vec::new() };
    // What ordering each field's value needs is the same for every row: worked out once.
    let registry = &first.schema_env.registry;
    let walk = crate::order::Walk { registry, fragments: &first.query_env.fragments };
    let type_name = T::type_name();
    let types: Vec<Option<&str>> = fields.iter().map(|f| crate::order::field_type(registry, &type_name, f)).collect();
    let contexts: Vec<Context<'_>> = rows.iter().flat_map(|row| fields.iter().map(move |f| row.with_field(f))).collect();
    let futures = contexts.iter().enumerate().map(|(i, ctx)| {
        let (item, field) = (items[i / fields.len()], i % fields.len());
        let (walk, ty) = (&walk, types[field]);
        async move {
            match item.resolve_field(ctx).await {
                Ok(value) => {
                    let mut value = value.unwrap_or_default();
                    if let Some(ty) = ty {
                        walk.value(&mut value, ty, &[&ctx.item.node.selection_set.node]);
                    }
                    Some(value)
                }
                Err(error) => {
                    ctx.add_error(error);
                    None
                }
            }
        }
    });
    let mut flat = join(futures).await.into_iter();
    items.iter().map(|_| flat.by_ref().take(fields.len()).collect()).collect()
}

/// Runs futures together, polling each that has not finished on every wake-up: for the few
/// dozen a page holds, cheaper than `join_all`'s `FuturesOrdered` (a task and a queue entry
/// each), and like it, every future registers its loader keys on its first poll.
async fn join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    use futures_util::future::MaybeDone;
    let mut all: Vec<std::pin::Pin<Box<MaybeDone<F>>>> = futures.map(|f| Box::pin(MaybeDone::Future(f))).collect();
    std::future::poll_fn(|cx| {
        let mut done = true;
        for future in &mut all {
            if future.as_mut().poll(cx).is_pending() {
                done = false;
            }
        }
        if done { std::task::Poll::Ready(()) } else { std::task::Poll::Pending }
    })
    .await;
    all.iter_mut().filter_map(|f| f.as_mut().take_output()).collect()
}

/// Writes one row as its plan says.
fn write_row<T: PlainObject, O: Out>(out: &mut O, item: &T, plan: &Plan<'_, T>, resolved: Vec<Option<Value>>) {
    let mut resolved = resolved.into_iter();
    // As async-graphql does, an object none of whose fields came out is `null`.
    let any = plan.steps.iter().any(|(_, s)| !matches!(s, Step::Resolve(_)));
    let values: Vec<Option<Value>> =
        plan.steps.iter().filter(|(_, s)| matches!(s, Step::Resolve(_))).map(|_| resolved.next().flatten()).collect();
    if !any && values.iter().all(Option::is_none) {
        out.value(Value::Null);
        return;
    }
    let mut values = values.into_iter();
    out.begin_object();
    for (key, step) in &plan.steps {
        match step {
            Step::Plain(accessor) => {
                out.key(key);
                out.value(accessor(item));
            }
            Step::Typename => {
                out.key(key);
                out.value(Value::String(T::type_name().into_owned()));
            }
            Step::Resolve(_) => {
                if let Some(value) = values.next().flatten() {
                    out.key(key);
                    out.value(value);
                }
            }
        }
    }
    out.end_object();
}

/// Resolves `items` (rows selected by `rows[i]`) and writes them as a list.
async fn write_rows<T: PlainObject, O: Out>(out: &mut O, rows: &[ContextSelectionSet<'_>], items: &[&T], plan: &Plan<'_, T>) {
    let resolved = resolve_fields(rows, items, plan).await;
    out.begin_list();
    for (item, values) in items.iter().zip(resolved) {
        write_row(out, *item, plan, values);
    }
    out.end_list();
}

// ---- how many items an operation may answer ----

/// How many list items (nested list items and connection edges, counted where they appear in
/// the response) one operation may answer with.
///
/// The static limits (depth, complexity, aliases) count the fields of a query; nested lists
/// multiply. `contentPrompt { weeklySummary { contentPrompts { weeklySummary { contentPrompts
/// … } } } }` is a valid query of a dozen fields whose answer grows as the power of the list's
/// length: the fuzz run found one that took 9 s. Every list spends its items here as it
/// resolves, and past the budget its field fails with `LIMIT_EXCEEDED`, so the work an
/// operation can ask for is bounded whatever the shape of the data.
pub struct ListBudget {
    left: std::sync::atomic::AtomicUsize,
    max: usize,
}

impl ListBudget {
    pub fn new(max: usize) -> Self {
        Self { left: std::sync::atomic::AtomicUsize::new(max), max }
    }

    /// Takes `items` from the operation's budget (when it has one: a schema executed without
    /// the request lifecycle has none).
    fn spend(ctx: &ContextSelectionSet<'_>, items: usize) -> ServerResult<()> {
        let Some(budget) = ctx.data_opt::<Self>() else { return Ok(()) };
        let taken = budget.left.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| left.checked_sub(items));
        if taken.is_err() {
            let message =
                format!("the answer would hold more than {} list items; ask for fewer (smaller `first`, fewer nested lists)", budget.max);
            return Err(crate::error::ApiError::LimitExceeded(message).into_server_error());
        }
        Ok(())
    }
}

// ---- nested lists ----

/// A nested list field's value, resolved in one pass when its selection allows it. Registered
/// as `[T!]!`.
pub struct PlainList<T> {
    items: Vec<T>,
    /// The list as JSON text already, made by the database, and how many items it holds.
    rendered: Option<(Value, usize)>,
}

impl<T> PlainList<T> {
    pub fn new(items: Vec<T>) -> Self {
        Self { items, rendered: None }
    }

    /// A list of `len` items the database rendered as JSON for a [`sql_selection`].
    pub fn rendered(json: String, len: usize) -> Self {
        RENDERED_BY_DATABASE.fetch_add(1, Ordering::Relaxed);
        Self { items: Vec::new(), rendered: Some((Value::Binary(json.into_bytes().into()), len)) }
    }
}

impl<T: PlainObject> OutputType for PlainList<T> {
    fn type_name() -> Cow<'static, str> {
        <Vec<T> as OutputType>::type_name()
    }

    fn qualified_type_name() -> String {
        <Vec<T> as OutputType>::qualified_type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        <Vec<T> as OutputType>::create_type_info(registry)
    }

    async fn resolve(&self, ctx: &ContextSelectionSet<'_>, field: &Positioned<Field>) -> ServerResult<Value> {
        if let Some((rendered, len)) = &self.rendered {
            ListBudget::spend(ctx, *len)?;
            return Ok(rendered.clone());
        }
        ListBudget::spend(ctx, self.items.len())?;
        let plan = if ctx.data_opt::<FieldByField>().is_some() { None } else { plan::<T>(ctx.query_env, &ctx.item.node) };
        let Some(plan) = plan else {
            FIELD_BY_FIELD.fetch_add(1, Ordering::Relaxed);
            return resolve_list(ctx, field, self.items.iter(), Some(self.items.len())).await;
        };
        ONE_PASS.fetch_add(1, Ordering::Relaxed);
        let items: Vec<&T> = self.items.iter().collect();
        let rows: Vec<ContextSelectionSet<'_>> =
            if plan.resolves().next().is_some() { (0..items.len()).map(|i| ctx.with_index(i)).collect() } else { Vec::new() };
        if ctx.data_opt::<PreRendered>().is_some() {
            let mut out = JsonOut::new(64 + items.len() * plan.steps.len() * 32);
            write_rows(&mut out, &rows, &items, &plan).await;
            Ok(out.finish())
        } else {
            let mut out = TreeOut::default();
            write_rows(&mut out, &rows, &items, &plan).await;
            Ok(out.finish())
        }
    }
}

/// The selection of the list field `ctx` resolves, as SQL over rows aliased `row`, when the
/// response is written by [`write_response`] and Postgres can write every selected field of
/// `T` exactly as the API would.
pub fn sql_selection<T: PlainObject>(ctx: &Context<'_>, row: &str) -> Option<Arc<SqlSelection>> {
    ctx.data_opt::<PreRendered>()?;
    if ctx.data_opt::<FieldByField>().is_some() {
        return None;
    }
    // Every parent's list of one field of the query has the same selection: worked out once.
    let place = ctx.item as *const Positioned<Field> as usize;
    match ctx.data_opt::<Arc<crate::context::RequestContext>>() {
        Some(request) => request.selection::<T>(place, || make_sql_selection::<T>(ctx, row)),
        None => make_sql_selection::<T>(ctx, row),
    }
}

fn make_sql_selection<T: PlainObject>(ctx: &Context<'_>, row: &str) -> Option<Arc<SqlSelection>> {
    let type_name = T::type_name();
    if !is_graphql_name(&type_name) {
        return None;
    }
    let mut fields: Vec<(String, SqlJson)> = Vec::new();
    let complete = walk(ctx.query_env, &ctx.item.node.selection_set.node, &type_name, &mut |field| {
        let key = field.node.response_key().node.as_str();
        if !is_leaf(&field.node) || !is_graphql_name(key) {
            return false;
        }
        let json = match field.node.name.node.as_str() {
            // The type's name is a GraphQL name too: it goes in as a literal.
            "__typename" => SqlJson::Quoted(format!("'{type_name}'")),
            name => match T::sql_field(name, row) {
                Some(json) => json,
                None => return false,
            },
        };
        if !fields.iter().any(|(k, _)| k == key) {
            fields.push((key.to_owned(), json));
        }
        true
    });
    (complete && !fields.is_empty()).then(|| Arc::new(SqlSelection(fields)))
}

// ---- connection pages ----

type Inner<T> = GraphqlConnection<String, T, ConnectionTotal, EmptyFields>;

/// A Relay connection page, resolved in one pass when its selection allows it. Registered
/// exactly as async-graphql's `Connection<String, T, ConnectionTotal>`.
pub struct Connection<T: PlainObject> {
    inner: Inner<T>,
}

impl<T: PlainObject> Connection<T> {
    pub fn new(inner: Inner<T>) -> Self {
        Self { inner }
    }
}

/// How one response key of a connection is made.
enum PageStep<'q, T> {
    Typename,
    TotalCount,
    Edges(&'q Positioned<Field>, Vec<(&'q Name, EdgeStep<'q, T>)>),
    Nodes(&'q Positioned<Field>, Plan<'q, T>),
    PageInfo(Vec<(&'q Name, InfoStep)>),
}

enum EdgeStep<'q, T> {
    Typename,
    Cursor,
    Node(&'q Positioned<Field>, Plan<'q, T>),
}

#[derive(Clone, Copy)]
enum InfoStep {
    Typename,
    HasPreviousPage,
    HasNextPage,
    StartCursor,
    EndCursor,
}

/// Reads a sub-selection into `(key, step)`s, each key once; a key selected again is fine for
/// a leaf, and for a second sub-selection only when `merge` takes it into the first's step.
fn plan_keys<'q, S>(
    query: &'q QueryEnv,
    set: &'q SelectionSet,
    type_name: &str,
    mut step: impl FnMut(&'q Positioned<Field>) -> Option<S>,
    mut merge: impl FnMut(&mut S, &'q Positioned<Field>) -> bool,
) -> Option<Vec<(&'q Name, S)>> {
    let mut steps: Vec<(&'q Name, S)> = Vec::new();
    let mut with_selection: Vec<&'q Name> = Vec::new();
    let followed = walk(query, set, type_name, &mut |field| {
        let key = &field.node.response_key().node;
        if let Some((_, first)) = steps.iter_mut().find(|(k, _)| *k == key) {
            if !with_selection.contains(&key) {
                return is_leaf(&field.node);
            }
            return merge(first, field);
        }
        match step(field) {
            Some(s) => {
                if !field.node.selection_set.node.items.is_empty() {
                    with_selection.push(key);
                }
                steps.push((key, s));
                true
            }
            None => false,
        }
    });
    followed.then_some(steps)
}

fn edge_type<T: PlainObject>() -> Cow<'static, str> {
    <async_graphql::connection::Edge<String, T, EmptyFields> as OutputType>::type_name()
}

impl<T: PlainObject> OutputType for Connection<T> {
    fn type_name() -> Cow<'static, str> {
        <Inner<T> as OutputType>::type_name()
    }

    fn qualified_type_name() -> String {
        <Inner<T> as OutputType>::qualified_type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        <Inner<T> as OutputType>::create_type_info(registry)
    }

    async fn resolve(&self, ctx: &ContextSelectionSet<'_>, field: &Positioned<Field>) -> ServerResult<Value> {
        ListBudget::spend(ctx, self.inner.edges.len())?;
        let planned = if ctx.data_opt::<FieldByField>().is_some() { None } else { Self::plan(ctx.query_env, &ctx.item.node) };
        let Some(steps) = planned else {
            PAGES_FIELD_BY_FIELD.fetch_add(1, Ordering::Relaxed);
            return OutputType::resolve(&self.inner, ctx, field).await;
        };
        PAGES_ONE_PASS.fetch_add(1, Ordering::Relaxed);
        if ctx.data_opt::<PreRendered>().is_some() {
            let mut out = JsonOut::new(256 + self.inner.edges.len() * 256);
            self.write(&mut out, ctx, &steps).await;
            Ok(out.finish())
        } else {
            let mut out = TreeOut::default();
            self.write(&mut out, ctx, &steps).await;
            Ok(out.finish())
        }
    }
}

impl<T: PlainObject> Connection<T> {
    /// The plan of a page's selection, or `None` when the engine does not follow it.
    fn plan<'q>(query: &'q QueryEnv, set: &'q SelectionSet) -> Option<Vec<(&'q Name, PageStep<'q, T>)>> {
        let edge = edge_type::<T>();
        let page_info = |set: &'q SelectionSet| {
            plan_keys(
                query,
                set,
                "PageInfo",
                |f| {
                    Some(match f.node.name.node.as_str() {
                        "__typename" => InfoStep::Typename,
                        "hasPreviousPage" => InfoStep::HasPreviousPage,
                        "hasNextPage" => InfoStep::HasNextPage,
                        "startCursor" => InfoStep::StartCursor,
                        "endCursor" => InfoStep::EndCursor,
                        _ => return None,
                    })
                },
                |_, _| false,
            )
        };
        // `pageInfo` selected twice (a fragment and the query, say) merges its leaves.
        let merge = |first: &mut PageStep<'q, T>, again: &'q Positioned<Field>| match (first, again.node.name.node.as_str()) {
            (PageStep::PageInfo(steps), "pageInfo") => match page_info(&again.node.selection_set.node) {
                Some(more) => {
                    for (key, step) in more {
                        if !steps.iter().any(|(k, _)| *k == key) {
                            steps.push((key, step));
                        }
                    }
                    true
                }
                None => false,
            },
            _ => false,
        };
        plan_keys(
            query,
            set,
            &Self::type_name(),
            |field| match field.node.name.node.as_str() {
                "__typename" => Some(PageStep::Typename),
                "totalCount" => Some(PageStep::TotalCount),
                "edges" => {
                    let steps = plan_keys(
                        query,
                        &field.node.selection_set.node,
                        &edge,
                        |f| match f.node.name.node.as_str() {
                            "__typename" => Some(EdgeStep::Typename),
                            "cursor" => Some(EdgeStep::Cursor),
                            "node" => plan::<T>(query, &f.node.selection_set.node).map(|p| EdgeStep::Node(f, p)),
                            _ => None,
                        },
                        |_, _| false,
                    )?;
                    // One node selection an edge: its fields are resolved once for all rows.
                    (steps.iter().filter(|(_, s)| matches!(s, EdgeStep::Node(..))).count() <= 1).then_some(PageStep::Edges(field, steps))
                }
                "nodes" => plan::<T>(query, &field.node.selection_set.node).map(|p| PageStep::Nodes(field, p)),
                "pageInfo" => page_info(&field.node.selection_set.node).map(PageStep::PageInfo),
                _ => None,
            },
            merge,
        )
    }

    async fn write<O: Out>(&self, out: &mut O, ctx: &ContextSelectionSet<'_>, steps: &[(&Name, PageStep<'_, T>)]) {
        let edges = &self.inner.edges;
        let items: Vec<&T> = edges.iter().map(|e| &e.node).collect();
        let cursor = |c: Option<&String>| c.map_or(Value::Null, |c| Value::String(c.clone()));
        out.begin_object();
        for (key, step) in steps {
            match step {
                PageStep::Typename => {
                    out.key(key);
                    out.value(Value::String(Self::type_name().into_owned()));
                }
                PageStep::TotalCount => {
                    out.key(key);
                    out.value(Value::from(self.inner.additional_fields.total_count));
                }
                PageStep::PageInfo(info) => {
                    let page = PageInfo {
                        has_previous_page: self.inner.has_previous_page,
                        has_next_page: self.inner.has_next_page,
                        start_cursor: edges.first().map(|e| e.cursor.clone()),
                        end_cursor: edges.last().map(|e| e.cursor.clone()),
                    };
                    out.key(key);
                    out.begin_object();
                    for (key, step) in info {
                        out.key(key);
                        out.value(match step {
                            InfoStep::Typename => Value::String("PageInfo".into()),
                            InfoStep::HasPreviousPage => Value::Boolean(page.has_previous_page),
                            InfoStep::HasNextPage => Value::Boolean(page.has_next_page),
                            InfoStep::StartCursor => cursor(page.start_cursor.as_ref()),
                            InfoStep::EndCursor => cursor(page.end_cursor.as_ref()),
                        });
                    }
                    out.end_object();
                }
                PageStep::Nodes(nodes, plan) => {
                    let list = ctx.with_field(nodes);
                    let list = list.with_selection_set(&nodes.node.selection_set);
                    let rows: Vec<ContextSelectionSet<'_>> =
                        if plan.resolves().next().is_some() { (0..items.len()).map(|i| list.with_index(i)).collect() } else { Vec::new() };
                    out.key(key);
                    write_rows(out, &rows, &items, plan).await;
                }
                PageStep::Edges(edges_field, edge_steps) => {
                    let node = edge_steps.iter().find_map(|(_, s)| match s {
                        EdgeStep::Node(f, plan) => Some((*f, plan)),
                        _ => None,
                    });
                    let resolved = match node {
                        Some((node_field, plan)) if plan.resolves().next().is_some() => {
                            let list = ctx.with_field(edges_field);
                            let list = list.with_selection_set(&edges_field.node.selection_set);
                            let edge_rows: Vec<ContextSelectionSet<'_>> = (0..items.len()).map(|i| list.with_index(i)).collect();
                            let node_fields: Vec<Context<'_>> = edge_rows.iter().map(|e| e.with_field(node_field)).collect();
                            let rows: Vec<ContextSelectionSet<'_>> =
                                node_fields.iter().map(|f| f.with_selection_set(&node_field.node.selection_set)).collect();
                            resolve_fields(&rows, &items, plan).await
                        }
                        _ => vec![Vec::new(); items.len()],
                    };
                    out.key(key);
                    out.begin_list();
                    for (edge, values) in edges.iter().zip(resolved) {
                        out.begin_object();
                        let mut values = Some(values);
                        for (key, step) in edge_steps {
                            out.key(key);
                            match step {
                                EdgeStep::Typename => out.value(Value::String(edge_type::<T>().into_owned())),
                                EdgeStep::Cursor => out.value(Value::String(edge.cursor.clone())),
                                EdgeStep::Node(_, plan) => write_row(out, &edge.node, plan, values.take().unwrap_or_default()),
                            }
                        }
                        out.end_object();
                    }
                    out.end_list();
                }
            }
        }
        out.end_object();
    }
}

// ---- writing a response ----

fn write_str(out: &mut Vec<u8>, s: &str) {
    // serde_json's escaping, so the text is what serializing the value would have made.
    let _ = serde_json::to_writer(&mut *out, s);
}

/// Writes a value as JSON; a `Binary` value is JSON text already and goes in as it is.
fn write_value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Boolean(true) => out.extend_from_slice(b"true"),
        Value::Boolean(false) => out.extend_from_slice(b"false"),
        Value::Number(n) => {
            let _ = serde_json::to_writer(&mut *out, n);
        }
        Value::String(s) => write_str(out, s),
        Value::Enum(name) => write_str(out, name.as_str()),
        Value::Binary(json) => out.extend_from_slice(json),
        Value::List(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(out, item);
            }
            out.push(b']');
        }
        Value::Object(map) => {
            out.push(b'{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_str(out, key.as_str());
                out.push(b':');
                write_value(out, item);
            }
            out.push(b'}');
        }
    }
}

fn write_one(out: &mut Vec<u8>, response: &Response) {
    // The shape of async-graphql's own `Serialize` for `Response`.
    out.extend_from_slice(b"{\"data\":");
    write_value(out, &response.data);
    if !response.extensions.is_empty() {
        out.extend_from_slice(b",\"extensions\":");
        let _ = serde_json::to_writer(&mut *out, &response.extensions);
    }
    if !response.errors.is_empty() {
        out.extend_from_slice(b",\"errors\":");
        let _ = serde_json::to_writer(&mut *out, &response.errors);
    }
    out.push(b'}');
}

/// The response body of a request marked [`PreRendered`].
pub fn write_response(response: &BatchResponse) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 * 1024);
    match response {
        BatchResponse::Single(one) => write_one(&mut out, one),
        BatchResponse::Batch(all) => {
            out.push(b'[');
            for (i, one) in all.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_one(&mut out, one);
            }
            out.push(b']');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_out_puts_commas_between_items_and_none_after_keys() {
        let mut out = JsonOut::new(0);
        out.begin_list();
        for i in 0..2 {
            out.begin_object();
            out.key(&Name::new("a"));
            out.value(Value::from(i));
            out.key(&Name::new("b"));
            out.begin_list();
            out.value(Value::Null);
            out.value(Value::Boolean(true));
            out.end_list();
            out.key(&Name::new("c"));
            out.begin_object();
            out.end_object();
            out.end_object();
        }
        out.end_list();
        let Value::Binary(bytes) = out.finish() else { panic!("not binary") };
        assert_eq!(std::str::from_utf8(&bytes).unwrap(), r#"[{"a":0,"b":[null,true],"c":{}},{"a":1,"b":[null,true],"c":{}}]"#);
    }

    #[test]
    fn tree_out_builds_the_same_value() {
        let mut out = TreeOut::default();
        out.begin_object();
        out.key(&Name::new("z"));
        out.value(Value::from(1));
        out.key(&Name::new("a"));
        out.begin_list();
        out.value(Value::Null);
        out.end_list();
        out.end_object();
        let Value::Object(map) = out.finish() else { panic!("not an object") };
        assert_eq!(map.keys().map(Name::as_str).collect::<Vec<_>>(), ["z", "a"]);
        assert_eq!(map["a"], Value::List(vec![Value::Null]));
    }
}
