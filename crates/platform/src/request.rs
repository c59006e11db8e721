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
use crate::db::{DbScope, begin_request};
use crate::directory::Directory;
use crate::error::ApiError;

/// A schema with what its requests run on.
pub struct Api<Q, M, S> {
    pub schema: Schema<Q, M, S>,
    pub db: DatabaseConnection,
    pub directory: Arc<dyn Directory>,
    /// The schema's types, for putting response keys in the query's order.
    registry: Arc<Registry>,
}

impl<Q, M, S> Clone for Api<Q, M, S> {
    fn clone(&self) -> Self {
        Self {
            schema: self.schema.clone(),
            db: self.db.clone(),
            directory: Arc::clone(&self.directory),
            registry: Arc::clone(&self.registry),
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
    pub fn new(schema: Schema<Q, M, S>, db: DatabaseConnection, directory: Arc<dyn Directory>) -> Self {
        Self { schema, db, directory, registry: Arc::new(registry::<Q, M, S>()) }
    }

    /// The schema's types.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// Runs a batch for `viewer` in one transaction, in order. Each mutation works inside its
    /// own savepoint, so a failed one leaves nothing behind.
    pub async fn execute(&self, viewer: Option<Viewer>, batch: BatchRequest) -> BatchResponse {
        let scope = match &viewer {
            None => DbScope::default(),
            Some(v) => match &v.credential {
                Credential::Token => DbScope { user_id: Some(v.user_id), ..DbScope::default() },
                Credential::ApiKey { workspace_id, role_cap, .. } => {
                    DbScope { user_id: Some(v.user_id), key_workspace: Some(*workspace_id), role_cap: Some(*role_cap) }
                }
            },
        };
        let (tx, memberships) = match begin_request(&self.db, &scope).await {
            Ok(begun) => begun,
            Err(e) => return internal(e),
        };
        let tx = Arc::new(tx);
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
                Ok(owned) => {
                    return match owned.commit().await {
                        Ok(()) => response,
                        Err(e) => internal(e),
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

    /// Executes one request and puts its response keys in the query's order.
    pub async fn execute_one(&self, mut request: async_graphql::Request) -> async_graphql::Response {
        let document = request.parsed_query().ok().cloned();
        let operation = request.operation_name.clone();
        let mut response = self.schema.execute(request).await;
        if let Some(document) = document {
            crate::order::response_in_query_order(&mut response, &self.registry, &document, operation.as_deref());
        }
        response
    }
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

/// A failure before or after execution, answered `INTERNAL` (and logged).
pub fn internal(error: impl std::fmt::Debug) -> BatchResponse {
    tracing::error!(?error, "request failed before or after execution");
    let error: async_graphql::Error = ApiError::internal(error).into();
    BatchResponse::Single(async_graphql::Response::from_errors(vec![error.into_server_error(Default::default())]))
}
