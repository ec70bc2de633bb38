//! Norwegian organisation numbers: nine digits, the last a modulus-11 check digit.

const WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];

/// The check digit for the first eight digits, or `None` where no valid number can end them.
pub fn check_digit(first_eight: &[u8; 8]) -> Option<u8> {
    let sum: u32 = first_eight
        .iter()
        .zip(WEIGHTS)
        .map(|(&digit, weight)| u32::from(digit) * weight)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        digit => u8::try_from(digit).ok(),
    }
}

/// Whether `text` is a valid organisation number (nine digits, correct check digit; spaces allowed).
pub fn is_valid(text: &str) -> bool {
    let digits: Vec<u8> = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_digit(10).and_then(|d| u8::try_from(d).ok()))
        .collect::<Option<_>>()
        .unwrap_or_default();
    let Ok(all): Result<[u8; 9], _> = digits.try_into() else {
        return false;
    };
    let mut first_eight = [0u8; 8];
    first_eight.copy_from_slice(&all[..8]);
    check_digit(&first_eight) == Some(all[8])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_numbers_are_valid() {
        // Brønnøysundregistrene itself, and numbers from the real API samples in ../shared/realdata.
        assert!(is_valid("974760673"));
        assert!(is_valid("923609016"));
        assert!(is_valid("923 609 016"));
    }

    #[test]
    fn wrong_check_digit_or_shape_is_invalid() {
        assert!(!is_valid("974760674"));
        assert!(!is_valid("97476067"));
        assert!(!is_valid("9747606731"));
        assert!(!is_valid("97476067x"));
        assert!(!is_valid(""));
    }
}
