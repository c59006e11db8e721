//! Validated values: once parsed, a value is known good everywhere it goes.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::error::{CrmError, Result};

/// A lead's primary link: an `https://`, `http://` or `mailto:` URL (LinkedIn, a CRM record,
/// an email address). The scheme is matched without regard to case and stored in lowercase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadUrl(String);

impl LeadUrl {
    pub const MAX_LEN: usize = 2048;

    pub fn parse(raw: &str) -> Result<Self> {
        let url = raw.trim();
        if url.len() > Self::MAX_LEN || url.chars().any(char::is_whitespace) {
            return Err(CrmError::InvalidUrl);
        }
        for scheme in ["https://", "http://", "mailto:"] {
            let Some(head) = url.get(..scheme.len()) else { continue };
            if !head.eq_ignore_ascii_case(scheme) {
                continue;
            }
            let rest = &url[scheme.len()..];
            let ok = if scheme == "mailto:" {
                rest.split_once('@').is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty())
            } else {
                !rest.is_empty() && !rest.starts_with('/')
            };
            if ok {
                return Ok(Self(format!("{scheme}{rest}")));
            }
        }
        Err(CrmError::InvalidUrl)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// The Monday a weekly summary's week starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct WeekStart(NaiveDate);

impl WeekStart {
    pub fn parse(date: NaiveDate) -> Result<Self> {
        if date.weekday() != Weekday::Mon {
            return Err(CrmError::WeekStartNotMonday);
        }
        Ok(Self(date))
    }

    /// The Monday of the week `date` falls in.
    pub fn of(date: NaiveDate) -> Self {
        Self(date - chrono::Duration::days(i64::from(date.weekday().num_days_from_monday())))
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }

    /// The Monday after.
    pub fn next(self) -> NaiveDate {
        self.0 + chrono::Duration::days(7)
    }

    pub fn previous(self) -> NaiveDate {
        self.0 - chrono::Duration::days(7)
    }
}

/// Free minutes in a day, as a calendar sync reads them: 0 to 1440.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FreeMinutes(i32);

impl FreeMinutes {
    pub fn parse(minutes: i32) -> Result<Self> {
        if !(0..=1440).contains(&minutes) {
            return Err(CrmError::InvalidFreeMinutes);
        }
        Ok(Self(minutes))
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_urls_are_links_or_mailto() {
        assert_eq!(LeadUrl::parse(" https://linkedin.com/in/ada ").unwrap().as_str(), "https://linkedin.com/in/ada");
        assert_eq!(LeadUrl::parse("HTTPS://x.io").unwrap().as_str(), "https://x.io");
        assert_eq!(LeadUrl::parse("mailto:ada@example.com").unwrap().as_str(), "mailto:ada@example.com");
        assert!(LeadUrl::parse("http://crm.local/lead/7").is_ok());
        for bad in
            ["", "linkedin.com/in/ada", "ftp://x", "https://", "https:///x", "mailto:", "mailto:ada", "https://a b", "javascript:alert(1)"]
        {
            assert!(matches!(LeadUrl::parse(bad), Err(CrmError::InvalidUrl)), "{bad}");
        }
        assert!(LeadUrl::parse(&format!("https://x.io/{}", "a".repeat(2048))).is_err());
    }

    #[test]
    fn weeks_start_on_monday() {
        let monday = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
        assert!(WeekStart::parse(monday).is_ok());
        assert!(matches!(WeekStart::parse(monday.succ_opt().unwrap()), Err(CrmError::WeekStartNotMonday)));
        assert_eq!(WeekStart::of(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()).date(), monday);
        assert_eq!(WeekStart::of(monday).date(), monday);
    }

    #[test]
    fn free_minutes_fit_in_a_day() {
        assert!(FreeMinutes::parse(0).is_ok() && FreeMinutes::parse(1440).is_ok());
        assert!(FreeMinutes::parse(-1).is_err() && FreeMinutes::parse(1441).is_err());
    }
}
