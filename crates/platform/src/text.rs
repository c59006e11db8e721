//! Texts people type: trimmed, bounded, blank meaning none. Each domain turns the
//! [`TextError`] into its own typed error (the field and the bounds are in it).

/// A text that breaks its bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextError {
    pub field: &'static str,
    pub max: usize,
    /// Whether the text was required (so blank was refused) or only too long.
    pub required: bool,
}

/// A required text: trimmed, 1 to `max` characters.
pub fn required_text(raw: &str, field: &'static str, max: usize) -> Result<String, TextError> {
    let s = raw.trim();
    if s.is_empty() || s.chars().count() > max {
        return Err(TextError { field, max, required: true });
    }
    Ok(s.to_string())
}

/// An optional text: trimmed, at most `max` characters; blank means none.
pub fn optional_text(raw: Option<&str>, field: &'static str, max: usize) -> Result<Option<String>, TextError> {
    let Some(s) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    if s.chars().count() > max {
        return Err(TextError { field, max, required: false });
    }
    Ok(Some(s.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_trimmed_and_bounded() {
        assert_eq!(required_text("  Ada ", "name", 5).unwrap(), "Ada");
        assert!(required_text("   ", "name", 5).is_err());
        assert!(required_text("abcdef", "name", 5).is_err());
        assert_eq!(optional_text(Some("  "), "notes", 5).unwrap(), None);
        assert_eq!(optional_text(Some("abcdef"), "notes", 5), Err(TextError { field: "notes", max: 5, required: false }));
    }
}
