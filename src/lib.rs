//! retold: find news articles that tell the same story, and show where their claims differ.
//!
//! Data flows one way; each stage is a module with plain data in and out:
//!
//! ```text
//! ingest ─▶ normalize ─▶ features ─▶ sketch ─▶ lsh ───────▶ verify ─▶ cluster ─▶ report
//! (read)    (NFKC,       (shingle,   (MinHash  (bands →     (exact    (union-    (json,
//!           casefold,    boiler-     signa-    candidate    Jaccard,  find over  jsonl,
//!           quotes)      plate)      tures)    pairs)       contain-  verified   text)
//!                                                           ment)     edges)
//! ```
//!
//! `scan` runs the stages over a dump in streaming passes; `cli` is a thin layer on top.

pub mod boilerplate;
pub mod byteclass;
pub mod calendar;
pub mod claims;
pub mod cluster;
pub mod features;
pub mod gen;
pub mod hash;
pub mod headline;
pub mod ingest;
pub mod lsh;
pub mod normalize;
pub mod progress;
pub mod report;
pub mod scan;
pub mod shingle;
pub mod sketch;
pub mod story;
pub mod tickers;
pub mod verify;
