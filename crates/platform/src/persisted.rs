//! Persisted operations: the documents a deployment's clients send, known ahead of time.
//!
//! The TypeScript client's operations are generated with a manifest,
//! `clients/typescript/src/gql/persisted-documents.json`: each document by the SHA-256 of its
//! text (keys as codegen writes them, `sha256:<hex>`, or bare hex). A server given that manifest (`MOSAIC_PERSISTED_OPERATIONS`) runs a request that names
//! a document by its hash, in the form Apollo's automatic persisted queries use
//! (`"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "…"}}`), without the client
//! sending the text. With `MOSAIC_PERSISTED_ONLY=true` it runs nothing else: an ad-hoc document is
//! `FORBIDDEN`, so a deployment serves exactly the operations its clients were built with. In
//! development (no manifest, or not only) ad-hoc documents run as usual.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// The manifest's documents by hash, and whether they are all that runs.
#[derive(Debug, Clone, Default)]
pub struct PersistedOperations {
    by_hash: HashMap<String, Arc<str>>,
    only: bool,
}

/// Why a manifest could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path} is not a JSON object of documents by their SHA-256: {detail}")]
    Shape { path: String, detail: String },
    #[error("{path}: the document under {hash} has another SHA-256 ({actual}); regenerate the manifest")]
    Hash { path: String, hash: String, actual: String },
    #[error("{path}: the document under {hash} is not GraphQL: {detail}")]
    Parse { path: String, hash: String, detail: String },
}

/// The SHA-256 of a document's text, in lowercase hex.
pub fn hash_of(document: &str) -> String {
    hex::encode(Sha256::digest(document.as_bytes()))
}

impl PersistedOperations {
    /// Reads a manifest (`{"<sha256>": "<document>", …}`), checking every hash.
    pub fn load(path: &Path, only: bool) -> Result<Self, ManifestError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ManifestError::Read { path: shown.clone(), source })?;
        let documents: HashMap<String, String> =
            serde_json::from_str(&text).map_err(|e| ManifestError::Shape { path: shown.clone(), detail: e.to_string() })?;
        let mut by_hash = HashMap::with_capacity(documents.len());
        for (hash, document) in documents {
            let actual = hash_of(&document);
            if actual != bare(&hash) {
                return Err(ManifestError::Hash { path: shown, hash, actual });
            }
            if let Err(e) = async_graphql::parser::parse_query(&document) {
                return Err(ManifestError::Parse { path: shown, hash, detail: e.to_string() });
            }
            by_hash.insert(actual, Arc::from(document));
        }
        Ok(Self { by_hash, only })
    }

    /// Only the manifest's documents run.
    pub fn only(&self) -> bool {
        self.only
    }

    /// How many documents the manifest holds.
    pub fn len(&self) -> usize {
        self.by_hash.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_hash.is_empty()
    }

    /// Puts the document a request names by hash in place of whatever text it sent, or
    /// refuses the request: an unknown hash is `PERSISTED_QUERY_NOT_FOUND` when the request
    /// sent no text or only the manifest may run (a client then sends the text, where it may);
    /// with `only`, a request naming no hash runs only if its text is one of the manifest's,
    /// else it is `FORBIDDEN`.
    pub fn resolve(&self, request: &mut async_graphql::Request) -> Result<(), ApiError> {
        let named = match request.extensions.get("persistedQuery") {
            Some(async_graphql::Value::Object(persisted)) => match persisted.get("sha256Hash") {
                Some(async_graphql::Value::String(hash)) => Some(bare(hash)),
                _ => return Err(ApiError::BadUserInput("extensions.persistedQuery needs a sha256Hash string".into())),
            },
            Some(_) => return Err(ApiError::BadUserInput("extensions.persistedQuery must be an object".into())),
            None => None,
        };
        match named {
            Some(hash) => match self.by_hash.get(&hash) {
                // The manifest's text runs, not what came with the hash.
                Some(document) => {
                    // The text, and the parse async-graphql keeps, are the manifest's: a parse of
                    // the text that came with the hash (made before, to see what kind of
                    // operation it is) must not be what runs.
                    let parsed = async_graphql::parser::parse_query(document.as_ref())
                        .map_err(|e| ApiError::internal(format!("a manifest document does not parse: {e}")))?;
                    request.query = document.to_string();
                    request.set_parsed_query(parsed);
                    Ok(())
                }
                None if request.query.is_empty() || self.only => Err(ApiError::PersistedQueryNotFound),
                None => Ok(()),
            },
            None if self.only && !self.by_hash.contains_key(&hash_of(&request.query)) => Err(ApiError::Forbidden(
                "this deployment runs only its clients' persisted operations: send extensions.persistedQuery.sha256Hash".into(),
            )),
            None => Ok(()),
        }
    }
}

/// A hash as the manifest keys it: lowercase hex, without codegen's `sha256:` prefix.
fn bare(hash: &str) -> String {
    hash.strip_prefix("sha256:").unwrap_or(hash).to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(only: bool) -> PersistedOperations {
        let document = "query Me { viewer { id } }";
        let mut by_hash = HashMap::new();
        by_hash.insert(hash_of(document), Arc::from(document));
        PersistedOperations { by_hash, only }
    }

    fn by_hash(hash: &str) -> async_graphql::Request {
        let mut request = async_graphql::Request::new("");
        let mut persisted = async_graphql::indexmap::IndexMap::new();
        persisted.insert(async_graphql::Name::new("version"), async_graphql::Value::from(1));
        persisted.insert(async_graphql::Name::new("sha256Hash"), async_graphql::Value::from(hash));
        request.extensions.insert("persistedQuery".into(), async_graphql::Value::Object(persisted));
        request
    }

    #[test]
    fn a_known_hash_runs_its_document_and_an_unknown_one_is_not_found() {
        let operations = manifest(true);
        let mut request = by_hash(&hash_of("query Me { viewer { id } }"));
        operations.resolve(&mut request).unwrap();
        assert_eq!(request.query, "query Me { viewer { id } }");
        let mut unknown = by_hash(&hash_of("{ viewer { email } }"));
        assert!(matches!(operations.resolve(&mut unknown), Err(ApiError::PersistedQueryNotFound)));
    }

    #[test]
    fn only_the_manifest_runs_when_it_is_all_that_may() {
        let mut ad_hoc = async_graphql::Request::new("{ viewer { email } }");
        assert!(matches!(manifest(true).resolve(&mut ad_hoc), Err(ApiError::Forbidden(_))));
        assert!(manifest(false).resolve(&mut ad_hoc).is_ok());
        // The manifest's own text, sent as text, is one of its documents.
        let mut known = async_graphql::Request::new("query Me { viewer { id } }");
        assert!(manifest(true).resolve(&mut known).is_ok());
        // A known hash runs the manifest's text, whatever text came with it.
        let mut forged = by_hash(&format!("sha256:{}", hash_of("query Me { viewer { id } }")));
        forged.query = "{ viewer { email } }".into();
        forged.parsed_query().unwrap();
        manifest(true).resolve(&mut forged).unwrap();
        assert_eq!(forged.query, "query Me { viewer { id } }");
        let field = |request: &mut async_graphql::Request| {
            format!("{:?}", request.parsed_query().unwrap().operations.iter().next().unwrap().1.node.selection_set.node.items[0].node)
        };
        assert!(field(&mut forged).contains("\"viewer\""), "the manifest's parse runs");
        assert!(!format!("{:?}", forged.parsed_query().unwrap()).contains("email"), "not the parse of the text that came with the hash");
        // An unknown hash with its text: the text runs in development, not when only the
        // manifest may.
        let mut fallback = by_hash(&hash_of("{ viewer { email } }"));
        fallback.query = "{ viewer { email } }".into();
        assert!(manifest(false).resolve(&mut fallback).is_ok());
        assert!(matches!(manifest(true).resolve(&mut fallback), Err(ApiError::PersistedQueryNotFound)));
    }
}
