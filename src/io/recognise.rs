//! Which tool or register a table came from, told by its header.

use crate::core::{DatasetKind, SourceFormat};
use crate::io::typing::normalise_header;

/// Recognises the source of a table by its header.
pub fn recognise(header: &[String]) -> (DatasetKind, SourceFormat) {
    let normalised: Vec<String> = header.iter().map(|cell| normalise_header(cell)).collect();
    let has = |name: &str| normalised.iter().any(|cell| cell == name);
    let has_part = |part: &str| normalised.iter().any(|cell| cell.contains(part));
    if has("organisasjonsnummer") && (has("organisasjonsformkode") || has("navn")) {
        return (DatasetKind::Register, SourceFormat::Enhetsregisteret);
    }
    if header.iter().any(|cell| cell == "$submission_id") {
        return (DatasetKind::Survey, SourceFormat::Nettskjema);
    }
    let forms_start = ["starttidspunkt", "starttime"];
    if normalised.first().is_some_and(|first| first == "id")
        && normalised
            .get(1)
            .is_some_and(|second| forms_start.contains(&second.as_str()))
    {
        return (DatasetKind::Survey, SourceFormat::MicrosoftForms);
    }
    let offer_title = has("tilbud") || has("offer") || has("aktivitet") || has("tilbudetsnavn");
    if offer_title && (has_part("kategori") || has_part("category")) {
        return (DatasetKind::Offers, SourceFormat::OfferCatalogue);
    }
    (DatasetKind::Table, SourceFormat::Generic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(header: &[&str], expected: (DatasetKind, SourceFormat)) {
        let header: Vec<String> = header.iter().map(|cell| (*cell).to_owned()).collect();
        assert_eq!(recognise(&header), expected, "{header:?}");
    }

    #[test]
    fn sources_are_recognised_by_header() {
        check(
            &["organisasjonsnummer", "navn", "organisasjonsform.kode"],
            (DatasetKind::Register, SourceFormat::Enhetsregisteret),
        );
        check(
            &["$submission_id", "$created", "q1"],
            (DatasetKind::Survey, SourceFormat::Nettskjema),
        );
        check(
            &["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-postadresse", "Navn"],
            (DatasetKind::Survey, SourceFormat::MicrosoftForms),
        );
        check(
            &["ID", "Start time", "Completion time"],
            (DatasetKind::Survey, SourceFormat::MicrosoftForms),
        );
        check(
            &["tilbud", "organisasjon", "kategori"],
            (DatasetKind::Offers, SourceFormat::OfferCatalogue),
        );
        check(&["postnummer", "poststed"], (DatasetKind::Table, SourceFormat::Generic));
    }
}
