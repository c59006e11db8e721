//! The values billing's rules are made of, parsed once: money in integer minor units, exact
//! decimals, percentages in basis points, idempotency keys. No float ever holds money.
//!
//! Rounding (see `docs/billing.md`): GST and volume discounts round half up to the minor unit;
//! an AI call's credits round up to the whole credit.

use crate::error::{BillingError, Result};

/// The most an idempotency key may hold.
pub const MAX_KEY: usize = 255;

/// An idempotency key: trimmed, 1 to 255 characters; `None` when not given.
/// A whole number from a provider's metadata: Stripe keeps every metadata value as a string
/// (`"25"`), the demo and other providers may give a JSON number; both are read, anything
/// else is absent.
pub fn metadata_count(value: &serde_json::Value) -> Option<i64> {
    value.as_i64().or_else(|| value.as_str().and_then(|s| s.trim().parse::<i64>().ok()))
}

pub fn idempotency_key(raw: Option<&str>, field: &'static str) -> Result<Option<String>> {
    match raw {
        None => Ok(None),
        Some(raw) => {
            let key = raw.trim();
            if key.is_empty() || key.chars().count() > MAX_KEY {
                return Err(BillingError::IdempotencyKeyInvalid { field });
            }
            Ok(Some(key.to_owned()))
        }
    }
}

/// A required idempotency key.
pub fn required_key(raw: &str, field: &'static str) -> Result<String> {
    idempotency_key(Some(raw), field)?.ok_or(BillingError::IdempotencyKeyInvalid { field })
}

/// A decimal string (`"999.00"`, `"18"`, `"0.5"`) as an integer of `scale` decimals:
/// `decimal("999.5", 2) == Some(99950)`. `None` for anything else: a sign, an exponent, more
/// decimals than `scale`, more than 18 digits.
pub fn decimal(text: &str, scale: u32) -> Option<i128> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) || whole.len() + fraction.len() > 18 {
        return None;
    }
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > scale as usize {
        return None;
    }
    let whole: i128 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let mut frac: i128 = if fraction.is_empty() { 0 } else { fraction.parse().ok()? };
    for _ in fraction.len()..scale as usize {
        frac *= 10;
    }
    Some(whole * 10_i128.pow(scale) + frac)
}

/// An integer of `scale` decimals as a decimal string: `format_decimal(17982, 2) == "179.82"`.
pub fn format_decimal(value: i128, scale: u32) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let value = value.unsigned_abs();
    if scale == 0 {
        return format!("{sign}{value}");
    }
    let unit = 10_u128.pow(scale);
    format!("{sign}{}.{:0width$}", value / unit, value % unit, width = scale as usize)
}

/// `numerator / denominator` rounded half up, for non-negative values.
pub fn div_half_up(numerator: i128, denominator: i128) -> i128 {
    (numerator + denominator / 2) / denominator
}

/// A percentage in basis points (hundredths of a percent): `18` is 1800, `12.5` is 1250.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct BasisPoints(pub i64);

impl BasisPoints {
    /// A percentage written as a decimal with at most two decimals, 0 to 100.
    pub fn parse_percent(text: &str) -> Option<Self> {
        let bp = decimal(text, 2)?;
        (0..=10_000).contains(&bp).then_some(Self(bp as i64))
    }

    /// The share of `amount` (minor units) at this rate, rounded half up to the minor unit.
    pub fn of(self, amount: i64) -> i64 {
        div_half_up(i128::from(amount) * i128::from(self.0), 10_000) as i64
    }
}

/// GST on an amount of paise at `rate`, rounded half up to the paisa (seed 000: ₹999.00 at
/// 18 % is ₹179.82, so ₹1,178.82 in all).
pub fn gst(amount_paise: i64, rate: BasisPoints) -> i64 {
    rate.of(amount_paise)
}

/// One volume discount tier of a product: from `min_quantity` units, `percent_off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tier {
    pub min_quantity: i64,
    pub percent_off: BasisPoints,
}

/// A product's `volume_discounts` (the database's CHECK has already refused any other shape;
/// a tier that still does not read is skipped).
pub fn tiers(json: &serde_json::Value) -> Vec<Tier> {
    json.as_array()
        .map(|tiers| {
            tiers
                .iter()
                .filter_map(|t| {
                    let min_quantity = t.get("min_quantity")?.as_i64()?;
                    let percent_off = BasisPoints::parse_percent(&t.get("percent_off")?.to_string())?;
                    Some(Tier { min_quantity, percent_off })
                })
                .collect()
        })
        .unwrap_or_default()
}

/// An order line: `(gross, discount, subtotal)` for `quantity` units at `unit_price`, with
/// the highest tier whose `min_quantity` the quantity reaches (rule 6), rounded half up.
pub fn line(unit_price: i64, quantity: i32, tiers: &[Tier]) -> Option<(i64, i64, i64)> {
    let gross = unit_price.checked_mul(i64::from(quantity))?;
    let tier = tiers.iter().filter(|t| t.min_quantity <= i64::from(quantity)).max_by_key(|t| t.min_quantity);
    let discount = tier.map_or(0, |t| t.percent_off.of(gross));
    Some((gross, discount, gross - discount))
}

/// Credits for `calls` calls at `credit_cost` per call (a decimal string of at most four
/// decimals): `ceil(credit_cost × calls)` (rule 18).
pub fn call_credits(credit_cost: &str, calls: i64) -> Option<i64> {
    let cost = decimal(credit_cost, 4)?;
    let total = cost.checked_mul(i128::from(calls))?;
    i64::try_from((total + 9_999) / 10_000).ok()
}

/// A lowercase ISO 4217 code (`usd`, `inr`), from any case.
pub fn currency(text: &str) -> Option<String> {
    let lower = text.trim().to_ascii_lowercase();
    (lower.len() == 3 && lower.bytes().all(|b| b.is_ascii_lowercase())).then_some(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_metadata_count_is_read_as_stripe_writes_it_and_as_a_number() {
        for (value, expected) in [
            (serde_json::json!("25"), Some(25)),
            (serde_json::json!(" 100 "), Some(100)),
            (serde_json::json!(25), Some(25)),
            (serde_json::json!("twenty"), None),
            (serde_json::json!(2.5), None),
            (serde_json::Value::Null, None),
        ] {
            assert_eq!(metadata_count(&value), expected, "{value}");
        }
    }

    #[test]
    fn decimals_are_exact_or_refused() {
        assert_eq!(decimal("999.00", 2), Some(99_900));
        assert_eq!(decimal("999.5", 2), Some(99_950));
        assert_eq!(decimal("0.5", 4), Some(5_000));
        assert_eq!(decimal(".5", 2), Some(50));
        assert_eq!(decimal("18", 2), Some(1_800));
        for bad in ["", ".", "-1", "1e3", "1.234", "abc", "1,00", " 1 . 0"] {
            assert_eq!(decimal(bad, 2), None, "{bad}");
        }
        assert_eq!(format_decimal(17_982, 2), "179.82");
        assert_eq!(format_decimal(5, 6), "0.000005");
        assert_eq!(format_decimal(-1_050, 2), "-10.50");
    }

    #[test]
    fn gst_is_eighteen_percent_rounded_half_up_to_the_paisa() {
        let rate = BasisPoints::parse_percent("18").unwrap();
        // Seed 000's example: ₹999.00 → GST ₹179.82 → ₹1,178.82.
        assert_eq!(gst(99_900, rate), 17_982);
        assert_eq!(99_900 + gst(99_900, rate), 117_882);
        // ₹0.25 × 18 % = 4.5 paise → 5; ₹0.24 × 18 % = 4.32 → 4; ₹0.99 → 17.82 → 18.
        assert_eq!(gst(25, rate), 5);
        assert_eq!(gst(24, rate), 4);
        assert_eq!(gst(99, rate), 18);
        // ₹1.00 → ₹0.18; a 12.5 % rate on ₹10.01 → 125.125 paise → 125.
        assert_eq!(gst(100, rate), 18);
        assert_eq!(gst(1_001, BasisPoints::parse_percent("12.5").unwrap()), 125);
        assert_eq!(BasisPoints::parse_percent("100.01"), None);
    }

    #[test]
    fn the_highest_tier_reached_discounts_a_line() {
        let json = serde_json::json!([{"min_quantity": 5, "percent_off": 10}, {"min_quantity": 10, "percent_off": 15.5}]);
        let tiers = tiers(&json);
        // $10.00 each: 4 units, no tier; 5 units, 10 %; 12 units, 15.5 % of $120.00 = $18.60.
        assert_eq!(line(1_000, 4, &tiers), Some((4_000, 0, 4_000)));
        assert_eq!(line(1_000, 5, &tiers), Some((5_000, 500, 4_500)));
        assert_eq!(line(1_000, 12, &tiers), Some((12_000, 1_860, 10_140)));
        // Half a cent rounds up: 5 × $0.33 = $1.65 at 10 % = 16.5 cents → 17.
        assert_eq!(line(33, 5, &tiers), Some((165, 17, 148)));
        assert_eq!(line(i64::MAX, 2, &tiers), None);
    }

    #[test]
    fn an_ai_call_costs_whole_credits_rounded_up() {
        assert_eq!(call_credits("0.5000", 1), Some(1));
        assert_eq!(call_credits("0.5", 2), Some(1));
        assert_eq!(call_credits("0.5", 3), Some(2));
        assert_eq!(call_credits("2", 3), Some(6));
        assert_eq!(call_credits("0.0001", 1), Some(1));
        assert_eq!(call_credits("x", 1), None);
    }
}
