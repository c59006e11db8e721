//! Scalars shared by every domain.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};
use chrono::NaiveDate;

/// A calendar date without time or zone, `YYYY-MM-DD` (ISO 8601), years 1 to 9999. Models
/// hold it as a column type, so a date column is declared once for the database and the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, sea_orm::DeriveValueType, serde::Serialize, serde::Deserialize)]
pub struct Date(pub NaiveDate);

#[Scalar(name = "Date")]
impl ScalarType for Date {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            // Four-digit years only: outside them Postgres and the API would write dates apart.
            Value::String(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .ok()
                .filter(|d| (1..=9999).contains(&chrono::Datelike::year(d)) && s.len() == 10)
                .map(Date)
                .ok_or_else(|| InputValueError::custom(format!("{s:?} is not a date in YYYY-MM-DD form (years 0001 to 9999)"))),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        // NaiveDate's Display is ISO 8601 (YYYY-MM-DD) and much cheaper than a strftime pattern.
        Value::String(self.0.to_string())
    }
}

impl From<NaiveDate> for Date {
    fn from(d: NaiveDate) -> Self {
        Self(d)
    }
}

impl From<Date> for NaiveDate {
    fn from(d: Date) -> Self {
        d.0
    }
}

impl std::ops::Deref for Date {
    type Target = NaiveDate;

    fn deref(&self) -> &NaiveDate {
        &self.0
    }
}
