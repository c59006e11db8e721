//! `#[object(…)]` on a SeaORM model.

use heck::{ToLowerCamelCase, ToSnakeCase};
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Fields, Ident, ItemStruct, LitStr, Type, parse_quote};

struct Options {
    name: LitStr,
    complex: bool,
    audit: Option<LitStr>,
}

fn options(args: TokenStream) -> syn::Result<Options> {
    let mut name = None;
    let mut complex = false;
    let mut audit = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("name") {
            name = Some(meta.value()?.parse::<LitStr>()?);
        } else if meta.path.is_ident("complex") {
            complex = true;
        } else if meta.path.is_ident("audit") {
            audit = Some(meta.value()?.parse::<LitStr>()?);
        } else {
            return Err(meta.error("expected `name = \"…\"`, `complex` or `audit = \"…\"`"));
        }
        Ok(())
    });
    syn::parse::Parser::parse2(parser, args)?;
    let name = name.ok_or_else(|| syn::Error::new(proc_macro2::Span::call_site(), "give the GraphQL type: #[object(name = \"…\")]"))?;
    Ok(Options { name, complex, audit })
}

/// One column of the model.
struct Column {
    ident: Ident,
    ty: Type,
    /// The GraphQL field, `None` when skipped.
    graphql: Option<String>,
    /// The column in the table.
    sql: String,
}

/// Reads and removes `#[object(…)]` from a field; returns (skip, explicit name).
fn field_options(attrs: &mut Vec<Attribute>) -> syn::Result<(bool, Option<String>)> {
    let mut skip = false;
    let mut name = None;
    let mut error = None;
    attrs.retain(|attr| {
        if !attr.path().is_ident("object") {
            return true;
        }
        let parsed = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("skip") {
                skip = true;
            } else if meta.path.is_ident("name") {
                name = Some(meta.value()?.parse::<LitStr>()?.value());
            } else {
                return Err(meta.error("expected `skip` or `name = \"…\"`"));
            }
            Ok(())
        });
        if let Err(e) = parsed {
            error = Some(e);
        }
        false
    });
    match error {
        Some(e) => Err(e),
        None => Ok((skip, name)),
    }
}

/// The `column_name` of a field's `#[sea_orm(…)]`, if it renames the column.
fn sea_orm_column_name(attrs: &[Attribute]) -> syn::Result<Option<String>> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("sea_orm")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("column_name") {
                found = Some(meta.value()?.parse::<LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            } else if meta.input.peek(syn::token::Paren) {
                meta.parse_nested_meta(|_| Ok(()))?;
            }
            Ok(())
        })?;
    }
    Ok(found)
}

fn is_ident(ty: &Type, name: &str) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.segments.last().is_some_and(|s| s.ident == name && s.arguments.is_empty()))
}

pub fn expand(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let options = options(args)?;
    let mut model: ItemStruct = syn::parse2(item)?;
    let Fields::Named(fields) = &mut model.fields else {
        return Err(syn::Error::new_spanned(&model.ident, "#[object] needs a struct with named fields"));
    };
    let mut columns = Vec::new();
    for field in &mut fields.named {
        let (skip, explicit) = field_options(&mut field.attrs)?;
        let Some(ident) = field.ident.clone() else { continue };
        let sql = sea_orm_column_name(&field.attrs)?.unwrap_or_else(|| ident.to_string());
        let graphql = (!skip).then(|| explicit.unwrap_or_else(|| ident.to_string().to_lower_camel_case()));
        match &graphql {
            Some(name) => field.attrs.push(parse_quote!(#[graphql(name = #name)])),
            None => field.attrs.push(parse_quote!(#[graphql(skip)])),
        }
        columns.push(Column { ident, ty: field.ty.clone(), graphql, sql });
    }

    let name = &options.name;
    model.attrs.insert(0, parse_quote!(#[derive(::async_graphql::SimpleObject)]));
    if options.complex {
        model.attrs.push(parse_quote!(#[graphql(name = #name, complex)]));
    } else {
        model.attrs.push(parse_quote!(#[graphql(name = #name)]));
    }

    let model_ident = &model.ident;
    let shown: Vec<&Column> = columns.iter().filter(|c| c.graphql.is_some()).collect();
    let names: Vec<&str> = shown.iter().filter_map(|c| c.graphql.as_deref()).collect();
    let idents: Vec<&Ident> = shown.iter().map(|c| &c.ident).collect();
    let types: Vec<&Type> = shown.iter().map(|c| &c.ty).collect();
    let sql_columns: Vec<&str> = shown.iter().map(|c| c.sql.as_str()).collect();
    let all_idents: Vec<&Ident> = columns.iter().map(|c| &c.ident).collect();

    let plain = quote! {
        impl ::platform::fields::PlainObject for #model_ident {
            fn plain_field(name: &str) -> ::core::option::Option<::platform::fields::Accessor<Self>> {
                ::core::option::Option::Some(match name {
                    #( #names => |m: &Self| ::platform::fields::ColumnValue::graphql(&m.#idents), )*
                    _ => return ::core::option::Option::None,
                })
            }

            fn sql_field(name: &str, row: &str) -> ::core::option::Option<::platform::fields::SqlJson> {
                match name {
                    #( #names => <#types as ::platform::fields::ColumnValue>::sql_json(&::platform::fields::column(row, #sql_columns)), )*
                    _ => ::core::option::Option::None,
                }
            }

            fn plain_fields() -> &'static [&'static str] {
                &[#( #names ),*]
            }
        }

        impl ::platform::rows::FromRow for #model_ident {
            fn from_row(row: &::platform::rows::PgRow) -> ::core::result::Result<Self, ::sea_orm::DbErr> {
                let mut columns = ::platform::rows::Columns::new(row);
                ::core::result::Result::Ok(Self { #( #all_idents: columns.read()?, )* })
            }
        }
    };

    let has = |field: &str| columns.iter().any(|c| c.ident == field && is_ident(&c.ty, "Uuid"));
    let keyed = if has("id") {
        quote! {
            impl ::platform::tenancy::Keyed for Entity {
                fn id_column() -> Column {
                    Column::Id
                }
            }

            impl ::platform::tenancy::KeyedRow for #model_ident {
                fn id(&self) -> ::sea_orm::prelude::Uuid {
                    self.id
                }
            }
        }
    } else {
        TokenStream::new()
    };
    let tenant = if has("id") && has("workspace_id") {
        let audit = options.audit.as_ref().map_or_else(|| name.value().to_snake_case(), LitStr::value);
        quote! {
            impl ::platform::tenancy::TenantEntity for Entity {
                const AUDIT_NAME: &'static str = #audit;

                fn workspace_column() -> Column {
                    Column::WorkspaceId
                }
            }

            impl ::platform::tenancy::TenantRow for #model_ident {
                fn workspace_id(&self) -> ::sea_orm::prelude::Uuid {
                    self.workspace_id
                }
            }
        }
    } else {
        TokenStream::new()
    };

    Ok(quote! {
        #model
        #plain
        #keyed
        #tenant
    })
}
