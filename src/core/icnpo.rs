//! The ICNPO classification Frivillighetsregisteret uses: 14 main groups, codes like `03100`.

/// Main groups in Frivillighetsregisteret's order, with their Norwegian names.
pub const GROUPS: [(u8, &str); 14] = [
    (1, "Kultur og rekreasjon"),
    (2, "Utdanning og forskning"),
    (3, "Helse"),
    (4, "Sosiale tjenester"),
    (5, "Natur- og miljøvern"),
    (6, "Bolig- og lokalmiljø"),
    (7, "Politiske og interesseorganisasjoner"),
    (8, "Legater og fremme av frivillighet"),
    (9, "Internasjonale organisasjoner"),
    (10, "Tros- og livssynsorganisasjoner"),
    (11, "Yrkes-, bransje- og fagforeninger"),
    (12, "Andre"),
    (13, "Barne- og ungdomsorganisasjoner"),
    (14, "Mangfold og inkludering"),
];

/// Groups whose organisations work with health and care: 3 Helse and 4 Sosiale tjenester.
pub const HEALTH_AND_SOCIAL: [u8; 2] = [3, 4];

/// An organisation's ICNPO main groups (1–14), as bits: a register of 100,000 rows is one allocation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Groups(u16);

impl Groups {
    pub fn insert(&mut self, group: u8) {
        if (1..16).contains(&group) {
            self.0 |= 1 << group;
        }
    }

    pub fn contains(self, group: u8) -> bool {
        group < 16 && self.0 & (1 << group) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// In health or social services.
    pub fn health_or_social(self) -> bool {
        HEALTH_AND_SOCIAL.iter().any(|&group| self.contains(group))
    }

    /// The groups in ICNPO order.
    pub fn iter(self) -> impl Iterator<Item = u8> {
        (1..16u8).filter(move |&group| self.contains(group))
    }
}

/// The main group of an ICNPO code as the registers write it: `03100`, `3100`, `3 100`, `3`.
pub fn group_of(code: &str) -> Option<u8> {
    let digits: String = code
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ' ' || *c == '.')
        .filter(char::is_ascii_digit)
        .collect();
    let group = match digits.len() {
        0 => return None,
        1 | 2 => digits.parse::<u8>().ok()?,
        // Sub-codes have three trailing digits: 3100, 03100, 13100.
        _ => digits[..digits.len() - 3].parse::<u8>().ok()?,
    };
    (1..=14).contains(&group).then_some(group)
}

/// The Norwegian name of a main group.
pub fn group_name(group: u8) -> Option<&'static str> {
    GROUPS
        .iter()
        .find(|(number, _)| *number == group)
        .map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_in_every_spelling_map_to_their_group() {
        for (code, group) in [
            ("03100", Some(3)),
            ("3100", Some(3)),
            ("3 100", Some(3)),
            ("3", Some(3)),
            ("13100", Some(13)),
            ("08200", Some(8)),
            ("01100 Kultur og kunst", Some(1)),
            ("15100", None),
            ("", None),
            ("abc", None),
        ] {
            assert_eq!(group_of(code), group, "{code}");
        }
    }
}
