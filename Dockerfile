# The mosaic gateway. Build: docker build -t mosaic .
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --bin mosaic

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 mosaic
COPY --from=build /src/target/release/mosaic /usr/local/bin/mosaic
USER mosaic
ENV MOSAIC_BIND=0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["mosaic"]
CMD ["serve"]
