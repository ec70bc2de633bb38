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
        let wanted = HEALTH_AND_SOCIAL.iter().fold(0u16, |bits, &group| bits | 1 << group);
        self.0 & wanted != 0
    }

    /// The groups in ICNPO order: one step per group the organisation has (most have one), not per
    /// possible group, as a register view counts 100,000 rows on each filter click.
    pub fn iter(self) -> impl Iterator<Item = u8> {
        crate::core::bits::SetBits(u64::from(self.0)).map(|group| group as u8)
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

    #[test]
    fn an_organisations_groups_come_in_icnpo_order_and_say_whether_it_is_health_or_social() {
        let mut groups = Groups::default();
        assert_eq!(groups.iter().count(), 0);
        assert!(!groups.health_or_social());
        for group in [14, 3, 1, 15, 0, 16] {
            groups.insert(group);
        }
        assert_eq!(groups.iter().collect::<Vec<_>>(), [1, 3, 14, 15]);
        assert!(groups.health_or_social());
        let mut social = Groups::default();
        social.insert(4);
        assert!(social.health_or_social());
        let mut culture = Groups::default();
        culture.insert(1);
        culture.insert(2);
        assert!(!culture.health_or_social());
    }
}
