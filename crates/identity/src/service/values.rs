//! Validated values: once parsed, a value is known good everywhere it goes.

use crate::error::{IdentityError, Result};

/// An email address, trimmed; compared ignoring case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self> {
        let email = raw.trim();
        let valid = email.len() <= 254
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && email.split_once('@').is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty() && !domain.contains('@'));
        if !valid {
            return Err(IdentityError::InvalidEmail(format!("{raw:?} is not an email address")));
        }
        Ok(Self(email.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A workspace's URL name: 1–63 lowercase letters, digits and inner hyphens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self> {
        let s = raw.trim();
        let ok = (1..=63).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-');
        if ok { Ok(Self(s.to_string())) } else { Err(IdentityError::InvalidSlug) }
    }

    /// A slug made from free text: `"Ada's Shop"` → `"ada-s-shop"`.
    pub fn from_text(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
        let trimmed: String = out.trim_matches('-').chars().take(40).collect();
        if trimmed.is_empty() { "workspace".into() } else { trimmed.trim_end_matches('-').to_string() }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An IANA time zone name such as `America/New_York`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timezone(String);

impl Timezone {
    pub fn parse(raw: &str) -> Result<Self> {
        raw.trim()
            .parse::<chrono_tz::Tz>()
            .map(|tz| Self(tz.name().to_string()))
            .map_err(|_| IdentityError::InvalidTimezone(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A non-blank name of at most `max` characters, trimmed.
pub fn name(raw: &str, field: &'static str, max: usize) -> Result<String> {
    let s = raw.trim();
    if s.is_empty() || s.chars().count() > max {
        return Err(IdentityError::InvalidName { field, max });
    }
    Ok(s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked() {
        assert!(Email::parse(" ada@example.com ").is_ok());
        for bad in ["", "ada", "@x", "a@", "a b@x.y", "a@b@c", "a\u{0}@x.y", "a@x\u{7f}.y"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn slugs_are_checked_and_made_from_text() {
        assert!(Slug::parse("acme-2").is_ok());
        for bad in ["", "-a", "a-", "Acme", "a_b", &"a".repeat(64)] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Slug::from_text("Ada's Shop!"), "ada-s-shop");
        assert_eq!(Slug::from_text("!!!"), "workspace");
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert_eq!(Timezone::parse("America/New_York").unwrap().as_str(), "America/New_York");
        assert!(Timezone::parse("Mars/Olympus").is_err());
        assert!(Timezone::parse("EST5EDT-ish").is_err());
    }
}
