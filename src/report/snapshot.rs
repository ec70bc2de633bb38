//! Snapshot links: a view's figures (already aggregated and suppressed) packed into a URL fragment, so a
//! recipient sees the same charts without any file. Never a row, a free-text answer or a name of a unit:
//! the collaboration network (built from free-text answers, unit by unit) is left out. What goes in is
//! already suppressed: a suppressed bar or cell holds no value (`None`), and a withheld figure's n is
//! zeroed here.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::core::Filter;
use crate::report::Figure;

/// Figures that show single units or free text, and so never leave the browser.
pub const NEVER_SHARED: [&str; 1] = ["collaboration-network"];

/// Decompressed snapshots larger than this are refused (a crafted link must not exhaust memory).
pub const MAX_SNAPSHOT_BYTES: usize = 4 * 1024 * 1024;

/// What a snapshot link carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub version: u8,
    /// The view id (`collaboration`).
    pub view: String,
    /// The language code it was made in.
    pub lang: String,
    pub filters: Vec<Filter>,
    pub min_cell: usize,
    pub figures: Vec<Figure>,
}

/// Why a snapshot link could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    #[error("the link is cut short or changed")]
    Damaged,
    #[error("the link is from a newer version of Brobygger")]
    Version,
}

/// Makes a snapshot of `figures`: leaves out what must not be shared and takes the clicks out of the rest
/// (a snapshot cannot be filtered further).
pub fn make(view: &str, lang: &str, filters: &[Filter], min_cell: usize, figures: &[Figure]) -> Snapshot {
    let figures = figures
        .iter()
        .filter(|figure| !NEVER_SHARED.contains(&figure.id.as_str()))
        .map(|figure| {
            let mut figure = figure.clone();
            if figure.withheld {
                // The caption already says `n < 5`; the number itself stays here.
                figure.n = 0;
            }
            figure.mark_filters = vec![Vec::new(); figure.mark_filters.len()];
            for item in &mut figure.items {
                item.filters.clear();
                item.target = None;
            }
            figure
        })
        .collect();
    Snapshot {
        version: 1,
        view: view.to_owned(),
        lang: lang.to_owned(),
        filters: filters.to_vec(),
        min_cell,
        figures,
    }
}

/// postcard (compact binary serde), deflated, base64url: what follows `#snapshot=`.
pub fn encode(snapshot: &Snapshot) -> String {
    let bytes = postcard::to_allocvec(snapshot).unwrap_or_default();
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bytes, 9))
}

/// Reads a snapshot and redraws its charts.
pub fn decode(text: &str) -> Result<Snapshot, SnapshotError> {
    let compressed = URL_SAFE_NO_PAD
        .decode(text.trim().as_bytes())
        .map_err(|_| SnapshotError::Damaged)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_SNAPSHOT_BYTES)
        .map_err(|_| SnapshotError::Damaged)?;
    let mut snapshot: Snapshot = postcard::from_bytes(&bytes).map_err(|_| SnapshotError::Damaged)?;
    if snapshot.version != 1 {
        return Err(SnapshotError::Version);
    }
    snapshot
        .figures
        .retain(|figure| !NEVER_SHARED.contains(&figure.id.as_str()));
    for figure in &mut snapshot.figures {
        figure.redraw();
    }
    Ok(snapshot)
}
