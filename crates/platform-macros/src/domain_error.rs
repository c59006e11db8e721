//! `#[derive(DomainError)]` on a domain's error enum.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Data, DeriveInput, Expr, Fields, Ident, LitStr, Token, bracketed};

/// What one `#[error(…)]` says.
enum Spec {
    /// The variant wraps the `ApiError` every other failure becomes.
    Api,
    User {
        code: Ident,
        /// Where the offending value is: under `input` (`field = …`) or a whole path (`path = […]`).
        path: Path,
        message: LitStr,
    },
}

enum Path {
    Input(Vec<Expr>),
    Whole(Vec<Expr>),
}

impl Parse for Spec {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let code: Ident = input.parse()?;
        if code == "api" {
            return Ok(Self::Api);
        }
        let mut path = Path::Input(Vec::new());
        let mut message = None;
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.peek(LitStr) {
                message = Some(input.parse::<LitStr>()?);
                continue;
            }
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            if key == "field" {
                path = Path::Input(vec![input.parse::<Expr>()?]);
            } else if key == "path" {
                let content;
                bracketed!(content in input);
                let parts = Punctuated::<Expr, Token![,]>::parse_terminated(&content)?;
                path = Path::Whole(parts.into_iter().collect());
            } else {
                return Err(syn::Error::new_spanned(key, "expected `field = …` or `path = […]`"));
            }
        }
        let message = message.ok_or_else(|| input.error("give the message for people as a string literal"))?;
        Ok(Self::User { code, path, message })
    }
}

pub fn expand(item: TokenStream) -> syn::Result<TokenStream> {
    let input: DeriveInput = syn::parse2(item)?;
    let name = &input.ident;
    let Data::Enum(data) = &input.data else {
        return Err(syn::Error::new_spanned(name, "DomainError is derived on an enum"));
    };

    let mut api_variant = None;
    let mut message_arms = Vec::new();
    let mut service_arms = Vec::new();
    let mut code_arms = Vec::new();
    for variant in &data.variants {
        let attr = variant.attrs.iter().find(|a| a.path().is_ident("error")).ok_or_else(|| {
            syn::Error::new_spanned(&variant.ident, "every variant needs #[error(CODE, field = …, \"message\")] or #[error(api)]")
        })?;
        let spec: Spec = attr.parse_args()?;
        let ident = &variant.ident;
        match spec {
            Spec::Api => {
                if !matches!(&variant.fields, Fields::Unnamed(f) if f.unnamed.len() == 1) {
                    return Err(syn::Error::new_spanned(ident, "#[error(api)] goes on a variant holding one ApiError"));
                }
                api_variant = Some(ident.clone());
                message_arms.push(quote! { Self::#ident(api) => api.message(), });
                service_arms.push(quote! { Self::#ident(api) => ::platform::error::ServiceError::Api(api), });
                code_arms.push(quote! { Self::#ident(_) => ::core::option::Option::None, });
            }
            Spec::User { code, path, message } => {
                let pattern = match &variant.fields {
                    Fields::Unit => quote! { Self::#ident },
                    Fields::Named(named) => {
                        let bound = named.named.iter().filter_map(|f| f.ident.as_ref());
                        quote! { Self::#ident { #( #bound ),* } }
                    }
                    Fields::Unnamed(unnamed) => {
                        let bound = (0..unnamed.unnamed.len()).map(|i| format_ident!("_{i}"));
                        quote! { Self::#ident( #( #bound ),* ) }
                    }
                };
                let parts = match &path {
                    Path::Input(parts) => quote! { {
                        let mut path = ::std::vec![::std::string::String::from("input")];
                        #( path.push(::std::string::ToString::to_string(&#parts)); )*
                        path
                    } },
                    Path::Whole(parts) => quote! { ::std::vec![ #( ::std::string::ToString::to_string(&#parts) ),* ] },
                };
                message_arms.push(quote! { #pattern => ::std::format!(#message), });
                service_arms.push(quote! {
                    #pattern => ::platform::error::ServiceError::User(::platform::error::UserError {
                        code: ::platform::error::UserErrorCode::#code,
                        field: #parts,
                        message,
                    }),
                });
                code_arms.push(quote! { #pattern => ::core::option::Option::Some(::platform::error::UserErrorCode::#code), });
            }
        }
    }
    let api_variant = api_variant.ok_or_else(|| syn::Error::new_spanned(name, "one variant must be #[error(api)] Api(ApiError)"))?;

    Ok(quote! {
        impl #name {
            /// A sentence for people.
            #[allow(unused_variables)]
            pub fn message(&self) -> ::std::string::String {
                match self {
                    #( #message_arms )*
                }
            }
        }

        impl ::platform::error::DomainError for #name {
            #[allow(unused_variables)]
            fn into_service(self) -> ::platform::error::ServiceError {
                let message = self.message();
                match self {
                    #( #service_arms )*
                }
            }

            #[allow(unused_variables)]
            fn user_code(&self) -> ::core::option::Option<::platform::error::UserErrorCode> {
                match self {
                    #( #code_arms )*
                }
            }
        }

        impl ::core::convert::From<::platform::error::ApiError> for #name {
            fn from(error: ::platform::error::ApiError) -> Self {
                Self::#api_variant(error)
            }
        }

        impl ::core::convert::From<::sea_orm::DbErr> for #name {
            fn from(error: ::sea_orm::DbErr) -> Self {
                ::platform::error::from_db::<Self>(error)
            }
        }

        /// Outside a payload (a query, a nested field), a rule violation is `BAD_USER_INPUT`
        /// and every other failure keeps its code.
        impl ::core::convert::From<#name> for ::async_graphql::Error {
            fn from(error: #name) -> Self {
                ::platform::error::ServiceError::from(error).into()
            }
        }
    })
}
