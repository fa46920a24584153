//! `retold scan` on every input format, on standard input, on directories, and on the
//! hand-made fixtures (copies with edits, boilerplate, Unicode).

mod common;

use common::*;
use flate2::write::GzEncoder;
use std::io::Write;

/// The three wire articles of fixtures/formats (ids PREFIX1..3): 1 and 2 are near copies.
fn check_wire(path: &str, prefix: &str) {
    let (code, json, stderr) = scan_json(&[&fixture(path).display().to_string()]);
    assert_eq!(code, 0, "{path}: {stderr}");
    assert!(stderr.is_empty(), "{path}: unexpected stderr: {stderr}");
    assert_eq!(json["documents"], 3, "{path}");
    let (a, b) = (format!("{prefix}1"), format!("{prefix}2"));
    assert_eq!(pair_ids(&json), [pair(&a, &b)].into(), "{path}");
    let p = find_pair(&json, &a, &b).unwrap();
    assert_eq!(p["relation"], "near_duplicate");
    assert!(p["score"].as_f64().unwrap() > 0.8);
}

#[test]
fn jsonl() {
    check_wire("formats/wire.jsonl", "j");
}

#[test]
fn ndjson() {
    check_wire("formats/wire.ndjson", "n");
}

#[test]
fn jsonl_gzip_with_concatenated_members() {
    // The file holds two gzip members (records 1-2, then 3): the third record proves the
    // second member is read.
    check_wire("formats/wire.jsonl.gz", "g");
}

#[test]
fn jsonl_zstd() {
    check_wire("formats/wire.jsonl.zst", "z");
}

#[test]
fn jsonl_bzip2_with_concatenated_streams() {
    // Two bzip2 streams (records 1-2, then 3), as pbzip2 writes: the third record proves
    // the second stream is read.
    check_wire("formats/wire.jsonl.bz2", "b");
}

#[test]
fn jsonl_xz() {
    check_wire("formats/wire.jsonl.xz", "x");
}

#[test]
fn compressed_stdin_arriving_in_pieces_is_recognized() {
    // A pipe may hand over the first bytes before the rest: the compression is sniffed from
    // the whole magic, not from the first read (a review's case: 3 bytes, then a pause).
    let bytes = std::fs::read(fixture("formats/wire.jsonl.xz")).unwrap();
    let mut child = retold_std()
        .args(["scan", "-", "--format", "json", "--copies-only", "--quiet"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&bytes[..3]).unwrap();
    stdin.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    stdin.write_all(&bytes[3..]).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"], 3, "{stderr}");
}

/// The wire records of fixtures/formats/wire.jsonl as JSON values, ids PREFIX1..3.
fn wire_records(prefix: &str) -> Vec<serde_json::Value> {
    std::fs::read_to_string(fixture("formats/wire.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            let id = v["id"].as_str().unwrap().replacen('j', prefix, 1);
            v["id"] = id.into();
            v
        })
        .collect()
}

#[test]
fn a_json_array_is_read_record_by_record() {
    // An export's JSON array, pretty-printed, as a file, compressed, and on standard input.
    let dir = tempfile::tempdir().unwrap();
    let array = serde_json::to_string_pretty(&wire_records("a")).unwrap();
    let path = dir.path().join("export.json");
    std::fs::write(&path, &array).unwrap();
    let (code, json, stderr) = scan_paths(&[&path], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(json["documents"], 3);
    assert_eq!(pair_ids(&json), [pair("a1", "a2")].into());
    let out = retold()
        .args(["scan", "-", "--format", "json", "--quiet"])
        .write_stdin(array.clone())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"], 3, "sniffed from `[`");
    // A structural error keeps the records before it and names its line.
    let broken = dir.path().join("broken.json");
    let cut = array.rfind("}").unwrap();
    std::fs::write(&broken, format!("{}}}\n  {{\"id\": \"x\"", &array[..cut])).unwrap();
    let (code, json, stderr) = scan_paths(&[&broken], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 3);
    assert!(stderr.contains("broken.json:"), "{stderr}");
    assert!(
        stderr.contains("expected `,` or `]`") || stderr.contains("not closed"),
        "{stderr}"
    );
}

#[test]
fn a_broken_line_of_json_lines_named_json_loses_only_itself() {
    // And an array on one line without ids gives each record its own id.
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<String> = wire_records("b").iter().map(|v| v.to_string()).collect();
    let cut = &lines[1][..lines[1].len() / 2];
    let path = dir.path().join("lines.json");
    std::fs::write(&path, format!("{}\n{cut}\n{}\n", lines[0], lines[2])).unwrap();
    let (code, json, stderr) = scan_paths(&[&path], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 2, "{stderr}");
    assert!(stderr.contains("lines.json:2: malformed JSON"), "{stderr}");
    let bare: Vec<serde_json::Value> = wire_records("x")
        .into_iter()
        .map(|mut v| {
            v.as_object_mut().unwrap().remove("id");
            v
        })
        .collect();
    let path = dir.path().join("one.json");
    std::fs::write(&path, serde_json::to_string(&bare).unwrap()).unwrap();
    let (code, json, stderr) = scan_paths(&[&path], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 3);
    assert!(!stderr.contains("duplicate id"), "{stderr}");
    assert_eq!(pair_ids(&json), [pair("one:1", "one:2")].into());
}

#[test]
fn one_pretty_printed_object_per_json_file_is_an_article_named_by_its_file() {
    // news-please writes one indented object per .json file, its text under `maintext` and
    // its date under `date_publish`: read from a directory, named by file, fields aliased.
    let dir = tempfile::tempdir().unwrap();
    for (k, mut v) in wire_records("n").into_iter().enumerate() {
        let o = v.as_object_mut().unwrap();
        o.remove("id");
        let text = o.remove("text").unwrap();
        o.insert("maintext".into(), text);
        o.insert("date_publish".into(), "2024-03-01 09:00:00".into());
        o.remove("date");
        let name = dir.path().join(format!("article{k}.json"));
        std::fs::write(name, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    }
    let (code, json, stderr) = scan_paths(&[dir.path()], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 3, "{stderr}");
    assert_eq!(pair_ids(&json), [pair("article0", "article1")].into());
    assert_eq!(
        stderr
            .matches("records have no `text`; reading their `maintext` instead")
            .count(),
        1,
        "said once: {stderr}"
    );
    assert!(
        stderr.contains("reading their `date_publish` instead"),
        "{stderr}"
    );
    assert!(!stderr.contains("not a date"), "{stderr}");
    // Notes on how the input was read stop nothing under --strict.
    let (code, json, stderr) = scan_paths(&[dir.path()], &["--strict"]);
    assert_eq!((code, json["documents"].as_u64()), (0, Some(3)), "{stderr}");
    // A field named by the user is not aliased.
    let (_, json, stderr) = scan_paths(&[dir.path()], &["--text-field", "body"]);
    assert_eq!(json["documents"], 0, "{stderr}");
    assert!(stderr.contains("missing field `body`"), "{stderr}");
}

#[test]
fn an_api_response_saved_whole_is_its_list_of_articles() {
    // NewsAPI's answer, as `curl … > top.json` saves it.
    let dir = tempfile::tempdir().unwrap();
    let articles: Vec<serde_json::Value> = wire_records("r")
        .into_iter()
        .map(|mut v| {
            let o = v.as_object_mut().unwrap();
            let text = o.remove("text").unwrap();
            o.insert("content".into(), text);
            o.insert(
                "source".into(),
                serde_json::json!({"id": null, "name": "Coast Wire"}),
            );
            v
        })
        .collect();
    let response = serde_json::json!({"status": "ok", "totalResults": 3, "articles": articles});
    let path = dir.path().join("top.json");
    std::fs::write(&path, serde_json::to_string_pretty(&response).unwrap()).unwrap();
    let (code, json, stderr) = scan_paths(&[&path], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 3, "{stderr}");
    assert_eq!(pair_ids(&json), [pair("r1", "r2")].into());
}

#[test]
fn an_optional_field_retold_cannot_read_is_left_out_and_the_record_kept() {
    // NewsAPI's source is an object with a name; mongoexport's date an object.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newsapi.jsonl");
    let lines: Vec<String> = wire_records("s")
        .into_iter()
        .map(|mut v| {
            v["source"] = serde_json::json!({"id": null, "name": "Coast Wire"});
            v["date"] = serde_json::json!({"$date": "2024-03-01T09:00:00Z"});
            v.to_string()
        })
        .collect();
    std::fs::write(&path, lines.join("\n")).unwrap();
    let (code, json, stderr) = scan_paths(&[&path], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 3, "{stderr}");
    assert!(
        stderr.contains("field `date` is an object, expected a string or a number; field left out, records kept"),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("field `date` is an object").count(),
        1,
        "once per file"
    );
    let text = retold()
        .args(["scan", "--quiet"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("[Coast Wire]"));
}

/// `text` as a page template wraps it: every paragraph in a classed `<p>`, apostrophes and
/// quotes as entities.
fn as_web_page(text: &str) -> String {
    let paragraphs: String = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let p = p
                .replace('&', "&amp;")
                .replace(['\'', '’'], "&#8217;")
                .replace('“', "&ldquo;")
                .replace('”', "&rdquo;");
            format!("<p class=\"ssrcss-1q0x1qg-Paragraph eq5iqo00\">{p}</p>")
        })
        .collect();
    format!(
        "<article class=\"story-body__inner\" data-component=\"text-block\">{paragraphs}\
         <script>track(\"story-body\")</script></article>"
    )
}

fn write_records(path: &std::path::Path, records: &[(String, String)]) {
    let lines: Vec<String> = records
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string())
        .collect();
    std::fs::write(path, lines.join("\n")).unwrap();
}

#[test]
fn web_markup_is_read_as_a_browser_shows_it() {
    // Unrelated articles in one page template shared its class names as terms and became one
    // story; the seeds with entities lost an attribution flag. Read as a browser shows them,
    // both give what their plain texts give.
    let dir = tempfile::tempdir().unwrap();
    let read = |rel: &str| std::fs::read_to_string(fixture(rel)).unwrap();
    let unrelated: Vec<(String, String)> = [
        "copies/unrelated_bakery.txt",
        "copies/unrelated_rail.txt",
        "mixed/lighthouse_original.txt",
    ]
    .iter()
    .map(|f| (f.to_string(), as_web_page(&read(f))))
    .collect();
    let path = dir.path().join("pages.jsonl");
    write_records(&path, &unrelated);
    let (code, json, stderr) = scan_all(&[path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["stories"].as_array().unwrap().len(), 0, "{json}");
    assert_eq!(
        stderr.matches("texts carry HTML tags or entities").count(),
        1,
        "said once: {stderr}"
    );
    let seeds = seed_texts();
    let plain = dir.path().join("plain.jsonl");
    write_records(&plain, &seeds);
    let html: Vec<(String, String)> = seeds
        .iter()
        .map(|(id, t)| (id.clone(), as_web_page(t)))
        .collect();
    let pages = dir.path().join("seeds_html.jsonl");
    write_records(&pages, &html);
    let kinds = |path: &std::path::Path| {
        let (code, json, stderr) = scan_all(&[path.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}");
        let mut kinds: Vec<String> = json["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["kind"].as_str().unwrap().to_string())
            .collect();
        kinds.sort();
        kinds
    };
    let want = kinds(&plain);
    assert!(want.contains(&"attribution".to_string()), "{want:?}");
    assert_eq!(kinds(&pages), want);
}

#[test]
fn utf16_text_is_read_and_other_compressions_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("formats/notice_copy.md")).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let path = dir.path().join("notice_utf16.txt");
    std::fs::write(&path, &utf16).unwrap();
    let plain = dir.path().join("notice_utf8.txt");
    std::fs::write(&plain, &text).unwrap();
    let (code, json, stderr) = scan_paths(&[&path, &plain], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 2, "{stderr}");
    let p = find_pair(&json, "notice_utf16", "notice_utf8").expect("one text");
    assert_eq!(p["relation"], "duplicate");
    let zip = dir.path().join("dump.zip");
    std::fs::write(&zip, b"PK\x03\x04\x14\x00\x00\x00\x08\x00").unwrap();
    let (code, _, stderr) = scan_paths(&[&zip], &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("a zip archive; retold reads"), "{stderr}");
    // In a directory too, by its extension (it was "not a .txt, .md ... file").
    let (code, _, stderr) = scan_paths(&[dir.path()], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("dump.zip: a zip archive"), "{stderr}");
}

#[test]
fn a_directory_of_xz_and_bzip2_texts_is_read() {
    // Each seed compressed on its own, named `NAME.txt.xz` or `NAME.txt.bz2`: ids are the
    // stems, and the five still tell one story.
    let dir = tempfile::tempdir().unwrap();
    let seeds = seed_texts();
    for (i, (name, text)) in seeds.iter().enumerate() {
        let mut bytes = Vec::new();
        if i % 2 == 0 {
            let mut w = liblzma::write::XzEncoder::new(&mut bytes, 6);
            w.write_all(text.as_bytes()).unwrap();
            w.finish().unwrap();
            std::fs::write(dir.path().join(format!("{name}.txt.xz")), &bytes).unwrap();
        } else {
            let mut w = bzip2::write::BzEncoder::new(&mut bytes, bzip2::Compression::best());
            w.write_all(text.as_bytes()).unwrap();
            w.finish().unwrap();
            std::fs::write(dir.path().join(format!("{name}.txt.bz2")), &bytes).unwrap();
        }
    }
    let (code, json, stderr) = scan_all(&[&dir.path().display().to_string()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 5, "{stderr}");
    let stories = json["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 1, "{json}");
    let mut members: Vec<&str> = stories[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    members.sort();
    let names: Vec<&str> = seeds.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(members, names);
}

#[test]
fn a_byte_order_mark_before_json_lines_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.jsonl");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(fixture("formats/wire.jsonl")).unwrap());
    std::fs::write(&path, &bytes).unwrap();
    let (code, json, stderr) = scan_paths(&[&path], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(json["documents"], 3);
}

#[test]
fn text_gzip_and_markdown_are_one_article_each_named_by_stem() {
    let (code, json, stderr) = scan_paths(
        &[
            &fixture("formats/notice.txt.gz"),
            &fixture("formats/notice_copy.md"),
        ],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 2);
    let p = find_pair(&json, "notice", "notice_copy").expect("the two copies pair up");
    assert_eq!(p["relation"], "duplicate");
}

#[test]
fn a_directory_of_every_format_finds_copies_across_files() {
    let (code, json, stderr) = scan_paths(&[&fixture("formats")], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 20);
    // Six containers of the same three records: the storm story and its copy in each (12
    // articles) are one story, the museum item in each (6) another, the notice (2) a third.
    let mut got = stories(&json);
    got.sort();
    let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        got,
        vec![
            ids(&["b1", "b2", "g1", "g2", "j1", "j2", "n1", "n2", "x1", "x2", "z1", "z2"]),
            ids(&["b3", "g3", "j3", "n3", "x3", "z3"]),
            ids(&["notice", "notice_copy"]),
        ]
    );
    assert_eq!(
        find_pair(&json, "g1", "z1").unwrap()["relation"],
        "duplicate"
    );
    assert_eq!(
        find_pair(&json, "g2", "z1").unwrap()["relation"],
        "near_duplicate"
    );
}

#[test]
fn stdin_plain_jsonl() {
    let data = std::fs::read(fixture("formats/wire.jsonl")).unwrap();
    let out = retold()
        .args(["scan", "-", "--format", "json", "--copies-only"])
        .write_stdin(data)
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"], 3);
    assert_eq!(pair_ids(&json), [pair("j1", "j2")].into());
}

#[test]
fn stdin_gzip_is_recognized_by_its_magic_bytes() {
    let data = std::fs::read(fixture("formats/wire.jsonl")).unwrap();
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&data).unwrap();
    let out = retold()
        .args(["scan", "-", "--format", "json", "--copies-only"])
        .write_stdin(gz.finish().unwrap())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(pair_ids(&json), [pair("j1", "j2")].into());
}

#[test]
fn stdin_zstd_and_stdin_text() {
    let zst = std::fs::read(fixture("formats/wire.jsonl.zst")).unwrap();
    let out = retold()
        .args(["scan", "-", "--format", "json", "--copies-only"])
        .write_stdin(zst)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(pair_ids(&json), [pair("z1", "z2")].into());

    // Plain text on stdin is one article with id `stdin`; mixed with files it pairs with its copy.
    let text = std::fs::read(fixture("copies/original.txt")).unwrap();
    let edited = fixture("copies/edited.txt");
    let out = retold()
        .args([
            "scan",
            "-",
            &edited.display().to_string(),
            "--format",
            "json",
            "--copies-only",
        ])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"], 2);
    assert_eq!(pair_ids(&json), [pair("edited", "stdin")].into());
}

#[test]
fn directories_are_walked_recursively_skipping_hidden_entries() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("b/c/d");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::create_dir_all(dir.path().join(".hidden")).unwrap();
    let original = std::fs::read(fixture("copies/original.txt")).unwrap();
    std::fs::write(dir.path().join("a.txt"), &original).unwrap();
    std::fs::write(nested.join("deep.md"), &original).unwrap();
    std::fs::write(dir.path().join(".hidden/ghost.txt"), &original).unwrap();
    std::fs::write(dir.path().join(".dotfile.txt"), &original).unwrap();
    let (code, json, stderr) = scan_paths(&[dir.path()], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 2);
    assert_eq!(pair_ids(&json), [pair("a", "deep")].into());
}

#[test]
fn directory_entries_are_read_in_sorted_order() {
    // Files without ids get FILE:LINE ids, and duplicate ids are renamed in input order: the
    // second `x` read is `x#2`. Sorted order means `a_first.jsonl` is read before
    // `b_second.jsonl` however the file system lists them.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("copies/original.txt")).unwrap();
    let rec =
        |tag: &str| serde_json::json!({"id": "x", "text": format!("{text} {tag}")}).to_string();
    std::fs::write(dir.path().join("b_second.jsonl"), rec("second") + "\n").unwrap();
    std::fs::write(dir.path().join("a_first.jsonl"), rec("first") + "\n").unwrap();
    let out = retold()
        .args(["scan", "--format", "text", "-q"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = format!(
        "{}:1: duplicate id `x`; this record is reported as `x#2`",
        dir.path().join("b_second.jsonl").display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn copies_with_edits_boilerplate_frames_and_retypesetting() {
    let (code, json, stderr) = scan_paths(&[&fixture("copies")], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 7);
    // duplicate.md is original.txt with other case, quotes, spacing and CRLF line ends.
    assert_eq!(
        find_pair(&json, "duplicate", "original").unwrap()["relation"],
        "duplicate"
    );
    for (a, b) in [
        ("edited", "original"),
        ("framed", "original"),
        ("edited", "framed"),
    ] {
        let p = find_pair(&json, a, b).unwrap_or_else(|| panic!("{a} ~ {b} missing"));
        assert_eq!(p["relation"], "near_duplicate");
    }
    // The abridged copy keeps half the text: Jaccard about 0.5, below the default 0.8.
    assert!(ids_seen(&json).iter().all(|id| id != "abridged"));
    assert_eq!(
        stories(&json),
        vec![vec!["duplicate", "edited", "framed", "original"]]
    );
    // The unrelated articles are in no pair.
    assert!(!ids_seen(&json).iter().any(|id| id.starts_with("unrelated")));

    // At a lower threshold the abridged copy joins (containment 1: all its text is in the
    // original), and the unrelated articles still do not.
    let (_, json, _) = scan_paths(&[&fixture("copies")], &["--threshold", "0.4"]);
    let p = find_pair(&json, "abridged", "original").expect("abridged ~ original at 0.4");
    assert_eq!(p["containment"], 1.0);
    let j = p["jaccard"].as_f64().unwrap();
    assert!((0.4..0.6).contains(&j), "{j}");
    assert!(!ids_seen(&json).iter().any(|id| id.starts_with("unrelated")));
}

#[test]
fn recurring_blog_chrome_is_boilerplate_once_it_is_in_ten_documents() {
    // Twelve posts of a fake blog share a header and a "Leave a Reply" footer; a reprint of
    // post 07 without them is elsewhere in the dump. Once the chrome is recognized as
    // boilerplate, post 07 and its reprint have the same content (Jaccard 1); the other posts,
    // which share only the chrome, are not copies of each other.
    let (code, json, stderr) = scan_paths(&[&fixture("boilerplate")], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 13);
    assert_eq!(
        pair_ids(&json),
        [pair("07_tomato_blight", "reprint_tomato_blight")].into()
    );
    let p = find_pair(&json, "07_tomato_blight", "reprint_tomato_blight").unwrap();
    assert_eq!(p["jaccard"], 1.0);

    // With only nine posts the footer is in fewer than ten documents: it stays content, and
    // the reprint's Jaccard with post 07 drops well below the threshold.
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(fixture("boilerplate")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("reprint") || name.as_str() < "10" {
            std::fs::copy(&path, dir.path().join(&name)).unwrap();
        }
    }
    let (_, json, _) = scan_paths(&[dir.path()], &[]);
    assert_eq!(json["documents"], 10);
    assert!(pair_ids(&json).is_empty(), "{json}");
    let (_, json, _) = scan_paths(&[dir.path()], &["--threshold", "0.5"]);
    let j = find_pair(&json, "07_tomato_blight", "reprint_tomato_blight").unwrap()["jaccard"]
        .as_f64()
        .unwrap();
    assert!(j < 0.7, "{j}");
}

#[test]
fn unicode_forms_scripts_and_typesetting() {
    let (code, json, stderr) = scan_paths(&[&fixture("unicode")], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(json["documents"], 7);
    // typeset.txt is plain.txt in NFD with ligatures, full-width digits, curly quotes, soft
    // hyphens, zero-width and no-break spaces, a BOM and CRLF: the same normalized text.
    assert_eq!(
        find_pair(&json, "plain", "typeset").unwrap()["relation"],
        "duplicate"
    );
    // One word changed in a Greek and in a Russian article.
    for (a, b) in [("greek", "greek_edited"), ("russian", "russian_edited")] {
        assert_eq!(
            find_pair(&json, a, b).unwrap()["relation"],
            "near_duplicate"
        );
    }
    assert_eq!(json["pairs"].as_array().unwrap().len(), 3);
}

/// Write `records` as JSON Lines.
fn write_jsonl(path: &std::path::Path, records: &[serde_json::Value]) {
    let body: String = records.iter().map(|r| r.to_string() + "\n").collect();
    std::fs::write(path, body).unwrap();
}

/// `retold scan PATH --format text --quiet EXTRA...`; the run must succeed.
fn scan_text(path: &std::path::Path, extra: &[&str]) -> String {
    let out = retold()
        .arg("scan")
        .arg(path)
        .args(["--format", "text", "--quiet"])
        .args(extra)
        .output()
        .unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{report}");
    report
}

#[test]
fn custom_field_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("custom.jsonl");
    let text = std::fs::read_to_string(fixture("copies/original.txt")).unwrap();
    write_jsonl(
        &path,
        &[
            serde_json::json!({"uid": "p", "body": text, "headline": "H"}),
            serde_json::json!({"uid": "q", "body": text}),
        ],
    );
    let (code, json, stderr) = scan_paths(
        &[&path],
        &[
            "--id-field",
            "uid",
            "--text-field",
            "body",
            "--title-field",
            "headline",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(pair_ids(&json), [pair("p", "q")].into());
}

#[test]
fn the_outlet_field_can_be_named() {
    // A dump whose outlet is under `outlet`, beside a `source` that is something else.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("outlets.jsonl");
    let text = std::fs::read_to_string(fixture("copies/original.txt")).unwrap();
    write_jsonl(
        &path,
        &[
            serde_json::json!({"id": "p", "text": text, "outlet": "Harbour Gazette", "source": "feed-7"}),
            serde_json::json!({"id": "q", "text": text, "outlet": "Valley Times", "source": "feed-9"}),
        ],
    );
    let run = |extra: &[&str]| scan_text(&path, extra);
    let named = run(&["--source-field", "outlet"]);
    assert!(named.contains("[Harbour Gazette]"), "{named}");
    assert!(named.contains("[Valley Times]"), "{named}");
    assert!(!named.contains("feed-7"), "{named}");
    let default = run(&[]);
    assert!(default.contains("[feed-7]"), "{default}");
}

#[test]
fn the_text_report_gives_the_days_a_story_spans() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dated.jsonl");
    let text = std::fs::read_to_string(fixture("copies/original.txt")).unwrap();
    write_jsonl(
        &path,
        &[
            serde_json::json!({"id": "p", "text": text, "date": "2022-01-29"}),
            serde_json::json!({"id": "q", "text": text, "date": "Thu, 27 Jan 2022 10:00:00 GMT"}),
        ],
    );
    let report = scan_text(&path, &[]);
    assert!(
        report.contains("2 articles, published 2022-01-27 to 2022-01-29"),
        "{report}"
    );
}

#[test]
fn a_pairs_header_is_skipped_even_when_a_document_is_called_a() {
    // A new user's dump held an `a.txt` (no `b`): the header was read as a pair.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("copies/original.txt")).unwrap();
    std::fs::write(dir.path().join("a.txt"), &text).unwrap();
    std::fs::write(dir.path().join("c.txt"), &text).unwrap();
    let pairs = dir.path().join("pairs.tsv");
    std::fs::write(&pairs, "a\tb\na\tc\n").unwrap();
    let out = retold()
        .arg("score")
        .arg(dir.path())
        .arg("--pairs")
        .arg(&pairs)
        .arg("--quiet")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows.len(), 1, "{stdout}");
    assert!(rows[0].starts_with("a\tc\t"), "{stdout}");
}

#[cfg(unix)]
#[test]
fn named_pipes_and_process_substitution_are_read_once_and_rescanned_from_a_copy() {
    // `retold scan <(zcat dump.gz)`: the scan reads its input in several passes, a pipe only
    // once.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("feed.jsonl");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("no mkfifo: skipped");
        return;
    }
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::fs::write(fifo, std::fs::read(fixture("formats/wire.jsonl")).unwrap()).unwrap()
        })
    };
    let (code, json, stderr) = scan_paths(&[&fifo, &fixture("copies/original.txt")], &[]);
    writer.join().unwrap();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json["documents"], 4);
    assert_eq!(pair_ids(&json), [pair("j1", "j2")].into());
    let out = retold_std()
        .args(["scan", "-q", "--format", "json", "--copies-only"])
        .arg("/dev/stdin")
        .stdin(std::fs::File::open(fixture("formats/wire.jsonl")).unwrap())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(pair_ids(&json), [pair("j1", "j2")].into());
}

#[test]
fn stdin_named_twice_is_read_once() {
    let data = std::fs::read(fixture("formats/wire.jsonl")).unwrap();
    let out = retold()
        .args(["scan", "-", "-", "--format", "json"])
        .write_stdin(data)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("retold: -: standard input is named more than once; read once"),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"], 3);
}
