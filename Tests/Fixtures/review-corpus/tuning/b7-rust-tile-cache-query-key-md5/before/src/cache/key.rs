use std::fmt::Write as _;

use serde::Serialize;

/// Parameters that identify a rendered tile in the cache.
#[derive(Debug, Serialize)]
pub struct TileRequest<'a> {
    pub layer: &'a str,
    pub z: u8,
    pub x: u32,
    pub y: u32,
    pub style_version: u32,
    pub scale: f32,
}

/// Cache key for a tile; keeps a readable prefix so `redis-cli --scan` stays useful.
pub fn tile_key(req: &TileRequest<'_>) -> String {
    let mut key = String::with_capacity(64);
    write!(
        key,
        "tile:{}:{}:{}/{}/{}@{}",
        req.layer, req.style_version, req.z, req.x, req.y, req.scale
    )
    .expect("writing to a String cannot fail");
    key
}
