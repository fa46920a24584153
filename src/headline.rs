//! Headlines in title case ("Colts Clinch Playoff Berth with 20-13 Win Over Chiefs"), whose
//! capitals say nothing about names: claims compare such a sentence only as an edited copy,
//! and `compare` shows none of its capitalized words as a shared name.

/// A headline in title case ("Colts Clinch Playoff Berth with 20-13 Win Over Chiefs"):
/// at least three words of four or more letters after the first, and at most one of every
/// five of them in lower case. Its capitals say nothing about names, and two outlets'
/// headlines differ by wording (ECB+ dev: "Endangered Species Legislation" / "Endangered
/// Species Act" was flagged as a changed name); so a headline is compared only as an
/// edited copy, the same words but for one replaced run (FA-KES: "Russian Forces" / "ISIL
/// Terrorist" in otherwise identical headlines).
pub fn title_case(sentence: &str) -> bool {
    let long: Vec<bool> = sentence
        .split_whitespace()
        .skip(1)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .map(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .collect();
    let lower = long.iter().filter(|&&cap| !cap).count();
    long.len() >= 3 && lower * 5 <= long.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_in_title_case() {
        assert!(title_case(
            "Colts Clinch Playoff Berth with 20-13 Win Over Chiefs in Kansas City"
        ));
        assert!(title_case(
            "Interior, Commerce Departments Overturn Rule That Cut Science Out of Endangered Species Act"
        ));
        // Names make up much of a news sentence, but not four in five of its longer words.
        assert!(!title_case(
            "Syrian Army forces shelled the Daraa al-Balad area of Daraa on Tuesday, the Syrian Observatory for Human Rights said."
        ));
        assert!(!title_case("Colts win in Kansas City"));
    }
}
