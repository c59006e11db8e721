//! A request's life, the same for the gateway and for tests that run a domain's schema:
//! one transaction as `mosaic_app` with the viewer set for row-level security (its first
//! statement also reads the viewer's memberships), the batch run in order inside it with the
//! loaders driven by the request's own task, response keys put in the query's order, and a
//! commit at the end.

use std::sync::Arc;

use async_graphql::registry::Registry;
use async_graphql::{BatchRequest, BatchResponse, ObjectType, Schema, SubscriptionType};
use sea_orm::DatabaseConnection;

use crate::context::{Credential, RequestContext, Viewer};
use crate::db::{DbScope, ScopeSeal, begin_request};
use crate::directory::Directory;
use crate::error::{ApiError, ErrorCode, code_of};
use crate::events::SubscriptionViewer;
use crate::health::DatabaseHealth;
use crate::one_pass::ListBudget;
use crate::persisted::PersistedOperations;

/// A schema with what its requests run on.
pub struct Api<Q, M, S> {
    pub schema: Schema<Q, M, S>,
    pub db: DatabaseConnection,
    /// What each request's scope is sealed with.
    pub seal: ScopeSeal,
    pub directory: Arc<dyn Directory>,
    /// The schema's types, for putting response keys in the query's order.
    registry: Arc<Registry>,
    /// List items one operation may answer with (see [`ListBudget`]).
    max_list_items: usize,
    /// Whether the database is there: while it is not, requests fail at once.
    health: DatabaseHealth,
    /// How many aliases one operation may use (see [`alias_count`]).
    max_aliases: usize,
    /// How deep an operation's fields may nest, introspection aside (see [`depth`]).
    max_depth: usize,
    /// The clients' persisted operations.
    persisted: Arc<PersistedOperations>,
}

impl<Q, M, S> Clone for Api<Q, M, S> {
    fn clone(&self) -> Self {
        Self {
            schema: self.schema.clone(),
            db: self.db.clone(),
            seal: self.seal.clone(),
            directory: Arc::clone(&self.directory),
            registry: Arc::clone(&self.registry),
            max_list_items: self.max_list_items,
            health: self.health.clone(),
            max_aliases: self.max_aliases,
            max_depth: self.max_depth,
            persisted: Arc::clone(&self.persisted),
        }
    }
}

/// The types of a schema with these roots (async-graphql keeps its own registry private).
pub fn registry<Q: ObjectType, M: ObjectType, S: SubscriptionType>() -> Registry {
    let mut registry = Registry {
        query_type: Q::type_name().to_string(),
        mutation_type: (!M::is_empty()).then(|| M::type_name().to_string()),
        subscription_type: (!S::is_empty()).then(|| S::type_name().to_string()),
        ..Registry::default()
    };
    Q::create_type_info(&mut registry);
    if !M::is_empty() {
        M::create_type_info(&mut registry);
    }
    if !S::is_empty() {
        S::create_type_info(&mut registry);
    }
    registry
}

impl<Q, M, S> Api<Q, M, S>
where
    Q: ObjectType + 'static,
    M: ObjectType + 'static,
    S: SubscriptionType + 'static,
{
    pub fn new(schema: Schema<Q, M, S>, db: DatabaseConnection, seal: ScopeSeal, directory: Arc<dyn Directory>) -> Self {
        let limits = crate::config::Limits::default();
        Self {
            schema,
            db,
            seal,
            directory,
            registry: Arc::new(registry::<Q, M, S>()),
            max_list_items: limits.max_list_items,
            health: DatabaseHealth::default(),
            max_aliases: limits.max_aliases,
            max_depth: limits.max_depth,
            persisted: Arc::default(),
        }
    }

    /// Runs the persisted operations of a manifest (see `platform::persisted`).
    #[must_use]
    pub fn with_persisted(mut self, persisted: PersistedOperations) -> Self {
        self.persisted = Arc::new(persisted);
        self
    }

    /// Sets how deep an operation's fields may nest (introspection aside).
    #[must_use]
    pub fn with_max_depth(mut self, max: usize) -> Self {
        self.max_depth = max;
        self
    }

    /// Sets how many aliases one operation may use.
    #[must_use]
    pub fn with_max_aliases(mut self, max: usize) -> Self {
        self.max_aliases = max;
        self
    }

    /// Follows the database's state as the supervisor finds it.
    #[must_use]
    pub fn with_health(mut self, health: DatabaseHealth) -> Self {
        self.health = health;
        self
    }

    /// Sets how many list items one operation may answer with.
    #[must_use]
    pub fn with_max_list_items(mut self, max: usize) -> Self {
        self.max_list_items = max;
        self
    }

    /// The schema's types.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// Runs a batch for `viewer` in one transaction, in order. Each mutation works inside its
    /// own savepoint, so a failed one leaves nothing behind.
    pub async fn execute(&self, viewer: Option<Viewer>, batch: BatchRequest) -> BatchResponse {
        use tracing::Instrument;
        let span = request_span(viewer.as_ref(), &batch);
        self.execute_in_span(viewer, batch).instrument(span).await
    }

    async fn execute_in_span(&self, viewer: Option<Viewer>, mut batch: BatchRequest) -> BatchResponse {
        // Before anything parses a document: the parser recurses once per bracket.
        if batch.iter().any(|request| nests_too_deep(&request.query)) {
            let refused = || {
                let mut refused = too_nested();
                label_validation_errors(&mut refused);
                refused
            };
            return match batch {
                BatchRequest::Single(_) => BatchResponse::Single(refused()),
                BatchRequest::Batch(all) => BatchResponse::Batch(all.iter().map(|_| refused()).collect()),
            };
        }
        let read_only = only_queries(&mut batch);
        let scope = match &viewer {
            None => DbScope { read_only, ..DbScope::default() },
            Some(v) => match &v.credential {
                Credential::Token => DbScope { user_id: Some(v.user_id), read_only, ..DbScope::default() },
                Credential::ApiKey { workspace_id, role_cap, .. } => {
                    DbScope { user_id: Some(v.user_id), key_workspace: Some(*workspace_id), role_cap: Some(*role_cap), read_only }
                }
            },
        };
        // While the database is away, fail at once; and stop waiting for a connection the
        // moment it is found gone, rather than at the pool's timeout.
        if !self.health.is_up() {
            return failed(ApiError::Unavailable("the database is down".into()));
        }
        let begun = tokio::select! {
            begun = begin_request(&self.db, &self.seal, &scope) => begun,
            () = self.health.down() => return failed(ApiError::Unavailable("the database went down".into())),
        };
        let (tx, memberships) = match begun {
            Ok(begun) => begun,
            Err(e) => return failed(e.into()),
        };
        let tx = Arc::new(tx);
        let workspaces: Vec<String> = memberships.iter().take(16).map(|m| m.workspace_id.to_string()).collect();
        tracing::Span::current().record("mosaic.workspaces", workspaces.join(",").as_str());
        let context = RequestContext::new(viewer, Arc::clone(&tx), Arc::clone(&self.directory)).with_memberships(memberships);
        let tasks = context.tasks();
        let context = Arc::new(context);
        let mut response = tasks.drive(self.execute_in_order(batch.data(context))).await;
        match &mut response {
            BatchResponse::Single(r) => label_validation_errors(r),
            BatchResponse::Batch(rs) => rs.iter_mut().for_each(label_validation_errors),
        }
        // Loader tasks may hold the transaction for a moment after the last answer is in.
        let mut tx = tx;
        for _ in 0..1000 {
            match Arc::try_unwrap(tx) {
                // Nothing to keep: dropped, the transaction's rollback goes out with the
                // connection's next statement instead of a round trip of its own.
                Ok(owned) if read_only => {
                    drop(owned);
                    // What a failed COMMIT says for a write: the database went away during
                    // the request, so no part of its answer stands.
                    if lost_the_database(&response) {
                        return failed(ApiError::Unavailable("the database went away during the request".into()));
                    }
                    return response;
                }
                Ok(owned) => {
                    return match owned.commit().await {
                        Ok(()) => response,
                        Err(e) => failed(e.into()),
                    };
                }
                Err(shared) => {
                    tx = shared;
                    tokio::task::yield_now().await;
                }
            }
        }
        internal("the request transaction is still in use after the response")
    }

    /// Runs a batch's requests one after the other. async-graphql's own `execute_batch` runs
    /// them at once, which on one shared transaction would interleave their savepoints (a
    /// failed mutation could undo another's work) and leave a later request unsure to see an
    /// earlier one's writes.
    async fn execute_in_order(&self, batch: BatchRequest) -> BatchResponse {
        match batch {
            BatchRequest::Single(request) => BatchResponse::Single(self.execute_one(request).await),
            BatchRequest::Batch(requests) => {
                let mut responses = Vec::with_capacity(requests.len());
                for request in requests {
                    responses.push(self.execute_one(request).await);
                }
                BatchResponse::Batch(responses)
            }
        }
    }

    /// Executes one request and puts its response keys in the query's order (its batch was
    /// checked for documents nested too deep to parse, in `execute_in_span`).
    async fn execute_one(&self, mut request: async_graphql::Request) -> async_graphql::Response {
        if let Err(refused) = self.persisted.resolve(&mut request) {
            return async_graphql::Response::from_errors(vec![refused.into_server_error()]);
        }
        if let Some(refused) = refuse_unstorable(&mut request).or_else(|| self.refuse_over_limits(&mut request)) {
            return refused;
        }
        let document = request.parsed_query().ok().cloned();
        let operation = request.operation_name.clone();
        let mut response = self.schema.execute(request.data(ListBudget::new(self.max_list_items))).await;
        if let Some(document) = document {
            crate::order::response_in_query_order(&mut response, &self.registry, &document, operation.as_deref());
        }
        response
    }
}

impl<Q, M, S> Api<Q, M, S> {
    /// Refuses an operation with more aliases than allowed, or nested deeper, on the parse
    /// async-graphql then reuses (an extension would do the same but sit in the path of every
    /// field).
    fn refuse_over_limits(&self, request: &mut async_graphql::Request) -> Option<async_graphql::Response> {
        let document = request.parsed_query().ok()?;
        let message = if alias_count(document) > self.max_aliases {
            format!("a query may use at most {} aliases", self.max_aliases)
        } else if depth(document) > self.max_depth {
            // async-graphql's own words for its own depth limit.
            "Query is nested too deep.".to_owned()
        } else {
            return None;
        };
        Some(async_graphql::Response::from_errors(vec![async_graphql::ServerError::new(message, None)]))
    }
}

/// How deeply brackets (`{`, `[`, `(`) may nest in a document's text. async-graphql's parser
/// recurses once per level, and a literal nested a few hundred levels deep overflowed a
/// worker's stack and took the server down (the fuzz run's `settings: { a: { a: … } }`).
/// Far above what the depth limits let through: 12 levels of fields, 32 of input.
pub const MAX_DOCUMENT_NESTING: usize = 64;

/// Whether `text` nests brackets deeper than [`MAX_DOCUMENT_NESTING`], read as GraphQL's
/// lexer would (brackets inside strings, block strings and comments do not count), without
/// parsing it.
pub fn nests_too_deep(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                i += 3;
                while i < bytes.len() && !bytes[i..].starts_with(b"\"\"\"") {
                    i += if bytes[i..].starts_with(b"\\\"\"\"") { 4 } else { 1 };
                }
                i += 2;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' | b'[' | b'(' => {
                depth += 1;
                if depth > MAX_DOCUMENT_NESTING {
                    return true;
                }
            }
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    false
}

fn too_nested() -> async_graphql::Response {
    let message = format!("the document nests brackets more than {MAX_DOCUMENT_NESTING} levels deep");
    async_graphql::Response::from_errors(vec![async_graphql::ServerError::new(message, None)])
}

/// How many aliases a document uses, in its operations and fragments: a cap on them keeps one
/// request from asking for the same expensive field hundreds of times under new names (depth
/// and complexity count the field once per name, not per alias).
pub fn alias_count(document: &async_graphql::parser::types::ExecutableDocument) -> usize {
    use async_graphql::parser::types::{Selection, SelectionSet};
    fn count(set: &SelectionSet) -> usize {
        set.items
            .iter()
            .map(|item| match &item.node {
                Selection::Field(f) => usize::from(f.node.alias.is_some()) + count(&f.node.selection_set.node),
                Selection::InlineFragment(f) => count(&f.node.selection_set.node),
                Selection::FragmentSpread(_) => 0,
            })
            .sum()
    }
    let in_operations: usize = document.operations.iter().map(|(_, op)| count(&op.node.selection_set.node)).sum();
    in_operations + document.fragments.values().map(|f| count(&f.node.selection_set.node)).sum::<usize>()
}

/// The depth async-graphql's own limit is set to: above the API's (which [`depth`] counts), so
/// that it only backs it up, and deep enough for the introspection query GraphiQL and code
/// generators send (about 15 levels of `ofType`).
pub const INTROSPECTION_DEPTH: usize = 24;

/// How deep a document's fields nest, `__schema` and `__type` aside: introspection is the
/// schema describing itself, as deep as its types are, and no data lies under it.
pub fn depth(document: &async_graphql::parser::types::ExecutableDocument) -> usize {
    use async_graphql::parser::types::{Selection, SelectionSet};
    fn nested<'d>(
        set: &'d SelectionSet,
        document: &'d async_graphql::parser::types::ExecutableDocument,
        spreading: &mut Vec<&'d str>,
    ) -> usize {
        set.items
            .iter()
            .map(|item| match &item.node {
                Selection::Field(f) if matches!(f.node.name.node.as_str(), "__schema" | "__type") => 0,
                Selection::Field(f) => 1 + nested(&f.node.selection_set.node, document, spreading),
                Selection::InlineFragment(f) => nested(&f.node.selection_set.node, document, spreading),
                Selection::FragmentSpread(s) => {
                    let name = s.node.fragment_name.node.as_str();
                    // A cycle is validation's to refuse; here it just stops.
                    match document.fragments.get(&s.node.fragment_name.node) {
                        Some(fragment) if !spreading.contains(&name) => {
                            spreading.push(name);
                            let inner = nested(&fragment.node.selection_set.node, document, spreading);
                            spreading.pop();
                            inner
                        }
                        _ => 0,
                    }
                }
            })
            .max()
            .unwrap_or(0)
    }
    document.operations.iter().map(|(_, op)| nested(&op.node.selection_set.node, document, &mut Vec::new())).max().unwrap_or(0)
}

/// The API over graphql-ws: a subscription streams, anything else (a query or mutation sent
/// over the socket) runs as a request of the connection's viewer, in its own transaction.
/// Every response has its keys in the query's order, and a NUL in an input is refused.
impl<Q, M, S> async_graphql::Executor for Api<Q, M, S>
where
    Q: ObjectType + 'static,
    M: ObjectType + 'static,
    S: SubscriptionType + 'static,
{
    async fn execute(&self, request: async_graphql::Request) -> async_graphql::Response {
        single(self.execute(None, BatchRequest::Single(request)).await)
    }

    fn execute_stream(
        &self,
        mut request: async_graphql::Request,
        session_data: Option<Arc<async_graphql::Data>>,
    ) -> futures_util::stream::BoxStream<'static, async_graphql::Response> {
        use futures_util::StreamExt;
        if nests_too_deep(&request.query) {
            let mut refused = too_nested();
            label_validation_errors(&mut refused);
            return futures_util::stream::once(async move { refused }).boxed();
        }
        if let Err(refused) = self.persisted.resolve(&mut request) {
            let refused = async_graphql::Response::from_errors(vec![refused.into_server_error()]);
            return futures_util::stream::once(async move { refused }).boxed();
        }
        if let Some(mut refused) = refuse_unstorable(&mut request).or_else(|| self.refuse_over_limits(&mut request)) {
            label_validation_errors(&mut refused);
            return futures_util::stream::once(async move { refused }).boxed();
        }
        let session = session_data.unwrap_or_default();
        let viewer = session
            .get(&std::any::TypeId::of::<SubscriptionViewer>())
            .and_then(|v| v.downcast_ref::<SubscriptionViewer>())
            .and_then(|v| v.0.clone());
        let document = request.parsed_query().ok().cloned();
        let operation = request.operation_name.clone();
        let subscription = document.as_ref().is_some_and(|d| is_subscription(d, operation.as_deref()));
        if !subscription {
            let api = self.clone();
            return futures_util::stream::once(async move { single(api.execute(viewer, BatchRequest::Single(request)).await) }).boxed();
        }
        let registry = Arc::clone(&self.registry);
        self.schema
            .execute_stream_with_session_data(request, session)
            .map(move |mut response| {
                if let Some(document) = &document {
                    crate::order::response_in_query_order(&mut response, &registry, document, operation.as_deref());
                }
                response
            })
            .boxed()
    }
}

fn single(response: BatchResponse) -> async_graphql::Response {
    match response {
        BatchResponse::Single(one) => one,
        BatchResponse::Batch(mut all) => all.pop().unwrap_or_default(),
    }
}

/// Whether every request of a batch is a query (a document not yet parsable here, such as one
/// sent by hash, counts as a possible write).
fn only_queries(batch: &mut BatchRequest) -> bool {
    use async_graphql::parser::types::OperationType;
    batch.iter_mut().all(|request| {
        let operation = request.operation_name.clone();
        request.parsed_query().ok().and_then(|document| operation_type(document, operation.as_deref())) == Some(OperationType::Query)
    })
}

/// The type of the operation `name` (the only one when `None`) of `document`.
fn operation_type(
    document: &async_graphql::parser::types::ExecutableDocument,
    name: Option<&str>,
) -> Option<async_graphql::parser::types::OperationType> {
    use async_graphql::parser::types::DocumentOperations;
    let operation = match (&document.operations, name) {
        (DocumentOperations::Single(op), _) => Some(op),
        (DocumentOperations::Multiple(ops), Some(name)) => ops.get(name),
        (DocumentOperations::Multiple(ops), None) if ops.len() == 1 => ops.values().next(),
        _ => None,
    };
    operation.map(|op| op.node.ty)
}

/// Whether the operation `name` (the only one when `None`) of `document` is a subscription.
fn is_subscription(document: &async_graphql::parser::types::ExecutableDocument, name: Option<&str>) -> bool {
    operation_type(document, name) == Some(async_graphql::parser::types::OperationType::Subscription)
}

/// Errors async-graphql raises itself (parse, validation, limits) carry no code; give them the
/// one clients know, so every error a client sees has `extensions.code`.
pub fn label_validation_errors(response: &mut async_graphql::Response) {
    for error in &mut response.errors {
        let extensions = error.extensions.get_or_insert_with(Default::default);
        if extensions.get("code").is_none() {
            extensions.set("code", "GRAPHQL_VALIDATION_FAILED");
        }
    }
}

/// A request's span, for traces: the operation (its name, else its type), the user, and the
/// workspaces in reach (recorded once the request has begun). At a level the log's default
/// filter leaves off, so that it costs nothing unless traces are exported.
fn request_span(viewer: Option<&Viewer>, batch: &BatchRequest) -> tracing::Span {
    let (name, kind) = match batch {
        BatchRequest::Single(request) => {
            let kind = request.query.trim_start().split(|c: char| !c.is_alphabetic()).next().filter(|w| !w.is_empty()).unwrap_or("query");
            let kind = if kind == "mutation" || kind == "subscription" { kind } else { "query" };
            (request.operation_name.clone().unwrap_or_else(|| kind.to_owned()), kind)
        }
        BatchRequest::Batch(requests) => (format!("batch of {}", requests.len()), "batch"),
    };
    let user = viewer.map(|v| v.user_id.to_string()).unwrap_or_default();
    let key_workspace = match viewer.map(|v| &v.credential) {
        Some(Credential::ApiKey { workspace_id, .. }) => workspace_id.to_string(),
        _ => String::new(),
    };
    tracing::debug_span!(
        target: "mosaic::request",
        "graphql",
        otel.name = %format!("{kind} {name}"),
        graphql.operation.name = %name,
        graphql.operation.type = kind,
        enduser.id = %user,
        mosaic.api_key_workspace = %key_workspace,
        mosaic.workspaces = tracing::field::Empty,
    )
}

/// A failure before or after execution, answered `INTERNAL` (and logged).
pub fn internal(error: impl std::fmt::Debug) -> BatchResponse {
    failed(ApiError::internal(error))
}

/// A failure before or after execution (`INTERNAL`, or `UNAVAILABLE` when the database went
/// away), logged once by the conversion.
/// Whether a field of the response failed because the connection to the database was lost.
fn lost_the_database(response: &BatchResponse) -> bool {
    let lost = |r: &async_graphql::Response| r.errors.iter().any(|e| code_of(e) == Some(ErrorCode::Unavailable.as_str()));
    match response {
        BatchResponse::Single(one) => lost(one),
        BatchResponse::Batch(all) => all.iter().any(lost),
    }
}

fn failed(error: ApiError) -> BatchResponse {
    BatchResponse::Single(async_graphql::Response::from_errors(vec![error.into_server_error()]))
}

/// How deep lists and objects may nest in an input. JSON columns are read back with
/// serde_json, which stops at 128 levels, and the audit log nests a change two levels deeper
/// than the value changed: a value the API could store but never read again is refused here.
pub const MAX_INPUT_DEPTH: usize = 32;

/// Why an input value cannot be stored.
enum Unstorable {
    /// Postgres text cannot hold a NUL character.
    Nul,
    /// Nested deeper than [`MAX_INPUT_DEPTH`].
    TooDeep,
}

/// Refuses a request with an input Postgres could not keep: a NUL character (`\u0000`) in any
/// string or JSON key, or lists and objects nested deeper than [`MAX_INPUT_DEPTH`], in its
/// variables or its query's literal arguments. Every input of every domain is checked here,
/// once, and answered `BAD_USER_INPUT` naming where it is.
pub fn refuse_unstorable(request: &mut async_graphql::Request) -> Option<async_graphql::Response> {
    let mut path = Vec::new();
    let mut found = None;
    for (name, value) in request.variables.iter() {
        path.push(format!("${name}"));
        if let Some(why) = unstorable(value, &mut path, 0) {
            found = Some((path.join("."), why));
            break;
        }
        path.pop();
    }
    if found.is_none()
        && let Ok(document) = request.parsed_query()
    {
        found = unstorable_in_document(document);
    }
    let (at, why) = found?;
    let message = match why {
        Unstorable::Nul => format!("{at} contains a NUL character (\\u0000), which text cannot hold"),
        Unstorable::TooDeep => format!("{at} nests lists or objects more than {MAX_INPUT_DEPTH} levels deep"),
    };
    Some(async_graphql::Response::from_errors(vec![ApiError::BadUserInput(message).into_server_error()]))
}

fn unstorable(value: &async_graphql::Value, path: &mut Vec<String>, depth: usize) -> Option<Unstorable> {
    use async_graphql::Value;
    if matches!(value, Value::List(_) | Value::Object(_)) && depth >= MAX_INPUT_DEPTH {
        return Some(Unstorable::TooDeep);
    }
    let mut within = |key: String, item: &Value, key_has_nul: bool| {
        path.push(key);
        let found = if key_has_nul { Some(Unstorable::Nul) } else { unstorable(item, path, depth + 1) };
        if found.is_none() {
            path.pop();
        }
        found
    };
    match value {
        Value::String(s) if s.contains('\0') => Some(Unstorable::Nul),
        Value::List(items) => items.iter().enumerate().find_map(|(i, item)| within(i.to_string(), item, false)),
        Value::Object(map) => map.iter().find_map(|(key, item)| within(key.to_string(), item, key.contains('\0'))),
        _ => None,
    }
}

/// The first argument of the query (by field and argument name) with an unstorable literal.
fn unstorable_in_document(document: &async_graphql::parser::types::ExecutableDocument) -> Option<(String, Unstorable)> {
    use async_graphql::parser::types::{Selection, SelectionSet};
    fn in_set(set: &SelectionSet) -> Option<(String, Unstorable)> {
        for selection in &set.items {
            let found = match &selection.node {
                Selection::Field(field) => field
                    .node
                    .arguments
                    .iter()
                    .find_map(|(name, value)| {
                        // Variables are checked on their own; here only the literal parts count.
                        let literal = value.node.clone().into_const_with(|_| Ok::<_, ()>(async_graphql::Value::Null)).ok()?;
                        let why = unstorable(&literal, &mut Vec::new(), 0)?;
                        Some((format!("{}.{}", field.node.name.node, name.node), why))
                    })
                    .or_else(|| in_set(&field.node.selection_set.node)),
                Selection::InlineFragment(fragment) => in_set(&fragment.node.selection_set.node),
                Selection::FragmentSpread(_) => None,
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }
    document
        .operations
        .iter()
        .find_map(|(_, op)| {
            op.node
                .variable_definitions
                .iter()
                .find_map(|v| {
                    let why = unstorable(&v.node.default_value.as_ref()?.node, &mut Vec::new(), 0)?;
                    Some((format!("${}", v.node.name.node), why))
                })
                .or_else(|| in_set(&op.node.selection_set.node))
        })
        .or_else(|| document.fragments.values().find_map(|f| in_set(&f.node.selection_set.node)))
}

/// A request the server makes as a user, outside HTTP: the same transaction as `mosaic_app`
/// with the user set for row-level security, and the same context, as a request of theirs
/// would have. The demo data is made this way, through the services the API runs.
pub struct RequestAs {
    pub ctx: RequestContext,
    tx: Arc<sea_orm::DatabaseTransaction>,
}

impl RequestAs {
    /// Begins a request of `viewer` (signed in with a token) on the requests' pool `db`.
    pub async fn begin(db: &DatabaseConnection, seal: &ScopeSeal, viewer: Viewer, directory: Arc<dyn Directory>) -> Result<Self, ApiError> {
        let scope = DbScope { user_id: Some(viewer.user_id), ..DbScope::default() };
        let (tx, memberships) = begin_request(db, seal, &scope).await?;
        let tx = Arc::new(tx);
        let ctx = RequestContext::new(Some(viewer), Arc::clone(&tx), directory).with_memberships(memberships);
        Ok(Self { ctx, tx })
    }

    /// The context and the transaction, for a caller that commits it itself.
    pub fn into_parts(self) -> (RequestContext, Arc<sea_orm::DatabaseTransaction>) {
        (self.ctx, self.tx)
    }

    /// Commits the request's work, as the gateway does after a request succeeds.
    pub async fn commit(self) -> Result<(), ApiError> {
        let Self { ctx, tx } = self;
        drop(ctx);
        let tx = Arc::try_unwrap(tx).map_err(|_| ApiError::internal("the request's transaction is still shared"))?;
        tx.commit().await?;
        Ok(())
    }
}

impl std::ops::Deref for RequestAs {
    type Target = RequestContext;

    fn deref(&self) -> &RequestContext {
        &self.ctx
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_are_counted_as_the_lexer_reads_them() {
        let deep = |n: usize| format!("mutation {{ f(a: {}1{}) {{ id }} }}", "{ a: ".repeat(n), " }".repeat(n));
        assert!(!nests_too_deep(&deep(MAX_DOCUMENT_NESTING - 3)));
        assert!(nests_too_deep(&deep(MAX_DOCUMENT_NESTING)));
        assert!(nests_too_deep(&format!("{{ {}", "[".repeat(400))), "unclosed brackets count too");
        // Inside strings, block strings and comments, brackets are text.
        let quoted = "{".repeat(500);
        assert!(!nests_too_deep(&format!("{{ f(a: \"{quoted}\", b: \"\\\"{quoted}\") }}")));
        assert!(!nests_too_deep(&format!("{{ f(a: \"\"\"{quoted} \\\"\"\" {quoted}\"\"\") }}")));
        assert!(!nests_too_deep(&format!("# {quoted}\n{{ id }}")));
        // Odd endings do not trip it.
        for text in ["\"", "\"\"\"", "\"\\", "#", "{ \"\"\"\\\"\"\""] {
            assert!(!nests_too_deep(text));
        }
    }
}
