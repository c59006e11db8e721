//! Query hardening beyond async-graphql's depth and complexity limits: a cap on aliases, so
//! one request cannot ask for the same expensive field hundreds of times under new names.
//! The HTTP handler checks it on the parse async-graphql then reuses; an extension would do the
//! same but sit in the path of every field's resolution.

use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};

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
