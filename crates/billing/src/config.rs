//! Billing's settings, read from the environment once, when the server assembles the domain
//! (`Billing::data` and `Billing::routes` share one reading). Secrets are kept in
//! [`Secret`]s and never printed. A provider whose settings are missing is off: its webhook
//! answers 503 and the mutations that need it answer a payload error saying so; a setting that
//! is present but malformed turns billing's providers off and is logged at start.

use platform::secret::Secret;

use crate::service::values::BasisPoints;

/// Stripe: the webhook endpoint's signing secret (`whsec_…`).
#[derive(Debug, Clone)]
pub struct StripeSettings {
    pub webhook_secret: Secret<String>,
}

/// Whop: the webhook secret (Standard Webhooks).
#[derive(Debug, Clone)]
pub struct WhopSettings {
    pub webhook_secret: Secret<String>,
}

/// PhonePe: the merchant, the salt key and its index (seed 000's `X-VERIFY`).
#[derive(Debug, Clone)]
pub struct PhonePeSettings {
    pub merchant_id: String,
    pub salt_key: Secret<String>,
    pub salt_index: String,
}

/// Everything billing reads from the environment.
#[derive(Debug, Clone)]
pub struct BillingConfig {
    pub stripe: Option<StripeSettings>,
    pub whop: Option<WhopSettings>,
    pub phonepe: Option<PhonePeSettings>,
    /// GST on INR payments (`MOSAIC_GST_PERCENT`, 18 by default).
    pub gst_rate: BasisPoints,
}

impl Default for BillingConfig {
    fn default() -> Self {
        Self { stripe: None, whop: None, phonepe: None, gst_rate: BasisPoints(1_800) }
    }
}

/// A setting that is present but cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub name: &'static str,
    pub expected: &'static str,
}

impl BillingConfig {
    /// The variables, by name (see the README's billing section).
    pub const VARIABLES: &'static [&'static str] = &[
        "STRIPE_WEBHOOK_SECRET",
        "WHOP_WEBHOOK_SECRET",
        "PHONEPE_MERCHANT_ID",
        "PHONEPE_SALT_KEY",
        "PHONEPE_SALT_INDEX",
        "MOSAIC_GST_PERCENT",
    ];

    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads the settings through `lookup`, so tests give their own environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let stripe = lookup("STRIPE_WEBHOOK_SECRET").map(|s| StripeSettings { webhook_secret: Secret::new(s) });
        let whop = lookup("WHOP_WEBHOOK_SECRET").map(|s| WhopSettings { webhook_secret: Secret::new(s) });
        let phonepe = match (lookup("PHONEPE_MERCHANT_ID"), lookup("PHONEPE_SALT_KEY")) {
            (Some(merchant_id), Some(salt_key)) => {
                let salt_index = lookup("PHONEPE_SALT_INDEX").unwrap_or_else(|| "1".into());
                if !salt_index.bytes().all(|b| b.is_ascii_digit()) || salt_index.is_empty() {
                    return Err(ConfigError { name: "PHONEPE_SALT_INDEX", expected: "a whole number (PhonePe's salt index)" });
                }
                Some(PhonePeSettings { merchant_id, salt_key: Secret::new(salt_key), salt_index })
            }
            (None, None) => None,
            _ => return Err(ConfigError { name: "PHONEPE_SALT_KEY", expected: "set together with PHONEPE_MERCHANT_ID" }),
        };
        let gst_rate = match lookup("MOSAIC_GST_PERCENT") {
            None => BasisPoints(1_800),
            Some(text) => BasisPoints::parse_percent(&text)
                .ok_or(ConfigError { name: "MOSAIC_GST_PERCENT", expected: "a percentage from 0 to 100 with at most two decimals" })?,
        };
        Ok(Self { stripe, whop, phonepe, gst_rate })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(vars: &[(&str, &str)]) -> Result<BillingConfig, ConfigError> {
        BillingConfig::from_lookup(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned()))
    }

    #[test]
    fn nothing_set_means_every_provider_off_and_gst_at_eighteen_percent() {
        let config = read(&[]).unwrap();
        assert!(config.stripe.is_none() && config.whop.is_none() && config.phonepe.is_none());
        assert_eq!(config.gst_rate, BasisPoints(1_800));
    }

    #[test]
    fn settings_are_checked_and_secrets_never_print() {
        let config = read(&[("STRIPE_WEBHOOK_SECRET", "whsec_abc"), ("MOSAIC_GST_PERCENT", "12.5")]).unwrap();
        assert_eq!(config.gst_rate, BasisPoints(1_250));
        assert!(!format!("{config:?}").contains("whsec_abc"));
        assert_eq!(read(&[("MOSAIC_GST_PERCENT", "eighteen")]).unwrap_err().name, "MOSAIC_GST_PERCENT");
        assert_eq!(read(&[("PHONEPE_MERCHANT_ID", "M1")]).unwrap_err().name, "PHONEPE_SALT_KEY");
        assert_eq!(
            read(&[("PHONEPE_MERCHANT_ID", "M1"), ("PHONEPE_SALT_KEY", "k"), ("PHONEPE_SALT_INDEX", "x")]).unwrap_err().name,
            "PHONEPE_SALT_INDEX"
        );
    }
}
