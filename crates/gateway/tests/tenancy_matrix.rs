//! The cross-tenant matrix: every place a request can carry an id, found from the schema, answers
//! another tenant's row exactly as it answers an id that exists nowhere, and changes nothing.
//!
//! A victim (the demo user in `acme`) and an attacker (Eve, in her own workspace) each get every
//! domain's demo data (`mosaic seed`'s). The database is then copied, row for row. For every
//! argument of type `UUID` (in `Query`'s fields, `Workspace`'s and `Mutation`'s, inside input
//! objects and lists at any depth) Eve sends the same request to both copies: to the first with
//! a victim's id in that place, to the second with a random id. Other ids in the request are
//! Eve's own, so a request is refused for the victim's id and not for a missing neighbour. The
//! answers must be equal once ids made during the run and times are masked, and at the end the
//! victim's rows must be equal in both copies.
//!
//! Nothing here names a domain's field or table: a new domain is covered by being in the schema
//! and having demo data.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use async_graphql::parser::parse_schema;
use async_graphql::parser::types::{BaseType, InputValueDefinition, Type, TypeKind, TypeSystemDefinition};
use common::TestApp;
use platform::domain::Demo;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use serde_json::{Value, json};
use uuid::Uuid;

/// The schema's types by name: what each object, input object and enum holds.
struct Types {
    objects: HashMap<String, Vec<(String, Vec<InputValueDefinition>, Type)>>,
    inputs: HashMap<String, Vec<InputValueDefinition>>,
    enums: HashMap<String, Vec<String>>,
    unions: HashMap<String, Vec<String>>,
}

impl Types {
    fn of(sdl: &str) -> Self {
        let mut types = Types { objects: HashMap::new(), inputs: HashMap::new(), enums: HashMap::new(), unions: HashMap::new() };
        for definition in parse_schema(sdl).expect("the SDL parses").definitions {
            let TypeSystemDefinition::Type(ty) = definition else { continue };
            let name = ty.node.name.node.to_string();
            match ty.node.kind {
                TypeKind::Object(object) => {
                    let fields = object
                        .fields
                        .into_iter()
                        .map(|f| (f.node.name.node.to_string(), f.node.arguments.into_iter().map(|a| a.node).collect(), f.node.ty.node))
                        .collect();
                    types.objects.insert(name, fields);
                }
                TypeKind::InputObject(input) => {
                    types.inputs.insert(name, input.fields.into_iter().map(|f| f.node).collect());
                }
                TypeKind::Union(u) => {
                    types.unions.insert(name, u.members.into_iter().map(|m| m.node.to_string()).collect());
                }
                TypeKind::Enum(e) => {
                    types.enums.insert(name, e.values.into_iter().map(|v| v.node.value.node.to_string()).collect());
                }
                _ => {}
            }
        }
        types
    }

    fn field(&self, object: &str, field: &str) -> &(String, Vec<InputValueDefinition>, Type) {
        self.objects[object].iter().find(|(name, _, _)| name == field).unwrap()
    }

    /// A selection of `ty`'s fields that take no required argument, `depth` object levels deep.
    fn selection(&self, ty: &Type, depth: usize) -> String {
        if let Some(members) = self.unions.get(named(ty)) {
            let each: Vec<String> = members
                .iter()
                .map(|m| format!("... on {m} {{ {} }}", self.selection(&Type::new(m).unwrap(), depth.saturating_sub(1))))
                .collect();
            return format!("__typename {}", each.join(" "));
        }
        let Some(fields) = self.objects.get(named(ty)) else { return String::new() };
        let mut parts = vec!["__typename".to_owned()];
        for (name, args, field_ty) in fields {
            // Cursors encode new rows' ids; the edges' nodes say the same more plainly.
            if args.iter().any(required) || name.to_lowercase().ends_with("cursor") {
                continue;
            }
            if self.objects.contains_key(named(field_ty)) || self.unions.contains_key(named(field_ty)) {
                if depth > 0 {
                    parts.push(format!("{name} {{ {} }}", self.selection(field_ty, depth - 1)));
                }
            } else {
                parts.push(name.clone());
            }
        }
        parts.join(" ")
    }
}

fn named(ty: &Type) -> &str {
    match &ty.base {
        BaseType::Named(name) => name.as_str(),
        BaseType::List(inner) => named(inner),
    }
}

fn required(arg: &InputValueDefinition) -> bool {
    !arg.ty.node.nullable && arg.default_value.is_none()
}

/// Where an id goes: a field of `Query`, `Workspace` (asked within Eve's workspace) or
/// `Mutation`, and the path to a `UUID` inside its arguments (argument, input fields, list items).
#[derive(Debug, Clone)]
struct Place {
    root: &'static str,
    field: String,
    path: Vec<String>,
}

impl Place {
    fn name(&self) -> &str {
        self.path.iter().rev().find(|p| p.parse::<usize>().is_err()).unwrap()
    }
}

fn places(types: &Types) -> Vec<Place> {
    fn walk(types: &Types, ty: &Type, path: &mut Vec<String>, out: &mut Vec<Vec<String>>, depth: usize) {
        if let BaseType::List(inner) = &ty.base {
            path.push("0".into());
            walk(types, inner, path, out, depth);
            path.pop();
            return;
        }
        let name = named(ty);
        if name == "UUID" {
            out.push(path.clone());
        } else if let Some(fields) = types.inputs.get(name).filter(|_| depth < 5) {
            for field in fields {
                path.push(field.name.node.to_string());
                walk(types, &field.ty.node, path, out, depth + 1);
                path.pop();
            }
        }
    }
    let mut found = Vec::new();
    for root in ["Query", "Workspace", "Mutation"] {
        for (field, args, _) in &types.objects[root] {
            let mut paths = Vec::new();
            for arg in args {
                walk(types, &arg.ty.node, &mut vec![arg.name.node.to_string()], &mut paths, 0);
            }
            found.extend(paths.into_iter().map(|path| Place { root, field: field.clone(), path }));
        }
    }
    found
}

/// The tenant tables with an `id` of their own, read from the catalogue.
async fn tenant_tables(db: &DatabaseConnection) -> Vec<String> {
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT c.table_name::text AS t FROM information_schema.columns c \
             JOIN information_schema.columns w ON w.table_schema = c.table_schema AND w.table_name = c.table_name AND w.column_name = 'workspace_id' \
             JOIN information_schema.tables b ON b.table_schema = c.table_schema AND b.table_name = c.table_name AND b.table_type = 'BASE TABLE' \
             WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid' ORDER BY 1",
        ))
        .await
        .unwrap();
    rows.iter().map(|r| r.try_get("", "t").unwrap()).collect()
}

/// Each tenant table's ids in a workspace (tables with an `id` and a `workspace_id`), with the
/// workspace itself and its members as `workspaces` and `users`: read from the catalogue, so a
/// new domain's tables are in it.
async fn ids_of(db: &DatabaseConnection, workspace: Uuid) -> BTreeMap<String, Vec<Uuid>> {
    let mut ids = BTreeMap::new();
    for table in tenant_tables(db).await {
        let sql = format!("SELECT id FROM {table} WHERE workspace_id = $1 ORDER BY id LIMIT 2");
        let found = uuids(db, &sql, workspace).await;
        if !found.is_empty() {
            ids.insert(table, found);
        }
    }
    ids.insert("workspaces".into(), vec![workspace]);
    ids.insert(
        "users".into(),
        uuids(db, "SELECT user_id AS id FROM workspace_members WHERE workspace_id = $1 ORDER BY 1", workspace).await,
    );
    ids
}

async fn uuids(db: &DatabaseConnection, sql: &str, workspace: Uuid) -> Vec<Uuid> {
    let rows = db.query_all_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, [workspace.into()])).await.unwrap();
    rows.iter().map(|r| r.try_get("", "id").unwrap()).collect()
}

/// The table an id argument names: `leadId` is a lead's, `weeklySummaryId` a weekly
/// summary's; a bare `id` is the field's own (`updateLead`, `lead`), found by the longest run
/// of the field's words that names a table.
fn table_for(place: &Place, tables: &BTreeSet<String>) -> Option<String> {
    let arg = place.name();
    let stem = match arg {
        "id" | "ids" => place.field.as_str(),
        other => other.strip_suffix("Ids").or_else(|| other.strip_suffix("Id"))?,
    };
    let words: Vec<String> =
        stem.split_inclusive(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit()).fold(Vec::<String>::new(), |mut words, part| {
            if part.starts_with(|c: char| c.is_ascii_uppercase()) || words.is_empty() {
                words.push(part.to_lowercase());
            } else {
                words.last_mut().unwrap().push_str(part);
            }
            words
        });
    for len in (1..=words.len()).rev() {
        for start in (0..=words.len() - len).rev() {
            let base = words[start..start + len].join("_");
            let mut candidates = vec![format!("{base}s"), format!("{base}es"), base.clone()];
            if let Some(b) = base.strip_suffix('y') {
                candidates.push(format!("{b}ies"));
            }
            if let Some(found) = candidates.into_iter().find(|c| tables.contains(c)) {
                return Some(found);
            }
        }
    }
    None
}

/// How much of an input object to fill: a mutation's input whole, so that the request gets
/// past its checks to the row the id names; a query's filters only where they must be, since
/// every filter given narrows the answer.
#[derive(Clone, Copy, PartialEq)]
enum Fill {
    Everything,
    Required,
}

/// A plain value of a named input type for a field called `name`.
fn value_of(types: &Types, ty: &Type, name: &str, fill: Fill, uuid: &dyn Fn(&str) -> Value) -> Value {
    if let BaseType::List(inner) = &ty.base {
        return json!([value_of(types, inner, name, fill, uuid)]);
    }
    let type_name = named(ty);
    if let Some(fields) = types.inputs.get(type_name) {
        let object: serde_json::Map<String, Value> = fields
            .iter()
            .filter(|f| fill == Fill::Everything || required(f))
            .map(|f| (f.name.node.to_string(), value_of(types, &f.ty.node, f.name.node.as_str(), fill, uuid)))
            .collect();
        return Value::Object(object);
    }
    if let Some(values) = types.enums.get(type_name) {
        return json!(values[0]);
    }
    let lower = name.to_lowercase();
    match type_name {
        "UUID" => uuid(name),
        "Int" => json!(1),
        "Float" => json!(1.0),
        "Boolean" => json!(false),
        "Date" => json!("2026-12-01"),
        "DateTime" => json!("2026-12-01T09:00:00Z"),
        "JSON" => json!({}),
        _ if lower.contains("url") => json!("https://example.com/matrix"),
        _ if lower.contains("email") => json!("matrix@example.com"),
        _ if lower.contains("zone") => json!("UTC"),
        _ => json!("matrix"),
    }
}

/// Puts `id` at `path` inside `value`, making the objects and lists on the way.
fn put(value: &mut Value, path: &[String], id: Value, types: &Types, ty: &Type, fill: Fill, uuid: &dyn Fn(&str) -> Value) {
    let Some((step, rest)) = path.split_first() else {
        *value = id;
        return;
    };
    match &ty.base {
        BaseType::List(inner) => {
            if !value.is_array() || value.as_array().unwrap().is_empty() {
                *value = json!([value_of(types, inner, "", fill, uuid)]);
            }
            put(&mut value[0], rest, id, types, inner, fill, uuid);
        }
        BaseType::Named(name) => {
            let field = types.inputs[name.as_str()].iter().find(|f| f.name.node.as_str() == step.as_str()).unwrap();
            let slot = value.as_object_mut().unwrap().entry(step.clone()).or_insert(Value::Null);
            if slot.is_null() {
                *slot = value_of(types, &field.ty.node, step, fill, uuid);
            }
            put(slot, rest, id, types, &field.ty.node, fill, uuid);
        }
    }
}

/// The request that puts `id` at `place`, every other argument plain and every other id Eve's.
fn request(types: &Types, place: &Place, id: Uuid, eve: &BTreeMap<String, Vec<Uuid>>, eve_workspace: Uuid) -> (String, Value) {
    let tables: BTreeSet<String> = eve.keys().cloned().collect();
    let field = place.field.as_str();
    let own = |name: &str| {
        let guess = Place { root: place.root, field: field.to_owned(), path: vec![name.to_owned()] };
        table_for(&guess, &tables).and_then(|t| eve.get(&t)).map_or_else(|| json!(Uuid::now_v7()), |ids| json!(ids[0]))
    };
    let (_, args, result) = types.field(place.root, field);
    let fill = if place.root == "Mutation" { Fill::Everything } else { Fill::Required };
    let mut variables = serde_json::Map::new();
    let mut declared = Vec::new();
    let mut passed = Vec::new();
    for arg in args {
        let name = arg.name.node.as_str();
        let on_path = place.path[0] == name;
        if !on_path && !required(arg) {
            continue;
        }
        let mut value = if place.path.len() == 1 && on_path { Value::Null } else { value_of(types, &arg.ty.node, name, fill, &own) };
        if on_path {
            put(&mut value, &place.path[1..], json!(id), types, &arg.ty.node, fill, &own);
        }
        declared.push(format!("${name}: {}", arg.ty.node));
        passed.push(format!("{name}: ${name}"));
        variables.insert(name.to_owned(), value);
    }
    let args = if passed.is_empty() { String::new() } else { format!("({})", passed.join(", ")) };
    let selection = types.selection(result, 2);
    let selected = if selection.is_empty() { String::new() } else { format!(" {{ {selection} }}") };
    let query = match place.root {
        "Workspace" => {
            declared.push("$matrixWorkspace: UUID!".into());
            variables.insert("matrixWorkspace".into(), json!(eve_workspace));
            format!("query Matrix({}) {{ workspace(id: $matrixWorkspace) {{ {field}{args}{selected} }} }}", declared.join(", "))
        }
        root => {
            let operation = if root == "Mutation" { "mutation" } else { "query" };
            let declared = if declared.is_empty() { String::new() } else { format!("({})", declared.join(", ")) };
            format!("{operation} Matrix{declared} {{ {field}{args}{selected} }}")
        }
    };
    (query, Value::Object(variables))
}

/// An answer with the probed id named `<id>`, ids the run made `<new>`, and times `<time>`;
/// the ids of the set-up (both tenants') stay as they are, so one showing up is a difference.
fn masked(answer: &Value, probed: Uuid, known: &BTreeSet<Uuid>) -> Value {
    match answer {
        Value::String(s) => {
            let s = s.replace(&probed.to_string(), "<id>");
            match Uuid::parse_str(&s) {
                Ok(id) if !known.contains(&id) => json!("<new>"),
                _ if chrono::DateTime::parse_from_rfc3339(&s).is_ok() => json!("<time>"),
                _ => json!(s),
            }
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| masked(v, probed, known)).collect()),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), masked(v, probed, known))).collect()),
        other => other.clone(),
    }
}

/// Every row of a tenant's tables (and its workspace's and members' rows), for comparing the
/// two copies.
async fn rows_of(db: &DatabaseConnection, ids: &BTreeMap<String, Vec<Uuid>>, workspace: Uuid) -> BTreeMap<String, Value> {
    let mut rows = BTreeMap::new();
    for table in ids.keys() {
        let filter = match table.as_str() {
            "workspaces" => "id = $1",
            "users" => "id IN (SELECT user_id FROM workspace_members WHERE workspace_id = $1)",
            _ => "workspace_id = $1",
        };
        let sql = format!("SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY t.id), '[]')::text AS rows FROM {table} t WHERE {filter}");
        let row = db.query_one_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, [workspace.into()])).await.unwrap().unwrap();
        let text: String = row.try_get("", "rows").unwrap();
        rows.insert(table.clone(), serde_json::from_str(&text).unwrap());
    }
    rows
}

#[tokio::test]
async fn another_tenants_id_anywhere_in_the_schema_answers_as_a_missing_one_and_changes_nothing() {
    let first = TestApp::new().await;
    gateway::seed::run(&first.state.services).await.unwrap();
    let victim_workspace = uuids(&first.database.db, "SELECT id FROM workspaces WHERE slug = 'acme' AND id <> $1", Uuid::nil()).await[0];
    let victim_user = uuids(
        &first.database.db,
        "SELECT user_id AS id FROM workspace_members WHERE workspace_id = $1 AND role = 'owner'",
        victim_workspace,
    )
    .await[0];
    let eve = first.sign_up("eve@example.com").await;
    let mallory = first.sign_up("mallory@example.com").await;
    let eve_demo = Demo { user_id: eve.id, email: eve.email.clone(), teammate_id: mallory.id, workspace_id: eve.workspace_id };
    gateway::schema::seed_domains(&first.state.services, &eve_demo).await.unwrap();
    let victim = ids_of(&first.database.db, victim_workspace).await;
    let eves = ids_of(&first.database.db, eve.workspace_id).await;
    let unreached: Vec<&String> = eves.keys().filter(|t| !victim.contains_key(*t)).collect();
    let empty = tenant_tables(&first.database.db).await.into_iter().filter(|t| !victim.contains_key(t)).collect::<Vec<_>>();
    assert!(unreached.is_empty() && empty.is_empty(), "the demo data leaves tenant tables empty, so their ids go untried: {empty:?}");
    let known: BTreeSet<Uuid> = victim.values().chain(eves.values()).flatten().copied().collect();

    // Two copies of the same rows, each with a server of its own.
    let twin = first.database.twin().await;
    let limits = [("MOSAIC_MAX_COMPLEXITY", "1000000")];
    let (probed, control) = (TestApp::on(first.database, &limits).await, TestApp::on(twin, &limits).await);
    let before = rows_of(&control.database.db, &victim, victim_workspace).await;

    let types = Types::of(&gateway::schema::sdl());
    let places = places(&types);
    let tables: BTreeSet<String> = victim.keys().cloned().collect();
    let mut asked = 0;
    for place in &places {
        // The victim's id of the table the place names, or one of every table's when the name says none.
        let targets: Vec<Uuid> = match table_for(place, &tables) {
            Some(table) => victim[&table].clone(),
            None => victim.values().map(|ids| ids[0]).collect(),
        };
        for target in targets {
            let random = Uuid::now_v7();
            let (query, theirs) = request(&types, place, target, &eves, eve.workspace_id);
            let (_, missing) = request(&types, place, random, &eves, eve.workspace_id);
            let answer = probed.gql(&eve.token, &query, theirs.clone()).await;
            let baseline = control.gql(&eve.token, &query, missing).await;
            assert!(
                !common::codes(&baseline).iter().any(|c| c == "GRAPHQL_VALIDATION_FAILED"),
                "the matrix made a request the schema refuses, so it tests nothing there: {query} {theirs} → {baseline}"
            );
            assert_eq!(
                masked(&answer, target, &known),
                masked(&baseline, random, &known),
                "{place:?}: the victim's id answers otherwise than a missing one\n{query}\n{theirs}"
            );
            // A payload that says what was not found points at the argument that named it.
            if let Some(errors) = answer["data"][&place.field]["errors"].as_array() {
                for error in errors.iter().filter(|e| e["code"] == "NOT_FOUND") {
                    assert_eq!(error["field"], json!(place.path), "{place:?}: NOT_FOUND names another field\n{query}\n{theirs}\n{answer}");
                }
            }
            asked += 1;
        }
    }
    assert!(places.len() >= 40 && asked >= places.len(), "the schema's ids were found: {} places, {asked} requests", places.len());

    let after = rows_of(&probed.database.db, &victim, victim_workspace).await;
    assert_eq!(after, before, "the victim's rows are as they were");
    // The victim's own rows are really there to be found: the same probes as the victim see them.
    let victim_token = probed.jwt().mint(victim_user, "demo@mosaic.dev", gateway::auth::DEV_TOKEN_TTL);
    let mut seen = 0;
    for place in places.iter().filter(|p| p.root != "Mutation") {
        let Some(table) = table_for(place, &tables) else { continue };
        let target = victim[&table][0];
        let random = Uuid::now_v7();
        let (query, variables) = request(&types, place, target, &victim, victim_workspace);
        let (_, missing) = request(&types, place, random, &victim, victim_workspace);
        let own = probed.gql(&victim_token, &query, variables).await;
        let none = probed.gql(&victim_token, &query, missing).await;
        if masked(&own, target, &known) != masked(&none, random, &known) {
            seen += 1;
        }
    }
    assert!(seen >= 3, "the matrix would notice a leak: only {seen} places answer the victim differently for their own ids");
}
