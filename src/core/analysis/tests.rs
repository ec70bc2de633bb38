//! Frequencies and cross-tabulations on small inline data, with hand-computed answers.

use crate::core::analysis::{crosstab, distribution, RowMask};
use crate::core::{Column, ColumnData};

fn single(options: &[&str], values: &[Option<u32>]) -> Column {
    Column {
        id: "q".into(),
        label: "q".into(),
        data: ColumnData::SingleChoice {
            options: options.iter().map(|o| (*o).to_owned()).collect(),
            values: values.to_vec(),
        },
    }
}

fn multi(options: &[&str], values: Vec<Option<Vec<u32>>>) -> Column {
    Column {
        id: "m".into(),
        label: "m".into(),
        data: ColumnData::MultiChoice {
            options: options.iter().map(|o| (*o).to_owned()).collect(),
            values,
        },
    }
}

#[test]
fn multi_choice_shares_are_of_those_who_answered() {
    // Four respondents; one skipped the question; one answered with nothing ticked.
    let column = multi(
        &["Barnehager", "Skoler"],
        vec![Some(vec![0, 1]), Some(vec![0]), None, Some(vec![])],
    );
    let result = distribution(&column, &RowMask::all(4)).unwrap();
    assert_eq!(result.n, 3);
    assert_eq!(result.n_missing, 1);
    assert!(result.multi);
    let counts: Vec<(&str, usize)> = result.bars.iter().map(|b| (b.key.as_str(), b.count)).collect();
    assert_eq!(counts, [("Barnehager", 2), ("Skoler", 1)]);
    assert!((result.bars[0].share - 2.0 / 3.0).abs() < 1e-12);
}

#[test]
fn the_mask_keeps_only_filtered_rows() {
    let column = single(&["Ja", "Nei"], &[Some(0), Some(1), Some(1), None]);
    let mask = RowMask(vec![false, true, true, true]);
    let result = distribution(&column, &mask).unwrap();
    assert_eq!((result.n, result.n_missing), (2, 1));
    assert_eq!(result.bars[1].count, 2);
    assert_eq!(result.bars[1].share, 1.0);
}

#[test]
fn sorting_is_by_count_then_questionnaire_order() {
    let column = multi(&["A", "B", "C"], vec![Some(vec![1, 2]), Some(vec![2])]);
    let result = distribution(&column, &RowMask::all(2)).unwrap().sorted();
    let keys: Vec<&str> = result.bars.iter().map(|b| b.key.as_str()).collect();
    assert_eq!(keys, ["C", "B", "A"]);
}

#[test]
fn crosstab_counts_and_suppresses_small_groups_with_a_complement() {
    // Group "Stor": 6 rows; "Mellom": 5 rows; "Liten": 2 rows; "Tom": none.
    let mut groups = Vec::new();
    let mut answers = Vec::new();
    for _ in 0..6 {
        groups.push(Some(0));
        answers.push(Some(vec![0]));
    }
    for _ in 0..5 {
        groups.push(Some(1));
        answers.push(Some(vec![0, 1]));
    }
    for _ in 0..2 {
        groups.push(Some(2));
        answers.push(Some(vec![1]));
    }
    let group_column = single(&["Stor", "Mellom", "Liten", "Tom"], &groups);
    let answer_column = multi(&["Barnehager", "Skoler"], answers);
    let table = crosstab(&group_column, &answer_column, &RowMask::all(13), 5).unwrap();
    assert_eq!(table.group_labels, ["Stor", "Mellom", "Liten"]);
    assert_eq!(table.group_n, [6, 5, 2]);
    assert_eq!(table.counts, [vec![6, 0], vec![5, 5], vec![0, 2]]);
    assert_eq!(table.suppressed, [false, true, true]);
    assert_eq!(table.n, 13);
    assert_eq!(table.n_missing, 0);
    assert_eq!(table.share(1, 1), 1.0);
}

#[test]
fn crosstab_counts_the_rows_it_leaves_out() {
    // Row 0 and 1 answered; row 2 has no group, row 3 no answer, row 4 neither; row 5 is filtered out.
    let groups = [Some(0), Some(0), None, Some(0), None, Some(0)];
    let answers = vec![Some(vec![0]), Some(vec![]), Some(vec![0]), None, None, None];
    let table = crosstab(
        &single(&["Sykehjem"], &groups),
        &multi(&["Barnehager"], answers),
        &RowMask(vec![true, true, true, true, true, false]),
        1,
    )
    .unwrap();
    assert_eq!((table.n, table.n_missing), (2, 3));
    assert_eq!(table.counts, [vec![1]]);
}

#[test]
fn non_choice_columns_have_no_distribution() {
    let column = Column {
        id: "t".into(),
        label: "t".into(),
        data: ColumnData::Text(vec![Some("x".into())]),
    };
    assert!(distribution(&column, &RowMask::all(1)).is_none());
}
