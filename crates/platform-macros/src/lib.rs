//! The macros of Mosaic's domain kit (re-exported by `platform`, which documents them):
//!
//! - [`macro@object`] turns a SeaORM model into the GraphQL object of its table, with every
//!   field declared once: the object's fields, the one-pass accessors, the SQL that has
//!   Postgres write a row as JSON, and the row decoder by position all come from the struct.
//! - [`macro@DomainError`] turns a domain's error enum into the API's errors: each variant
//!   declares its payload code, its input field and its message once.

use proc_macro::TokenStream;

mod domain_error;
mod object;

/// Declares a SeaORM model as a GraphQL object. Put it above the model's `#[derive(…)]`:
///
/// ```ignore
/// #[platform::object(name = "Lead", complex)]
/// #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize)]
/// #[sea_orm(table_name = "leads")]
/// pub struct Model {
///     /// The lead's id.
///     #[sea_orm(primary_key, auto_increment = false)]
///     pub id: Uuid,
///     /// The lead the action is about.
///     #[object(name = "leadId")]
///     pub person_id: Option<Uuid>,
///     #[object(skip)]
///     pub refresh_token: Option<String>,
/// }
/// ```
///
/// Options: `name` (the GraphQL type, required), `complex` (the domain adds fields with
/// `#[ComplexObject]`), `audit = "…"` (the entity name in the audit log; the GraphQL name in
/// snake case by default). Field options: `name = "…"` (the GraphQL field; the Rust name in
/// camel case by default), `skip` (not in the schema: secrets, ciphertexts).
///
/// It derives `async_graphql::SimpleObject` with every GraphQL name written out, and implements
/// `platform::fields::PlainObject` (accessors and SQL by the same names), `platform::rows::FromRow`
/// (columns read in declaration order) and, for a table with `id` and `workspace_id`,
/// `platform::tenancy::TenantEntity`. Every field's type must implement
/// `platform::fields::ColumnValue`; enums get it from `platform::db_enums!`.
#[proc_macro_attribute]
pub fn object(args: TokenStream, item: TokenStream) -> TokenStream {
    object::expand(args.into(), item.into()).unwrap_or_else(syn::Error::into_compile_error).into()
}

/// Derives everything a domain's error enum needs from one attribute per variant:
///
/// ```ignore
/// #[derive(Debug, platform::DomainError)]
/// pub enum CrmError {
///     /// A rule violation the user can fix: a payload error with a code, a field and a message.
///     #[error(Invalid, field = "url", "a lead's URL must start with https://, http:// or mailto:")]
///     InvalidUrl,
///     /// The field can come from the variant, and the message can use its fields.
///     #[error(Invalid, field = field, "{field} must be 1 to {max} characters")]
///     TextRequired { field: &'static str, max: usize },
///     /// A path that does not start at `input`.
///     #[error(Invalid, path = ["filter", field], "the end of the range comes before its start")]
///     InvalidRange { field: &'static str },
///     /// Every other failure: authentication, permission, limits, internal.
///     #[error(api)]
///     Api(platform::ApiError),
/// }
/// ```
///
/// Generates `message()`, `platform::error::DomainError` (with the blanket conversion to
/// `ServiceError`), `From<ApiError>`, `From<DbErr>` (through the enum's
/// `platform::error::Constraints`, which the domain writes: its constraints by name, in one
/// place) and `From<…> for async_graphql::Error` (a rule violation outside a payload is
/// `BAD_USER_INPUT`; every other failure keeps its code).
#[proc_macro_derive(DomainError, attributes(error))]
pub fn domain_error(item: TokenStream) -> TokenStream {
    domain_error::expand(item.into()).unwrap_or_else(syn::Error::into_compile_error).into()
}
