//! Response keys in the query's order.
//!
//! The GraphQL spec orders a response's map as the fields were requested (CollectFields), and
//! clients' snapshot tests rely on it. async-graphql 7 resolves an object's fields concurrently
//! and inserts each as it completes, so a field that waits on I/O comes after the ones that do
//! not, differently from run to run. This module puts the keys back: for each object it
//! collects the selection's fields as the spec does (fragments included, `__typename` too) and
//! orders the map by each response key's first place. It is applied to every response the
//! gateway writes (HTTP, batches, graphql-ws) and, inside the one-pass engine, to each field it
//! resolves through async-graphql. Lists the engine rendered as JSON text are already in order
//! and are not walked again.
//!
//! For an object under an interface or a union, fragments on other types do not apply; the
//! concrete type is read from `__typename` when selected, else it is the possible type whose
//! collected keys are exactly the object's.

use async_graphql::indexmap::IndexMap;
use async_graphql::parser::types::{ExecutableDocument, Field, FragmentDefinition, OperationType, Selection, SelectionSet};
use async_graphql::registry::{MetaType, Registry};
use async_graphql::{Context, Name, Positioned, Response, Value};

/// What a walk needs: the schema's types and the query's fragments.
pub(crate) struct Walk<'a> {
    pub(crate) registry: &'a Registry,
    pub(crate) fragments: &'a std::collections::HashMap<Name, Positioned<FragmentDefinition>>,
}

/// The named type under a field's type (`[Lead!]!` → `Lead`).
pub(crate) fn named(ty: &str) -> &str {
    ty.trim_matches(|c| c == '[' || c == ']' || c == '!')
}

impl<'a> Walk<'a> {
    /// Whether a fragment on `condition` applies to an object of `concrete` type.
    fn applies(&self, condition: &str, concrete: &str) -> bool {
        condition == concrete || self.registry.types.get(condition).is_some_and(|t| t.is_possible_type(concrete))
    }

    /// CollectFields: each response key once, at its first place, with every field selecting it.
    fn collect(&self, sets: &[&'a SelectionSet], concrete: &str, out: &mut Vec<(&'a Name, Vec<&'a Field>)>) {
        for set in sets {
            for selection in &set.items {
                match &selection.node {
                    Selection::Field(field) => {
                        let key = &field.node.response_key().node;
                        match out.iter_mut().find(|(k, _)| *k == key) {
                            Some((_, fields)) => fields.push(&field.node),
                            None => out.push((key, vec![&field.node])),
                        }
                    }
                    Selection::FragmentSpread(spread) => {
                        if let Some(fragment) = self.fragments.get(&spread.node.fragment_name.node)
                            && self.applies(&fragment.node.type_condition.node.on.node, concrete)
                        {
                            self.collect(&[&fragment.node.selection_set.node], concrete, out);
                        }
                    }
                    Selection::InlineFragment(fragment) => {
                        if fragment.node.type_condition.as_ref().is_none_or(|c| self.applies(&c.node.on.node, concrete)) {
                            self.collect(&[&fragment.node.selection_set.node], concrete, out);
                        }
                    }
                }
            }
        }
    }

    /// Orders `value`, of the GraphQL type `ty` (a named type), selected by `sets`.
    pub(crate) fn value(&self, value: &mut Value, ty: &str, sets: &[&'a SelectionSet]) {
        match value {
            Value::List(items) => items.iter_mut().for_each(|item| self.value(item, ty, sets)),
            Value::Object(map) => self.object(map, ty, sets),
            _ => {}
        }
    }

    fn object(&self, map: &mut IndexMap<Name, Value>, ty: &str, sets: &[&'a SelectionSet]) {
        let Some(meta) = self.registry.types.get(ty) else { return };
        let concrete = match meta {
            MetaType::Interface { .. } | MetaType::Union { .. } => match self.concrete_type(map, meta, sets) {
                Some(c) => c,
                None => return,
            },
            _ => ty.to_owned(),
        };
        let mut fields = Vec::new();
        self.collect(sets, &concrete, &mut fields);
        let in_order = fields.iter().filter(|(k, _)| map.contains_key(*k)).map(|(k, _)| *k).eq(map.keys());
        if !in_order {
            let mut ordered = IndexMap::with_capacity(map.len());
            for (key, _) in &fields {
                if let Some((k, v)) = map.swap_remove_entry(*key) {
                    ordered.insert(k, v);
                }
            }
            // Keys the selection does not name (none, from async-graphql) keep their place after.
            ordered.extend(map.drain(..));
            *map = ordered;
        }
        let Some(object) = self.registry.types.get(&concrete) else { return };
        for (key, selecting) in &fields {
            let Some(child) = map.get_mut(*key) else { continue };
            let Some(first) = selecting.first() else { continue };
            let Some(meta_field) = object.field_by_name(first.name.node.as_str()) else { continue };
            let sub: Vec<&'a SelectionSet> = selecting.iter().map(|f| &f.selection_set.node).filter(|s| !s.items.is_empty()).collect();
            if !sub.is_empty() {
                self.value(child, named(&meta_field.ty), &sub);
            }
        }
    }

    /// The concrete type of an object under an abstract type.
    fn concrete_type(&self, map: &IndexMap<Name, Value>, abstract_type: &MetaType, sets: &[&'a SelectionSet]) -> Option<String> {
        let possible = abstract_type.possible_types()?;
        // `__typename`, under any response key, names it.
        let mut typename_keys = Vec::new();
        for candidate in possible {
            let mut fields = Vec::new();
            self.collect(sets, candidate, &mut fields);
            typename_keys.extend(fields.iter().filter(|(_, fs)| fs.iter().any(|f| f.name.node == "__typename")).map(|(k, _)| *k));
        }
        for key in typename_keys {
            if let Some(Value::String(name)) = map.get(key)
                && possible.contains(name)
            {
                return Some(name.clone());
            }
        }
        possible
            .iter()
            .find(|candidate| {
                let mut fields = Vec::new();
                self.collect(sets, candidate, &mut fields);
                let keys: Vec<&Name> = fields.iter().map(|(k, _)| *k).filter(|k| map.contains_key(*k)).collect();
                keys.len() == map.len()
            })
            .cloned()
    }
}

/// The named type of the field `field` of the object type `parent_type`, when the field
/// selects a sub-selection whose keys need ordering.
pub(crate) fn field_type<'r>(registry: &'r Registry, parent_type: &str, field: &Positioned<Field>) -> Option<&'r str> {
    if field.node.selection_set.node.items.is_empty() {
        return None;
    }
    registry.types.get(parent_type).and_then(|t| t.field_by_name(field.node.name.node.as_str())).map(|f| named(&f.ty))
}

/// Orders what the field of `ctx` (a field of the object type `parent_type`) resolved to.
pub fn in_query_order(mut value: Value, ctx: &Context<'_>, parent_type: &str) -> Value {
    let registry = &ctx.schema_env.registry;
    let field: &Positioned<Field> = ctx.item;
    if let Some(ty) = field_type(registry, parent_type, field) {
        let walk = Walk { registry, fragments: &ctx.query_env.fragments };
        walk.value(&mut value, ty, &[&field.node.selection_set.node]);
    }
    value
}

/// Orders the data of a response to `document`'s operation `operation_name` (as the
/// request named it; the only one when `None`).
pub fn response_in_query_order(response: &mut Response, registry: &Registry, document: &ExecutableDocument, operation_name: Option<&str>) {
    let operation = match (operation_name, &document.operations) {
        (_, async_graphql::parser::types::DocumentOperations::Single(op)) => Some(op),
        (Some(name), async_graphql::parser::types::DocumentOperations::Multiple(ops)) => ops.get(name),
        (None, async_graphql::parser::types::DocumentOperations::Multiple(ops)) if ops.len() == 1 => ops.values().next(),
        _ => None,
    };
    let Some(operation) = operation else { return };
    let root = match operation.node.ty {
        OperationType::Query => &registry.query_type,
        OperationType::Mutation => match &registry.mutation_type {
            Some(t) => t,
            None => return,
        },
        OperationType::Subscription => match &registry.subscription_type {
            Some(t) => t,
            None => return,
        },
    };
    let walk = Walk { registry, fragments: &document.fragments };
    walk.value(&mut response.data, root, &[&operation.node.selection_set.node]);
}
