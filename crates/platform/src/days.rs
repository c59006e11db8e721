//! Days as people live them: a user's "today" and the instant their day begins, in their own
//! time zone (which [`crate::directory::Directory`] tells).

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// The calendar day `instant` falls on in `tz`.
pub fn local_date(tz: Tz, instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&tz).date_naive()
}

/// The instant `date` begins in `tz` (the first moment that exists, across a DST gap).
pub fn start_of_day(tz: Tz, date: NaiveDate) -> DateTime<Utc> {
    let midnight = date.and_time(NaiveTime::MIN);
    (0..3)
        .find_map(|h| tz.from_local_datetime(&(midnight + chrono::Duration::hours(h))).earliest())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_begin_at_local_midnight() {
        let ny: Tz = "America/New_York".parse().unwrap();
        let d = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
        assert_eq!(start_of_day(ny, d).to_rfc3339(), "2026-01-15T05:00:00+00:00");
        // São Paulo had midnight DST gaps; the day then starts at 01:00.
        let sp: Tz = "America/Sao_Paulo".parse().unwrap();
        let gap = NaiveDate::from_ymd_opt(2018, 11, 4).unwrap();
        assert_eq!(start_of_day(sp, gap).to_rfc3339(), "2018-11-04T03:00:00+00:00");
    }
}
