//! The positions of the set bits in a word, lowest first: an ICNPO group set, a row's ticked options.

/// Iterates over the set bits of a word, one step per set bit (not per possible bit), and knows how many
/// are left, so that collecting them allocates once, at the final size.
pub struct SetBits(pub u64);

impl Iterator for SetBits {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let bit = (self.0 != 0).then(|| self.0.trailing_zeros())?;
        self.0 &= self.0 - 1;
        Some(bit)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.0.count_ones() as usize;
        (n, Some(n))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn set_bits_come_lowest_first_and_are_counted() {
        let bits = super::SetBits(0b1010_0110 | 1 << 63);
        assert_eq!(bits.size_hint(), (5, Some(5)));
        assert_eq!(bits.collect::<Vec<_>>(), [1, 2, 5, 7, 63]);
        assert_eq!(super::SetBits(0).count(), 0);
    }
}
