//! Query hardening beyond async-graphql's depth and complexity limits: a cap on aliases, so
//! one request cannot ask for the same expensive field hundreds of times under new names.

use std::sync::Arc;

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery};
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{ErrorExtensions, ServerResult, Variables};

pub struct AliasLimit {
    max: usize,
}

impl AliasLimit {
    pub fn new(max: usize) -> Self {
        Self { max }
    }
}

impl ExtensionFactory for AliasLimit {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(AliasLimitExtension { max: self.max })
    }
}

struct AliasLimitExtension {
    max: usize,
}

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

pub fn alias_count(doc: &ExecutableDocument) -> usize {
    let in_operations: usize = doc.operations.iter().map(|(_, op)| count(&op.node.selection_set.node)).sum();
    let in_fragments: usize = doc.fragments.values().map(|f| count(&f.node.selection_set.node)).sum();
    in_operations + in_fragments
}

#[async_trait::async_trait]
impl Extension for AliasLimitExtension {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let doc = next.run(ctx, query, variables).await?;
        let aliases = alias_count(&doc);
        if aliases > self.max {
            let error = async_graphql::Error::new(format!("the query uses {aliases} aliases; at most {} are allowed", self.max))
                .extend_with(|_, e| e.set("code", "BAD_USER_INPUT"));
            return Err(error.into_server_error(Default::default()));
        }
        Ok(doc)
    }
}

/// Whether a request's document holds a mutation, for refusing mutations where they do not belong.
pub fn has_mutation(query: &str) -> bool {
    use async_graphql::parser::types::OperationType;
    match async_graphql::parser::parse_query(query) {
        Ok(doc) => doc.operations.iter().any(|(_, op)| op.node.ty == OperationType::Mutation),
        Err(_) => false,
    }
}
