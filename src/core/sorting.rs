//! Sorting through one shared instantiation of the standard library's sort. In wasm the sort's code is
//! large and every comparison closure would get its own copy (about 150 functions, 68 KB before
//! optimisation); here items are ordered by index with a comparison behind `dyn`, so the sort exists once.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|idx| slots[idx].take()));
}

/// Sorts `items` stably by the key `key` gives, smallest first.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[inline(never)]
fn sort_indices(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut items = vec![("b", 2), ("a", 1), ("c", 2), ("d", 1)];
        sort_by_key(&mut items, |item| item.1);
        assert_eq!(items, [("a", 1), ("d", 1), ("b", 2), ("c", 2)]);
        sort_by(&mut items, |a, b| b.0.cmp(a.0));
        assert_eq!(items, [("d", 1), ("c", 2), ("b", 2), ("a", 1)]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |item| *item);
        assert!(empty.is_empty());
    }
}
