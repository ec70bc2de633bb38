//! Sentences with numbers and names in them: chart summaries, tooltips, import errors and warnings.

use crate::core::{DatasetKind, PersonalData};
use crate::i18n::{format_count, format_percent, t, Key, Lang};
use crate::io::{ParseError, Warning};

/// A category name inside a sentence: `Barnehager` → `barnehager`; acronyms (`NAV`) stay as they are.
pub fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return label.to_owned();
    };
    if second.is_some_and(crate::core::case::is_upper) {
        return label.to_owned();
    }
    std::iter::once(crate::core::case::lower(first))
        .chain(label[first.len_utf8()..].chars())
        .collect()
}

/// `n = 60` with the count formatted per locale.
pub fn n_equals(lang: Lang, n: usize) -> String {
    format!("n = {}", format_count(lang, n))
}

/// A mark's tooltip: `Barnehager: 47 av 60 (78 %)`.
pub fn mark_value(lang: Lang, label: &str, count: usize, n: usize, share: f64) -> String {
    let (count, n, share) = (
        format_count(lang, count),
        format_count(lang, n),
        format_percent(lang, share, 0),
    );
    match lang {
        Lang::Nb | Lang::Nn | Lang::Sv => format!("{label}: {count} av {n} ({share})"),
        Lang::Da => format!("{label}: {count} af {n} ({share})"),
        Lang::En => format!("{label}: {count} of {n} ({share})"),
    }
}

/// `12 av 96`.
pub fn count_of(lang: Lang, count: usize, n: usize) -> String {
    let (count, n) = (format_count(lang, count), format_count(lang, n));
    match lang {
        Lang::Da => format!("{count} af {n}"),
        Lang::En => format!("{count} of {n}"),
        _ => format!("{count} av {n}"),
    }
}

/// A suppressed mark's tooltip.
pub fn mark_suppressed(lang: Lang, label: &str, min_cell: usize) -> String {
    match lang {
        Lang::Nb => format!("{label}: færre enn {min_cell} svar, eller skjult for å beskytte en liten gruppe"),
        Lang::Nn => format!("{label}: færre enn {min_cell} svar, eller skjult for å verne ei lita gruppe"),
        Lang::Da => format!("{label}: færre end {min_cell} svar, eller skjult for at beskytte en lille gruppe"),
        Lang::Sv => format!("{label}: färre än {min_cell} svar, eller dold för att skydda en liten grupp"),
        Lang::En => format!("{label}: fewer than {min_cell} answers, or hidden to protect a small group"),
    }
}

/// The summary of the partner-types chart: the most common partners.
pub fn partner_types_summary(lang: Lang, top: &[(&str, f64)], n: usize) -> String {
    let n = format_count(lang, n);
    let Some((first, first_share)) = top.first() else {
        return String::new();
    };
    let first_share = format_percent(lang, *first_share, 0);
    let second = top
        .get(1)
        .map(|(label, share)| (lower_first(label), format_percent(lang, *share, 0)));
    let first_lower = lower_first(first);
    match (lang, second) {
        (Lang::Nb, Some((second, second_share))) => format!("{first} er den vanligste samarbeidspartneren: {first_share} av de {n} enhetene som svarte, samarbeider med {first_lower}. Deretter kommer {second} med {second_share}."),
        (Lang::Nn, Some((second, second_share))) => format!("{first} er den vanlegaste samarbeidspartnaren: {first_share} av dei {n} einingane som svarte, samarbeider med {first_lower}. Deretter kjem {second} med {second_share}."),
        (Lang::Da, Some((second, second_share))) => format!("{first} er den hyppigste samarbejdspartner: {first_share} af de {n} enheder, der svarede, samarbejder med {first_lower}. Derefter kommer {second} med {second_share}."),
        (Lang::Sv, Some((second, second_share))) => format!("{first} är den vanligaste samverkanspartnern: {first_share} av de {n} enheter som svarade samverkar med {first_lower}. Därefter kommer {second} med {second_share}."),
        (Lang::En, Some((second, second_share))) => format!("{first} are the most common partner: {first_share} of the {n} responding units collaborate with them. Next come {second} at {second_share}."),
        (Lang::Nb, None) => format!("{first_share} av de {n} enhetene som svarte, samarbeider med {first_lower}."),
        (Lang::Nn, None) => format!("{first_share} av dei {n} einingane som svarte, samarbeider med {first_lower}."),
        (Lang::Da, None) => format!("{first_share} af de {n} enheder, der svarede, samarbejder med {first_lower}."),
        (Lang::Sv, None) => format!("{first_share} av de {n} enheter som svarade samverkar med {first_lower}."),
        (Lang::En, None) => format!("{first_share} of the {n} responding units collaborate with {first_lower}."),
    }
}

/// The summary of the unit-type × partner-type matrix: the strongest pairing and what is hidden.
pub fn matrix_summary(lang: Lang, strongest: Option<(&str, &str, f64)>, n_hidden: usize, min_cell: usize) -> String {
    let first = strongest.map(|(group, partner, share)| {
        let share = format_percent(lang, share, 0);
        let (group, partner) = (lower_first(group), lower_first(partner));
        match lang {
            Lang::Nb => format!("Sterkest samarbeid: {share} av enhetene i {group} samarbeider med {partner}."),
            Lang::Nn => format!("Sterkast samarbeid: {share} av einingane i {group} samarbeider med {partner}."),
            Lang::Da => format!("Stærkest samarbejde: {share} af enhederne i {group} samarbejder med {partner}."),
            Lang::Sv => format!("Starkast samverkan: {share} av enheterna i {group} samverkar med {partner}."),
            Lang::En => format!("Strongest link: {share} of units in {group} collaborate with {partner}."),
        }
    });
    let hidden = (n_hidden > 0).then(|| match lang {
        Lang::Nb => format!("{n_hidden} tjenestetyper vises ikke, fordi minst én har færre enn {min_cell} svar."),
        Lang::Nn => format!("{n_hidden} tenestetypar blir ikkje viste, fordi minst éin har færre enn {min_cell} svar."),
        Lang::Da => format!("{n_hidden} tilbudstyper vises ikke, fordi mindst én har færre end {min_cell} svar."),
        Lang::Sv => format!("{n_hidden} verksamhetstyper visas inte, eftersom minst en har färre än {min_cell} svar."),
        Lang::En => {
            format!("{n_hidden} service types are not shown because at least one has fewer than {min_cell} answers.")
        }
    });
    [first, hidden].into_iter().flatten().collect::<Vec<_>>().join(" ")
}

/// The summary of the ICNPO chart.
pub fn icnpo_summary(lang: Lang, top: (&str, f64), n_health_social: usize, n: usize) -> String {
    let (label, share) = (lower_first(top.0), format_percent(lang, top.1, 0));
    let (health, n) = (format_count(lang, n_health_social), format_count(lang, n));
    // Under a filter on that category every organisation shown is in it: say so, not «the most» at 100 %.
    if top.1 >= 1.0 {
        return match lang {
            Lang::Nb => format!("Alle de {n} organisasjonene som vises, driver med {label}. {health} arbeider med helse eller sosiale tjenester."),
            Lang::Nn => format!("Alle dei {n} organisasjonane som blir viste, driv med {label}. {health} arbeider med helse eller sosiale tenester."),
            Lang::Da => format!("Alle de {n} viste organisationer arbejder med {label}. {health} arbejder med sundhed eller sociale ydelser."),
            Lang::Sv => format!("Alla de {n} organisationerna som visas arbetar med {label}. {health} arbetar med hälsa eller sociala tjänster."),
            Lang::En => format!("All {n} organisations shown work in {label}. {health} work in health or social services."),
        };
    }
    match lang {
        Lang::Nb => format!("Flest av de {n} registrerte organisasjonene driver med {label} ({share}). {health} arbeider med helse eller sosiale tjenester."),
        Lang::Nn => format!("Flest av dei {n} registrerte organisasjonane driv med {label} ({share}). {health} arbeider med helse eller sosiale tenester."),
        Lang::Da => format!("Flest af de {n} registrerede organisationer arbejder med {label} ({share}). {health} arbejder med sundhed eller sociale ydelser."),
        Lang::Sv => format!("Flest av de {n} registrerade organisationerna arbetar med {label} ({share}). {health} arbetar med hälsa eller sociala tjänster."),
        Lang::En => format!("Of the {n} registered organisations, the most work in {label} ({share}). {health} work in health or social services."),
    }
}

/// A chart's caption line: n and the source files.
pub fn caption(lang: Lang, n_text: &str, sources: &str) -> String {
    let source = match lang {
        Lang::Nb | Lang::Da => "Kilde",
        Lang::Nn => "Kjelde",
        Lang::Sv => "Källa",
        Lang::En => "Source",
    };
    format!("{n_text} · {source}: {sources}")
}

/// The n of a selection whose numbers are withheld: `n < 5`, or, where the selection is large enough but
/// would expose a small group by subtraction, no number at all.
pub fn n_withheld(lang: Lang, n: usize, min_cell: usize) -> String {
    if n < min_cell {
        return format!("n < {min_cell}");
    }
    match lang {
        Lang::Nb | Lang::Da => "n vises ikke",
        Lang::Nn => "n blir ikkje vist",
        Lang::Sv => "n visas inte",
        Lang::En => "n not shown",
    }
    .to_owned()
}

/// The ICNPO main groups in each language.
pub fn icnpo_group(lang: Lang, group: u8) -> String {
    let names: [&str; 5] = match group {
        1 => [
            "Kultur og rekreasjon",
            "Kultur og rekreasjon",
            "Kultur og fritid",
            "Kultur och fritid",
            "Culture and recreation",
        ],
        2 => [
            "Utdanning og forskning",
            "Utdanning og forsking",
            "Uddannelse og forskning",
            "Utbildning och forskning",
            "Education and research",
        ],
        3 => ["Helse", "Helse", "Sundhed", "Hälsa", "Health"],
        4 => [
            "Sosiale tjenester",
            "Sosiale tenester",
            "Sociale ydelser",
            "Sociala tjänster",
            "Social services",
        ],
        5 => [
            "Natur- og miljøvern",
            "Natur- og miljøvern",
            "Natur og miljø",
            "Natur och miljö",
            "Environment",
        ],
        6 => [
            "Bolig- og lokalmiljø",
            "Bustad- og lokalmiljø",
            "Bolig og lokalmiljø",
            "Boende och närmiljö",
            "Housing and local community",
        ],
        7 => [
            "Politikk og interesser",
            "Politikk og interesser",
            "Politik og interesser",
            "Politik och intressen",
            "Politics and advocacy",
        ],
        8 => [
            "Legater og frivillighetssentraler",
            "Legat og frivilligsentralar",
            "Fonde og frivilligcentre",
            "Stiftelser och volontärcentraler",
            "Foundations and volunteer centres",
        ],
        9 => [
            "Internasjonalt",
            "Internasjonalt",
            "Internationalt",
            "Internationellt",
            "International",
        ],
        10 => [
            "Tro og livssyn",
            "Tru og livssyn",
            "Tro og livssyn",
            "Tro och livsåskådning",
            "Religion and belief",
        ],
        11 => [
            "Yrke og fag",
            "Yrke og fag",
            "Fag og erhverv",
            "Yrke och bransch",
            "Professional and trade",
        ],
        12 => ["Andre", "Andre", "Andre", "Övriga", "Other"],
        13 => [
            "Barn og ungdom",
            "Born og ungdom",
            "Børn og unge",
            "Barn och unga",
            "Children and youth",
        ],
        14 => [
            "Mangfold og inkludering",
            "Mangfald og inkludering",
            "Mangfoldighed og inklusion",
            "Mångfald och inkludering",
            "Diversity and inclusion",
        ],
        _ => return group.to_string(),
    };
    let idx = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    names[idx].to_owned()
}

/// Why a column was held back.
pub fn personal_data_reason(lang: Lang, reason: PersonalData) -> &'static str {
    match (reason, lang) {
        (PersonalData::Email, Lang::Nb | Lang::Nn) => "e-postadresser",
        (PersonalData::Email, Lang::Da) => "e-mailadresser",
        (PersonalData::Email, Lang::Sv) => "e-postadresser",
        (PersonalData::Email, Lang::En) => "e-mail addresses",
        (PersonalData::PersonName, Lang::Nb | Lang::Nn | Lang::Da) => "personnavn",
        (PersonalData::PersonName, Lang::Sv) => "personnamn",
        (PersonalData::PersonName, Lang::En) => "names of persons",
        (PersonalData::Phone, Lang::Nb | Lang::Nn) => "telefonnummer",
        (PersonalData::Phone, Lang::Da) => "telefonnumre",
        (PersonalData::Phone, Lang::Sv) => "telefonnummer",
        (PersonalData::Phone, Lang::En) => "phone numbers",
        (PersonalData::NationalId, Lang::Nb | Lang::Nn) => "fødsels- eller personnummer",
        (PersonalData::NationalId, Lang::Da) => "personnumre",
        (PersonalData::NationalId, Lang::Sv) => "personnummer",
        (PersonalData::NationalId, Lang::En) => "national identity numbers",
        (PersonalData::Address, Lang::Nb | Lang::Nn) => "adresser til personer",
        (PersonalData::Address, Lang::Da) => "personers adresser",
        (PersonalData::Address, Lang::Sv) => "personers adresser",
        (PersonalData::Address, Lang::En) => "addresses of persons",
    }
}

/// What went wrong and what to do, for `import-error`.
pub fn parse_error(lang: Lang, file: &str, error: &ParseError) -> String {
    use ParseError as E;
    match (error, lang) {
        (E::Empty, Lang::Nb) => format!("«{file}» er tom (0 byte). Eksporter filen på nytt og prøv igjen."),
        (E::Empty, Lang::Nn) => format!("«{file}» er tom (0 byte). Eksporter fila på nytt og prøv igjen."),
        (E::Empty, Lang::Da) => format!("»{file}« er tom (0 byte). Eksportér filen igen og prøv på ny."),
        (E::Empty, Lang::Sv) => format!("”{file}” är tom (0 byte). Exportera filen på nytt och försök igen."),
        (E::Empty, Lang::En) => format!("“{file}” is empty (0 bytes). Export the file again and retry."),
        (E::Binary { format }, Lang::Nb) => format!("«{file}» er en {format}-fil, ikke en tabell. Bruk CSV-, Excel- (XLSX) eller JSON-eksporten fra verktøyet."),
        (E::Binary { format }, Lang::Nn) => format!("«{file}» er ei {format}-fil, ikkje ein tabell. Bruk CSV-, Excel- (XLSX) eller JSON-eksporten frå verktøyet."),
        (E::Binary { format }, Lang::Da) => format!("»{file}« er en {format}-fil, ikke en tabel. Brug CSV-, Excel- (XLSX) eller JSON-eksporten fra værktøjet."),
        (E::Binary { format }, Lang::Sv) => format!("”{file}” är en {format}-fil, inte en tabell. Använd verktygets CSV-, Excel- (XLSX) eller JSON-export."),
        (E::Binary { format }, Lang::En) => format!("“{file}” is a {format} file, not a table. Use the tool's CSV, Excel (XLSX) or JSON export."),
        (E::Spreadsheet { detail }, Lang::Nb) => format!("«{file}» ser ut som et regneark, men kunne ikke åpnes ({detail}). Åpne den i Excel og lagre som .xlsx på nytt."),
        (E::Spreadsheet { detail }, Lang::Nn) => format!("«{file}» ser ut som eit rekneark, men kunne ikkje opnast ({detail}). Opne ho i Excel og lagre som .xlsx på nytt."),
        (E::Spreadsheet { detail }, Lang::Da) => format!("»{file}« ligner et regneark, men kunne ikke åbnes ({detail}). Åbn den i Excel, og gem den som .xlsx igen."),
        (E::Spreadsheet { detail }, Lang::Sv) => format!("”{file}” ser ut som ett kalkylblad men kunde inte öppnas ({detail}). Öppna den i Excel och spara som .xlsx igen."),
        (E::Spreadsheet { detail }, Lang::En) => format!("“{file}” looks like a spreadsheet but could not be opened ({detail}). Open it in Excel and save it as .xlsx again."),
        (E::NoSheetWithData, Lang::Nb) => format!("Regnearket «{file}» har ingen ark med data."),
        (E::NoSheetWithData, Lang::Nn) => format!("Reknearket «{file}» har ingen ark med data."),
        (E::NoSheetWithData, Lang::Da) => format!("Regnearket »{file}« har ingen ark med data."),
        (E::NoSheetWithData, Lang::Sv) => format!("Kalkylbladet ”{file}” har inga blad med data."),
        (E::NoSheetWithData, Lang::En) => format!("The spreadsheet “{file}” has no sheet with data."),
        (E::Json { line, column, .. }, Lang::Nb) => format!("«{file}» er ikke gyldig JSON: feil på linje {line}, tegn {column}. Last ned filen på nytt."),
        (E::Json { line, column, .. }, Lang::Nn) => format!("«{file}» er ikkje gyldig JSON: feil på linje {line}, teikn {column}. Last ned fila på nytt."),
        (E::Json { line, column, .. }, Lang::Da) => format!("»{file}« er ikke gyldig JSON: fejl i linje {line}, tegn {column}. Hent filen igen."),
        (E::Json { line, column, .. }, Lang::Sv) => format!("”{file}” är inte giltig JSON: fel på rad {line}, tecken {column}. Ladda ner filen igen."),
        (E::Json { line, column, .. }, Lang::En) => format!("“{file}” is not valid JSON: error at line {line}, character {column}. Download the file again."),
        (E::JsonNotTabular, Lang::Nb) => format!("«{file}» er JSON, men ikke et format Brobygger kjenner ennå. Bruk CSV- eller Excel-eksporten."),
        (E::JsonNotTabular, Lang::Nn) => format!("«{file}» er JSON, men ikkje eit format Brobygger kjenner enno. Bruk CSV- eller Excel-eksporten."),
        (E::JsonNotTabular, Lang::Da) => format!("»{file}« er JSON, men ikke et format, Brobygger kender endnu. Brug CSV- eller Excel-eksporten."),
        (E::JsonNotTabular, Lang::Sv) => format!("”{file}” är JSON men inget format som Brobygger känner till ännu. Använd CSV- eller Excel-exporten."),
        (E::JsonNotTabular, Lang::En) => format!("“{file}” is JSON, but not a format Brobygger knows yet. Use the CSV or Excel export."),
        (E::NoRows, Lang::Nb) => format!("«{file}» har en overskriftsrad, men ingen rader med data."),
        (E::NoRows, Lang::Nn) => format!("«{file}» har ei overskriftsrad, men ingen rader med data."),
        (E::NoRows, Lang::Da) => format!("»{file}« har en overskriftsrække, men ingen rækker med data."),
        (E::NoRows, Lang::Sv) => format!("”{file}” har en rubrikrad men inga rader med data."),
        (E::NoRows, Lang::En) => format!("“{file}” has a header row but no rows of data."),
        (E::NoHeader, Lang::Nb) => format!("«{file}» har ingen rader."),
        (E::NoHeader, Lang::Nn) => format!("«{file}» har ingen rader."),
        (E::NoHeader, Lang::Da) => format!("»{file}« har ingen rækker."),
        (E::NoHeader, Lang::Sv) => format!("”{file}” har inga rader."),
        (E::NoHeader, Lang::En) => format!("“{file}” has no rows."),
        (E::LabelsWithoutData, Lang::Nb) => format!("«{file}» beskriver spørsmålene i en undersøkelse (skjemadefinisjon, struktur eller etiketter). Slipp den sammen med datafilen, så får spørsmål og svar sine tekster."),
        (E::LabelsWithoutData, Lang::Nn) => format!("«{file}» skildrar spørsmåla i ei undersøking (skjemadefinisjon, struktur eller etikettar). Slepp han saman med datafila, så får spørsmål og svar tekstane sine."),
        (E::LabelsWithoutData, Lang::Da) => format!("»{file}« beskriver spørgsmålene i en undersøgelse (skemadefinition, struktur eller etiketter). Slip den sammen med datafilen, så får spørgsmål og svar deres tekster."),
        (E::LabelsWithoutData, Lang::Sv) => format!("”{file}” beskriver frågorna i en enkät (formulärdefinition, struktur eller etiketter). Släpp den tillsammans med datafilen så får frågor och svar sina texter."),
        (E::LabelsWithoutData, Lang::En) => format!("“{file}” describes a survey's questions (form definition, structure or labels). Drop it together with the data file to label questions and answers."),
        (E::RegisterNeedsMunicipality { n_rows }, Lang::Nb) => format!("«{file}» er et register med mer enn {n_rows} enheter, trolig hele Enhetsregisteret. Skriv kommunenummeret ditt under «Kommune for registeruttrekk» og slipp filen igjen, så leses bare foreningene i kommunen."),
        (E::RegisterNeedsMunicipality { n_rows }, Lang::Nn) => format!("«{file}» er eit register med meir enn {n_rows} einingar, truleg heile Einingsregisteret. Skriv kommunenummeret ditt under «Kommune for registeruttrekk» og slepp fila igjen, så blir berre foreiningane i kommunen lesne."),
        (E::RegisterNeedsMunicipality { n_rows }, Lang::Da) => format!("»{file}« er et register med mere end {n_rows} enheder, sandsynligvis hele registret. Skriv dit kommunenummer under »Kommune for registeruddrag«, og slip filen igen, så læses kun foreningerne i kommunen."),
        (E::RegisterNeedsMunicipality { n_rows }, Lang::Sv) => format!("”{file}” är ett register med fler än {n_rows} enheter, troligen hela registret. Skriv ditt kommunnummer under ”Kommun för registerutdrag” och släpp filen igen, så läses bara föreningarna i kommunen."),
        (E::RegisterNeedsMunicipality { n_rows }, Lang::En) => format!("“{file}” is a register of more than {n_rows} entities, probably the whole national register. Enter your municipality number under “Municipality for register extracts” and drop the file again to read only the associations in your municipality."),
        (E::TooLarge { limit_mib }, Lang::Nb) => format!("«{file}» er større enn {limit_mib} MiB. Filtrer uttrekket til din kommune først."),
        (E::TooLarge { limit_mib }, Lang::Nn) => format!("«{file}» er større enn {limit_mib} MiB. Filtrer uttrekket til kommunen din først."),
        (E::TooLarge { limit_mib }, Lang::Da) => format!("»{file}« er større end {limit_mib} MiB. Filtrér udtrækket til din kommune først."),
        (E::TooLarge { limit_mib }, Lang::Sv) => format!("”{file}” är större än {limit_mib} MiB. Filtrera utdraget till din kommun först."),
        (E::TooLarge { limit_mib }, Lang::En) => format!("“{file}” is larger than {limit_mib} MiB. Filter the extract to your municipality first."),
        (E::UnpacksTooLarge { limit_mib }, Lang::Nb) => format!("«{file}» pakker seg ut til mer enn {limit_mib} MiB, som et regneark ikke gjør – filen er trolig skadet eller laget for å sprenge minnet. Åpne den i Excel og lagre som .xlsx på nytt."),
        (E::UnpacksTooLarge { limit_mib }, Lang::Nn) => format!("«{file}» pakkar seg ut til meir enn {limit_mib} MiB, som eit rekneark ikkje gjer – fila er truleg skadd eller laga for å sprengje minnet. Opne ho i Excel og lagre som .xlsx på nytt."),
        (E::UnpacksTooLarge { limit_mib }, Lang::Da) => format!("»{file}« pakker sig ud til mere end {limit_mib} MiB, hvilket et regneark ikke gør – filen er sandsynligvis beskadiget eller lavet til at sprænge hukommelsen. Åbn den i Excel, og gem den som .xlsx igen."),
        (E::UnpacksTooLarge { limit_mib }, Lang::Sv) => format!("”{file}” packas upp till mer än {limit_mib} MiB, vilket ett kalkylblad inte gör – filen är troligen skadad eller gjord för att spränga minnet. Öppna den i Excel och spara som .xlsx igen."),
        (E::UnpacksTooLarge { limit_mib }, Lang::En) => format!("“{file}” unpacks to more than {limit_mib} MiB, which a spreadsheet does not – the file is probably damaged or made to exhaust memory. Open it in Excel and save it as .xlsx again."),
        (E::NotSameOrigin, Lang::Nb) => format!("«{file}» ligger på et annet nettsted. Brobygger henter bare data fra sitt eget nettsted; legg filene i mappen data/ ved siden av appen."),
        (E::NotSameOrigin, Lang::Nn) => format!("«{file}» ligg på ein annan nettstad. Brobygger hentar berre data frå sin eigen nettstad; legg filene i mappa data/ ved sida av appen."),
        (E::NotSameOrigin, Lang::Da) => format!("»{file}« ligger på et andet websted. Brobygger henter kun data fra sit eget websted; læg filerne i mappen data/ ved siden af appen."),
        (E::NotSameOrigin, Lang::Sv) => format!("”{file}” ligger på en annan webbplats. Brobygger hämtar bara data från sin egen webbplats; lägg filerna i mappen data/ bredvid appen."),
        (E::NotSameOrigin, Lang::En) => format!("“{file}” is on another site. Brobygger only loads data from its own site; put the files in the data/ folder next to the app."),
        (E::NotFound { status }, Lang::Nb) => format!("«{file}» kunne ikke hentes (HTTP {status}). Sjekk at filen ligger der lenken sier."),
        (E::NotFound { status }, Lang::Nn) => format!("«{file}» kunne ikkje hentast (HTTP {status}). Sjekk at fila ligg der lenkja seier."),
        (E::NotFound { status }, Lang::Da) => format!("»{file}« kunne ikke hentes (HTTP {status}). Tjek, at filen ligger, hvor linket siger."),
        (E::NotFound { status }, Lang::Sv) => format!("”{file}” kunde inte hämtas (HTTP {status}). Kontrollera att filen ligger där länken säger."),
        (E::NotFound { status }, Lang::En) => format!("“{file}” could not be fetched (HTTP {status}). Check that the file is where the link says."),
    }
}

/// A warning from reading a file, for the Data view.
pub fn warning(lang: Lang, warning: &Warning) -> String {
    use Warning as W;
    match (warning, lang) {
        (W::RaggedRow { line, n_fields, n_header }, Lang::Nb) => format!("Linje {line} har {n_fields} felt, men overskriften har {n_header}. Raden er tatt med."),
        (W::RaggedRow { line, n_fields, n_header }, Lang::Nn) => format!("Linje {line} har {n_fields} felt, men overskrifta har {n_header}. Rada er teken med."),
        (W::RaggedRow { line, n_fields, n_header }, Lang::Da) => format!("Linje {line} har {n_fields} felter, men overskriften har {n_header}. Rækken er taget med."),
        (W::RaggedRow { line, n_fields, n_header }, Lang::Sv) => format!("Rad {line} har {n_fields} fält men rubriken har {n_header}. Raden är medtagen."),
        (W::RaggedRow { line, n_fields, n_header }, Lang::En) => format!("Line {line} has {n_fields} fields but the header has {n_header}. The row was kept."),
        (W::UnknownCode { column, code }, Lang::Nb) => format!("Kolonnen «{column}» har svarkoden «{code}», som skjemadefinisjonen ikke kjenner. Den vises som koden."),
        (W::UnknownCode { column, code }, Lang::Nn) => format!("Kolonnen «{column}» har svarkoden «{code}», som skjemadefinisjonen ikkje kjenner. Han blir vist som koden."),
        (W::UnknownCode { column, code }, Lang::Da) => format!("Kolonnen »{column}« har svarkoden »{code}«, som skemadefinitionen ikke kender. Den vises som koden."),
        (W::UnknownCode { column, code }, Lang::Sv) => format!("Kolumnen ”{column}” har svarskoden ”{code}” som formulärdefinitionen inte känner till. Den visas som koden."),
        (W::UnknownCode { column, code }, Lang::En) => format!("Column “{column}” has the answer code “{code}”, which the form definition does not list. It is shown as the code."),
        (W::LabelsMissing, Lang::Nb) => "Skjemadefinisjonen (elements-JSON) mangler, så svaralternativene vises som koder. Slipp den sammen med CSV-filen.".to_owned(),
        (W::LabelsMissing, Lang::Nn) => "Skjemadefinisjonen (elements-JSON) manglar, så svaralternativa blir viste som kodar. Slepp han saman med CSV-fila.".to_owned(),
        (W::LabelsMissing, Lang::Da) => "Skemadefinitionen (elements-JSON) mangler, så svarmulighederne vises som koder. Slip den sammen med CSV-filen.".to_owned(),
        (W::LabelsMissing, Lang::Sv) => "Formulärdefinitionen (elements-JSON) saknas, så svarsalternativen visas som koder. Släpp den tillsammans med CSV-filen.".to_owned(),
        (W::LabelsMissing, Lang::En) => "The form definition (elements JSON) is missing, so answer options show as codes. Drop it together with the CSV file.".to_owned(),
        (W::SkippedLeadingRows { n_rows }, Lang::Nb) => format!("{n_rows} tomme rader før overskriften ble hoppet over."),
        (W::SkippedLeadingRows { n_rows }, Lang::Nn) => format!("{n_rows} tomme rader før overskrifta vart hoppa over."),
        (W::SkippedLeadingRows { n_rows }, Lang::Da) => format!("{n_rows} tomme rækker før overskriften blev sprunget over."),
        (W::SkippedLeadingRows { n_rows }, Lang::Sv) => format!("{n_rows} tomma rader före rubriken hoppades över."),
        (W::SkippedLeadingRows { n_rows }, Lang::En) => format!("{n_rows} empty rows before the header were skipped."),
        (W::OtherSheetsIgnored { used, n_other }, Lang::Nb) => format!("Arket «{used}» ble lest; {n_other} andre ark ble ikke lest."),
        (W::OtherSheetsIgnored { used, n_other }, Lang::Nn) => format!("Arket «{used}» vart lese; {n_other} andre ark vart ikkje lesne."),
        (W::OtherSheetsIgnored { used, n_other }, Lang::Da) => format!("Arket »{used}« blev læst; {n_other} andre ark blev ikke læst."),
        (W::OtherSheetsIgnored { used, n_other }, Lang::Sv) => format!("Bladet ”{used}” lästes; {n_other} andra blad lästes inte."),
        (W::OtherSheetsIgnored { used, n_other }, Lang::En) => format!("Sheet “{used}” was read; {n_other} other sheets were not."),
        (W::MoreRaggedRows { n_more }, Lang::Nb) => format!("{n_more} rader til har et annet antall felt enn overskriften. De er tatt med."),
        (W::MoreRaggedRows { n_more }, Lang::Nn) => format!("{n_more} rader til har eit anna tal felt enn overskrifta. Dei er tekne med."),
        (W::MoreRaggedRows { n_more }, Lang::Da) => format!("{n_more} rækker mere har et andet antal felter end overskriften. De er taget med."),
        (W::MoreRaggedRows { n_more }, Lang::Sv) => format!("{n_more} rader till har ett annat antal fält än rubriken. De är medtagna."),
        (W::MoreRaggedRows { n_more }, Lang::En) => format!("{n_more} more rows have a different number of fields than the header. They were kept."),
        (W::NoHeaderRow { n_columns }, Lang::Nb) => format!("Filen har ingen overskriftsrad: første rad er data. De {n_columns} kolonnene har fått navn."),
        (W::NoHeaderRow { n_columns }, Lang::Nn) => format!("Fila har inga overskriftsrad: første rad er data. Dei {n_columns} kolonnane har fått namn."),
        (W::NoHeaderRow { n_columns }, Lang::Da) => format!("Filen har ingen overskriftsrække: første række er data. De {n_columns} kolonner har fået navne."),
        (W::NoHeaderRow { n_columns }, Lang::Sv) => format!("Filen har ingen rubrikrad: första raden är data. De {n_columns} kolumnerna har fått namn."),
        (W::NoHeaderRow { n_columns }, Lang::En) => format!("The file has no header row: the first row is data. Its {n_columns} columns were named."),
        (W::RegisterFiltered { municipality, n_kept, n_read }, Lang::Nb) => format!("Registeret ble filtrert til foreningene i kommune {municipality}: {n_kept} av {n_read} enheter."),
        (W::RegisterFiltered { municipality, n_kept, n_read }, Lang::Nn) => format!("Registeret vart filtrert til foreiningane i kommune {municipality}: {n_kept} av {n_read} einingar."),
        (W::RegisterFiltered { municipality, n_kept, n_read }, Lang::Da) => format!("Registret blev filtreret til foreningerne i kommune {municipality}: {n_kept} af {n_read} enheder."),
        (W::RegisterFiltered { municipality, n_kept, n_read }, Lang::Sv) => format!("Registret filtrerades till föreningarna i kommun {municipality}: {n_kept} av {n_read} enheter."),
        (W::RegisterFiltered { municipality, n_kept, n_read }, Lang::En) => format!("The register was filtered to the associations in municipality {municipality}: {n_kept} of {n_read} entities."),
    }
}

/// What a column role means, for the mapping panel.
pub fn role_label(lang: Lang, role: crate::core::Role) -> &'static str {
    use crate::core::Role as R;
    let [nb, nn, da, sv, en] = match role {
        R::Unit => ["Enhet", "Eining", "Enhed", "Enhet", "Unit"],
        R::UnitType => [
            "Tjenestetype",
            "Tenestetype",
            "Tilbudstype",
            "Verksamhetstyp",
            "Service type",
        ],
        R::District => ["Område", "Område", "Område", "Område", "District"],
        R::RespondentRole => [
            "Respondentens rolle",
            "Rolla til respondenten",
            "Respondentens rolle",
            "Respondentens roll",
            "Respondent's role",
        ],
        R::Partners => [
            "Samarbeidspartnere",
            "Samarbeidspartnarar",
            "Samarbejdspartnere",
            "Samarbetspartner",
            "Partner types",
        ],
        R::Formality => [
            "Hvor formelt samarbeidet er",
            "Kor formelt samarbeidet er",
            "Hvor formelt samarbejdet er",
            "Hur formellt samarbetet är",
            "How formal the collaboration is",
        ],
        R::UnitRoles => [
            "Enhetens roller",
            "Rollene til eininga",
            "Enhedens roller",
            "Enhetens roller",
            "The unit's roles",
        ],
        R::FollowUpFte => [
            "Årsverk til oppfølging",
            "Årsverk til oppfølging",
            "Årsværk til opfølgning",
            "Årsarbeten för uppföljning",
            "FTE for follow-up",
        ],
        R::Budget => ["Budsjett", "Budsjett", "Budget", "Budget", "Budget"],
        R::Challenges => [
            "Utfordringer",
            "Utfordringar",
            "Udfordringer",
            "Utmaningar",
            "Challenges",
        ],
        R::Opportunities => [
            "Muligheter",
            "Moglegheiter",
            "Muligheder",
            "Möjligheter",
            "Opportunities",
        ],
        R::OffersKnown => [
            "Tilbud de ansatte kjenner",
            "Tilbod dei tilsette kjenner",
            "Tilbud de ansatte kender",
            "Erbjudanden personalen känner till",
            "Offers staff know of",
        ],
        R::OffersTold => [
            "Tilbud brukerne får vite om",
            "Tilbod brukarane får vite om",
            "Tilbud borgerne får at vide om",
            "Erbjudanden brukarna får veta om",
            "Offers users are told about",
        ],
        R::OffersUsed => [
            "Tilbud brukerne har deltatt på",
            "Tilbod brukarane har delteke på",
            "Tilbud borgerne har deltaget i",
            "Erbjudanden brukarna har deltagit i",
            "Offers users have taken part in",
        ],
        R::PartnerOrganisations => [
            "Navngitte organisasjoner",
            "Namngjevne organisasjonar",
            "Navngivne organisationer",
            "Namngivna organisationer",
            "Named organisations",
        ],
        R::OrgName => [
            "Organisasjonens navn",
            "Namnet på organisasjonen",
            "Organisationens navn",
            "Organisationens namn",
            "Organisation name",
        ],
        R::OrgOffers => [
            "Organisasjonens tilbud",
            "Tilboda til organisasjonen",
            "Organisationens tilbud",
            "Organisationens erbjudanden",
            "The organisation's offers",
        ],
        R::Volunteers => [
            "Antall frivillige",
            "Tal på frivillige",
            "Antal frivillige",
            "Antal frivilliga",
            "Number of volunteers",
        ],
        R::OrgNumber => [
            "Organisasjonsnummer",
            "Organisasjonsnummer",
            "CVR-/organisationsnummer",
            "Organisationsnummer",
            "Organisation number",
        ],
        R::OrgForm => [
            "Organisasjonsform",
            "Organisasjonsform",
            "Virksomhedsform",
            "Organisationsform",
            "Organisation form",
        ],
        R::Municipality => ["Kommune", "Kommune", "Kommune", "Kommun", "Municipality"],
        R::Postcode => ["Postnummer", "Postnummer", "Postnummer", "Postnummer", "Postcode"],
        R::OfferTitle => [
            "Tilbudets navn",
            "Namnet på tilbodet",
            "Tilbuddets navn",
            "Erbjudandets namn",
            "Offer name",
        ],
        R::OfferCategory => [
            "Tilbudskategori",
            "Tilbodskategori",
            "Tilbudskategori",
            "Erbjudandekategori",
            "Offer category",
        ],
    };
    match lang {
        Lang::Nb => nb,
        Lang::Nn => nn,
        Lang::Da => da,
        Lang::Sv => sv,
        Lang::En => en,
    }
}

/// Bytes read so far while a file is read: `12,5 av 842,0 MB`.
pub fn progress(lang: Lang, done: f64, total: f64) -> String {
    let mb = |bytes: f64| crate::i18n::format_decimal(lang, bytes / 1_000_000.0, 1);
    let of = match lang {
        Lang::Nb | Lang::Nn => "av",
        Lang::Da => "af",
        Lang::Sv => "av",
        Lang::En => "of",
    };
    format!("{} {of} {} MB", mb(done), mb(total))
}

/// The name of a kind of dataset.
pub fn kind_key(kind: DatasetKind) -> Key {
    match kind {
        DatasetKind::Register => Key::KindRegister,
        DatasetKind::Survey => Key::KindSurvey,
        DatasetKind::Offers => Key::KindOffers,
        DatasetKind::Table => Key::KindTable,
    }
}

/// What an import did, for the live region screen readers announce: `Lest inn ansatte.csv
/// (spørreundersøkelse, 60 rader). 1 fil kunne ikke leses.`
pub fn import_result(lang: Lang, read: &[(String, DatasetKind, usize)], n_failed: usize) -> String {
    let files: Vec<String> = read
        .iter()
        .map(|(name, kind, n_rows)| {
            let kind = lower_first(t(lang, kind_key(*kind)));
            let rows = format_count(lang, *n_rows);
            let rows = match (lang, *n_rows == 1) {
                (Lang::Nb | Lang::Nn, true) => format!("{rows} rad"),
                (Lang::Nb | Lang::Nn, false) => format!("{rows} rader"),
                (Lang::Da, true) => format!("{rows} række"),
                (Lang::Da, false) => format!("{rows} rækker"),
                (Lang::Sv, true) => format!("{rows} rad"),
                (Lang::Sv, false) => format!("{rows} rader"),
                (Lang::En, true) => format!("{rows} row"),
                (Lang::En, false) => format!("{rows} rows"),
            };
            format!("{name} ({kind}, {rows})")
        })
        .collect();
    let mut out = String::new();
    if !files.is_empty() {
        let files = files.join(", ");
        out = match lang {
            Lang::Nb => format!("Lest inn {files}."),
            Lang::Nn => format!("Har lese inn {files}."),
            Lang::Da => format!("Indlæst: {files}."),
            Lang::Sv => format!("Inläst: {files}."),
            Lang::En => format!("Read {files}."),
        };
    }
    if n_failed > 0 {
        let n = format_count(lang, n_failed);
        let failed = match (lang, n_failed == 1) {
            (Lang::Nb, true) => "1 fil kunne ikke leses, se meldingen under.".to_owned(),
            (Lang::Nb, false) => format!("{n} filer kunne ikke leses, se meldingene under."),
            (Lang::Nn, true) => "1 fil kunne ikkje lesast, sjå meldinga under.".to_owned(),
            (Lang::Nn, false) => format!("{n} filer kunne ikkje lesast, sjå meldingane under."),
            (Lang::Da, true) => "1 fil kunne ikke læses, se meddelelsen nedenfor.".to_owned(),
            (Lang::Da, false) => format!("{n} filer kunne ikke læses, se meddelelserne nedenfor."),
            (Lang::Sv, true) => "1 fil kunde inte läsas, se meddelandet nedan.".to_owned(),
            (Lang::Sv, false) => format!("{n} filer kunde inte läsas, se meddelandena nedan."),
            (Lang::En, true) => "1 file could not be read; see the message below.".to_owned(),
            (Lang::En, false) => format!("{n} files could not be read; see the messages below."),
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&failed);
    }
    out
}

/// A filter field's name, for chips and captions.
pub fn field_label(lang: Lang, field: crate::core::Field) -> &'static str {
    use crate::core::{Field, Role};
    let key = match field {
        Field::IcnpoGroup => Key::FieldIcnpo,
        Field::Role(Role::UnitType) => Key::FieldUnitType,
        Field::Role(Role::District) => Key::FieldDistrict,
        Field::Role(Role::Partners) => Key::FieldPartners,
        Field::Role(Role::UnitRoles) => Key::FieldUnitRoles,
        Field::Role(Role::FollowUpFte) => Key::FieldFollowUp,
        Field::Role(Role::Budget) => Key::FieldBudget,
        Field::Role(Role::Challenges) => Key::FieldChallenges,
        Field::Role(Role::Opportunities) => Key::FieldOpportunities,
        Field::Role(Role::OfferCategory) => Key::FieldOfferCategory,
        Field::Role(_) => Key::FieldOther,
    };
    t(lang, key)
}

/// A caption with the filters that apply: `n = 47 · Filter: Tjenestetype: Sykehjem · Kilde: fil.csv`;
/// `n_text` is `n_equals` or `n_withheld`.
pub fn caption_with_filters(lang: Lang, n_text: &str, filters: &[String], sources: &str) -> String {
    if filters.is_empty() {
        return caption(lang, n_text, sources);
    }
    let word = match lang {
        Lang::Nb | Lang::Nn | Lang::Sv => "Filter",
        Lang::Da => "Filtre",
        Lang::En => "Filters",
    };
    caption(lang, &format!("{n_text} · {word}: {}", filters.join(", ")), sources)
}

/// Why a chart shows no numbers: the selection is too small.
pub fn hidden_too_few(lang: Lang, min_cell: usize) -> String {
    match lang {
        Lang::Nb => format!("Utvalget har færre enn {min_cell} svar, så tallene vises ikke. Fjern et filter for å se mer."),
        Lang::Nn => format!("Utvalet har færre enn {min_cell} svar, så tala blir ikkje viste. Fjern eit filter for å sjå meir."),
        Lang::Da => format!("Udvalget har færre end {min_cell} svar, så tallene vises ikke. Fjern et filter for at se mere."),
        Lang::Sv => format!("Urvalet har färre än {min_cell} svar, så siffrorna visas inte. Ta bort ett filter för att se mer."),
        Lang::En => format!("This selection has fewer than {min_cell} answers, so the numbers are not shown. Remove a filter to see more."),
    }
}

/// Why a chart shows no numbers: they would reveal a small group by subtraction.
pub fn hidden_complement(lang: Lang, min_cell: usize) -> String {
    match lang {
        Lang::Nb => format!("Tallene vises ikke: sammen med andre utvalg ville de avsløre svarene til en gruppe på færre enn {min_cell}."),
        Lang::Nn => format!("Tala blir ikkje viste: saman med andre utval ville dei avsløre svara til ei gruppe på færre enn {min_cell}."),
        Lang::Da => format!("Tallene vises ikke: sammen med andre udvalg ville de afsløre svarene fra en gruppe på færre end {min_cell}."),
        Lang::Sv => format!("Siffrorna visas inte: tillsammans med andra urval skulle de avslöja svaren från en grupp på färre än {min_cell}."),
        Lang::En => format!("The numbers are not shown: together with other selections they would reveal the answers of a group of fewer than {min_cell}."),
    }
}

/// How many in the selection did not answer.
pub fn missing_note(lang: Lang, n_missing: usize) -> String {
    let n = format_count(lang, n_missing);
    match lang {
        Lang::Nb => format!("{n} svarte ikke på spørsmålet og er ikke med i andelene."),
        Lang::Nn => format!("{n} svarte ikkje på spørsmålet og er ikkje med i delane."),
        Lang::Da => format!("{n} svarede ikke på spørgsmålet og indgår ikke i andelene."),
        Lang::Sv => format!("{n} svarade inte på frågan och ingår inte i andelarna."),
        Lang::En => format!("{n} did not answer the question and are not in the shares."),
    }
}

/// The most common answer of a question about the units, in a sentence per chart.
pub fn top_answer_summary(lang: Lang, chart: &str, label: &str, count: usize, n: usize, share: f64) -> String {
    let (count, n, share) = (
        format_count(lang, count),
        format_count(lang, n),
        format_percent(lang, share, 0),
    );
    let label = lower_first(label);
    match (chart, lang) {
        ("roles", Lang::Nb) => format!("Den vanligste rollen er «{label}»: {count} av {n} enheter ({share})."),
        ("roles", Lang::Nn) => format!("Den vanlegaste rolla er «{label}»: {count} av {n} einingar ({share})."),
        ("roles", Lang::Da) => format!("Den hyppigste rolle er »{label}«: {count} af {n} enheder ({share})."),
        ("roles", Lang::Sv) => format!("Den vanligaste rollen är ”{label}”: {count} av {n} enheter ({share})."),
        ("roles", Lang::En) => format!("The most common role is “{label}”: {count} of {n} units ({share})."),
        ("challenges", Lang::Nb) => format!("Den største utfordringen er «{label}»: {share} av enhetene nevner den."),
        ("challenges", Lang::Nn) => format!("Den største utfordringa er «{label}»: {share} av einingane nemner ho."),
        ("challenges", Lang::Da) => format!("Den største udfordring er »{label}«: {share} af enhederne nævner den."),
        ("challenges", Lang::Sv) => format!("Den största utmaningen är ”{label}”: {share} av enheterna nämner den."),
        ("challenges", Lang::En) => format!("The biggest challenge is “{label}”: {share} of units name it."),
        ("opportunities", Lang::Nb) => format!("Det enhetene helst vil ha, er «{label}»: {share} av dem nevner det."),
        ("opportunities", Lang::Nn) => format!("Det einingane helst vil ha, er «{label}»: {share} av dei nemner det."),
        ("opportunities", Lang::Da) => {
            format!("Det, enhederne helst vil have, er »{label}«: {share} af dem nævner det.")
        }
        ("opportunities", Lang::Sv) => format!("Det enheterna helst vill ha är ”{label}”: {share} av dem nämner det."),
        ("opportunities", Lang::En) => format!("What the units want most is “{label}”: {share} of them name it."),
        ("follow-up-fte", Lang::Nb) => {
            format!("Flest enheter bruker {label} stilling på å følge opp frivillige: {count} av {n} ({share}).")
        }
        ("follow-up-fte", Lang::Nn) => {
            format!("Flest einingar brukar {label} stilling på å følgje opp frivillige: {count} av {n} ({share}).")
        }
        ("follow-up-fte", Lang::Da) => format!(
            "Flest enheder bruger {label} af en stilling på at følge op på frivillige: {count} af {n} ({share})."
        ),
        ("follow-up-fte", Lang::Sv) => {
            format!("Flest enheter lägger {label} av en tjänst på att följa upp frivilliga: {count} av {n} ({share}).")
        }
        ("follow-up-fte", Lang::En) => {
            format!("More units spend {label} of a post following up volunteers than any other share: {count} of {n} ({share}).")
        }
        (_, Lang::Nb) => format!("Det vanligste svaret er «{label}»: {count} av {n} enheter ({share})."),
        (_, Lang::Nn) => format!("Det vanlegaste svaret er «{label}»: {count} av {n} einingar ({share})."),
        (_, Lang::Da) => format!("Det hyppigste svar er »{label}«: {count} af {n} enheder ({share})."),
        (_, Lang::Sv) => format!("Det vanligaste svaret är ”{label}”: {count} av {n} enheter ({share})."),
        (_, Lang::En) => format!("The most common answer is “{label}”: {count} of {n} units ({share})."),
    }
}

/// What each side wants most, and where they differ most.
pub fn staff_vs_org_summary(
    lang: Lang,
    staff_top: (&str, f64),
    org_top: (&str, f64),
    gap: Option<(&str, f64, f64)>,
) -> String {
    let pct = |share: f64| format_percent(lang, share, 0);
    let (staff_label, org_label) = (lower_first(staff_top.0), lower_first(org_top.0));
    let (staff_share, org_share) = (pct(staff_top.1), pct(org_top.1));
    let first = match lang {
        Lang::Nb => format!("Organisasjonene ønsker seg oftest {org_label} ({org_share}), de ansatte {staff_label} ({staff_share})."),
        Lang::Nn => format!("Organisasjonane ønskjer seg oftast {org_label} ({org_share}), dei tilsette {staff_label} ({staff_share})."),
        Lang::Da => format!("Organisationerne ønsker sig oftest {org_label} ({org_share}), medarbejderne {staff_label} ({staff_share})."),
        Lang::Sv => format!("Organisationerna önskar oftast {org_label} ({org_share}), personalen {staff_label} ({staff_share})."),
        Lang::En => format!("Organisations most often want {org_label} ({org_share}); staff want {staff_label} ({staff_share})."),
    };
    let Some((label, staff, org)) = gap else {
        return first;
    };
    let (label, staff, org) = (lower_first(label), pct(staff), pct(org));
    let second = match lang {
        Lang::Nb => format!("Størst forskjell: {label} ({org} av organisasjonene mot {staff} av de ansatte)."),
        Lang::Nn => format!("Størst skilnad: {label} ({org} av organisasjonane mot {staff} av dei tilsette)."),
        Lang::Da => format!("Største forskel: {label} ({org} af organisationerne mod {staff} af medarbejderne)."),
        Lang::Sv => format!("Störst skillnad: {label} ({org} av organisationerna mot {staff} av personalen)."),
        Lang::En => format!("The largest difference: {label} ({org} of organisations against {staff} of staff)."),
    };
    format!("{first} {second}")
}

/// The network in a sentence.
pub fn network_summary(lang: Lang, n_units: usize, n_orgs: usize, top: Option<(&str, usize)>) -> String {
    let (units, orgs) = (format_count(lang, n_units), format_count(lang, n_orgs));
    let first = match lang {
        Lang::Nb => format!("{units} enheter nevner til sammen {orgs} ulike organisasjoner de samarbeider mest med."),
        Lang::Nn => format!("{units} einingar nemner til saman {orgs} ulike organisasjonar dei samarbeider mest med."),
        Lang::Da => format!("{units} enheder nævner i alt {orgs} forskellige organisationer, de samarbejder mest med."),
        Lang::Sv => format!("{units} enheter nämner sammanlagt {orgs} olika organisationer som de samverkar mest med."),
        Lang::En => format!("{units} units name {orgs} different organisations they work with most."),
    };
    let Some((name, count)) = top else {
        return first;
    };
    let count = format_count(lang, count);
    let second = match lang {
        Lang::Nb => format!("{name} nevnes oftest, av {count} enheter."),
        Lang::Nn => format!("{name} blir nemnd oftast, av {count} einingar."),
        Lang::Da => format!("{name} nævnes oftest, af {count} enheder."),
        Lang::Sv => format!("{name} nämns oftast, av {count} enheter."),
        Lang::En => format!("{name} is named most often, by {count} units."),
    };
    format!("{first} {second}")
}

/// How much of the register's health and social field the units reach.
pub fn coverage_summary(lang: Lang, reached: usize, total: usize, share: f64) -> String {
    let (reached, total, share) = (
        format_count(lang, reached),
        format_count(lang, total),
        format_percent(lang, share, 0),
    );
    match lang {
        Lang::Nb => format!("Enhetene nevner {reached} av de {total} lagene og foreningene innen helse og sosiale tjenester ({share}). De andre er mulige nye samarbeidspartnere."),
        Lang::Nn => format!("Einingane nemner {reached} av dei {total} laga og foreiningane innan helse og sosiale tenester ({share}). Dei andre er moglege nye samarbeidspartnarar."),
        Lang::Da => format!("Enhederne nævner {reached} af de {total} foreninger inden for sundhed og sociale ydelser ({share}). De øvrige er mulige nye samarbejdspartnere."),
        Lang::Sv => format!("Enheterna nämner {reached} av de {total} föreningarna inom hälsa och sociala tjänster ({share}). De övriga är möjliga nya samverkanspartner."),
        Lang::En => format!("The units name {reached} of the {total} health and social-service associations ({share}). The others are possible new partners."),
    }
}

/// Where the most organisations are (the largest area, not a majority).
pub fn by_area_summary(lang: Lang, area: &str, count: usize, share: f64, n: usize) -> String {
    let (count, share, n) = (
        format_count(lang, count),
        format_percent(lang, share, 0),
        format_count(lang, n),
    );
    match lang {
        Lang::Nb => format!("Flest av de {n} organisasjonene holder til i {area}: {count} ({share})."),
        Lang::Nn => format!("Flest av dei {n} organisasjonane held til i {area}: {count} ({share})."),
        Lang::Da => format!("Flest af de {n} organisationer holder til i {area}: {count} ({share})."),
        Lang::Sv => format!("Flest av de {n} organisationerna finns i {area}: {count} ({share})."),
        Lang::En => format!("Of the {n} organisations, the most are in {area}: {count} ({share})."),
    }
}

/// A network node's tooltip.
pub fn network_node(lang: Lang, label: &str, kind: Option<&str>, (count, of): (usize, usize), is_unit: bool) -> String {
    let count_text = format_count(lang, count);
    let of_text = format_count(lang, of);
    let detail = match (is_unit, lang) {
        (true, Lang::Nb) => format!("nevner {count_text} av {of_text} organisasjoner"),
        (true, Lang::Nn) => format!("nemner {count_text} av {of_text} organisasjonar"),
        (true, Lang::Da) => format!("nævner {count_text} af {of_text} organisationer"),
        (true, Lang::Sv) => format!("nämner {count_text} av {of_text} organisationer"),
        (true, Lang::En) => format!("names {count_text} of {of_text} organisations"),
        (false, Lang::Nb) => format!("nevnt av {count_text} av {of_text} enheter"),
        (false, Lang::Nn) => format!("nemnd av {count_text} av {of_text} einingar"),
        (false, Lang::Da) => format!("nævnt af {count_text} af {of_text} enheder"),
        (false, Lang::Sv) => format!("nämnd av {count_text} av {of_text} enheter"),
        (false, Lang::En) => format!("named by {count_text} of {of_text} units"),
    };
    let share = format_percent(lang, crate::core::analysis::share(count, of), 0);
    match kind {
        Some(kind) => format!("{label} ({kind}): {detail} ({share})"),
        None => format!("{label}: {detail} ({share})"),
    }
}

/// `14 tilbud`; `70 foreninger` where the offers are a register's organisations (no catalogue loaded).
pub fn offers_count(lang: Lang, n: usize, from_register: bool) -> String {
    let n_text = format_count(lang, n);
    match (lang, from_register) {
        (Lang::Nb | Lang::Da, false) => format!("{n_text} tilbud"),
        (Lang::Nn, false) => format!("{n_text} tilbod"),
        (Lang::Sv, false) => format!("{n_text} st."),
        (Lang::En, false) if n == 1 => format!("{n_text} offer"),
        (Lang::En, false) => format!("{n_text} offers"),
        (Lang::Nb | Lang::Da, true) if n == 1 => format!("{n_text} forening"),
        (Lang::Nb | Lang::Da, true) => format!("{n_text} foreninger"),
        (Lang::Nn, true) if n == 1 => format!("{n_text} foreining"),
        (Lang::Nn, true) => format!("{n_text} foreiningar"),
        (Lang::Sv, true) if n == 1 => format!("{n_text} förening"),
        (Lang::Sv, true) => format!("{n_text} föreningar"),
        (Lang::En, true) if n == 1 => format!("{n_text} organisation"),
        (Lang::En, true) => format!("{n_text} organisations"),
    }
}

/// `14 tilbud om besøksvenn`; `70 foreninger innen sosiale tjenester` (a register, no catalogue).
pub fn offers_subject(lang: Lang, n: usize, category: &str, from_register: bool) -> String {
    let (n, category) = (format_count(lang, n), lower_first(category));
    match (lang, from_register) {
        (Lang::Nb | Lang::Da, false) => format!("{n} tilbud om {category}"),
        (Lang::Nn, false) => format!("{n} tilbod om {category}"),
        (Lang::Sv, false) => format!("{n} aktiviteter med {category}"),
        (Lang::En, false) => format!("{n} {category} offers"),
        (Lang::Nb, true) => format!("{n} foreninger innen {category}"),
        (Lang::Nn, true) => format!("{n} foreiningar innan {category}"),
        (Lang::Da, true) => format!("{n} foreninger inden for {category}"),
        (Lang::Sv, true) => format!("{n} föreningar inom {category}"),
        (Lang::En, true) => format!("{n} organisations in {category}"),
    }
}

/// The funnel row's note: `Kjenner 30 % → informert 10 %`.
pub fn funnel_note(lang: Lang, known: f64, told: Option<f64>) -> String {
    let known = format_percent(lang, known, 0);
    let told = told.map(|told| format_percent(lang, told, 0));
    let (know_word, told_word) = match lang {
        Lang::Nb | Lang::Nn => ("kjenner", "informert"),
        Lang::Da => ("kender", "informeret"),
        Lang::Sv => ("känner", "informerat"),
        Lang::En => ("know", "told"),
    };
    match told {
        Some(told) => format!("{know_word} {known} → {told_word} {told}"),
        None => format!("{know_word} {known}"),
    }
}

/// The users' stage under a funnel row: `brukere deltatt 4 %` (`share` formatted, or `< 5`).
pub fn reached_note(lang: Lang, share: &str) -> String {
    let word = match lang {
        Lang::Nb => "brukere deltatt",
        Lang::Nn => "brukarar delteke",
        Lang::Da => "borgere deltaget",
        Lang::Sv => "brukare deltagit",
        Lang::En => "users took part",
    };
    format!("{word} {share}")
}

/// The funnel's message: where the gap is largest.
pub fn funnel_summary(lang: Lang, category: &str, offers: usize, known: f64, told: f64, from_register: bool) -> String {
    let category = lower_first(category);
    let (offers, known, told) = (
        offers_count(lang, offers, from_register),
        format_percent(lang, known, 0),
        format_percent(lang, told, 0),
    );
    match lang {
        Lang::Nb => format!("Størst gap for {category}: {offers} finnes, {known} av de ansatte kjenner til dem, men bare {told} har informert brukere om dem."),
        Lang::Nn => format!("Størst gap for {category}: {offers} finst, {known} av dei tilsette kjenner til dei, men berre {told} har informert brukarar om dei."),
        Lang::Da => format!("Største gab for {category}: {offers} findes, {known} af medarbejderne kender dem, men kun {told} har informeret borgerne om dem."),
        Lang::Sv => format!("Störst glapp för {category}: {offers} finns, {known} av personalen känner till dem, men bara {told} har informerat brukare om dem."),
        Lang::En => format!("The largest gap is for {category}: {offers} exist, {known} of staff know of them, but only {told} have told users about them."),
    }
}

/// The gap matrix's message: where awareness is lowest.
pub fn gap_matrix_summary(lang: Lang, category: &str, district: &str, gap: f64) -> String {
    let (category, gap) = (lower_first(category), format_percent(lang, gap, 0));
    match lang {
        Lang::Nb => format!("Størst gap: {gap} av de ansatte i {district} kjenner ikke til tilbudene om {category} som finnes der."),
        Lang::Nn => format!("Størst gap: {gap} av dei tilsette i {district} kjenner ikkje til tilboda om {category} som finst der."),
        Lang::Da => format!("Største gab: {gap} af medarbejderne i {district} kender ikke tilbuddene om {category}, der findes dér."),
        Lang::Sv => format!("Störst glapp: {gap} av personalen i {district} känner inte till aktiviteterna med {category} som finns där."),
        Lang::En => format!("Largest gap: {gap} of staff in {district} do not know of the {category} offers there."),
    }
}

/// One sentence of the gap ranking: `14 tilbud om besøksvenn finnes, 5 av dem i Nord, men bare 30 % av de
/// ansatte kjenner til dem og 10 % har informert brukere. Lavest kjennskap: hjemmetjeneste (20 %).`
/// `subject` is `offers_subject`'s.
pub fn gap_sentence(
    lang: Lang,
    subject: &str,
    top_district: Option<(&str, usize)>,
    known: f64,
    told: f64,
    lowest_unit_type: Option<(&str, f64)>,
) -> String {
    let (known, told) = (format_percent(lang, known, 0), format_percent(lang, told, 0));
    let district = top_district.map(|(district, n)| (district, format_count(lang, n)));
    let first = match (lang, district) {
        (Lang::Nb, Some((d, n))) => format!("{subject} finnes, {n} av dem i {d}, men bare {known} av de ansatte kjenner til dem og {told} har informert brukere."),
        (Lang::Nb, None) => format!("{subject} finnes, men bare {known} av de ansatte kjenner til dem og {told} har informert brukere."),
        (Lang::Nn, Some((d, n))) => format!("{subject} finst, {n} av dei i {d}, men berre {known} av dei tilsette kjenner til dei og {told} har informert brukarar."),
        (Lang::Nn, None) => format!("{subject} finst, men berre {known} av dei tilsette kjenner til dei og {told} har informert brukarar."),
        (Lang::Da, Some((d, n))) => format!("{subject} findes, {n} af dem i {d}, men kun {known} af medarbejderne kender dem, og {told} har informeret borgerne."),
        (Lang::Da, None) => format!("{subject} findes, men kun {known} af medarbejderne kender dem, og {told} har informeret borgerne."),
        (Lang::Sv, Some((d, n))) => format!("{subject} finns, {n} av dem i {d}, men bara {known} av personalen känner till dem och {told} har informerat brukare."),
        (Lang::Sv, None) => format!("{subject} finns, men bara {known} av personalen känner till dem och {told} har informerat brukare."),
        (Lang::En, Some((d, n))) => format!("{subject} exist, {n} of them in {d}, but only {known} of staff know of them and {told} have told users."),
        (Lang::En, None) => format!("{subject} exist, but only {known} of staff know of them and {told} have told users."),
    };
    let Some((unit_type, share)) = lowest_unit_type else {
        return first;
    };
    let (unit_type, share) = (lower_first(unit_type), format_percent(lang, share, 0));
    let second = match lang {
        Lang::Nb => format!("Lavest kjennskap: {unit_type} ({share})."),
        Lang::Nn => format!("Lågast kjennskap: {unit_type} ({share})."),
        Lang::Da => format!("Lavest kendskab: {unit_type} ({share})."),
        Lang::Sv => format!("Lägst kännedom: {unit_type} ({share})."),
        Lang::En => format!("Least known in {unit_type} ({share})."),
    };
    format!("{first} {second}")
}

/// Options the catalogue has no category for.
pub fn unmatched_options_note(lang: Lang, options: &[String]) -> String {
    let list = options.join(", ");
    match lang {
        Lang::Nb => format!("Disse svaralternativene har ingen kategori i tilbudsoversikten: {list}."),
        Lang::Nn => format!("Desse svaralternativa har ingen kategori i tilbodsoversikta: {list}."),
        Lang::Da => format!("Disse svarmuligheder har ingen kategori i tilbudsoversigten: {list}."),
        Lang::Sv => format!("De här svarsalternativen saknar kategori i förteckningen: {list}."),
        Lang::En => format!("These survey options have no category in the catalogue: {list}."),
    }
}

/// A note under a network too large to draw whole: what it shows of what.
pub fn network_capped(lang: Lang, (units, all_units): (usize, usize), (orgs, all_orgs): (usize, usize)) -> String {
    let [units, all_units, orgs, all_orgs] = [units, all_units, orgs, all_orgs].map(|n| format_count(lang, n));
    match lang {
        Lang::Nb => format!("Diagrammet viser de {orgs} organisasjonene som nevnes oftest (av {all_orgs}) og {units} av {all_units} enheter; tabellen har alle."),
        Lang::Nn => format!("Diagrammet viser dei {orgs} organisasjonane som blir nemnde oftast (av {all_orgs}) og {units} av {all_units} einingar; tabellen har alle."),
        Lang::Da => format!("Diagrammet viser de {orgs} organisationer, der nævnes oftest (af {all_orgs}), og {units} af {all_units} enheder; tabellen har dem alle."),
        Lang::Sv => format!("Diagrammet visar de {orgs} organisationer som nämns oftast (av {all_orgs}) och {units} av {all_units} enheter; tabellen har alla."),
        Lang::En => format!("The diagram shows the {orgs} organisations named most often (of {all_orgs}) and {units} of {all_units} units; the table has them all."),
    }
}

/// The gap ranking's message: the two largest gaps.
pub fn ranking_summary(lang: Lang, gaps: &[(&str, f64)]) -> String {
    let parts: Vec<String> = gaps
        .iter()
        .take(2)
        .map(|(label, gap)| format!("{} ({})", lower_first(label), format_percent(lang, *gap, 0)))
        .collect();
    let joined = match lang {
        Lang::En => parts.join(" and "),
        Lang::Sv => parts.join(" och "),
        _ => parts.join(" og "),
    };
    match lang {
        Lang::Nb => format!("De største gapene er for {joined}: så stor andel av de ansatte har ikke informert brukere om tilbudene som finnes."),
        Lang::Nn => format!("Dei største gapa er for {joined}: så stor del av dei tilsette har ikkje informert brukarar om tilboda som finst."),
        Lang::Da => format!("De største gab er for {joined}: så stor en andel af medarbejderne har ikke informeret borgerne om de tilbud, der findes."),
        Lang::Sv => format!("De största glappen gäller {joined}: så stor andel av personalen har inte informerat brukare om aktiviteterna som finns."),
        Lang::En => format!("The largest gaps are for {joined}: that share of staff have not told users about the offers that exist."),
    }
}

/// `Lysbilde 3 av 6`.
pub fn slide_of(lang: Lang, slide: usize, n_slides: usize) -> String {
    match lang {
        Lang::Nb => format!("Lysbilde {slide} av {n_slides}"),
        Lang::Nn => format!("Lysbilete {slide} av {n_slides}"),
        Lang::Da => format!("Dias {slide} af {n_slides}"),
        Lang::Sv => format!("Bild {slide} av {n_slides}"),
        Lang::En => format!("Slide {slide} of {n_slides}"),
    }
}

/// The demo deck's takeaway lines.
pub fn demo_takeaway(lang: Lang, line: u8) -> &'static str {
    let key = match line {
        0 => Key::DemoTakeaway0,
        1 => Key::DemoTakeaway1,
        2 => Key::DemoTakeaway2,
        3 => Key::DemoTakeaway3,
        4 => Key::DemoTakeaway4,
        _ => Key::DemoTakeaway5,
    };
    t(lang, key)
}

/// Register organisations outside Frivillighetsregisteret have no category.
pub fn without_icnpo_note(lang: Lang, n: usize) -> String {
    let n = format_count(lang, n);
    match lang {
        Lang::Nb => format!("{n} organisasjoner i uttrekket er ikke i Frivillighetsregisteret og har ingen kategori."),
        Lang::Nn => format!("{n} organisasjonar i uttrekket er ikkje i Frivilligregisteret og har ingen kategori."),
        Lang::Da => format!("{n} organisationer i udtrækket er ikke i det norske frivillighedsregister og har ingen kategori."),
        Lang::Sv => format!("{n} organisationer i utdraget finns inte i norska frivillighetsregistret och saknar kategori."),
        Lang::En => format!("{n} organisations in the extract are not in the Register of Non-Profit Organisations and have no category."),
    }
}
