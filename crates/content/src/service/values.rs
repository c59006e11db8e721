//! Validated values: once parsed, a value is known good everywhere it goes.

use serde_json::{Map, Value};

use crate::error::{ContentError, Result};

/// A web link: `https://` or `http://`, a host, no whitespace, at most 2,048 characters. The
/// scheme is matched without regard to case and stored in lowercase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebUrl(String);

impl WebUrl {
    pub const MAX_LEN: usize = 2048;

    pub fn parse(raw: &str, field: &'static str) -> Result<Self> {
        let url = raw.trim();
        let bad = || ContentError::InvalidUrl { field };
        if url.len() > Self::MAX_LEN || url.chars().any(char::is_whitespace) {
            return Err(bad());
        }
        for scheme in ["https://", "http://"] {
            let Some(head) = url.get(..scheme.len()) else { continue };
            if !head.eq_ignore_ascii_case(scheme) {
                continue;
            }
            let rest = &url[scheme.len()..];
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            if host.is_empty() {
                return Err(bad());
            }
            return Ok(Self(format!("{scheme}{rest}")));
        }
        Err(bad())
    }

    /// An optional link: blank means none.
    pub fn optional(raw: Option<&str>, field: &'static str) -> Result<Option<String>> {
        raw.map(str::trim).filter(|s| !s.is_empty()).map(|s| Self::parse(s, field).map(Self::into_string)).transpose()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A list of texts: each trimmed, blanks dropped, at most `max_items` items of at most
/// `max_len` characters.
pub fn text_list(items: Vec<String>, field: &'static str, max_items: usize, max_len: usize) -> Result<Vec<String>> {
    let items: Vec<String> = items.into_iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
    if items.len() > max_items || items.iter().any(|s| s.chars().count() > max_len) {
        return Err(ContentError::InvalidList { field, max_items, max_len });
    }
    Ok(items)
}

/// A JSON object (metrics, settings, preferences).
pub fn json_object(value: Value, field: &'static str) -> Result<Value> {
    if value.is_object() { Ok(value) } else { Err(ContentError::InvalidJson { field, expected: "a JSON object" }) }
}

/// A JSON array of objects (a business's promotions).
pub fn json_objects(value: Value, field: &'static str) -> Result<Value> {
    match &value {
        Value::Array(items) if items.iter().all(Value::is_object) => Ok(value),
        _ => Err(ContentError::InvalidJson { field, expected: "a JSON array of objects" }),
    }
}

/// A count that cannot be negative (reading time, delays, thresholds).
pub fn at_least(n: i32, min: i32, field: &'static str) -> Result<i32> {
    if n < min { Err(ContentError::TooSmall { field, min }) } else { Ok(n) }
}

/// The UTM parameters a managed URL may carry.
pub const UTM_KEYS: [&str; 5] = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"];

/// UTM parameters: an object whose keys are [`UTM_KEYS`] and whose values are strings; blank
/// values are dropped, and an object left empty is none.
pub fn utm_params(value: Option<Value>) -> Result<Option<Value>> {
    let Some(value) = value else { return Ok(None) };
    let Value::Object(map) = value else { return Err(ContentError::InvalidUtmParams) };
    let mut kept = Map::new();
    for (key, v) in map {
        let (true, Value::String(s)) = (UTM_KEYS.contains(&key.as_str()), v) else { return Err(ContentError::InvalidUtmParams) };
        let s = s.trim();
        if s.chars().count() > 200 {
            return Err(ContentError::InvalidUtmParams);
        }
        if !s.is_empty() {
            kept.insert(key, Value::String(s.to_owned()));
        }
    }
    Ok((!kept.is_empty()).then_some(Value::Object(kept)))
}

/// A managed URL's effective link: `url` with its UTM parameters merged into its query. The
/// URL's own parameters are kept, in their order, except those the UTM parameters name, which
/// the UTM values replace; the UTM parameters follow in [`UTM_KEYS`] order; the fragment stays
/// last.
pub fn effective_link(url: &str, utm: Option<&Value>) -> String {
    let Some(params) = utm.and_then(Value::as_object).filter(|m| !m.is_empty()) else { return url.to_owned() };
    let Ok(mut parsed) = url::Url::parse(url) else { return url.to_owned() };
    let kept: Vec<(String, String)> =
        parsed.query_pairs().filter(|(k, _)| !params.contains_key(k.as_ref())).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    {
        let mut query = parsed.query_pairs_mut();
        query.clear();
        for (k, v) in &kept {
            query.append_pair(k, v);
        }
        for key in UTM_KEYS {
            if let Some(v) = params.get(key).and_then(Value::as_str) {
                query.append_pair(key, v);
            }
        }
    }
    parsed.to_string()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn cta_urls_are_http_or_https_only() {
        assert_eq!(WebUrl::parse(" HTTPS://Example.com/a?b=1 ", "ctaUrl").unwrap().as_str(), "https://Example.com/a?b=1");
        assert!(WebUrl::parse("http://x.io", "ctaUrl").is_ok());
        for bad in ["", "example.com", "ftp://x.io", "https://", "https:///x", "javascript:alert(1)", "https://a b", "mailto:a@b.c"] {
            assert!(matches!(WebUrl::parse(bad, "ctaUrl"), Err(ContentError::InvalidUrl { field: "ctaUrl" })), "{bad}");
        }
        assert!(WebUrl::parse(&format!("https://x.io/{}", "a".repeat(2048)), "url").is_err());
        assert_eq!(WebUrl::optional(Some("  "), "ctaUrl").unwrap(), None);
    }

    #[test]
    fn the_effective_link_merges_utm_parameters_into_the_query() {
        let utm = json!({ "utm_source": "linkedin", "utm_campaign": "spring sale" });
        assert_eq!(effective_link("https://x.io/p", Some(&utm)), "https://x.io/p?utm_source=linkedin&utm_campaign=spring+sale");
        assert_eq!(
            effective_link("https://x.io/p?ref=a&utm_source=old#top", Some(&utm)),
            "https://x.io/p?ref=a&utm_source=linkedin&utm_campaign=spring+sale#top"
        );
        assert_eq!(effective_link("https://x.io/p?ref=a", None), "https://x.io/p?ref=a");
        assert_eq!(effective_link("https://x.io/p", Some(&json!({}))), "https://x.io/p");
    }

    #[test]
    fn utm_parameters_are_the_five_keys_with_string_values() {
        assert_eq!(utm_params(Some(json!({ "utm_source": " a ", "utm_term": "" }))).unwrap(), Some(json!({ "utm_source": "a" })));
        assert_eq!(utm_params(Some(json!({ "utm_term": "" }))).unwrap(), None);
        for bad in [json!({ "ref": "x" }), json!({ "utm_source": 1 }), json!([]), json!("utm_source=x")] {
            assert!(matches!(utm_params(Some(bad)), Err(ContentError::InvalidUtmParams)));
        }
    }

    #[test]
    fn lists_drop_blanks_and_are_bounded() {
        assert_eq!(text_list(vec![" a ".into(), " ".into()], "hashtags", 2, 3).unwrap(), vec!["a"]);
        assert!(text_list(vec!["a".into(); 3], "hashtags", 2, 3).is_err());
        assert!(text_list(vec!["abcd".into()], "hashtags", 2, 3).is_err());
    }
}
