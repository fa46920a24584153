//! The civil calendar, shared by the stages that read dates: ISO dates, month lengths and
//! day numbers (days since 1970-01-01). The story tier's date window and the claims' dates
//! both count days this way.

/// The weekdays, Monday first: the order of `claims::dates::weekday_of` and of a story
/// vector's weekday mask.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The position in `WEEKDAYS` of the weekday a word names, in any case ("friday", "FRIDAY").
pub fn weekday_index(word: &str) -> Option<usize> {
    WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(word))
}

/// `YYYY-MM-DD` → (year, month, day).
pub fn parse_iso(s: &str) -> Option<(i32, u32, u32)> {
    let s = s.trim();
    let mut it = s.get(..10)?.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)).then_some((y, m, d))
}

fn is_leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// A publication date as dumps write it → (year, month, day):
/// - ISO `2022-01-27` (a time may follow), `2022/01/27`, `2022.01.27`, `20220127`;
/// - RFC 2822 as feeds write it, `Thu, 27 Jan 2022 10:00:00 GMT`, and `27 January 2022`;
/// - `January 27, 2022`, `Jan. 27 2022`, `Thursday, January 27th, 2022`;
/// - Unix time, in seconds (9–10 digits) or milliseconds (12–13), as a UTC day.
///
/// A time or zone after the date is ignored: the day is the one the date names. Orders
/// only a locale tells apart (`01/02/2022`) are not guessed.
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let s = s.trim();
    if let Some(ymd) = s.get(..10).and_then(parse_iso) {
        return Some(ymd);
    }
    let valid = |y: i32, m: u32, d: u32| {
        ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)).then_some((y, m, d))
    };
    let b = s.as_bytes();
    if b.len() >= 10 && matches!(b[4], b'/' | b'.') && b[7] == b[4] {
        let number = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
        let rest_is_time = b.len() == 10 || matches!(b[10], b' ' | b'T');
        if let (Some(y), Some(m), Some(d), true) =
            (number(0..4), number(5..7), number(8..10), rest_is_time)
        {
            return valid(y as i32, m, d);
        }
    }
    if !s.is_empty() && b.iter().all(u8::is_ascii_digit) {
        // Unix time of a plausible news day (1990–2100): "2022012710" is no Unix second.
        let unix_day = |seconds: i64| {
            Some(civil_from_days(seconds.div_euclid(86_400)))
                .filter(|&(y, _, _)| (1990..=2100).contains(&y))
        };
        let ymd = |s: &str| -> Option<(i32, u32, u32)> {
            let n: i64 = s.get(..8)?.parse().ok()?;
            valid(
                (n / 10_000) as i32,
                (n / 100 % 100) as u32,
                (n % 100) as u32,
            )
            .filter(|&(y, _, _)| (1800..=2200).contains(&y))
        };
        // A stamp `YYYYMMDDHH` or `YYYYMMDDHHMM` reads as its day before any Unix time.
        let stamp = |s: &str| {
            let clock: u32 = s.get(8..)?.parse().ok()?;
            let (hours, minutes) = match s.len() {
                10 => (clock, 0),
                _ => (clock / 100, clock % 100),
            };
            (hours < 24 && minutes < 60).then(|| ymd(s)).flatten()
        };
        let n: i64 = s.parse().ok()?;
        return match s.len() {
            8 => ymd(s),
            9 => unix_day(n),
            10 => stamp(s).or_else(|| unix_day(n)),
            12 => stamp(s).or_else(|| unix_day(n / 1000)),
            13 => unix_day(n / 1000),
            _ => None,
        };
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let skip = usize::from(words.first().is_some_and(|w| weekday_word(w)));
    let [a, b, c] = [words.get(skip)?, words.get(skip + 1)?, words.get(skip + 2)?];
    let year = |w: &str| {
        (w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()))
            .then(|| w.parse::<i32>().ok())
            .flatten()
    };
    let day = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let ordinal = matches!(
            suffix.to_ascii_lowercase().as_str(),
            "" | "st" | "nd" | "rd" | "th"
        );
        (ordinal && (1..=2).contains(&digits.len()))
            .then(|| digits.parse::<u32>().ok())
            .flatten()
    };
    if let (Some(d), Some(m), Some(y)) = (day(a), month_number(b), year(c)) {
        return valid(y, m, d);
    }
    if let (Some(m), Some(d), Some(y)) = (month_number(a), day(b), year(c)) {
        return valid(y, m, d);
    }
    None
}

/// A weekday's name or abbreviation, in any case, a dot allowed ("Thu", "Thurs.", "friday").
fn weekday_word(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    weekday_index(&w).is_some()
        || matches!(
            w.as_str(),
            "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun"
        )
}

/// A month's English name or abbreviation, in any case, a dot allowed → its number.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    Some(match w.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's `days_from_civil`).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A day as ISO 8601 writes it, `YYYY-MM-DD`.
pub fn iso_day((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Inverse of `days_from_civil`.
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}
