//! Nested lists of plain objects, resolved in one pass.
//!
//! async-graphql resolves every field of every object as its own boxed future in a
//! `FuturesUnordered`, about a microsecond each: for "50 leads, each with 10 actions" that is
//! most of a request's time. Yet most fields of a loaded row are plain: no arguments, no I/O,
//! just a column turned into a value.
//!
//! A list field that returns [`PlainList`] looks at its selection once. When every selected
//! field of the item type is plain (or `__typename`), possibly through fragments on that type,
//! it builds the answer directly: one map per row, filled by the fields' accessors. Anything
//! else in the selection (a field with arguments, a nested object, a custom directive) falls
//! back to async-graphql's own list resolution, so the answer is the same either way; the CRM's
//! tests compare the two paths field by field. The schema does not change: a `PlainList<T>` is
//! registered as `[T!]!`.
//!
//! Over HTTP the one-pass path goes further: the gateway marks the request [`PreRendered`] and
//! writes the response with [`write_response`], so a plain list is rendered straight to JSON
//! text and carried to the writer as a `Value::Binary` (no maps, no value tree to build, walk
//! and free). Nothing else in the schema makes a `Binary` value. Without the mark (graphql-ws,
//! tests that execute the schema directly) the list is built as ordinary values.
//!
//! Further still, a type whose plain fields Postgres can write exactly as async-graphql would
//! (ids, enums, dates, text, booleans; not timestamps, whose fractional seconds the two write
//! differently) implements [`SqlPlainObject`]. Its list resolver asks [`sql_selection`] for the
//! selection as SQL and, when there is one, has the database write the list's JSON text, so the
//! rows are never decoded at all ([`PlainList::rendered`]). The text is made with one
//! `concat()` a row: on the leads benchmark's 500 actions `json_build_object` took Postgres
//! about twice as long (EXPLAIN ANALYZE: 1.6 ms against 0.8 ms for building the lists).
//!
//! The selection is read from async-graphql's parsed query (`Context::query_env`, public but
//! undocumented), one reason Cargo.lock holds async-graphql at 7.2.1; `tests/one_pass.rs` in the
//! gateway would show a change there.

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use async_graphql::context::QueryEnv;
use async_graphql::parser::types::{Field, Selection, SelectionSet};
use async_graphql::registry::Registry;
use async_graphql::resolver_utils::resolve_list;
use async_graphql::{BatchResponse, Context, ContextSelectionSet, Name, OutputType, Positioned, Response, ServerResult, Value};

/// An object type some of whose fields are plain.
pub trait PlainObject: OutputType {
    /// The accessor of the plain field called `name` in the schema; `None` for any field that
    /// takes arguments, reads anything, or returns an object.
    fn plain_field(name: &str) -> Option<Accessor<Self>>;
}

/// A list field's value, resolved in one pass when its selection allows it.
pub struct PlainList<T> {
    items: Vec<T>,
    /// The list as JSON text already, made by the database.
    rendered: Option<async_graphql::Value>,
}

impl<T> PlainList<T> {
    pub fn new(items: Vec<T>) -> Self {
        Self { items, rendered: None }
    }

    /// A list the database rendered as JSON for a [`sql_selection`].
    pub fn rendered(json: String) -> Self {
        RENDERED_BY_DATABASE.fetch_add(1, Ordering::Relaxed);
        Self { items: Vec::new(), rendered: Some(Value::Binary(json.into())) }
    }
}

static ONE_PASS: AtomicU64 = AtomicU64::new(0);
static FALLBACK: AtomicU64 = AtomicU64::new(0);
static RENDERED_BY_DATABASE: AtomicU64 = AtomicU64::new(0);

/// How plain lists were resolved since start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Built in one pass from loaded rows.
    pub one_pass: u64,
    /// Resolved field by field by async-graphql.
    pub field_by_field: u64,
    /// Rendered as JSON by the database.
    pub rendered_by_database: u64,
}

pub fn stats() -> Stats {
    Stats {
        one_pass: ONE_PASS.load(Ordering::Relaxed),
        field_by_field: FALLBACK.load(Ordering::Relaxed),
        rendered_by_database: RENDERED_BY_DATABASE.load(Ordering::Relaxed),
    }
}

/// Reads one plain field of a loaded object.
pub type Accessor<T> = fn(&T) -> Value;

type Plan<T> = Vec<(Name, Accessor<T>)>;

fn typename<T: OutputType>(_: &T) -> Value {
    Value::String(T::type_name().into_owned())
}

/// Calls `field` for each field selected on `type_name` in `set`, through fragments; false as
/// soon as `field` refuses one, or something else is there (a custom directive, a fragment on
/// another type).
fn walk(query: &QueryEnv, set: &SelectionSet, type_name: &str, field: &mut impl FnMut(&Field) -> bool) -> bool {
    for selection in &set.items {
        // @skip and @include are gone by now; any other directive takes the general path.
        if !selection.node.directives().is_empty() {
            return false;
        }
        let done = match &selection.node {
            Selection::Field(f) => {
                let f = &f.node;
                f.arguments.is_empty() && f.selection_set.node.items.is_empty() && field(f)
            }
            Selection::FragmentSpread(spread) => query.fragments.get(&spread.node.fragment_name.node).is_some_and(|fragment| {
                fragment.node.type_condition.node.on.node == type_name && walk(query, &fragment.node.selection_set.node, type_name, field)
            }),
            Selection::InlineFragment(fragment) => {
                fragment.node.type_condition.as_ref().is_none_or(|c| c.node.on.node == type_name)
                    && walk(query, &fragment.node.selection_set.node, type_name, field)
            }
        };
        if !done {
            return false;
        }
    }
    true
}

/// The accessors of the selection, or `None` when one field is not plain.
fn compile<T: PlainObject>(ctx: &ContextSelectionSet<'_>) -> Option<Plan<T>> {
    let mut plan = Plan::new();
    let type_name = T::type_name();
    let complete = walk(ctx.query_env, &ctx.item.node, &type_name, &mut |field| {
        let accessor = match field.name.node.as_str() {
            "__typename" => typename::<T>,
            name => match T::plain_field(name) {
                Some(accessor) => accessor,
                None => return false,
            },
        };
        plan.push((field.response_key().node.clone(), accessor));
        true
    });
    complete.then_some(plan)
}

/// An object type whose plain fields Postgres can write exactly as async-graphql does.
pub trait SqlPlainObject: PlainObject {
    /// How Postgres writes the field called `name` as JSON, over the table's row; `None` for a
    /// field the database would write differently.
    fn sql_field(name: &str) -> Option<SqlJson>;
}

/// How a column becomes JSON text in Postgres.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SqlJson {
    /// Text that needs quotes and no escaping (a uuid, an enum label, an ISO date), never NULL.
    Quoted(Cow<'static, str>),
    /// The same, NULL written as `null`.
    QuotedOrNull(&'static str),
    /// Text that is its own JSON (a boolean's `true`), never NULL.
    Bare(&'static str),
    /// An expression that writes the JSON itself, escaping and `null` included.
    Json(&'static str),
}

/// A selection as SQL: each response key once, at its first place, with how it is written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SqlSelection(Vec<(String, SqlJson)>);

impl SqlSelection {
    /// An SQL expression whose text is one row's JSON object, one `concat()` with the constant
    /// parts merged into as few literals as possible (each argument costs Postgres a call a row).
    /// Keys (and the type name `__typename` stands for) are GraphQL names, letters, digits and
    /// `_`, as [`sql_selection`] checks, so they go into the literals as they are.
    pub fn json_object(&self) -> String {
        let mut args: Vec<String> = Vec::new();
        let mut literal = String::new();
        for (i, (key, json)) in self.0.iter().enumerate() {
            literal.push(if i == 0 { '{' } else { ',' });
            literal.push_str(&format!("\"{key}\":"));
            let expr = match json {
                SqlJson::Quoted(expr) => {
                    literal.push('"');
                    args.push(format!("'{literal}'"));
                    args.push(expr.to_string());
                    literal = String::from("\"");
                    continue;
                }
                SqlJson::QuotedOrNull(expr) => format!("coalesce('\"' || {expr} || '\"', 'null')"),
                SqlJson::Bare(expr) | SqlJson::Json(expr) => (*expr).to_owned(),
            };
            args.push(format!("'{literal}'"));
            args.push(expr);
            literal.clear();
        }
        literal.push('}');
        args.push(format!("'{literal}'"));
        format!("concat({})", args.join(", "))
    }
}

/// The selection of the list field `ctx` resolves, as SQL, when the request's response is
/// written by [`write_response`] and every selected field of `T` has an SQL expression.
pub fn sql_selection<T: SqlPlainObject>(ctx: &Context<'_>) -> Option<Arc<SqlSelection>> {
    ctx.data_opt::<PreRendered>()?;
    let type_name = T::type_name();
    if !is_plain_name(&type_name) {
        return None;
    }
    let mut fields: Vec<(String, SqlJson)> = Vec::new();
    let complete = walk(ctx.query_env, &ctx.item.node.selection_set.node, &type_name, &mut |field| {
        let key = field.response_key().node.as_str();
        let json = match field.name.node.as_str() {
            // The type's name is a GraphQL name too: it goes in as a literal.
            "__typename" => SqlJson::Quoted(Cow::Owned(format!("'{type_name}'"))),
            name => match T::sql_field(name) {
                Some(json) => json,
                None => return false,
            },
        };
        if !is_plain_name(key) {
            return false;
        }
        if !fields.iter().any(|(k, _)| k == key) {
            fields.push((key.to_owned(), json));
        }
        true
    });
    (complete && !fields.is_empty()).then(|| Arc::new(SqlSelection(fields)))
}

/// A GraphQL name: `[_A-Za-z][_0-9A-Za-z]*`.
fn is_plain_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_ascii_alphabetic()) && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

impl<T: PlainObject + Send + Sync> OutputType for PlainList<T> {
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
        if let Some(rendered) = &self.rendered {
            return Ok(rendered.clone());
        }
        let Some(plan) = compile::<T>(ctx) else {
            FALLBACK.fetch_add(1, Ordering::Relaxed);
            return resolve_list(ctx, field, self.items.iter(), Some(self.items.len())).await;
        };
        ONE_PASS.fetch_add(1, Ordering::Relaxed);
        if ctx.data_opt::<PreRendered>().is_some() {
            return Ok(Value::Binary(render(&self.items, &plan).into()));
        }
        let objects = self
            .items
            .iter()
            .map(|item| {
                // A key selected twice (`id id`, or through a fragment too) keeps its first place.
                Value::Object(plan.iter().map(|(key, accessor)| (key.clone(), accessor(item))).collect())
            })
            .collect();
        Ok(Value::List(objects))
    }
}

/// A scalar's or an enum's value, as async-graphql itself makes it (`InputType::to_value` is
/// what its output of scalars and enums comes to).
pub fn value<T: async_graphql::InputType>(field: T) -> Value {
    field.to_value()
}

/// A text column's value, `null` when absent.
pub fn text(field: Option<&str>) -> Value {
    field.map_or(Value::Null, |s| Value::String(s.to_owned()))
}

/// Marks a request whose response is written by [`write_response`].
#[derive(Clone, Copy)]
pub struct PreRendered;

/// The list as JSON text: `[{"key":value,…},…]`.
fn render<T>(items: &[T], plan: &Plan<T>) -> Vec<u8> {
    // Each response key once, at its first place; its JSON form made once for all rows.
    let mut fields: Vec<(Vec<u8>, Accessor<T>)> = Vec::with_capacity(plan.len());
    for (key, accessor) in plan {
        let key = json_string(key.as_str());
        if !fields.iter().any(|(k, _)| *k == key) {
            fields.push((key, *accessor));
        }
    }
    let mut out = Vec::with_capacity(2 + items.len() * fields.len() * 32);
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.push(b'{');
        for (j, (key, accessor)) in fields.iter().enumerate() {
            if j > 0 {
                out.push(b',');
            }
            out.extend_from_slice(key);
            out.push(b':');
            write_value(&mut out, &accessor(item));
        }
        out.push(b'}');
    }
    out.push(b']');
    out
}

fn json_string(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    write_str(&mut out, s);
    out
}

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
    fn a_rows_json_is_one_concat_with_the_constant_parts_merged() {
        let selection = SqlSelection(vec![
            ("id".into(), SqlJson::Quoted("a.id".into())),
            ("state".into(), SqlJson::Quoted("a.state".into())),
            ("leadId".into(), SqlJson::QuotedOrNull("a.person_id")),
            ("done".into(), SqlJson::Bare("a.done::text")),
        ]);
        assert_eq!(
            selection.json_object(),
            r#"concat('{"id":"', a.id, '","state":"', a.state, '","leadId":', coalesce('"' || a.person_id || '"', 'null'), ',"done":', a.done::text, '}')"#
        );
    }

    #[test]
    fn only_graphql_names_go_into_literals() {
        assert!(is_plain_name("dueDate") && is_plain_name("_key2"));
        assert!(!is_plain_name("") && !is_plain_name("2x") && !is_plain_name("a'b") && !is_plain_name("a\"b"));
    }
}
