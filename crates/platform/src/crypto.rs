//! AES-256-GCM encryption of secrets users give us (OAuth tokens, ESP credentials).
//!
//! A ciphertext is `v1:<key id>:<base64 of nonce ‖ ciphertext ‖ tag>`. The key id lets keys
//! rotate: the first key of the ring encrypts, every key of the ring decrypts.

use aes_gcm::aead::{Aead, KeyInit, OsRng};
use aes_gcm::{AeadCore, Aes256Gcm, Key, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::secret::Secret;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyringError {
    #[error("expected `id:base64key` entries separated by commas, got {0:?}")]
    Format(String),
    #[error("key {id:?} is {len} bytes; AES-256 needs exactly 32")]
    KeyLength { id: String, len: usize },
    #[error("no keys given")]
    Empty,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CryptoError {
    #[error("the ciphertext is malformed")]
    Malformed,
    #[error("no key with id {0:?} in the keyring")]
    UnknownKey(String),
    #[error("the ciphertext does not decrypt with its key (tampered, or a wrong key)")]
    Decrypt,
}

#[derive(Clone)]
struct NamedKey {
    id: String,
    cipher: Aes256Gcm,
}

/// The encryption keys, newest first.
#[derive(Clone)]
pub struct Keyring {
    keys: Vec<NamedKey>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.keys.iter().map(|k| k.id.as_str()).collect();
        f.debug_struct("Keyring").field("key_ids", &ids).finish()
    }
}

impl Keyring {
    /// Parses `k2:base64,k1:base64`: the first key encrypts, all decrypt.
    pub fn parse(spec: &str) -> Result<Self, KeyringError> {
        let mut keys = Vec::new();
        for entry in spec.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let (id, b64) = entry.split_once(':').ok_or_else(|| KeyringError::Format(entry.chars().take(8).collect()))?;
            let bytes = Secret::new(STANDARD.decode(b64.trim()).map_err(|_| KeyringError::Format(id.into()))?);
            if bytes.expose().len() != 32 || id.is_empty() || id.contains(':') {
                return Err(KeyringError::KeyLength { id: id.into(), len: bytes.expose().len() });
            }
            let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(bytes.expose()));
            keys.push(NamedKey { id: id.into(), cipher });
        }
        if keys.is_empty() {
            return Err(KeyringError::Empty);
        }
        Ok(Self { keys })
    }

    pub fn encrypt(&self, plaintext: &str) -> String {
        let key = &self.keys[0];
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        // Encryption with a valid key and a fresh nonce cannot fail for inputs under 64 GiB.
        let sealed = key.cipher.encrypt(&nonce, plaintext.as_bytes()).unwrap_or_default();
        let mut blob = nonce.to_vec();
        blob.extend_from_slice(&sealed);
        format!("v1:{}:{}", key.id, STANDARD.encode(blob))
    }

    pub fn decrypt(&self, ciphertext: &str) -> Result<Secret<String>, CryptoError> {
        let mut parts = ciphertext.splitn(3, ':');
        let (Some("v1"), Some(id), Some(b64)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(CryptoError::Malformed);
        };
        let key = self.keys.iter().find(|k| k.id == id).ok_or_else(|| CryptoError::UnknownKey(id.into()))?;
        let blob = STANDARD.decode(b64).map_err(|_| CryptoError::Malformed)?;
        if blob.len() < 12 + 16 {
            return Err(CryptoError::Malformed);
        }
        let (nonce, sealed) = blob.split_at(12);
        let plain = key.cipher.decrypt(Nonce::from_slice(nonce), sealed).map_err(|_| CryptoError::Decrypt)?;
        String::from_utf8(plain).map(Secret::new).map_err(|_| CryptoError::Decrypt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const K1: &str = "k1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    const K2: &str = "k2:AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=";

    #[test]
    fn a_value_round_trips_and_never_shows_in_the_ciphertext() {
        let ring = Keyring::parse(K1).unwrap();
        let sealed = ring.encrypt("refresh-token-123");
        assert!(!sealed.contains("refresh-token-123"));
        assert_eq!(ring.decrypt(&sealed).unwrap().expose(), "refresh-token-123");
    }

    #[test]
    fn after_rotation_old_ciphertexts_still_open_and_new_ones_use_the_new_key() {
        let old = Keyring::parse(K1).unwrap().encrypt("x");
        let ring = Keyring::parse(&format!("{K2},{K1}")).unwrap();
        assert_eq!(ring.decrypt(&old).unwrap().expose(), "x");
        assert!(ring.encrypt("y").starts_with("v1:k2:"));
    }

    #[test]
    fn a_tampered_ciphertext_is_refused() {
        let ring = Keyring::parse(K1).unwrap();
        let mut sealed = ring.encrypt("secret");
        let last = sealed.pop().unwrap();
        sealed.push(if last == 'A' { 'B' } else { 'A' });
        assert!(ring.decrypt(&sealed).is_err());
    }

    #[test]
    fn a_short_key_is_refused() {
        assert!(matches!(Keyring::parse("k1:c2hvcnQ="), Err(KeyringError::KeyLength { .. })));
    }
}
