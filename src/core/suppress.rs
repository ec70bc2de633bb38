//! Small-cell suppression: no breakdown shows a group of fewer than k respondents, and no hidden group can
//! be recovered by subtracting the shown ones from a total.

/// Which groups to hide, given each group's number of respondents.
///
/// Primary: every group with `0 < n < min_cell`. Complementary: while the hidden groups are a single group
/// or together hold fewer than `min_cell` respondents, the smallest shown group is hidden too, so that a
/// total minus the shown groups only ever reveals an aggregate of at least `min_cell` respondents in two or
/// more groups.
pub fn suppress_groups(group_n: &[usize], min_cell: usize) -> Vec<bool> {
    let mut hidden: Vec<bool> = group_n.iter().map(|&n| n > 0 && n < min_cell).collect();
    loop {
        let n_hidden = hidden.iter().filter(|&&h| h).count();
        let sum_hidden: usize = group_n.iter().zip(&hidden).filter(|(_, &h)| h).map(|(&n, _)| n).sum();
        if n_hidden == 0 || (n_hidden >= 2 && sum_hidden >= min_cell) {
            return hidden;
        }
        let next = group_n
            .iter()
            .enumerate()
            .filter(|&(idx, &n)| !hidden[idx] && n > 0)
            .min_by_key(|&(_, &n)| n)
            .map(|(idx, _)| idx);
        match next {
            Some(idx) => hidden[idx] = true,
            // Nothing left to hide beside it: everything is hidden already.
            None => return hidden,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_small_nothing_hidden() {
        assert_eq!(suppress_groups(&[14, 12, 10, 20], 5), [false; 4]);
    }

    #[test]
    fn one_small_group_takes_the_next_smallest_with_it() {
        // The demo's five unit types: psykisk helse og rus has 4 units.
        assert_eq!(
            suppress_groups(&[14, 12, 10, 20, 4], 5),
            [false, false, true, false, true]
        );
    }

    #[test]
    fn two_small_groups_that_together_are_still_small_take_a_third() {
        assert_eq!(suppress_groups(&[1, 2, 30, 40], 5), [true, true, true, false]);
    }

    #[test]
    fn two_small_groups_that_together_reach_k_suffice() {
        assert_eq!(suppress_groups(&[3, 4, 30, 40], 5), [true, true, false, false]);
    }

    #[test]
    fn empty_groups_are_neither_hidden_nor_used_as_complements() {
        assert_eq!(suppress_groups(&[0, 4, 9], 5), [false, true, true]);
    }

    #[test]
    fn threshold_is_adjustable() {
        assert_eq!(suppress_groups(&[14, 12, 10, 20, 4], 3), [false; 5]);
        assert_eq!(
            suppress_groups(&[14, 12, 10, 20, 4], 11),
            [false, false, true, false, true]
        );
    }
}
