//! Fixed UI strings. Each key lists all five languages; leaving one out does not compile.

use crate::i18n::Lang;

macro_rules! keys {
    ($($key:ident { nb: $nb:literal, nn: $nn:literal, da: $da:literal, sv: $sv:literal, en: $en:literal $(,)? })*) => {
        /// A fixed UI string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $($key,)*
        }

        impl Key {
            /// Every key, for completeness tests.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
        }

        pub(crate) fn text(lang: Lang, key: Key) -> &'static str {
            match key {
                $(Key::$key => match lang {
                    Lang::Nb => $nb,
                    Lang::Nn => $nn,
                    Lang::Da => $da,
                    Lang::Sv => $sv,
                    Lang::En => $en,
                },)*
            }
        }
    };
}

keys! {
    AppTagline {
        nb: "Samarbeid mellom tjenester og frivillighet – og gapet i tilbudene",
        nn: "Samarbeid mellom tenester og frivilligheit – og gapet i tilboda",
        da: "Samarbejde mellem kommunale tilbud og frivillige – og hullerne i tilbuddene",
        sv: "Samverkan mellan verksamheter och civilsamhälle – och glappet i utbudet",
        en: "Collaboration between services and volunteers – and the gap in offers",
    }
    SkipToContent {
        nb: "Hopp til hovedinnhold",
        nn: "Hopp til hovudinnhald",
        da: "Spring til hovedindhold",
        sv: "Hoppa till huvudinnehåll",
        en: "Skip to main content",
    }
    MainNavigation {
        nb: "Hovedmeny",
        nn: "Hovudmeny",
        da: "Hovedmenu",
        sv: "Huvudmeny",
        en: "Main menu",
    }
    NavOverview {
        nb: "Oversikt",
        nn: "Oversikt",
        da: "Overblik",
        sv: "Översikt",
        en: "Overview",
    }
    NavData {
        nb: "Data",
        nn: "Data",
        da: "Data",
        sv: "Data",
        en: "Data",
    }
    Language {
        nb: "Språk",
        nn: "Språk",
        da: "Sprog",
        sv: "Språk",
        en: "Language",
    }
    DemoBadge {
        nb: "Demodata: Elvestad kommune (oppdiktet)",
        nn: "Demodata: Elvestad kommune (oppdikta)",
        da: "Demodata: Elvestad kommune (fiktiv)",
        sv: "Demodata: Elvestads kommun (påhittad)",
        en: "Demo data: Elvestad municipality (fictional)",
    }
    DropTitle {
        nb: "Legg til egne filer",
        nn: "Legg til eigne filer",
        da: "Tilføj egne filer",
        sv: "Lägg till egna filer",
        en: "Add your own files",
    }
    DropHint {
        nb: "Slipp filer her, eller velg dem: registeruttrekk fra Brønnøysund, eksport fra Nettskjema eller Microsoft Forms, eller en tilbudsoversikt. Filene leses bare i denne nettleseren og sendes ingen steder.",
        nn: "Slepp filer her, eller vel dei: registeruttrekk frå Brønnøysund, eksport frå Nettskjema eller Microsoft Forms, eller ei tilbodsoversikt. Filene blir berre lesne i denne nettlesaren og blir ikkje sende nokon stad.",
        da: "Slip filer her, eller vælg dem: registerudtræk, eksport fra Nettskjema eller Microsoft Forms eller en oversigt over tilbud. Filerne læses kun i denne browser og sendes ingen steder hen.",
        sv: "Släpp filer här eller välj dem: registerutdrag, export från Nettskjema eller Microsoft Forms, eller en förteckning över aktiviteter. Filerna läses bara i den här webbläsaren och skickas ingenstans.",
        en: "Drop files here, or choose them: a register extract from Brønnøysund, an export from Nettskjema or Microsoft Forms, or an offer catalogue. Files are read only in this browser and sent nowhere.",
    }
    ChooseFiles {
        nb: "Velg filer",
        nn: "Vel filer",
        da: "Vælg filer",
        sv: "Välj filer",
        en: "Choose files",
    }
    Reading {
        nb: "Leser filer …",
        nn: "Les filer …",
        da: "Læser filer …",
        sv: "Läser filer …",
        en: "Reading files …",
    }
    LoadingDemo {
        nb: "Laster demodata …",
        nn: "Lastar demodata …",
        da: "Indlæser demodata …",
        sv: "Läser in demodata …",
        en: "Loading demo data …",
    }
    KeyRegisterOrgs {
        nb: "lag og foreninger i registeret",
        nn: "lag og foreiningar i registeret",
        da: "foreninger i registret",
        sv: "föreningar i registret",
        en: "associations in the register",
    }
    KeyHealthSocial {
        nb: "av dem innen helse eller sosiale tjenester",
        nn: "av dei innan helse eller sosiale tenester",
        da: "heraf inden for sundhed eller sociale ydelser",
        sv: "varav inom hälsa eller sociala tjänster",
        en: "of them in health or social services",
    }
    KeyStaff {
        nb: "enheter svarte på ansattundersøkelsen",
        nn: "einingar svarte på tilsettundersøkinga",
        da: "enheder svarede på medarbejderundersøgelsen",
        sv: "enheter svarade på personalenkäten",
        en: "units answered the staff survey",
    }
    KeyOrgs {
        nb: "organisasjoner svarte på undersøkelsen",
        nn: "organisasjonar svarte på undersøkinga",
        da: "organisationer svarede på undersøgelsen",
        sv: "organisationer svarade på enkäten",
        en: "organisations answered their survey",
    }
    KeyOffers {
        nb: "frivillige tilbud i oversikten",
        nn: "frivillige tilbod i oversikta",
        da: "frivillige tilbud i oversigten",
        sv: "frivilliga aktiviteter i förteckningen",
        en: "volunteer offers in the catalogue",
    }
    KeyFiguresHeading {
        nb: "Nøkkeltall",
        nn: "Nøkkeltal",
        da: "Nøgletal",
        sv: "Nyckeltal",
        en: "Key figures",
    }
    OverviewHeading {
        nb: "Oversikt",
        nn: "Oversikt",
        da: "Overblik",
        sv: "Översikt",
        en: "Overview",
    }
    OverviewIntro {
        nb: "Hvem tjenestene samarbeider med, og hvilke frivillige organisasjoner som finnes.",
        nn: "Kven tenestene samarbeider med, og kva frivillige organisasjonar som finst.",
        da: "Hvem tilbuddene samarbejder med, og hvilke frivillige organisationer der findes.",
        sv: "Vilka verksamheterna samverkar med, och vilka frivilliga organisationer som finns.",
        en: "Who the services collaborate with, and which voluntary organisations exist.",
    }
    NoChartData {
        nb: "Ingen av de innlastede filene har data til disse diagrammene ennå. Legg til en ansattundersøkelse eller et registeruttrekk.",
        nn: "Ingen av dei innlasta filene har data til desse diagramma enno. Legg til ei tilsettundersøking eller eit registeruttrekk.",
        da: "Ingen af de indlæste filer har data til disse diagrammer endnu. Tilføj en medarbejderundersøgelse eller et registerudtræk.",
        sv: "Ingen av de inlästa filerna har data till de här diagrammen ännu. Lägg till en personalenkät eller ett registerutdrag.",
        en: "None of the loaded files has data for these charts yet. Add a staff survey or a register extract.",
    }
    DataHeading {
        nb: "Innlastede data",
        nn: "Innlasta data",
        da: "Indlæste data",
        sv: "Inlästa data",
        en: "Loaded data",
    }
    DataEmpty {
        nb: "Ingen filer er lastet inn.",
        nn: "Ingen filer er lasta inn.",
        da: "Ingen filer er indlæst.",
        sv: "Inga filer är inlästa.",
        en: "No files are loaded.",
    }
    KindRegister {
        nb: "Register",
        nn: "Register",
        da: "Register",
        sv: "Register",
        en: "Register",
    }
    KindSurvey {
        nb: "Spørreundersøkelse",
        nn: "Spørjeundersøking",
        da: "Spørgeskemaundersøgelse",
        sv: "Enkät",
        en: "Survey",
    }
    KindOffers {
        nb: "Tilbudsoversikt",
        nn: "Tilbodsoversikt",
        da: "Tilbudsoversigt",
        sv: "Aktivitetsförteckning",
        en: "Offer catalogue",
    }
    KindTable {
        nb: "Tabell",
        nn: "Tabell",
        da: "Tabel",
        sv: "Tabell",
        en: "Table",
    }
    Rows {
        nb: "Rader",
        nn: "Rader",
        da: "Rækker",
        sv: "Rader",
        en: "Rows",
    }
    Columns {
        nb: "Kolonner",
        nn: "Kolonnar",
        da: "Kolonner",
        sv: "Kolumner",
        en: "Columns",
    }
    Questions {
        nb: "Spørsmål og felt",
        nn: "Spørsmål og felt",
        da: "Spørgsmål og felter",
        sv: "Frågor och fält",
        en: "Questions and fields",
    }
    EncodingLabel {
        nb: "Tegnkoding",
        nn: "Teiknkoding",
        da: "Tegnkodning",
        sv: "Teckenkodning",
        en: "Encoding",
    }
    DelimiterLabel {
        nb: "Skilletegn",
        nn: "Skiljeteikn",
        da: "Skilletegn",
        sv: "Avgränsare",
        en: "Delimiter",
    }
    SourceLabel {
        nb: "Kilde",
        nn: "Kjelde",
        da: "Kilde",
        sv: "Källa",
        en: "Source",
    }
    PreviewCaption {
        nb: "De første radene, slik de ble lest",
        nn: "Dei første radene, slik dei vart lesne",
        da: "De første rækker, som de blev læst",
        sv: "De första raderna, som de lästes",
        en: "The first rows, as read",
    }
    DroppedHeading {
        nb: "Holdt tilbake som personopplysninger",
        nn: "Halde tilbake som personopplysingar",
        da: "Holdt tilbage som personoplysninger",
        sv: "Undanhållna som personuppgifter",
        en: "Held back as personal data",
    }
    WarningsHeading {
        nb: "Merknader fra innlesingen",
        nn: "Merknader frå innlesinga",
        da: "Bemærkninger fra indlæsningen",
        sv: "Anmärkningar från inläsningen",
        en: "Notes from reading the file",
    }
    TypeSingleChoice {
        nb: "ett valg",
        nn: "eitt val",
        da: "ét valg",
        sv: "ett val",
        en: "single choice",
    }
    TypeMultiChoice {
        nb: "flere valg",
        nn: "fleire val",
        da: "flere valg",
        sv: "flerval",
        en: "multiple choice",
    }
    TypeNumber {
        nb: "tall",
        nn: "tal",
        da: "tal",
        sv: "tal",
        en: "number",
    }
    TypeDate {
        nb: "dato",
        nn: "dato",
        da: "dato",
        sv: "datum",
        en: "date",
    }
    TypeText {
        nb: "fritekst",
        nn: "fritekst",
        da: "fritekst",
        sv: "fritext",
        en: "free text",
    }
    TypeId {
        nb: "kode/ID",
        nn: "kode/ID",
        da: "kode/ID",
        sv: "kod/ID",
        en: "code/ID",
    }
    ShowTable {
        nb: "Vis tabell",
        nn: "Vis tabell",
        da: "Vis tabel",
        sv: "Visa tabell",
        en: "Show table",
    }
    HideTable {
        nb: "Skjul tabell",
        nn: "Skjul tabell",
        da: "Skjul tabel",
        sv: "Dölj tabell",
        en: "Hide table",
    }
    TableCategory {
        nb: "Kategori",
        nn: "Kategori",
        da: "Kategori",
        sv: "Kategori",
        en: "Category",
    }
    TableCount {
        nb: "Antall",
        nn: "Tal",
        da: "Antal",
        sv: "Antal",
        en: "Count",
    }
    TableShare {
        nb: "Andel",
        nn: "Del",
        da: "Andel",
        sv: "Andel",
        en: "Share",
    }
    MultiNote {
        nb: "Flere svar mulig, så andelene summerer til over 100 %.",
        nn: "Fleire svar mogleg, så delane summerer til over 100 %.",
        da: "Flere svar muligt, så andelene summerer til over 100 %.",
        sv: "Flera svar möjliga, så andelarna summerar till över 100 %.",
        en: "Several answers allowed, so shares add up to more than 100%.",
    }
    Dismiss {
        nb: "Lukk",
        nn: "Lukk",
        da: "Luk",
        sv: "Stäng",
        en: "Close",
    }
    ChartMarksLabel {
        nb: "Søyler og ruter i diagrammet – bruk Tab for å gå gjennom dem",
        nn: "Søyler og ruter i diagrammet – bruk Tab for å gå gjennom dei",
        da: "Søjler og felter i diagrammet – brug Tab for at gå igennem dem",
        sv: "Staplar och rutor i diagrammet – använd Tab för att gå igenom dem",
        en: "Bars and cells of the chart – use Tab to step through them",
    }
    PartnerTypesTitle {
        nb: "Hvem samarbeider enhetene med?",
        nn: "Kven samarbeider einingane med?",
        da: "Hvem samarbejder enhederne med?",
        sv: "Vilka samverkar enheterna med?",
        en: "Who do the units collaborate with?",
    }
    PartnerTypesSubtitle {
        nb: "Andel av enhetene som svarte, per type samarbeidspartner",
        nn: "Del av einingane som svarte, per type samarbeidspartnar",
        da: "Andel af de enheder, der svarede, pr. type samarbejdspartner",
        sv: "Andel av de enheter som svarade, per typ av samverkanspartner",
        en: "Share of responding units, by type of partner",
    }
    MatrixTitle {
        nb: "Samarbeid etter tjenestetype",
        nn: "Samarbeid etter tenestetype",
        da: "Samarbejde efter tilbudstype",
        sv: "Samverkan efter verksamhetstyp",
        en: "Collaboration by type of service",
    }
    MatrixSubtitle {
        nb: "Andel av enhetene i hver tjenestetype som samarbeider med hver type partner",
        nn: "Del av einingane i kvar tenestetype som samarbeider med kvar type partnar",
        da: "Andel af enhederne i hver tilbudstype, der samarbejder med hver type partner",
        sv: "Andel av enheterna i varje verksamhetstyp som samverkar med varje typ av partner",
        en: "Share of units of each service type that collaborate with each type of partner",
    }
    IcnpoTitle {
        nb: "Hva slags lag og foreninger finnes?",
        nn: "Kva slags lag og foreiningar finst?",
        da: "Hvilke slags foreninger findes der?",
        sv: "Vilka slags föreningar finns det?",
        en: "What kinds of associations are there?",
    }
    IcnpoSubtitle {
        nb: "Organisasjoner i Frivillighetsregisteret per ICNPO-kategori (inntil tre per organisasjon)",
        nn: "Organisasjonar i Frivilligregisteret per ICNPO-kategori (inntil tre per organisasjon)",
        da: "Organisationer i det norske frivillighedsregister pr. ICNPO-kategori (op til tre pr. organisation)",
        sv: "Organisationer i norska frivillighetsregistret per ICNPO-kategori (upp till tre per organisation)",
        en: "Organisations in the Register of Non-Profit Organisations by ICNPO category (up to three each)",
    }
    SuppressedLegend {
        nb: "< 5: for få svar til å vise tall. En gruppe til er skjult, så tallet ikke kan regnes ut fra totalen.",
        nn: "< 5: for få svar til å vise tal. Ei gruppe til er skjult, så talet ikkje kan reknast ut frå totalen.",
        da: "< 5: for få svar til at vise tal. En gruppe mere er skjult, så tallet ikke kan regnes ud fra totalen.",
        sv: "< 5: för få svar för att visa siffror. Ytterligare en grupp är dold så att siffran inte kan räknas fram ur totalen.",
        en: "< 5: too few answers to show numbers. One more group is hidden so that the number cannot be worked out from the total.",
    }
    SuppressedCell {
        nb: "skjult",
        nn: "skjult",
        da: "skjult",
        sv: "dold",
        en: "hidden",
    }
    ImportErrorHeading {
        nb: "Filen kunne ikke leses",
        nn: "Fila kunne ikkje lesast",
        da: "Filen kunne ikke læses",
        sv: "Filen kunde inte läsas",
        en: "The file could not be read",
    }
    DataUntouched {
        nb: "Dataene som allerede var lastet inn, er uendret.",
        nn: "Dataa som alt var lasta inn, er uendra.",
        da: "De data, der allerede var indlæst, er uændrede.",
        sv: "De data som redan var inlästa är oförändrade.",
        en: "The data already loaded is unchanged.",
    }
    FooterPrivacy {
        nb: "Brobygger kjører helt i nettleseren din. Ingen data sendes til noen server.",
        nn: "Brobygger køyrer heilt i nettlesaren din. Ingen data blir sende til nokon tenar.",
        da: "Brobygger kører helt i din browser. Ingen data sendes til nogen server.",
        sv: "Brobygger körs helt i din webbläsare. Inga data skickas till någon server.",
        en: "Brobygger runs entirely in your browser. No data is sent to any server.",
    }
}
