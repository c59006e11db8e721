//! Search patterns: what a client types into a `search` filter, taken literally.

/// A case-insensitive substring pattern for ILIKE, with `\`, `%` and `_` taken literally and
/// at most 200 characters of the search.
pub fn contains_pattern(raw: &str) -> String {
    let mut pattern = String::from("%");
    for c in raw.trim().chars().take(200) {
        if matches!(c, '\\' | '%' | '_') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_patterns_take_wildcards_literally() {
        assert_eq!(contains_pattern(" ada "), "%ada%");
        assert_eq!(contains_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }
}
