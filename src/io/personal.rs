//! Personal data held back on import: e-mail addresses, names of persons, phone numbers, national ids.

use crate::core::{PersonalData, SourceFormat};
use crate::io::typing::normalise_header;
use crate::io::values::{is_email, is_national_id, is_phone};

/// Why a column should be held back, if it should.
pub fn detect(header: &str, cells: &[&str], format: SourceFormat) -> Option<PersonalData> {
    let normalised = normalise_header(header);
    // The content checks look at up to 2,000 answered cells spread over the whole column: a column of
    // e-mail addresses or national ids is that throughout, and a large file is not read twice over.
    let stride = (cells.len() / 2_000).max(1);
    let non_empty: Vec<&str> = cells
        .iter()
        .step_by(stride)
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
        .collect();
    let share = |predicate: fn(&str) -> bool| -> f64 {
        if non_empty.is_empty() {
            0.0
        } else {
            non_empty.iter().filter(|cell| predicate(cell)).count() as f64 / non_empty.len() as f64
        }
    };
    let email_header = ["epost", "email", "mail"]
        .iter()
        .any(|hint| normalised.starts_with(hint) || normalised.ends_with(hint))
        || ["epostadresse", "emailadresse", "emailaddress", "mailadresse"]
            .iter()
            .any(|hint| normalised.contains(hint));
    if email_header || share(is_email) >= 0.5 {
        return Some(PersonalData::Email);
    }
    if [
        "fodselsnummer",
        "fødselsnummer",
        "personnummer",
        "fnr",
        "cpr",
        "personnr",
    ]
    .iter()
    .any(|hint| normalised == *hint || normalised.contains(hint) && normalised.len() > 4)
        || share(is_national_id) >= 0.8
    {
        return Some(PersonalData::NationalId);
    }
    if [
        "telefon",
        "tlf",
        "mobil",
        "phone",
        "mobile",
        "telefonnummer",
        "mobilnummer",
    ]
    .iter()
    .any(|hint| normalised == *hint || normalised.starts_with(hint))
        || share(is_phone) >= 0.5
    {
        return Some(PersonalData::Phone);
    }
    let person_name_headers = [
        "fornavn",
        "etternavn",
        "mellomnavn",
        "fulltnavn",
        "fullname",
        "firstname",
        "lastname",
        "surname",
        "dittnavn",
        "yourname",
        "kontaktperson",
        "respondentnavn",
        "fornavnogetternavn",
        "egetnavn",
        "forn",
        "ettern",
        "fuldtnavn",
        "efternavn",
        "förnamn",
        "efternamn",
    ];
    let is_survey = matches!(
        format,
        SourceFormat::MicrosoftForms | SourceFormat::Nettskjema | SourceFormat::GoogleForms | SourceFormat::SurveyXact
    );
    if person_name_headers.contains(&normalised.as_str())
        || is_survey && matches!(normalised.as_str(), "navn" | "name" | "navnpårespondent")
    {
        return Some(PersonalData::PersonName);
    }
    // Registers list organisations' addresses, which are public; anywhere else an address is a person's.
    let is_register = matches!(format, SourceFormat::Enhetsregisteret | SourceFormat::Cvr);
    let address_headers = [
        "adresse",
        "adresser",
        "address",
        "adress",
        "bostedsadresse",
        "hjemmeadresse",
        "gateadresse",
        "privatadresse",
        "boligadresse",
        "homeaddress",
        "streetaddress",
        "bopæl",
        "hemadress",
        "gatuadress",
        "postadresse",
    ];
    if !is_register
        && (is_survey && address_headers.contains(&normalised.as_str())
            || [
                "bostedsadresse",
                "hjemmeadresse",
                "privatadresse",
                "homeaddress",
                "hemadress",
            ]
            .iter()
            .any(|hint| normalised.contains(hint)))
    {
        return Some(PersonalData::Address);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_columns_are_recognised_by_header_or_content() {
        let generic = SourceFormat::Generic;
        assert_eq!(
            detect("E-postadresse", &["anonymous"], SourceFormat::MicrosoftForms),
            Some(PersonalData::Email)
        );
        assert_eq!(
            detect("Kontakt", &["a@b.no", "c@d.no"], generic),
            Some(PersonalData::Email)
        );
        assert_eq!(
            detect("Navn", &["Kari"], SourceFormat::MicrosoftForms),
            Some(PersonalData::PersonName)
        );
        assert_eq!(
            detect("navn", &["Elvestad Sanitetsforening"], SourceFormat::Enhetsregisteret),
            None
        );
        assert_eq!(detect("Fornavn", &["Kari"], generic), Some(PersonalData::PersonName));
        assert_eq!(detect("Mobil", &["+47 400 00 000"], generic), Some(PersonalData::Phone));
        assert_eq!(
            detect("x", &["01019000083", "13097248022"], generic),
            Some(PersonalData::NationalId)
        );
        // Swedish and Danish numbers under a header that does not say so; Swedish organisation numbers
        // (month 55+) and Unix times are not persons.
        assert_eq!(
            detect("Id", &["811218-9876", "701063-2391", ""], generic),
            Some(PersonalData::NationalId)
        );
        assert_eq!(
            detect("Løbenummer", &["070761-4285", "010203-0405"], generic),
            Some(PersonalData::NationalId)
        );
        assert_eq!(detect("Orgnr", &["556123-4567", "802479-4367"], generic), None);
        assert_eq!(detect("Tid", &["1733097600", "1733184000"], generic), None);
        // Phone numbers written down as an answer; eight bare digits are a code, not a phone.
        assert_eq!(
            detect(
                "Hvordan kan vi nå deg?",
                &["+47 912 34 567", "22 33 44 55", "ring meg"],
                generic
            ),
            Some(PersonalData::Phone)
        );
        assert_eq!(detect("$submission_id", &["27000000", "27000001"], generic), None);
        assert_eq!(
            detect(
                "Organisasjonens navn",
                &["Elvestad Mannskor"],
                SourceFormat::MicrosoftForms
            ),
            None
        );
        assert_eq!(detect("Antall", &["12", "13"], generic), None);
        // «adrESSE.POSTnummer» holds «epost» by accident: a postcode is not an e-mail address.
        assert_eq!(
            detect("postadresse.postnummer", &["3381"], SourceFormat::Enhetsregisteret),
            None
        );
        assert_eq!(detect("Kontakt e-post", &[""], generic), Some(PersonalData::Email));
        assert_eq!(
            detect("Hjemmeadresse", &["Storgata 1"], SourceFormat::GoogleForms),
            Some(PersonalData::Address)
        );
        assert_eq!(
            detect("Adresse", &["Storgata 1"], SourceFormat::SurveyXact),
            Some(PersonalData::Address)
        );
        // An open-data table of health centres lists the centres' addresses.
        assert_eq!(detect("adresse", &["Gartnerveien 41"], generic), None);
        assert_eq!(
            detect(
                "forretningsadresse.adresse",
                &["Storgata 1"],
                SourceFormat::Enhetsregisteret
            ),
            None
        );
    }
}
