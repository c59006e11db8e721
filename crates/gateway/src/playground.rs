//! GraphiQL on `GET /`, served with its scripts from this binary, so the playground works
//! offline and under a strict content security policy (no CDN).

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="robots" content="noindex">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mosaic GraphiQL</title>
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  <link rel="stylesheet" href="/assets/graphiql.min.css">
  <script src="/assets/react.production.min.js"></script>
  <script src="/assets/react-dom.production.min.js"></script>
  <script src="/assets/graphiql.min.js"></script>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/assets/mosaic-graphiql.js"></script>
</body>
</html>
"#;

/// Starts GraphiQL against this server; headers typed in the Headers tab are sent with every
/// request and in the graphql-ws connection_init payload.
const BOOT: &str = r#"(function () {
  var origin = window.location.origin;
  var ws = origin.replace(/^http/, 'ws') + '/graphql/ws';
  var fetcher = GraphiQL.createFetcher({ url: origin + '/graphql', subscriptionUrl: ws });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: true,
    defaultQuery: '# Mint a token: cargo run -q -- token --email you@example.com\n# then add {"Authorization": "Bearer <token>"} in Headers below.\n{\n  viewer {\n    email\n    memberships { role workspace { name slug } }\n  }\n}\n'
  }));
})();
"#;

pub async fn page() -> Html<&'static str> {
    Html(PAGE)
}

pub async fn asset(Path(name): Path<String>) -> Response {
    let (body, kind): (&'static [u8], &str) = match name.as_str() {
        "graphiql.min.js" => (include_bytes!("../assets/graphiql.min.js"), "text/javascript"),
        "graphiql.min.css" => (include_bytes!("../assets/graphiql.min.css"), "text/css"),
        "react.production.min.js" => (include_bytes!("../assets/react.production.min.js"), "text/javascript"),
        "react-dom.production.min.js" => (include_bytes!("../assets/react-dom.production.min.js"), "text/javascript"),
        "mosaic-graphiql.js" => (BOOT.as_bytes(), "text/javascript"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "public, max-age=86400")], body).into_response()
}
