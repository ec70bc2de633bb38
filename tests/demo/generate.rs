//! The Elvestad demo (../shared/DEMO.md), generated reproducibly (fixed seed) in the real export formats:
//! an Enhetsregisteret bulk CSV joined with Frivillighetsregisteret's ICNPO categories, a Nettskjema CSV
//! with its element definitions, a Microsoft Forms XLSX and an offer catalogue saved by Excel in Norway.
//!
//! Everything is invented. Counts marked as targets in DEMO.md are hit exactly where the demo's story
//! depends on them (unit types, roles, the planted gaps) and drawn around them elsewhere.

use brobygger::core::orgnr;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

const SEED: u64 = 3399;
const MUNICIPALITY_NUMBER: &str = "3399";
const MUNICIPALITY: &str = "ELVESTAD";

/// One generated file.
pub struct DemoFile {
    pub name: &'static str,
    pub bytes: Vec<u8>,
}

pub const REGISTER: &str = "elvestad-enheter.csv";
pub const POSTCODES: &str = "elvestad-postnummer.csv";
pub const STAFF: &str = "elvestad-ansatte-2025.csv";
pub const STAFF_ELEMENTS: &str = "elvestad-ansatte-2025-elements.json";
pub const ORGANISATIONS: &str = "elvestad-organisasjoner-2025.xlsx";
pub const OFFERS: &str = "elvestad-tilbud.csv";
pub const MANIFEST: &str = "index.json";

/// Generates every demo file, the manifest last.
pub fn generate() -> Vec<DemoFile> {
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let orgs = organisations(&mut rng);
    let units = units(&mut rng, &orgs);
    let files = vec![
        DemoFile {
            name: REGISTER,
            bytes: register_csv(&orgs),
        },
        DemoFile {
            name: POSTCODES,
            bytes: postcode_csv(),
        },
        DemoFile {
            name: STAFF,
            bytes: staff_csv(&units),
        },
        DemoFile {
            name: STAFF_ELEMENTS,
            bytes: staff_elements(),
        },
        DemoFile {
            name: ORGANISATIONS,
            bytes: organisation_xlsx(&mut rng, &orgs),
        },
        DemoFile {
            name: OFFERS,
            bytes: offers_csv(&mut rng, &orgs),
        },
    ];
    let names: Vec<&str> = files.iter().map(|file| file.name).collect();
    let manifest = serde_json::to_string_pretty(&serde_json::json!({ "files": names })).unwrap() + "\n";
    let mut files = files;
    files.push(DemoFile {
        name: MANIFEST,
        bytes: manifest.into_bytes(),
    });
    files
}

// ---------------------------------------------------------------------------------------------------
// Places

pub const DISTRICTS: [&str; 5] = ["Nord", "Sør", "Øst", "Vest", "Sentrum"];

/// Local place names per district (index into `DISTRICTS`) and the district's postcodes. 3380–3392 are
/// unused in Posten's register, so no demo postcode is a real one.
const PLACES: [(&str, usize); 40] = [
    ("Nordlia", 0),
    ("Granli", 0),
    ("Bjørkås", 0),
    ("Nordmoen", 0),
    ("Nordskogen", 0),
    ("Tjernli", 0),
    ("Rypefjell", 0),
    ("Kvernhusdalen", 0),
    ("Sørbyen", 1),
    ("Furuholt", 1),
    ("Strandvik", 1),
    ("Sandbakken", 1),
    ("Sørvika", 1),
    ("Fjærekroken", 1),
    ("Saltbekken", 1),
    ("Måkeholmen", 1),
    ("Østmoen", 2),
    ("Haugen", 2),
    ("Solberg", 2),
    ("Åsen", 2),
    ("Solhaug", 2),
    ("Kleivane", 2),
    ("Rognli", 2),
    ("Østbygda", 2),
    ("Vestbygda", 3),
    ("Lia", 3),
    ("Myrvang", 3),
    ("Vesthagen", 3),
    ("Vestre Li", 3),
    ("Furulund", 3),
    ("Høgset", 3),
    ("Vikane", 3),
    ("Elvestad", 4),
    ("Bryggen", 4),
    ("Kirkebakken", 4),
    ("Torvet", 4),
    ("Stasjonsbyen", 4),
    ("Elvebredden", 4),
    ("Gamlebyen", 4),
    ("Kaia", 4),
];

const POSTCODE_TABLE: [(&str, &str, usize); 13] = [
    ("3380", "ELVESTAD", 4),
    ("3381", "ELVESTAD", 4),
    ("3382", "ELVESTAD", 4),
    ("3383", "ELVESTAD", 4),
    ("3384", "NORDLIA", 0),
    ("3385", "GRANLI", 0),
    ("3386", "SØRBYEN", 1),
    ("3387", "STRANDVIK", 1),
    ("3388", "ØSTMOEN", 2),
    ("3389", "SOLBERG", 2),
    ("3390", "VESTBYGDA", 3),
    ("3391", "LIA", 3),
    ("3392", "MYRVANG", 3),
];

fn postcode_for(rng: &mut ChaCha8Rng, district: usize) -> (&'static str, &'static str) {
    let codes: Vec<&(&str, &str, usize)> = POSTCODE_TABLE.iter().filter(|(_, _, d)| *d == district).collect();
    let (code, place, _) = codes.choose(rng).unwrap();
    (code, place)
}

fn postcode_csv() -> Vec<u8> {
    let mut out = String::from("postnummer;poststed;bydel\n");
    for (code, place, district) in POSTCODE_TABLE {
        out.push_str(&format!("{code};{place};{}\n", DISTRICTS[district]));
    }
    out.into_bytes()
}

// ---------------------------------------------------------------------------------------------------
// The register

/// A kind of association: its name suffix, ICNPO sub-codes (first is primary), NACE code and weight.
struct OrgType {
    suffix: &'static str,
    icnpo: &'static [&'static str],
    nace: Option<(&'static str, &'static str)>,
    weight: f64,
    /// Works with older people or health and care users: candidates for surveys and offers.
    care: bool,
}

const NACE_OTHER: (&str, &str) = (
    "94.991",
    "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted",
);
const NACE_SPORT: (&str, &str) = ("93.120", "Drift av idrettsklubber");
const NACE_RELIGION: (&str, &str) = ("94.910", "Aktiviteter i religiøse organisasjoner");
const NACE_SOCIAL: (&str, &str) = ("88.999", "Andre omsorgstjenester uten botilbud ikke nevnt annet sted");
const NACE_CULTURE: (&str, &str) = ("90.012", "Utøvende kunstnere og underholdningsvirksomhet innen musikk");

macro_rules! org_types {
    ($($suffix:literal [$($code:literal),*] $nace:expr, $weight:literal, $care:literal;)*) => {
        &[$(OrgType { suffix: $suffix, icnpo: &[$($code),*], nace: $nace, weight: $weight, care: $care },)*]
    };
}

const ORG_TYPES: &[OrgType] = org_types! {
    "Mannskor" ["01100"] Some(NACE_CULTURE), 4.2, true;
    "Kvinnekor" ["01100"] Some(NACE_CULTURE), 3.5, true;
    "Blandakor" ["01100"] Some(NACE_CULTURE), 2.8, true;
    "Skolekorps" ["01100", "13100"] Some(NACE_CULTURE), 4.2, false;
    "Musikkorps" ["01100"] Some(NACE_CULTURE), 2.8, true;
    "Teaterlag" ["01100"] None, 2.1, false;
    "Husflidslag" ["01100"] None, 2.1, true;
    "Historielag" ["01100"] None, 2.8, false;
    "Spelemannslag" ["01100"] Some(NACE_CULTURE), 2.1, true;
    "Kulturforening" ["01100"] None, 2.8, true;
    "Fotoklubb" ["01300"] None, 1.4, false;
    "Kunstforening" ["01100"] None, 1.4, false;
    "Idrettslag" ["01200"] Some(NACE_SPORT), 8.4, false;
    "Skiklubb" ["01200"] Some(NACE_SPORT), 3.5, false;
    "Fotballklubb" ["01200"] Some(NACE_SPORT), 4.2, false;
    "Turnforening" ["01200"] Some(NACE_SPORT), 2.1, false;
    "Håndballklubb" ["01200"] Some(NACE_SPORT), 2.1, false;
    "Sykkelklubb" ["01200"] Some(NACE_SPORT), 1.4, false;
    "Svømmeklubb" ["01200"] Some(NACE_SPORT), 1.4, false;
    "Orienteringslag" ["01200"] Some(NACE_SPORT), 1.4, false;
    "Tennisklubb" ["01200"] Some(NACE_SPORT), 1.4, false;
    "Skytterlag" ["01200"] Some(NACE_SPORT), 2.1, false;
    "Seilforening" ["01200"] Some(NACE_SPORT), 1.12, false;
    "Bowlingklubb" ["01200"] Some(NACE_SPORT), 0.84, false;
    "Seniorsport" ["01200", "04100"] Some(NACE_SPORT), 1.4, true;
    "Pensjonistforening" ["01300", "04100"] None, 4.2, true;
    "Bridgeklubb" ["01300"] None, 1.68, false;
    "Sjakklubb" ["01300"] None, 1.12, false;
    "Jeger- og fiskerforening" ["01300", "05100"] None, 2.1, false;
    "Hundeklubb" ["01300"] None, 1.4, false;
    "Båtforening" ["01300"] None, 2.1, false;
    "Motorklubb" ["01300"] None, 1.4, false;
    "Hagelag" ["01300"] None, 1.4, true;
    "Seniordans" ["01300"] None, 1.4, true;
    "Speidergruppe" ["13100"] None, 3.2, false;
    "4H-klubb" ["13100"] None, 1.6, false;
    "Ungdomslag" ["13100", "01300"] None, 2.4, false;
    "Ungdomsklubb" ["13100"] None, 1.92, false;
    "Barnekor" ["13100", "01100"] Some(NACE_CULTURE), 1.6, true;
    "Sanitetsforening" ["04100", "03400"] Some(NACE_SOCIAL), 1.66, true;
    "Røde Kors" ["04100", "04200"] Some(NACE_SOCIAL), 0.92, true;
    "Besøkstjeneste" ["04100"] Some(NACE_SOCIAL), 0.74, true;
    "Leve hele livet-forening" ["04100"] Some(NACE_SOCIAL), 0.55, true;
    "Pårørendeforening" ["04100"] None, 0.55, true;
    "Matsentral" ["04300"] Some(NACE_SOCIAL), 0.37, true;
    "Kvinne- og familielag" ["04100"] None, 0.55, true;
    "Seniornett" ["04100", "02300"] None, 0.55, true;
    "Flerkulturelle forening" ["14100"] None, 2.04, true;
    "Internasjonale kvinnegruppe" ["14100"] None, 1.52, true;
    "Somaliske forening" ["14100"] None, 0.82, false;
    "Polske forening" ["14100"] None, 0.82, false;
    "Syriske kulturforening" ["14100", "01100"] None, 0.61, false;
    "Språkvenner" ["14100"] None, 0.82, true;
    "Demensforening" ["03400"] None, 0.32, true;
    "Mental Helse" ["03400"] None, 0.32, true;
    "Hjerte- og lungeforening" ["03400"] None, 0.26, true;
    "Diabetesforening" ["03400"] None, 0.19, false;
    "Revmatikerforening" ["03400"] None, 0.19, false;
    "Slagforening" ["03400"] None, 0.19, true;
    "Menighet" ["10100"] Some(NACE_RELIGION), 0.84, true;
    "Misjonsforening" ["10100"] Some(NACE_RELIGION), 0.7, false;
    "Bedehusforening" ["10100"] Some(NACE_RELIGION), 0.56, true;
    "Naturvernforening" ["05100"] None, 0.42, false;
    "Turlag" ["05100", "01300"] None, 0.56, true;
    "Velforening" ["06100"] None, 1.05, false;
    "Grendelag" ["06100"] None, 0.7, false;
    "Handikaplag" ["07100"] None, 0.6, true;
    "Foreldrelag" ["07100"] None, 0.6, false;
    "Vennskapsforening" ["09100"] None, 0.4, false;
    "Bondelag" ["11100"] None, 0.4, false;
    "Kolonihagelag" ["12100"] None, 0.4, false;
};

/// Groups as Frivillighetsregisteret names them, for the description columns.
fn icnpo_name(code: &str) -> &'static str {
    match code {
        "01100" => "Kunst og kultur",
        "01200" => "Idrett",
        "01300" => "Rekreasjon og sosiale foreninger",
        "02300" => "Annen utdanning",
        "03400" => "Andre helsetjenester",
        "04100" => "Sosiale tjenester",
        "04200" => "Krisehjelp og støttearbeid",
        "04300" => "Økonomisk og materiell støtte",
        "05100" => "Natur- og miljøvern",
        "06100" => "Lokalsamfunnsutvikling",
        "07100" => "Interesseorganisasjoner",
        "08200" => "Frivillighetssentraler",
        "09100" => "Internasjonale organisasjoner",
        "10100" => "Tros- og livssynsorganisasjoner",
        "11100" => "Næringslivs- og arbeidsgiverorganisasjoner",
        "12100" => "Andre",
        "13100" => "Barne- og ungdomsorganisasjoner",
        "14100" => "Mangfold og inkludering",
        _ => "",
    }
}

/// An invented association.
pub struct Org {
    pub orgnr: String,
    /// As people write it (`Granli Mannskor`); the register has it in capitals.
    pub name: String,
    pub form_sti: bool,
    pub in_fvr: bool,
    pub icnpo: Vec<&'static str>,
    pub suffix: &'static str,
    pub district: usize,
    pub postcode: &'static str,
    pub poststed: &'static str,
    pub care: bool,
    nace: Option<(&'static str, &'static str)>,
    registered: String,
    founded: Option<String>,
    email: bool,
    purpose: Option<&'static str>,
}

const N_ORGS: usize = 1400;

fn new_orgnr(rng: &mut ChaCha8Rng, taken: &mut std::collections::HashSet<String>) -> String {
    loop {
        let mut digits = [0u8; 8];
        digits[0] = if rng.random_bool(0.7) { 9 } else { 8 };
        for digit in &mut digits[1..] {
            *digit = rng.random_range(0..10);
        }
        if let Some(check) = orgnr::check_digit(&digits) {
            let text: String = digits
                .iter()
                .chain(std::iter::once(&check))
                .map(|d| char::from(b'0' + d))
                .collect();
            if taken.insert(text.clone()) {
                return text;
            }
        }
    }
}

fn date_between(rng: &mut ChaCha8Rng, from_year: i32, to_year: i32) -> String {
    let year = rng.random_range(from_year..=to_year);
    let month = rng.random_range(1..=12);
    let day = rng.random_range(1..=28);
    format!("{year:04}-{month:02}-{day:02}")
}

const PURPOSES: [&str; 5] = [
    "Foreningens formål er å skape gode møteplasser og aktiviteter for innbyggerne.",
    "Laget skal fremme sang og musikk i bygda,\nog gi medlemmene glede og fellesskap.",
    "Å drive frivillig arbeid til beste for eldre og andre som trenger det.",
    "Foreningen skal arbeide for \"et godt liv for alle\" gjennom aktivitet og samhold.",
    "Idrett for alle, uansett alder og forutsetninger.",
];

fn organisations(rng: &mut ChaCha8Rng) -> Vec<Org> {
    let mut taken_numbers = std::collections::HashSet::new();
    let mut taken_names = std::collections::HashSet::new();
    let mut orgs = Vec::with_capacity(N_ORGS);
    // Three volunteer centres (ICNPO 8200), the hubs of the demo.
    for (name, district) in [
        ("Elvestad Frivilligsentral", 4),
        ("Nord Frivilligsentral", 0),
        ("Vest Frivilligsentral", 3),
    ] {
        let (postcode, poststed) = postcode_for(rng, district);
        taken_names.insert(name.to_uppercase());
        orgs.push(Org {
            orgnr: new_orgnr(rng, &mut taken_numbers),
            name: name.to_owned(),
            form_sti: false,
            in_fvr: true,
            icnpo: vec!["08200", "04100"],
            suffix: "Frivilligsentral",
            district,
            postcode,
            poststed,
            care: true,
            nace: Some(NACE_OTHER),
            registered: date_between(rng, 1995, 2012),
            founded: Some(date_between(rng, 1991, 2010)),
            email: true,
            purpose: Some(PURPOSES[2]),
        });
    }
    let weights: Vec<f64> = ORG_TYPES.iter().map(|org_type| org_type.weight).collect();
    let type_index = rand::distr::weighted::WeightedIndex::new(&weights).unwrap();
    while orgs.len() < N_ORGS {
        let org_type = &ORG_TYPES[rng.sample(&type_index)];
        let (place, district) = *PLACES.choose(rng).unwrap();
        let form_sti = rng.random_bool(0.02);
        let name = if form_sti {
            format!("Stiftelsen {place} {}", org_type.suffix)
        } else {
            format!("{place} {}", org_type.suffix)
        };
        if !taken_names.insert(name.to_uppercase()) {
            continue;
        }
        let (postcode, poststed) = postcode_for(rng, district);
        let in_fvr = !form_sti && rng.random_bool(0.67);
        let mut icnpo = vec![org_type.icnpo[0]];
        for extra in &org_type.icnpo[1..] {
            if rng.random_bool(0.5) {
                icnpo.push(extra);
            }
        }
        orgs.push(Org {
            orgnr: new_orgnr(rng, &mut taken_numbers),
            name,
            form_sti,
            in_fvr,
            icnpo,
            suffix: org_type.suffix,
            district,
            postcode,
            poststed,
            care: org_type.care,
            nace: org_type.nace.or(rng.random_bool(0.4).then_some(NACE_OTHER)),
            registered: date_between(rng, 1995, 2024),
            founded: rng.random_bool(0.6).then(|| date_between(rng, 1950, 2023)),
            email: rng.random_bool(0.25),
            purpose: rng.random_bool(0.3).then(|| *PURPOSES.choose(rng).unwrap()),
        });
    }
    orgs
}

/// Enhetsregisteret's 90 bulk-CSV columns, in their real order.
const REGISTER_COLUMNS: [&str; 90] = [
    "organisasjonsnummer",
    "navn",
    "organisasjonsform.kode",
    "organisasjonsform.beskrivelse",
    "naeringskode1.kode",
    "naeringskode1.beskrivelse",
    "naeringskode2.kode",
    "naeringskode2.beskrivelse",
    "naeringskode3.kode",
    "naeringskode3.beskrivelse",
    "hjelpeenhetskode.kode",
    "hjelpeenhetskode.beskrivelse",
    "harRegistrertAntallAnsatte",
    "antallAnsatte",
    "registreringsdatoAntallAnsatteEnhetsregisteret",
    "registreringsdatoantallansatteNAVAaregisteret",
    "hjemmeside",
    "epostadresse",
    "telefon",
    "mobil",
    "postadresse.adresse",
    "postadresse.poststed",
    "postadresse.postnummer",
    "postadresse.kommune",
    "postadresse.kommunenummer",
    "postadresse.land",
    "postadresse.landkode",
    "forretningsadresse.adresse",
    "forretningsadresse.poststed",
    "forretningsadresse.postnummer",
    "forretningsadresse.kommune",
    "forretningsadresse.kommunenummer",
    "forretningsadresse.land",
    "forretningsadresse.landkode",
    "institusjonellSektorkode.kode",
    "institusjonellSektorkode.beskrivelse",
    "sisteInnsendteAarsregnskap",
    "registreringsdatoenhetsregisteret",
    "stiftelsesdato",
    "registrertIMvaRegisteret",
    "registreringsdatoMerverdiavgiftsregisteret",
    "registreringsdatoMerverdiavgiftsregisteretEnhetsregisteret",
    "frivilligMvaRegistrertBeskrivelser",
    "registreringsdatoFrivilligMerverdiavgiftsregisteret",
    "registrertIFrivillighetsregisteret",
    "registreringsdatoFrivillighetsregisteret",
    "registrertIForetaksregisteret",
    "registreringsdatoForetaksregisteret",
    "registrertIStiftelsesregisteret",
    "registrertIPartiregisteret",
    "registreringsdatoPartiregisteret",
    "konkurs",
    "konkursdato",
    "underAvvikling",
    "underAvviklingDato",
    "underTvangsavviklingEllerTvangsopplosning",
    "tvangsopplostPgaManglendeDagligLederDato",
    "tvangsopplostPgaManglendeRevisorDato",
    "tvangsopplostPgaManglendeRegnskapDato",
    "tvangsopplostPgaMangelfulltStyreDato",
    "tvangsavvikletPgaManglendeSlettingDato",
    "overordnetEnhet",
    "maalform",
    "vedtektsdato",
    "vedtektsfestetFormaal",
    "aktivitet",
    "paategninger",
    "underUtenlandskInsolvensbehandlingDato",
    "underRekonstruksjonsforhandlingDato",
    "fravalgRevisjonDato",
    "fravalgRevisjonBeslutningsDato",
    "erIKonsern",
    "kapital.belop",
    "kapital.antallAksjer",
    "kapital.type",
    "kapital.bundet",
    "kapital.valuta",
    "kapital.innbetalt",
    "kapital.fulltInnbetalt",
    "kapital.innfortDato",
    "registreringsnummerIHjemlandet",
    "utenlandskRegisterNavn",
    "utenlandskRegisterAdresse.land",
    "utenlandskRegisterAdresse.poststed",
    "utenlandskRegisterAdresse.adresse",
    "underlagtLovgivningLand",
    "underlagtLovgivningLandKode",
    "foretaksformIHjemlandet.kode",
    "foretaksformIHjemlandet.beskrivelse",
    "foretaksformIHjemlandet.beskrivelseBokmaal",
];

/// Frivillighetsregisteret's up to three ICNPO categories, joined onto the extract by organisation number.
const ICNPO_COLUMNS: [&str; 6] = [
    "icnpoKategori1.nummer",
    "icnpoKategori1.navn",
    "icnpoKategori2.nummer",
    "icnpoKategori2.navn",
    "icnpoKategori3.nummer",
    "icnpoKategori3.navn",
];

fn quoted_row(cells: &[String]) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|cell| format!("\"{}\"", cell.replace('"', "\"\"")))
        .collect();
    quoted.join(",") + "\n"
}

fn register_csv(orgs: &[Org]) -> Vec<u8> {
    let header: Vec<String> = REGISTER_COLUMNS
        .iter()
        .chain(ICNPO_COLUMNS.iter())
        .map(|c| (*c).to_owned())
        .collect();
    let mut out = quoted_row(&header);
    for (org_idx, org) in orgs.iter().enumerate() {
        let mut row = vec![String::new(); header.len()];
        let mut set = |column: &str, value: String| {
            let col_idx = header.iter().position(|h| h == column).unwrap();
            row[col_idx] = value;
        };
        set("organisasjonsnummer", org.orgnr.clone());
        set("navn", org.name.to_uppercase());
        let (form, form_name) = if org.form_sti {
            ("STI", "Stiftelse")
        } else {
            ("FLI", "Forening/lag/innretning")
        };
        set("organisasjonsform.kode", form.into());
        set("organisasjonsform.beskrivelse", form_name.into());
        if let Some((code, name)) = org.nace {
            set("naeringskode1.kode", code.into());
            set("naeringskode1.beskrivelse", name.into());
        }
        set("harRegistrertAntallAnsatte", "false".into());
        if org.email {
            let local: String = org
                .name
                .to_lowercase()
                .chars()
                .map(|c| match c {
                    'æ' => 'e',
                    'ø' => 'o',
                    'å' => 'a',
                    c if c.is_ascii_alphanumeric() => c,
                    _ => '.',
                })
                .collect();
            set("epostadresse", format!("{local}@example.invalid"));
        }
        let street = match org_idx % 4 {
            0 => format!("Postboks {}", 10 + org_idx % 190),
            1 => format!("Storgata {}", 1 + org_idx % 60),
            2 => format!("c/o Leder, Elvevegen {}", 1 + org_idx % 90),
            _ => format!("{}vegen {}", PLACES[org.district * 8].0, 1 + org_idx % 40),
        };
        set("postadresse.adresse", street);
        set("postadresse.poststed", org.poststed.into());
        set("postadresse.postnummer", org.postcode.into());
        set("postadresse.kommune", MUNICIPALITY.into());
        set("postadresse.kommunenummer", MUNICIPALITY_NUMBER.into());
        set("postadresse.land", "Norge".into());
        set("postadresse.landkode", "NO".into());
        if org_idx % 3 == 0 {
            set(
                "forretningsadresse.adresse",
                format!("{} grendehus", PLACES[org.district * 8 + 1].0),
            );
            set("forretningsadresse.poststed", org.poststed.into());
            set("forretningsadresse.postnummer", org.postcode.into());
            set("forretningsadresse.kommune", MUNICIPALITY.into());
            set("forretningsadresse.kommunenummer", MUNICIPALITY_NUMBER.into());
            set("forretningsadresse.land", "Norge".into());
            set("forretningsadresse.landkode", "NO".into());
        }
        set("institusjonellSektorkode.kode", "7000".into());
        set("institusjonellSektorkode.beskrivelse", "Ideelle organisasjoner".into());
        set("registreringsdatoenhetsregisteret", org.registered.clone());
        if let Some(founded) = &org.founded {
            set("stiftelsesdato", founded.clone());
        }
        set("registrertIMvaRegisteret", "false".into());
        set("registrertIFrivillighetsregisteret", org.in_fvr.to_string());
        if org.in_fvr {
            set("registreringsdatoFrivillighetsregisteret", org.registered.clone());
        }
        set("registrertIForetaksregisteret", "false".into());
        set("registrertIStiftelsesregisteret", org.form_sti.to_string());
        set("registrertIPartiregisteret", "false".into());
        set("konkurs", "false".into());
        set("underAvvikling", "false".into());
        set("underTvangsavviklingEllerTvangsopplosning", "false".into());
        set("maalform", if org_idx % 17 == 0 { "Nynorsk" } else { "Bokmål" }.into());
        if let Some(purpose) = org.purpose {
            set("vedtektsfestetFormaal", purpose.into());
        }
        set("erIKonsern", "false".into());
        if org.in_fvr {
            for (category_idx, code) in org.icnpo.iter().take(3).enumerate() {
                set(ICNPO_COLUMNS[category_idx * 2], (*code).into());
                set(ICNPO_COLUMNS[category_idx * 2 + 1], icnpo_name(code).into());
            }
        }
        out.push_str(&quoted_row(&row));
    }
    out.into_bytes()
}

// ---------------------------------------------------------------------------------------------------
// The staff survey (Nettskjema)

pub const UNIT_TYPES: [(&str, usize); 5] = [
    ("Sykehjem", 14),
    ("Omsorgsbolig med heldøgnsbemanning", 12),
    ("Dagsenter/aktivitetssenter", 10),
    ("Hjemmetjeneste", 20),
    ("Psykisk helse og rus", 4),
];

const ROLES: [&str; 5] = [
    "Avdelingsleder",
    "Fagrådgiver",
    "Frivillighetskontakt",
    "Livsgledekonsulent",
    "Annet",
];

/// (code, option text, units ticking it, affinity per unit type).
type Tick = (&'static str, &'static str, usize, [f64; 5]);

pub const PARTNERS: [Tick; 10] = [
    ("barnehager", "Barnehager", 47, [3.0, 2.0, 2.0, 1.0, 0.5]),
    ("skoler", "Skoler", 42, [2.5, 2.0, 2.0, 1.0, 1.0]),
    ("enkeltfrivillige", "Enkeltfrivillige", 36, [1.0, 1.0, 1.0, 1.2, 1.0]),
    (
        "humanitaere",
        "Humanitære organisasjoner",
        33,
        [1.0, 1.0, 1.0, 1.3, 1.0],
    ),
    ("kirke", "Den norske kirke/menigheter", 30, [2.0, 1.5, 1.0, 0.7, 0.5]),
    ("frivilligsentral", "Frivilligsentral", 27, [1.0, 1.0, 1.5, 1.3, 1.0]),
    ("kultur", "Kor/korps og kulturforeninger", 21, [2.5, 1.5, 1.5, 0.4, 0.5]),
    ("pensjonister", "Pensjonistforeninger", 18, [1.2, 1.0, 2.0, 0.8, 0.3]),
    ("idrettslag", "Idrettslag", 7, [0.7, 0.7, 1.5, 0.7, 2.0]),
    ("andre", "Andre", 6, [1.0, 1.0, 1.0, 1.0, 1.0]),
];

pub const UNIT_ROLES: [Tick; 5] = [
    (
        "brobygger",
        "Brobygger mellom frivillige, ansatte og tjenestemottakere",
        20,
        [1.5, 1.2, 1.0, 0.8, 1.0],
    ),
    (
        "aktivitet",
        "Tilrettelegger for aktivitet for flere samlet",
        18,
        [1.5, 1.2, 1.5, 0.4, 1.0],
    ),
    (
        "moteplasser",
        "Tilrettelegger for møteplasser for frivillige",
        17,
        [1.2, 1.0, 1.5, 0.6, 1.0],
    ),
    ("opplaering", "Opplæring av frivillige", 12, [1.0, 1.0, 1.0, 1.0, 1.0]),
    (
        "rekruttering",
        "Rekruttering av frivillige",
        10,
        [1.0, 1.0, 1.0, 1.0, 1.0],
    ),
];

pub const CHALLENGES: [Tick; 7] = [
    ("ressurser", "Oppfølging av frivillige krever ressurser", 38, [1.0; 5]),
    ("opplaering", "Opplæring av frivillige krever tid", 30, [1.0; 5]),
    (
        "rett_frivillig",
        "Vanskelig å finne rett frivillig til rett beboer",
        27,
        [1.3, 1.2, 0.8, 1.0, 1.0],
    ),
    ("egne_behov", "Frivillige har egne behov", 20, [1.0; 5]),
    (
        "enkeltarrangement",
        "Frivillige vil heller booke seg til enkeltarrangement enn faste dager",
        24,
        [1.0; 5],
    ),
    (
        "oppgaveavklaring",
        "Uklar oppgaveavklaring og forventninger",
        18,
        [1.0; 5],
    ),
    ("informasjonsflyt", "Svak informasjonsflyt", 22, [1.0; 5]),
];

/// The seven options both surveys share (staff question 11, organisation question 3).
pub const OPPORTUNITIES: [(&str, &str); 7] = [
    ("avtaler", "Samarbeidsavtaler"),
    ("forum", "Faste samarbeidsmøter/forum"),
    ("informasjon", "Informasjon om tilbud og arrangementer"),
    ("kontaktpunkt", "Fast kontaktpunkt («én dør inn»)"),
    ("skyss", "Skyss-/følgeordning"),
    ("rekruttering", "Rekruttering av frivillige"),
    ("opplaering", "Opplæring av frivillige"),
];
const STAFF_OPPORTUNITY_COUNTS: [usize; 7] = [30, 26, 40, 36, 28, 33, 20];
const ORG_OPPORTUNITY_SHARES: [f64; 7] = [0.60, 0.45, 0.70, 0.75, 0.40, 0.50, 0.30];

/// Offer categories as the staff survey words them (deliberately not as the catalogue does), with how many
/// of the 60 units know of them and have told users about them. Besøksvenn: 4 of the 20 home-care units.
pub const OFFER_OPTIONS: [(&str, &str, usize, usize); 10] = [
    ("kafe", "Kafé/møteplass", 48, 36),
    ("kultur", "Kultur og underholdning", 45, 33),
    ("tur", "Turgrupper", 39, 27),
    ("trening", "Trening og fysisk aktivitet", 30, 21),
    ("praktisk", "Praktisk hjelp i hjemmet", 21, 12),
    ("besoksvenn", "Besøksvenn/besøkstjeneste", 18, 6),
    ("transport", "Transport til aktiviteter", 18, 5),
    ("digital", "Digital hjelp (nettbrett, mobil)", 15, 9),
    ("sorg", "Sorggrupper", 18, 7),
    ("maltid", "Måltidsvenn", 12, 6),
];
const HOME_CARE_KNOW_VISITING_FRIEND: usize = 4;
const HOME_CARE_TOLD_VISITING_FRIEND: usize = 2;

const FORMALITY: [(&str, usize); 3] = [("Skriftlig avtale", 15), ("Muntlig avtale", 27), ("Ingen avtale", 18)];
pub const FOLLOW_UP: [(&str, usize); 4] = [("0 %", 6), ("Under 20 %", 10), ("20–49 %", 12), ("50–100 %", 32)];
pub const BUDGET: [(&str, usize); 4] = [
    ("Eget budsjett", 6),
    ("Vurderes fra aktivitet til aktivitet", 24),
    ("Søker tilskudd", 14),
    ("Ingen", 16),
];

const COMMENTS: [&str; 8] = [
    "Vi ønsker oss en fast kontaktperson i kommunen som kjenner de frivillige.",
    "Samarbeidet med barnehagen betyr mye for beboerne – \"de gleder seg hver tirsdag\".",
    "Vanskelig å få tid til oppfølging i en travel hverdag.\nFrivilligsentralen er til god hjelp.",
    "Savner oversikt over hvilke tilbud som finnes i bydelen.",
    "Transport er det største hinderet for at brukerne kan delta.",
    "Korpset spiller på 17. mai og til jul; beboerne setter stor pris på det.",
    "Flere frivillige ønsker å komme på enkeltarrangementer enn faste dager.",
    "Vi har gode erfaringer med besøksvenner, men får ikke nok av dem.",
];

/// A responding unit.
pub struct Unit {
    name: String,
    unit_type: usize,
    district: usize,
    role: usize,
    partners: Vec<bool>,
    formality: usize,
    roles: Vec<bool>,
    follow_up: usize,
    budget: usize,
    challenges: Vec<bool>,
    opportunities: Vec<bool>,
    known: Vec<bool>,
    told: Vec<bool>,
    organisations: String,
    comment: Option<&'static str>,
    submission_id: u64,
    created: String,
    answer_ms: u64,
}

fn unit_names(rng: &mut ChaCha8Rng) -> Vec<(String, usize, usize)> {
    let mut units = Vec::new();
    let mut places: Vec<(&str, usize)> = PLACES.to_vec();
    places.shuffle(rng);
    for (place, district) in places.iter().take(14) {
        units.push((format!("{place} sykehjem"), 0, *district));
    }
    places.shuffle(rng);
    for (place, district) in places.iter().take(12) {
        units.push((format!("{place} omsorgsboliger"), 1, *district));
    }
    places.shuffle(rng);
    for (idx, (place, district)) in places.iter().take(10).enumerate() {
        let kind = if idx % 2 == 0 { "dagsenter" } else { "aktivitetssenter" };
        units.push((format!("{place} {kind}"), 2, *district));
    }
    for (district, district_name) in DISTRICTS.iter().enumerate() {
        for team in 1..=4 {
            units.push((format!("Hjemmetjenesten {district_name}, team {team}"), 3, district));
        }
    }
    for district in [0, 1, 2, 4] {
        units.push((format!("Psykisk helse og rus {}", DISTRICTS[district]), 4, district));
    }
    units
}

/// Exactly `count` of `candidates` (unit indices), drawn with weights.
fn pick(rng: &mut ChaCha8Rng, candidates: &[usize], weight: impl Fn(usize) -> f64, count: usize) -> Vec<usize> {
    let mut chosen: Vec<usize> = candidates
        .choose_multiple_weighted(rng, count.min(candidates.len()), |&unit| weight(unit))
        .unwrap()
        .copied()
        .collect();
    chosen.sort_unstable();
    chosen
}

fn ticks(rng: &mut ChaCha8Rng, unit_types: &[usize], options: &[Tick]) -> Vec<Vec<bool>> {
    let all: Vec<usize> = (0..unit_types.len()).collect();
    let mut table = vec![vec![false; options.len()]; unit_types.len()];
    for (option_idx, (_, _, count, affinity)) in options.iter().enumerate() {
        for unit in pick(rng, &all, |unit| affinity[unit_types[unit]], *count) {
            table[unit][option_idx] = true;
        }
    }
    table
}

fn assign_single(rng: &mut ChaCha8Rng, n_units: usize, counts: &[usize]) -> Vec<usize> {
    let mut values: Vec<usize> = counts
        .iter()
        .enumerate()
        .flat_map(|(idx, &n)| std::iter::repeat_n(idx, n))
        .collect();
    values.resize(n_units, counts.len() - 1);
    values.shuffle(rng);
    values
}

fn misspell(name: &str, rng: &mut ChaCha8Rng) -> String {
    match rng.random_range(0..4) {
        0 => name.to_lowercase(),
        1 => name
            .replacen("forening", "foreing", 1)
            .replacen("Frivilligsentral", "frivillighetssentral", 1),
        2 => name.replacen(' ', "  ", 1),
        _ => name.to_owned(),
    }
}

fn units(rng: &mut ChaCha8Rng, orgs: &[Org]) -> Vec<Unit> {
    let names = unit_names(rng);
    let unit_types: Vec<usize> = names.iter().map(|(_, unit_type, _)| *unit_type).collect();
    let n_units = names.len();
    let partners = ticks(rng, &unit_types, &PARTNERS);
    let roles = ticks(rng, &unit_types, &UNIT_ROLES);
    let challenges = ticks(rng, &unit_types, &CHALLENGES);
    let opportunity_ticks: Vec<Tick> = OPPORTUNITIES
        .iter()
        .zip(STAFF_OPPORTUNITY_COUNTS)
        .map(|((code, text), count)| (*code, *text, count, [1.0; 5]))
        .collect();
    let opportunities = ticks(rng, &unit_types, &opportunity_ticks);
    let formality = assign_single(rng, n_units, &FORMALITY.map(|(_, n)| n));
    let follow_up = assign_single(rng, n_units, &FOLLOW_UP.map(|(_, n)| n));
    let budget = assign_single(rng, n_units, &BUDGET.map(|(_, n)| n));

    // Known and told: told is always a subset of known; the planted gaps are exact.
    let mut known = vec![vec![false; OFFER_OPTIONS.len()]; n_units];
    let mut told = vec![vec![false; OFFER_OPTIONS.len()]; n_units];
    let home_care: Vec<usize> = (0..n_units).filter(|&unit| unit_types[unit] == 3).collect();
    let others: Vec<usize> = (0..n_units).filter(|&unit| unit_types[unit] != 3).collect();
    let all: Vec<usize> = (0..n_units).collect();
    for (option_idx, (code, _, n_known, n_told)) in OFFER_OPTIONS.iter().enumerate() {
        let knowers = if *code == "besoksvenn" {
            let mut chosen = pick(rng, &home_care, |_| 1.0, HOME_CARE_KNOW_VISITING_FRIEND);
            chosen.extend(pick(rng, &others, |_| 1.0, n_known - HOME_CARE_KNOW_VISITING_FRIEND));
            chosen
        } else {
            pick(rng, &all, |_| 1.0, *n_known)
        };
        for &unit in &knowers {
            known[unit][option_idx] = true;
        }
        let tellers = if *code == "besoksvenn" {
            let home: Vec<usize> = knowers.iter().copied().filter(|unit| unit_types[*unit] == 3).collect();
            let rest: Vec<usize> = knowers.iter().copied().filter(|unit| unit_types[*unit] != 3).collect();
            let mut chosen = pick(rng, &home, |_| 1.0, HOME_CARE_TOLD_VISITING_FRIEND);
            chosen.extend(pick(rng, &rest, |_| 1.0, n_told - HOME_CARE_TOLD_VISITING_FRIEND));
            chosen
        } else {
            pick(rng, &knowers, |_| 1.0, *n_told)
        };
        for unit in tellers {
            told[unit][option_idx] = true;
        }
    }

    // Who units name: a few hubs many units work with (volunteer centres, the big humanitarian and church
    // organisations of their district) and a long tail of local associations, as in the seeds.
    let care_orgs: Vec<&Org> = orgs.iter().filter(|org| org.care && org.in_fvr).collect();
    let hub_weight = |org: &Org| match org.suffix {
        "Frivilligsentral" => 14.0,
        "Røde Kors" | "Sanitetsforening" => 6.0,
        "Menighet" | "Pensjonistforening" | "Demensforening" => 3.0,
        _ => 1.0,
    };
    let mut submission_id = 31_504_117u64;
    let mut units = Vec::with_capacity(n_units);
    let mut order: Vec<usize> = (0..n_units).collect();
    order.shuffle(rng);
    for (rank, unit) in order.into_iter().enumerate() {
        let (name, unit_type, district) = names[unit].clone();
        let role = match unit_type {
            0 if rng.random_bool(0.3) => 3,
            _ => [0, 0, 0, 1, 2, 2, 4][rng.random_range(0..7)],
        };
        let n_named = [0, 1, 2, 2, 3, 3, 3][rng.random_range(0..7)];
        let candidates: Vec<&Org> = care_orgs
            .iter()
            .copied()
            .filter(|org| org.district == district || org.suffix == "Frivilligsentral" && org.district == 4)
            .collect();
        let named: Vec<String> = candidates
            .choose_multiple_weighted(rng, n_named, |org| hub_weight(org))
            .unwrap()
            .map(|org| misspell(&org.name, rng))
            .collect();
        submission_id += rng.random_range(3..40);
        let day = 3 + rank * 18 / n_units;
        let created = format!(
            "2025-03-{day:02}T{:02}:{:02}:{:02}+01:00",
            rng.random_range(8..16),
            rng.random_range(0..60),
            rng.random_range(0..60)
        );
        units.push(Unit {
            name,
            unit_type,
            district,
            role,
            partners: partners[unit].clone(),
            formality: formality[unit],
            roles: roles[unit].clone(),
            follow_up: follow_up[unit],
            budget: budget[unit],
            challenges: challenges[unit].clone(),
            opportunities: opportunities[unit].clone(),
            known: known[unit].clone(),
            told: told[unit].clone(),
            organisations: named.join(", "),
            comment: rng.random_bool(0.35).then(|| *COMMENTS.choose(rng).unwrap()),
            submission_id,
            created,
            answer_ms: rng.random_range(180_000..900_000),
        });
    }
    units
}

fn nettskjema_row(cells: &[String]) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|cell| format!("\"{}\"", cell.replace('"', "\"\"")))
        .collect();
    quoted.join(";") + "\n"
}

fn bits(prefix: &str, codes: &[&str], values: &[bool], header: &mut Vec<String>, row: &mut Vec<String>, first: bool) {
    for (code, value) in codes.iter().zip(values) {
        if first {
            header.push(format!("{prefix}.{code}"));
        }
        row.push(if *value { "1" } else { "0" }.to_owned());
    }
}

fn staff_csv(units: &[Unit]) -> Vec<u8> {
    let mut out = String::new();
    for (unit_idx, unit) in units.iter().enumerate() {
        let first = unit_idx == 0;
        let mut header: Vec<String> = Vec::new();
        let mut row: Vec<String> = Vec::new();
        let single = |name: &str, value: String, header: &mut Vec<String>, row: &mut Vec<String>| {
            if first {
                header.push(name.to_owned());
            }
            row.push(value);
        };
        single("$submission_id", unit.submission_id.to_string(), &mut header, &mut row);
        single("$created", unit.created.clone(), &mut header, &mut row);
        single("enhet", unit.name.clone(), &mut header, &mut row);
        single("tjenestetype", (unit.unit_type + 1).to_string(), &mut header, &mut row);
        single("bydel", (unit.district + 1).to_string(), &mut header, &mut row);
        single("rolle", (unit.role + 1).to_string(), &mut header, &mut row);
        bits(
            "samarbeid",
            &PARTNERS.map(|p| p.0),
            &unit.partners,
            &mut header,
            &mut row,
            first,
        );
        single("formalitet", (unit.formality + 1).to_string(), &mut header, &mut row);
        bits(
            "roller",
            &UNIT_ROLES.map(|p| p.0),
            &unit.roles,
            &mut header,
            &mut row,
            first,
        );
        single("oppfolging", (unit.follow_up + 1).to_string(), &mut header, &mut row);
        single("budsjett", (unit.budget + 1).to_string(), &mut header, &mut row);
        bits(
            "utfordringer",
            &CHALLENGES.map(|p| p.0),
            &unit.challenges,
            &mut header,
            &mut row,
            first,
        );
        bits(
            "styrke",
            &OPPORTUNITIES.map(|p| p.0),
            &unit.opportunities,
            &mut header,
            &mut row,
            first,
        );
        bits(
            "kjenner",
            &OFFER_OPTIONS.map(|p| p.0),
            &unit.known,
            &mut header,
            &mut row,
            first,
        );
        bits(
            "informert",
            &OFFER_OPTIONS.map(|p| p.0),
            &unit.told,
            &mut header,
            &mut row,
            first,
        );
        single("organisasjoner", unit.organisations.clone(), &mut header, &mut row);
        single(
            "kommentar",
            unit.comment.unwrap_or_default().to_owned(),
            &mut header,
            &mut row,
        );
        single("$answer_time_ms", unit.answer_ms.to_string(), &mut header, &mut row);
        if first {
            out.push_str(&nettskjema_row(&header));
        }
        out.push_str(&nettskjema_row(&row));
    }
    out.into_bytes()
}

/// One element of Nettskjema's form definition, with every field its API returns, in its order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Element {
    element_id: Option<u64>,
    question_id: Option<u64>,
    text: Option<String>,
    description: Option<String>,
    element_type: &'static str,
    date_format: Option<String>,
    sequence: Option<u32>,
    max_selected_answer_options: Option<u32>,
    image_url: Option<String>,
    alt_text: Option<String>,
    linear_scale_type: Option<String>,
    national_id_number_type: Option<String>,
    repeated_national_id_required: Option<bool>,
    national_id_number_of_letters: Option<u32>,
    national_id_number_of_digits: Option<u32>,
    is_autofill: Option<bool>,
    image: Option<String>,
    is_mandatory: bool,
    is_horizontal: bool,
    is_range_marks_shown: bool,
    external_element_id: Option<String>,
    minimum_value: Option<f64>,
    maximum_value: Option<f64>,
    send_additional_recipient_email: bool,
    use_for_redirect_to_form: bool,
    minimum_value_text: Option<String>,
    mid_value_text: Option<String>,
    maximum_value_text: Option<String>,
    number_of_decimals: Option<u32>,
    routing_reference_ids: Vec<u64>,
    answer_options: Vec<AnswerOption>,
    answer_options_visibility_filter: Vec<u64>,
    sub_elements: Vec<u64>,
    validation_scripts: Vec<u64>,
    is_answer_hashed: bool,
    max_number_of_characters: Option<u32>,
    is_randomized_order: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AnswerOption {
    answer_option_id: u64,
    sequence: u32,
    text: String,
    redirect_to_form: Option<String>,
    is_preselected: bool,
    is_correct: bool,
    additional_recipient_email: Option<String>,
    external_answer_option_id: String,
    image: Option<String>,
    image_url: Option<String>,
    alt_text: Option<String>,
    external_element_id: String,
    text_or_alt_text: String,
}

fn element(
    element_type: &'static str,
    id: Option<&str>,
    text: &str,
    sequence: u32,
    options: &[(String, String)],
) -> Element {
    let element_id = 3_640_100 + u64::from(sequence) * 7;
    let answer_options = options
        .iter()
        .enumerate()
        .map(|(idx, (code, label))| AnswerOption {
            answer_option_id: 8_870_000 + u64::from(sequence) * 100 + idx as u64,
            sequence: idx as u32 + 1,
            text: label.clone(),
            redirect_to_form: None,
            is_preselected: false,
            is_correct: false,
            additional_recipient_email: None,
            external_answer_option_id: code.clone(),
            image: None,
            image_url: None,
            alt_text: None,
            external_element_id: id.unwrap_or_default().to_owned(),
            text_or_alt_text: label.clone(),
        })
        .collect();
    Element {
        element_id: Some(element_id),
        question_id: id.map(|_| element_id + 8_000),
        text: Some(text.to_owned()),
        description: None,
        element_type,
        date_format: None,
        sequence: Some(sequence),
        max_selected_answer_options: None,
        image_url: None,
        alt_text: None,
        linear_scale_type: None,
        national_id_number_type: None,
        repeated_national_id_required: None,
        national_id_number_of_letters: None,
        national_id_number_of_digits: None,
        is_autofill: None,
        image: None,
        is_mandatory: matches!(element_type, "RADIO" | "CHECKBOX"),
        is_horizontal: false,
        is_range_marks_shown: false,
        external_element_id: id.map(str::to_owned),
        minimum_value: None,
        maximum_value: None,
        send_additional_recipient_email: false,
        use_for_redirect_to_form: false,
        minimum_value_text: None,
        mid_value_text: None,
        maximum_value_text: None,
        number_of_decimals: None,
        routing_reference_ids: Vec::new(),
        answer_options,
        answer_options_visibility_filter: Vec::new(),
        sub_elements: Vec::new(),
        validation_scripts: Vec::new(),
        is_answer_hashed: false,
        max_number_of_characters: None,
        is_randomized_order: false,
    }
}

fn numbered(labels: &[&str]) -> Vec<(String, String)> {
    labels
        .iter()
        .enumerate()
        .map(|(idx, label)| ((idx + 1).to_string(), (*label).to_owned()))
        .collect()
}

fn coded(options: &[(&str, &str)]) -> Vec<(String, String)> {
    options
        .iter()
        .map(|(code, label)| ((*code).to_owned(), (*label).to_owned()))
        .collect()
}

fn staff_elements() -> Vec<u8> {
    let unit_types: Vec<&str> = UNIT_TYPES.iter().map(|(name, _)| *name).collect();
    let partners: Vec<(&str, &str)> = PARTNERS.iter().map(|p| (p.0, p.1)).collect();
    let roles: Vec<(&str, &str)> = UNIT_ROLES.iter().map(|p| (p.0, p.1)).collect();
    let challenges: Vec<(&str, &str)> = CHALLENGES.iter().map(|p| (p.0, p.1)).collect();
    let offers: Vec<(&str, &str)> = OFFER_OPTIONS.iter().map(|p| (p.0, p.1)).collect();
    let elements = vec![
        element(
            "HEADING",
            None,
            "Samarbeid med frivillige i helse og omsorg – Elvestad kommune 2025",
            1,
            &[],
        ),
        element("QUESTION", Some("enhet"), "Enhet", 2, &[]),
        element("RADIO", Some("tjenestetype"), "Tjenestetype", 3, &numbered(&unit_types)),
        element("RADIO", Some("bydel"), "Bydel", 4, &numbered(&DISTRICTS)),
        element("RADIO", Some("rolle"), "Din rolle", 5, &numbered(&ROLES)),
        element(
            "CHECKBOX",
            Some("samarbeid"),
            "Hvilke aktører samarbeider dere med?",
            6,
            &coded(&partners),
        ),
        element(
            "RADIO",
            Some("formalitet"),
            "Hvor formelt er samarbeidet?",
            7,
            &numbered(&FORMALITY.map(|f| f.0)),
        ),
        element(
            "CHECKBOX",
            Some("roller"),
            "Hvilke roller har enheten i samarbeidet?",
            8,
            &coded(&roles),
        ),
        element(
            "RADIO",
            Some("oppfolging"),
            "Stillingsprosent til å følge opp frivillige",
            9,
            &numbered(&FOLLOW_UP.map(|f| f.0)),
        ),
        element(
            "RADIO",
            Some("budsjett"),
            "Budsjett til frivillige aktiviteter",
            10,
            &numbered(&BUDGET.map(|b| b.0)),
        ),
        element(
            "CHECKBOX",
            Some("utfordringer"),
            "Hvilke utfordringer opplever dere i samarbeidet med frivillige?",
            11,
            &coded(&challenges),
        ),
        element(
            "CHECKBOX",
            Some("styrke"),
            "Hva ville styrket samarbeidet mest?",
            12,
            &coded(&OPPORTUNITIES),
        ),
        element(
            "CHECKBOX",
            Some("kjenner"),
            "Hvilke frivillige tilbud kjenner du til?",
            13,
            &coded(&offers),
        ),
        element(
            "CHECKBOX",
            Some("informert"),
            "Hvilke av tilbudene har du informert brukere om?",
            14,
            &coded(&offers),
        ),
        element(
            "QUESTION",
            Some("organisasjoner"),
            "Hvilke organisasjoner samarbeider dere mest med? (inntil tre)",
            15,
            &[],
        ),
        element("QUESTION_MULTILINE", Some("kommentar"), "Kommentar", 16, &[]),
    ];
    (serde_json::to_string_pretty(&elements).unwrap() + "\n").into_bytes()
}

// ---------------------------------------------------------------------------------------------------
// The organisation survey (Microsoft Forms XLSX)

const N_RESPONDING_ORGS: usize = 120;

fn organisation_xlsx(rng: &mut ChaCha8Rng, orgs: &[Org]) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut candidates: Vec<&Org> = orgs.iter().filter(|org| org.care && org.in_fvr).collect();
    candidates.shuffle(rng);
    let responding: Vec<&Org> = candidates.into_iter().take(N_RESPONDING_ORGS).collect();
    let questions = [
        "Organisasjonens navn",
        "Hvilke tilbud har dere for eldre og brukere av helse- og omsorgstjenester?",
        "Hva ville styrket samarbeidet med kommunen mest?",
        "Antall aktive frivillige",
    ];
    let mut workbook = Workbook::new();
    let properties = rust_xlsxwriter::DocProperties::new()
        .set_creation_datetime(&ExcelDateTime::from_ymd(2025, 3, 24).unwrap().and_hms(9, 0, 0).unwrap());
    workbook.set_properties(&properties);
    let date_format = Format::new().set_num_format("m/d/yy h:mm");
    let sheet = workbook.add_worksheet();
    sheet.set_name("Sheet1").unwrap();
    let header = [
        "ID",
        "Starttidspunkt",
        "Fullføringstidspunkt",
        "E-postadresse",
        "Navn",
        "Tidspunkt for siste endring",
    ];
    for (col, title) in header.iter().chain(questions.iter()).enumerate() {
        sheet.write_string(0, col as u16, *title).unwrap();
    }
    let opportunity_counts: Vec<usize> = ORG_OPPORTUNITY_SHARES
        .iter()
        .map(|share| (share * N_RESPONDING_ORGS as f64).round() as usize)
        .collect();
    let all: Vec<usize> = (0..responding.len()).collect();
    let mut wants = vec![vec![false; OPPORTUNITIES.len()]; responding.len()];
    for (option_idx, count) in opportunity_counts.iter().enumerate() {
        for org in pick(rng, &all, |_| 1.0, *count) {
            wants[org][option_idx] = true;
        }
    }
    for (idx, org) in responding.iter().enumerate() {
        let row = idx as u32 + 1;
        let day = 10 + (idx * 12 / responding.len()) as u8;
        let start_minute: u16 = rng.random_range(8 * 60..21 * 60);
        let end_minute = start_minute + rng.random_range(2..15u16);
        let at = |minute_of_day: u16| {
            ExcelDateTime::from_ymd(2025, 3, day)
                .unwrap()
                .and_hms(minute_of_day / 60, (minute_of_day % 60) as u8, 0)
                .unwrap()
        };
        let (start, end) = (at(start_minute), at(end_minute));
        sheet.write_number(row, 0, f64::from(row)).unwrap();
        sheet.write_datetime_with_format(row, 1, &start, &date_format).unwrap();
        sheet.write_datetime_with_format(row, 2, &end, &date_format).unwrap();
        sheet.write_string(row, 3, "anonymous").unwrap();
        // Name and last-modified are empty in an anonymous form.
        sheet.write_string(row, 6, &org.name).unwrap();
        let offers = offers_of(org);
        let mut cell = String::new();
        for (code, label, _, _) in OFFER_OPTIONS {
            if offers.contains(&code) && (rng.random_bool(0.85)) {
                cell.push_str(label);
                cell.push(';');
            }
        }
        if cell.is_empty() {
            cell = format!("{};", OFFER_OPTIONS[0].1);
        }
        sheet.write_string(row, 7, &cell).unwrap();
        let mut wanted = String::new();
        for (option_idx, (_, label)) in OPPORTUNITIES.iter().enumerate() {
            if wants[idx][option_idx] {
                wanted.push_str(label);
                wanted.push(';');
            }
        }
        if !wanted.is_empty() {
            sheet.write_string(row, 8, &wanted).unwrap();
        }
        let volunteers: u32 = match org.suffix {
            "Frivilligsentral" => rng.random_range(60..160),
            "Røde Kors" | "Sanitetsforening" => rng.random_range(15..70),
            _ => rng.random_range(3..30),
        };
        sheet.write_number(row, 9, f64::from(volunteers)).unwrap();
    }
    workbook.save_to_buffer().unwrap()
}

/// The offer categories (staff-survey codes) an association plausibly runs.
fn offers_of(org: &Org) -> Vec<&'static str> {
    match org.suffix {
        "Frivilligsentral" => vec![
            "kafe",
            "tur",
            "praktisk",
            "besoksvenn",
            "transport",
            "digital",
            "maltid",
        ],
        "Røde Kors" => vec!["besoksvenn", "transport", "kafe"],
        "Sanitetsforening" => vec!["kafe", "besoksvenn", "trening", "maltid"],
        "Besøkstjeneste" | "Leve hele livet-forening" => vec!["besoksvenn", "kafe"],
        "Pensjonistforening" | "Seniordans" => vec!["kafe", "kultur", "tur"],
        "Seniorsport" | "Hjerte- og lungeforening" | "Slagforening" => vec!["trening", "tur"],
        "Turlag" | "Hagelag" => vec!["tur"],
        "Menighet" | "Bedehusforening" => vec!["kafe", "sorg", "besoksvenn"],
        "Seniornett" => vec!["digital"],
        "Mental Helse" | "Demensforening" | "Pårørendeforening" => vec!["kafe", "sorg"],
        "Matsentral" => vec!["maltid", "praktisk"],
        "Flerkulturelle forening" | "Internasjonale kvinnegruppe" | "Språkvenner" => vec!["kafe", "kultur"],
        "Handikaplag" => vec!["transport", "kafe"],
        _ => vec!["kultur"],
    }
}

// ---------------------------------------------------------------------------------------------------
// The offer catalogue (Excel "Save as CSV" on a Norwegian machine)

/// Catalogue categories as the volunteer centre words them, with how many offers each has. Two have no
/// question in the staff survey (Kor og sang, Språkkafé) on purpose.
pub const CATALOGUE: [(&str, &str, usize); 12] = [
    ("Kafé og møteplass", "kafe", 25),
    ("Kultur og underholdning", "kultur", 30),
    ("Turgruppe", "tur", 12),
    ("Trening og fysisk aktivitet", "trening", 15),
    ("Praktisk hjelp", "praktisk", 10),
    ("Besøksvenn", "besoksvenn", 14),
    ("Skyss og følge", "transport", 6),
    ("Digital hjelp", "digital", 8),
    ("Sorgstøtte", "sorg", 4),
    ("Måltidsvenn", "maltid", 6),
    ("Kor og sang", "kor", 12),
    ("Språkkafé", "sprak", 8),
];
pub const VISITING_FRIENDS_IN_NORD: usize = 5;

fn offer_title(category: &str, place: &str, rng: &mut ChaCha8Rng) -> String {
    let options: &[&str] = match category {
        "kafe" => &[
            "Formiddagstreff",
            "Åpen kafé",
            "Torsdagskafé",
            "Seniortreff",
            "Strikkekafé",
        ],
        "kultur" => &[
            "Konsert",
            "Allsang",
            "Kulturkveld",
            "Filmklubb for seniorer",
            "Teaterforestilling",
        ],
        "tur" => &["Turgruppe", "Gåtur med kaffe", "Rullatortur", "Naturtur"],
        "trening" => &["Seniortrim", "Sterk og stødig", "Stolgym", "Bassengtrening"],
        "praktisk" => &["Handlehjelp", "Hjelp med små reparasjoner", "Hagehjelp"],
        "besoksvenn" => &["Besøksvenn", "Besøkstjeneste", "Besøksvenn for personer med demens"],
        "transport" => &["Aktivitetsskyss", "Følgetjeneste til lege og sykehus"],
        "digital" => &["Digital hjelp", "Nettbrettkurs", "Mobilhjelp"],
        "sorg" => &["Sorggruppe", "Samtalegruppe for etterlatte"],
        "maltid" => &["Måltidsvenn", "Middagsfellesskap", "Søndagsmiddag"],
        "kor" => &["Korsang på sykehjemmet", "Syngende besøk", "Allsang med koret"],
        _ => &["Språkkafé", "Norsktrening for seniorer"],
    };
    format!("{} {}", options.choose(rng).unwrap(), place)
}

fn offer_host<'a>(category: &str, orgs: &'a [Org], district: usize, rng: &mut ChaCha8Rng) -> &'a Org {
    let fits = |org: &&Org| {
        org.in_fvr
            && match category {
                "kor" => matches!(
                    org.suffix,
                    "Mannskor" | "Kvinnekor" | "Blandakor" | "Barnekor" | "Musikkorps"
                ),
                "sprak" => matches!(
                    org.suffix,
                    "Flerkulturelle forening" | "Språkvenner" | "Internasjonale kvinnegruppe"
                ),
                code => offers_of(org).contains(&code),
            }
    };
    let local: Vec<&Org> = orgs
        .iter()
        .filter(|org| fits(org) && org.district == district)
        .collect();
    let any: Vec<&Org> = orgs.iter().filter(fits).collect();
    local
        .choose(rng)
        .or_else(|| any.choose(rng))
        .copied()
        .unwrap_or(&orgs[0])
}

fn offers_csv(rng: &mut ChaCha8Rng, orgs: &[Org]) -> Vec<u8> {
    let audiences = [
        "Eldre hjemmeboende",
        "Beboere på sykehjem",
        "Personer med demens",
        "Alle",
        "Pårørende",
        "Personer med psykiske helseutfordringer",
    ];
    let frequencies = ["ukentlig", "ukentlig", "månedlig", "enkeltarrangement"];
    let durations = ["1", "1,5", "2", "2,5", "3", "0,75"];
    let mut lines =
        vec!["Tilbud;Organisasjon;Organisasjonsnummer;Kategori;Målgruppe;Bydel;Hyppighet;Varighet i timer".to_owned()];
    for (category, code, count) in CATALOGUE {
        for offer_idx in 0..count {
            let district = if code == "besoksvenn" && offer_idx < VISITING_FRIENDS_IN_NORD {
                0
            } else if code == "besoksvenn" {
                1 + offer_idx % 4
            } else {
                rng.random_range(0..5)
            };
            let host = offer_host(code, orgs, district, rng);
            let place = PLACES.iter().filter(|(_, d)| *d == district).collect::<Vec<_>>();
            let place = place.choose(rng).unwrap().0;
            let cells = [
                offer_title(code, place, rng),
                host.name.clone(),
                host.orgnr.clone(),
                category.to_owned(),
                audiences.choose(rng).unwrap().to_string(),
                DISTRICTS[district].to_owned(),
                frequencies.choose(rng).unwrap().to_string(),
                durations.choose(rng).unwrap().to_string(),
            ];
            // Excel quotes only cells that need it.
            let cells: Vec<String> = cells
                .iter()
                .map(|cell| {
                    if cell.contains([';', '"', '\n']) {
                        format!("\"{}\"", cell.replace('"', "\"\""))
                    } else {
                        cell.clone()
                    }
                })
                .collect();
            lines.push(cells.join(";"));
        }
    }
    let text = lines.join("\r\n") + "\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable, "the catalogue must be representable in Windows-1252");
    bytes.into_owned()
}
