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

        /// Each key's text in nb, nn, da, sv and en (`Lang`'s order): one lookup, where a match of 230
        /// keys × 5 languages compiled to several KB of branches.
        const TEXTS: &[[&str; 5]] = &[$([$nb, $nn, $da, $sv, $en],)*];

        pub(crate) fn text(lang: Lang, key: Key) -> &'static str {
            TEXTS[key as usize][lang as usize]
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
    NavAccessibility {
        nb: "Tilgjengelighetserklæring",
        nn: "Tilgjengelegheitserklæring",
        da: "Tilgængelighedserklæring",
        sv: "Tillgänglighetsredogörelse",
        en: "Accessibility statement",
    }
    A11yTitle {
        nb: "Tilgjengelighetserklæring for Brobygger",
        nn: "Tilgjengelegheitserklæring for Brobygger",
        da: "Tilgængelighedserklæring for Brobygger",
        sv: "Tillgänglighetsredogörelse för Brobygger",
        en: "Accessibility statement for Brobygger",
    }
    A11yIntro {
        nb: "Brobygger skal kunne brukes av alle, også med tastatur, skjermleser, forstørrelse eller nedsatt fargesyn. Kommuner i Norge og Danmark er pålagt å oppfylle WCAG 2.1 nivå AA for løsningene de bruker. Her står hva Brobygger oppfyller, hvordan det er testet, og hva vi vet ikke fungerer godt nok.",
        nn: "Brobygger skal kunne brukast av alle, også med tastatur, skjermlesar, forstørring eller nedsett fargesyn. Kommunar i Noreg og Danmark er pålagde å oppfylle WCAG 2.1 nivå AA for løysingane dei bruker. Her står kva Brobygger oppfyller, korleis det er testa, og kva vi veit ikkje fungerer godt nok.",
        da: "Brobygger skal kunne bruges af alle, også med tastatur, skærmlæser, forstørrelse eller nedsat farvesyn. Kommuner i Norge og Danmark skal overholde WCAG 2.1 niveau AA for de løsninger, de bruger. Her står, hvad Brobygger overholder, hvordan det er testet, og hvad vi ved ikke fungerer godt nok.",
        sv: "Brobygger ska kunna användas av alla, även med tangentbord, skärmläsare, förstoring eller nedsatt färgseende. Kommuner i Norge och Danmark ska uppfylla WCAG 2.1 nivå AA för de lösningar de använder. Här står vad Brobygger uppfyller, hur det har testats och vad vi vet inte fungerar tillräckligt bra.",
        en: "Brobygger is meant for everyone, including people using a keyboard, a screen reader, magnification or with reduced colour vision. Municipalities in Norway and Denmark must meet WCAG 2.1 level AA in the solutions they use. This page says what Brobygger meets, how it was tested, and what we know does not work well enough.",
    }
    A11yStatusHeading {
        nb: "Status",
        nn: "Status",
        da: "Status",
        sv: "Status",
        en: "Status",
    }
    A11yStatus {
        nb: "Brobygger er laget for å oppfylle WCAG 2.1 nivå AA. Alle sider er på bokmål, nynorsk, dansk, svensk og engelsk, og språket følger nettleseren til du velger et annet.\n\nHvert diagram har en kort tekst som sier hva det viser, og en tabell med tallene. Søyler og ruter kan nås med tastatur (Tab), viser verdien når de får fokus, og velges med Enter. Fargene har minst 3:1 kontrast mot bakgrunnen, og betydningen står alltid også i tekst, tall eller mønster, aldri bare i fargen. Siden kan forstørres til 200 % og leses på en 320 piksler bred skjerm uten at noe forsvinner. Skjermlesere får beskjed når filer er lest inn, når noe går galt og når filtre endres.",
        nn: "Brobygger er laga for å oppfylle WCAG 2.1 nivå AA. Alle sider er på bokmål, nynorsk, dansk, svensk og engelsk, og språket følgjer nettlesaren til du vel eit anna.\n\nKvart diagram har ein kort tekst som seier kva det viser, og ein tabell med tala. Søyler og ruter kan nåast med tastatur (Tab), viser verdien når dei får fokus, og blir valde med Enter. Fargane har minst 3:1 kontrast mot bakgrunnen, og tydinga står alltid også i tekst, tal eller mønster, aldri berre i fargen. Sida kan forstørrast til 200 % og lesast på ein 320 pikslar brei skjerm utan at noko forsvinn. Skjermlesarar får melding når filer er lesne inn, når noko går gale og når filter blir endra.",
        da: "Brobygger er lavet til at overholde WCAG 2.1 niveau AA. Alle sider findes på norsk (bokmål og nynorsk), dansk, svensk og engelsk, og sproget følger browseren, indtil du vælger et andet.\n\nHvert diagram har en kort tekst, der siger, hvad det viser, og en tabel med tallene. Søjler og felter kan nås med tastaturet (Tab), viser værdien, når de får fokus, og vælges med Enter. Farverne har mindst 3:1 kontrast til baggrunden, og betydningen står altid også i tekst, tal eller mønster, aldrig kun i farven. Siden kan forstørres til 200 % og læses på en 320 pixel bred skærm, uden at noget forsvinder. Skærmlæsere får besked, når filer er indlæst, når noget går galt, og når filtre ændres.",
        sv: "Brobygger är gjord för att uppfylla WCAG 2.1 nivå AA. Alla sidor finns på norska (bokmål och nynorska), danska, svenska och engelska, och språket följer webbläsaren tills du väljer ett annat.\n\nVarje diagram har en kort text som säger vad det visar och en tabell med siffrorna. Staplar och rutor nås med tangentbordet (Tab), visar värdet när de får fokus och väljs med Enter. Färgerna har minst 3:1 kontrast mot bakgrunden, och betydelsen står alltid också i text, siffror eller mönster, aldrig bara i färgen. Sidan kan förstoras till 200 % och läsas på en 320 pixlar bred skärm utan att något försvinner. Skärmläsare får besked när filer har lästs in, när något går fel och när filter ändras.",
        en: "Brobygger is built to meet WCAG 2.1 level AA. Every page is in Norwegian (bokmål and nynorsk), Danish, Swedish and English, and the language follows the browser until you choose another.\n\nEvery chart has a short text saying what it shows and a table of its numbers. Bars and cells are reached with the keyboard (Tab), show their value when focused and are chosen with Enter. Colours have at least 3:1 contrast against the background, and meaning is always also given by text, numbers or patterns, never by colour alone. The page can be zoomed to 200 % and read on a 320-pixel-wide screen without losing anything. Screen readers are told when files have been read, when something goes wrong and when filters change.",
    }
    A11yTestedHeading {
        nb: "Slik er det testet",
        nn: "Slik er det testa",
        da: "Sådan er det testet",
        sv: "Så har det testats",
        en: "How it was tested",
    }
    A11yTested {
        nb: "Ved hver endring kjører automatiske tester i nettleseren Chromium: verktøyet axe-core sjekker hver side på alle fem språk, med og uten filter, og skal finne null brudd på WCAG 2.1 A og AA. En test gjør hele arbeidsflyten bare med tastatur: lese inn filer, koble kolonner, filtrere, presentere, dele og eksportere. Fargene i diagrammene testes for kontrast. Sidene er i tillegg sett gjennom manuelt med 320 piksler bredde og 200 % forstørrelse.",
        nn: "Ved kvar endring køyrer automatiske testar i nettlesaren Chromium: verktøyet axe-core sjekkar kvar side på alle fem språka, med og utan filter, og skal finne null brot på WCAG 2.1 A og AA. Ein test gjer heile arbeidsflyten berre med tastatur: lese inn filer, kople kolonnar, filtrere, presentere, dele og eksportere. Fargane i diagramma blir testa for kontrast. Sidene er i tillegg sett gjennom manuelt med 320 pikslar breidd og 200 % forstørring.",
        da: "Ved hver ændring kører automatiske test i browseren Chromium: værktøjet axe-core kontrollerer hver side på alle fem sprog, med og uden filter, og skal finde nul brud på WCAG 2.1 A og AA. En test gennemfører hele arbejdsgangen kun med tastatur: indlæse filer, koble kolonner, filtrere, præsentere, dele og eksportere. Farverne i diagrammerne testes for kontrast. Siderne er desuden gennemgået manuelt i 320 pixels bredde og med 200 % forstørrelse.",
        sv: "Vid varje ändring körs automatiska tester i webbläsaren Chromium: verktyget axe-core kontrollerar varje sida på alla fem språk, med och utan filter, och ska hitta noll brott mot WCAG 2.1 A och AA. Ett test gör hela arbetsflödet enbart med tangentbord: läsa in filer, koppla kolumner, filtrera, presentera, dela och exportera. Färgerna i diagrammen testas för kontrast. Sidorna har dessutom granskats manuellt i 320 pixlars bredd och med 200 % förstoring.",
        en: "Automated tests run in the Chromium browser on every change: axe-core checks every page in all five languages, with and without a filter, and must find zero violations of WCAG 2.1 A and AA. One test does the whole workflow by keyboard alone: reading files, mapping columns, filtering, presenting, sharing and exporting. Chart colours are tested for contrast. The pages have also been reviewed by hand at 320 pixels width and 200 % zoom.",
    }
    A11yLimitsHeading {
        nb: "Kjente begrensninger",
        nn: "Kjende avgrensingar",
        da: "Kendte begrænsninger",
        sv: "Kända begränsningar",
        en: "Known limitations",
    }
    A11yLimits {
        nb: "Nettverksdiagrammet over samarbeid mellom enheter og organisasjoner er tett og vanskelig å lese med skjermleser og forstørrelse; bruk tabellen under det, som har de samme opplysningene. Innholdet i filene du leser inn, vises slik det står i filen: spørsmål og svar med uklart språk blir ikke bedre av Brobygger. PDF-eksport går gjennom nettleserens utskrift, og hvor tilgjengelig PDF-en blir, avhenger av nettleseren.",
        nn: "Nettverksdiagrammet over samarbeid mellom einingar og organisasjonar er tett og vanskeleg å lese med skjermlesar og forstørring; bruk tabellen under det, som har dei same opplysningane. Innhaldet i filene du les inn, blir vist slik det står i fila: spørsmål og svar med uklart språk blir ikkje betre av Brobygger. PDF-eksport går gjennom utskrifta i nettlesaren, og kor tilgjengeleg PDF-en blir, avheng av nettlesaren.",
        da: "Netværksdiagrammet over samarbejdet mellem enheder og organisationer er tæt og svært at læse med skærmlæser og forstørrelse; brug tabellen under det, som har de samme oplysninger. Indholdet i de filer, du indlæser, vises, som det står i filen: spørgsmål og svar med uklart sprog bliver ikke bedre af Brobygger. PDF-eksport går gennem browserens udskrift, og hvor tilgængelig PDF-filen bliver, afhænger af browseren.",
        sv: "Nätverksdiagrammet över samarbetet mellan enheter och organisationer är tätt och svårt att läsa med skärmläsare och förstoring; använd tabellen under det, som har samma uppgifter. Innehållet i filerna du läser in visas som det står i filen: frågor och svar med otydligt språk blir inte bättre av Brobygger. PDF-export går via webbläsarens utskrift, och hur tillgänglig PDF-filen blir beror på webbläsaren.",
        en: "The network diagram of collaboration between units and organisations is dense and hard to read with a screen reader or magnification; use the table below it, which holds the same information. The content of the files you read is shown as it is in the file: unclear wording in questions and answers is not improved by Brobygger. PDF export goes through the browser's print dialog, and how accessible the PDF is depends on the browser.",
    }
    A11yFeedbackHeading {
        nb: "Meld fra om en barriere",
        nn: "Meld frå om ein barriere",
        da: "Giv besked om en barriere",
        sv: "Anmäl ett hinder",
        en: "Report a barrier",
    }
    A11yFeedback {
        nb: "Møter du noe du ikke kan bruke, kontakt kommunen som har gjort Brobygger tilgjengelig for deg. I Norge kan du også klage til Tilsynet for universell utforming av ikt (uu-tilsynet), i Danmark til Digitaliseringsstyrelsen.\n\nErklæringen gjelder denne versjonen av Brobygger og ble sist oppdatert 23. november 2026.",
        nn: "Møter du noko du ikkje kan bruke, kontakt kommunen som har gjort Brobygger tilgjengeleg for deg. I Noreg kan du også klage til Tilsynet for universell utforming av ikt (uu-tilsynet), i Danmark til Digitaliseringsstyrelsen.\n\nErklæringa gjeld denne versjonen av Brobygger og vart sist oppdatert 23. november 2026.",
        da: "Møder du noget, du ikke kan bruge, så kontakt den kommune, der har gjort Brobygger tilgængelig for dig. I Danmark kan du også klage til Digitaliseringsstyrelsen, i Norge til Tilsynet for universell utforming av ikt (uu-tilsynet).\n\nErklæringen gælder denne version af Brobygger og blev sidst opdateret den 23. november 2026.",
        sv: "Stöter du på något du inte kan använda, kontakta kommunen som har gjort Brobygger tillgänglig för dig. I Norge kan du även klaga till Tilsynet for universell utforming av ikt (uu-tilsynet), i Danmark till Digitaliseringsstyrelsen.\n\nRedogörelsen gäller den här versionen av Brobygger och uppdaterades senast den 23 november 2026.",
        en: "If you meet something you cannot use, contact the municipality that made Brobygger available to you. In Norway you can also complain to the Authority for Universal Design of ICT (uu-tilsynet), in Denmark to the Agency for Digital Government (Digitaliseringsstyrelsen).\n\nThis statement applies to this version of Brobygger and was last updated on 23 November 2026.",
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
    FooterAbout {
        nb: "Laget for ledere og frivillighetskoordinatorer i helse og omsorg, til dialogmøter med frivilligheten.",
        nn: "Laga for leiarar og frivilligkoordinatorar i helse og omsorg, til dialogmøte med frivilligheita.",
        da: "Lavet til ledere og frivilligkoordinatorer i sundhed og omsorg, til dialogmøder med de frivillige.",
        sv: "Gjord för chefer och volontärsamordnare inom vård och omsorg, för dialogmöten med civilsamhället.",
        en: "Made for leaders and volunteer coordinators in health and care, for dialogue meetings with the voluntary sector.",
    }
    NavCollaboration {
        nb: "Samarbeid",
        nn: "Samarbeid",
        da: "Samarbejde",
        sv: "Samverkan",
        en: "Collaboration",
    }
    NavRegister {
        nb: "Lag og foreninger",
        nn: "Lag og foreiningar",
        da: "Foreninger",
        sv: "Föreningar",
        en: "Associations",
    }
    CollaborationHeading {
        nb: "Samarbeidsmønstre",
        nn: "Samarbeidsmønster",
        da: "Samarbejdsmønstre",
        sv: "Samverkansmönster",
        en: "Collaboration patterns",
    }
    CollaborationIntro {
        nb: "Hvem enhetene samarbeider med, hvordan samarbeidet er organisert, hva som står i veien og hva begge sider ønsker seg. Klikk på en søyle eller rute for å filtrere alle diagrammene.",
        nn: "Kven einingane samarbeider med, korleis samarbeidet er organisert, kva som står i vegen og kva begge sider ønskjer seg. Klikk på ei søyle eller rute for å filtrere alle diagramma.",
        da: "Hvem enhederne samarbejder med, hvordan samarbejdet er organiseret, hvad der står i vejen, og hvad begge parter ønsker. Klik på en søjle eller et felt for at filtrere alle diagrammer.",
        sv: "Vilka enheterna samverkar med, hur samverkan är organiserad, vad som står i vägen och vad båda sidor önskar. Klicka på en stapel eller ruta för att filtrera alla diagram.",
        en: "Who the units collaborate with, how it is organised, what gets in the way and what both sides want. Click a bar or cell to filter every chart.",
    }
    RegisterHeading {
        nb: "Lag og foreninger i kommunen",
        nn: "Lag og foreiningar i kommunen",
        da: "Foreninger i kommunen",
        sv: "Föreningar i kommunen",
        en: "Associations in the municipality",
    }
    RegisterIntro {
        nb: "Hva slags frivillige organisasjoner som er registrert, og hvor de holder til.",
        nn: "Kva slags frivillige organisasjonar som er registrerte, og kvar dei held til.",
        da: "Hvilke frivillige organisationer der er registreret, og hvor de holder til.",
        sv: "Vilka frivilliga organisationer som är registrerade och var de finns.",
        en: "What kinds of voluntary organisations are registered, and where they are.",
    }
    FiltersHeading {
        nb: "Filtre",
        nn: "Filter",
        da: "Filtre",
        sv: "Filter",
        en: "Filters",
    }
    FilterAll {
        nb: "Alle",
        nn: "Alle",
        da: "Alle",
        sv: "Alla",
        en: "All",
    }
    RemoveFilter {
        nb: "Fjern filteret",
        nn: "Fjern filteret",
        da: "Fjern filteret",
        sv: "Ta bort filtret",
        en: "Remove the filter",
    }
    ClearFilters {
        nb: "Fjern alle filtre",
        nn: "Fjern alle filter",
        da: "Fjern alle filtre",
        sv: "Ta bort alla filter",
        en: "Clear all filters",
    }
    NoFilters {
        nb: "Ingen filtre er valgt. Klikk på en søyle eller rute, eller velg bydel eller tjenestetype.",
        nn: "Ingen filter er valde. Klikk på ei søyle eller rute, eller vel bydel eller tenestetype.",
        da: "Ingen filtre er valgt. Klik på en søjle eller et felt, eller vælg bydel eller tilbudstype.",
        sv: "Inga filter är valda. Klicka på en stapel eller ruta, eller välj stadsdel eller verksamhetstyp.",
        en: "No filters are set. Click a bar or cell, or choose a district or service type.",
    }
    FieldUnitType {
        nb: "Tjenestetype",
        nn: "Tenestetype",
        da: "Tilbudstype",
        sv: "Verksamhetstyp",
        en: "Service type",
    }
    FieldDistrict {
        nb: "Bydel",
        nn: "Bydel",
        da: "Bydel",
        sv: "Stadsdel",
        en: "District",
    }
    FieldPartners {
        nb: "Samarbeidspartner",
        nn: "Samarbeidspartnar",
        da: "Samarbejdspartner",
        sv: "Samverkanspartner",
        en: "Partner",
    }
    FieldUnitRoles {
        nb: "Rolle",
        nn: "Rolle",
        da: "Rolle",
        sv: "Roll",
        en: "Role",
    }
    FieldFollowUp {
        nb: "Stillingsprosent",
        nn: "Stillingsprosent",
        da: "Stillingsprocent",
        sv: "Tjänstgöringsgrad",
        en: "FTE share",
    }
    FieldBudget {
        nb: "Budsjett",
        nn: "Budsjett",
        da: "Budget",
        sv: "Budget",
        en: "Budget",
    }
    FieldChallenges {
        nb: "Utfordring",
        nn: "Utfordring",
        da: "Udfordring",
        sv: "Utmaning",
        en: "Challenge",
    }
    FieldOpportunities {
        nb: "Ønsket tiltak",
        nn: "Ønskt tiltak",
        da: "Ønsket tiltag",
        sv: "Önskad åtgärd",
        en: "Wanted measure",
    }
    FieldIcnpo {
        nb: "Kategori",
        nn: "Kategori",
        da: "Kategori",
        sv: "Kategori",
        en: "Category",
    }
    FieldOther {
        nb: "Felt",
        nn: "Felt",
        da: "Felt",
        sv: "Fält",
        en: "Field",
    }
    RolesTitle {
        nb: "Hvilke roller har enhetene i samarbeidet?",
        nn: "Kva roller har einingane i samarbeidet?",
        da: "Hvilke roller har enhederne i samarbejdet?",
        sv: "Vilka roller har enheterna i samverkan?",
        en: "What roles do the units play?",
    }
    RolesSubtitle {
        nb: "Andel av enhetene som svarte, per rolle",
        nn: "Del av einingane som svarte, per rolle",
        da: "Andel af de enheder, der svarede, pr. rolle",
        sv: "Andel av de enheter som svarade, per roll",
        en: "Share of responding units, by role",
    }
    FollowUpTitle {
        nb: "Hvor mye stilling går til å følge opp frivillige?",
        nn: "Kor mykje stilling går til å følgje opp frivillige?",
        da: "Hvor stor en stilling går til at følge op på frivillige?",
        sv: "Hur stor tjänst går till att följa upp frivilliga?",
        en: "How much staff time goes to following up volunteers?",
    }
    FollowUpSubtitle {
        nb: "Andel av enhetene som svarte, etter stillingsprosent til oppfølging av frivillige",
        nn: "Del av einingane som svarte, etter stillingsprosent til oppfølging av frivillige",
        da: "Andel af de enheder, der svarede, efter stillingsprocent til opfølgning af frivillige",
        sv: "Andel av de enheter som svarade, efter tjänstgöringsgrad för uppföljning av frivilliga",
        en: "Share of responding units by FTE share for following up volunteers",
    }
    BudgetTitle {
        nb: "Har enhetene budsjett til frivillige aktiviteter?",
        nn: "Har einingane budsjett til frivillige aktivitetar?",
        da: "Har enhederne budget til frivillige aktiviteter?",
        sv: "Har enheterna budget för frivilliga aktiviteter?",
        en: "Do the units have a budget for volunteer activities?",
    }
    BudgetSubtitle {
        nb: "Andel av enhetene som svarte, per svar",
        nn: "Del av einingane som svarte, per svar",
        da: "Andel af de enheder, der svarede, pr. svar",
        sv: "Andel av de enheter som svarade, per svar",
        en: "Share of responding units by answer",
    }
    ChallengesTitle {
        nb: "Hva gjør samarbeidet vanskelig?",
        nn: "Kva gjer samarbeidet vanskeleg?",
        da: "Hvad gør samarbejdet svært?",
        sv: "Vad gör samverkan svår?",
        en: "What makes collaboration hard?",
    }
    ChallengesSubtitle {
        nb: "Andel som nevner hver utfordring, av enhetene som svarte",
        nn: "Del som nemner kvar utfordring, av einingane som svarte",
        da: "Andel, der nævner hver udfordring, af de enheder, der svarede",
        sv: "Andel som nämner varje utmaning, av de enheter som svarade",
        en: "Share of responding units naming each challenge",
    }
    OpportunitiesTitle {
        nb: "Hva ville styrket samarbeidet?",
        nn: "Kva ville styrkt samarbeidet?",
        da: "Hvad ville styrke samarbejdet?",
        sv: "Vad skulle stärka samverkan?",
        en: "What would strengthen collaboration?",
    }
    OpportunitiesSubtitle {
        nb: "Andel som nevner hvert tiltak, av enhetene som svarte",
        nn: "Del som nemner kvart tiltak, av einingane som svarte",
        da: "Andel, der nævner hvert tiltag, af de enheder, der svarede",
        sv: "Andel som nämner varje åtgärd, av de enheter som svarade",
        en: "Share of responding units naming each measure",
    }
    StaffVsOrgTitle {
        nb: "Hva ønsker ansatte og organisasjoner seg?",
        nn: "Kva ønskjer tilsette og organisasjonar seg?",
        da: "Hvad ønsker medarbejdere og organisationer sig?",
        sv: "Vad önskar personal och organisationer?",
        en: "What do staff and organisations want?",
    }
    StaffVsOrgSubtitle {
        nb: "Andel av hver side som nevner hvert tiltak som ville styrket samarbeidet",
        nn: "Del av kvar side som nemner kvart tiltak som ville styrkt samarbeidet",
        da: "Andel af hver part, der nævner hvert tiltag, som ville styrke samarbejdet",
        sv: "Andel av varje sida som nämner varje åtgärd som skulle stärka samverkan",
        en: "Share of each side naming each measure that would strengthen collaboration",
    }
    SeriesStaff {
        nb: "Ansatte",
        nn: "Tilsette",
        da: "Medarbejdere",
        sv: "Personal",
        en: "Staff",
    }
    SeriesOrganisations {
        nb: "Organisasjoner",
        nn: "Organisasjonar",
        da: "Organisationer",
        sv: "Organisationer",
        en: "Organisations",
    }
    NetworkTitle {
        nb: "Hvem samarbeider med hvem?",
        nn: "Kven samarbeider med kven?",
        da: "Hvem samarbejder med hvem?",
        sv: "Vem samverkar med vem?",
        en: "Who works with whom?",
    }
    NetworkSubtitle {
        nb: "Enhetene og organisasjonene de samarbeider mest med. Jo større sirkel, desto flere enheter nevner organisasjonen.",
        nn: "Einingane og organisasjonane dei samarbeider mest med. Di større sirkel, di fleire einingar nemner organisasjonen.",
        da: "Enhederne og de organisationer, de samarbejder mest med. Jo større cirkel, jo flere enheder nævner organisationen.",
        sv: "Enheterna och de organisationer de samverkar mest med. Ju större cirkel, desto fler enheter nämner organisationen.",
        en: "The units and the organisations they work with most. The larger the circle, the more units name the organisation.",
    }
    NetworkOrganisation {
        nb: "Organisasjon",
        nn: "Organisasjon",
        da: "Organisation",
        sv: "Organisation",
        en: "Organisation",
    }
    TableOrganisation {
        nb: "Organisasjon",
        nn: "Organisasjon",
        da: "Organisation",
        sv: "Organisation",
        en: "Organisation",
    }
    TableUnitsNaming {
        nb: "Enheter som nevner den",
        nn: "Einingar som nemner han",
        da: "Enheder, der nævner den",
        sv: "Enheter som nämner den",
        en: "Units naming it",
    }
    TableInRegister {
        nb: "Funnet i registeret",
        nn: "Funne i registeret",
        da: "Fundet i registret",
        sv: "Hittad i registret",
        en: "Found in the register",
    }
    Yes {
        nb: "Ja",
        nn: "Ja",
        da: "Ja",
        sv: "Ja",
        en: "Yes",
    }
    No {
        nb: "Nei",
        nn: "Nei",
        da: "Nej",
        sv: "Nej",
        en: "No",
    }
    CoverageTitle {
        nb: "Hvor mange helse- og sosialorganisasjoner samarbeider tjenestene med?",
        nn: "Kor mange helse- og sosialorganisasjonar samarbeider tenestene med?",
        da: "Hvor mange sundheds- og socialorganisationer samarbejder tilbuddene med?",
        sv: "Hur många hälso- och socialorganisationer samverkar verksamheterna med?",
        en: "How many health and social-service organisations do the services work with?",
    }
    CoverageSubtitle {
        nb: "Andel av registerets lag og foreninger innen helse og sosiale tjenester som minst én enhet nevner som samarbeidspartner",
        nn: "Del av lag og foreiningar i registeret innan helse og sosiale tenester som minst éi eining nemner som samarbeidspartnar",
        da: "Andel af registrets foreninger inden for sundhed og sociale ydelser, som mindst én enhed nævner som samarbejdspartner",
        sv: "Andel av registrets föreningar inom hälsa och sociala tjänster som minst en enhet nämner som samverkanspartner",
        en: "Share of the register's health and social-service associations that at least one unit names as a partner",
    }
    CoverageTotal {
        nb: "Helse og sosiale tjenester til sammen",
        nn: "Helse og sosiale tenester til saman",
        da: "Sundhed og sociale ydelser i alt",
        sv: "Hälsa och sociala tjänster totalt",
        en: "Health and social services together",
    }
    TableReached {
        nb: "Nevnt av en enhet",
        nn: "Nemnd av ei eining",
        da: "Nævnt af en enhed",
        sv: "Nämnd av en enhet",
        en: "Named by a unit",
    }
    TableRegistered {
        nb: "I registeret",
        nn: "I registeret",
        da: "I registret",
        sv: "I registret",
        en: "In the register",
    }
    ByAreaTitle {
        nb: "Hvor holder organisasjonene til?",
        nn: "Kvar held organisasjonane til?",
        da: "Hvor holder organisationerne til?",
        sv: "Var finns organisationerna?",
        en: "Where are the organisations?",
    }
    ByAreaSubtitleDistrict {
        nb: "Organisasjoner i registeret etter bydel, ut fra postnummeret i adressen",
        nn: "Organisasjonar i registeret etter bydel, ut frå postnummeret i adressa",
        da: "Organisationer i registret efter bydel, ud fra postnummeret i adressen",
        sv: "Organisationer i registret efter stadsdel, utifrån postnumret i adressen",
        en: "Organisations in the register by district, from the postcode of their address",
    }
    ByAreaSubtitlePostcode {
        nb: "Organisasjoner i registeret etter postnummer og poststed",
        nn: "Organisasjonar i registeret etter postnummer og poststad",
        da: "Organisationer i registret efter postnummer og by",
        sv: "Organisationer i registret efter postnummer och postort",
        en: "Organisations in the register by postcode",
    }
    UnknownArea {
        nb: "Ukjent",
        nn: "Ukjend",
        da: "Ukendt",
        sv: "Okänt",
        en: "Unknown",
    }
    OtherAreas {
        nb: "Andre områder",
        nn: "Andre område",
        da: "Andre områder",
        sv: "Övriga områden",
        en: "Other areas",
    }
    NavGap {
        nb: "Gapanalyse",
        nn: "Gapanalyse",
        da: "Gap-analyse",
        sv: "Gapanalys",
        en: "Gap analysis",
    }
    GapHeading {
        nb: "Fra tilbud til bruker: hvor blir det borte?",
        nn: "Frå tilbod til brukar: kvar blir det borte?",
        da: "Fra tilbud til borger: hvor forsvinder det?",
        sv: "Från aktivitet till brukare: var försvinner det?",
        en: "From offer to user: where does it get lost?",
    }
    GapIntro {
        nb: "For hver type frivillig tilbud: hvor mange tilbud som finnes, hvor mange ansatte som kjenner til dem, og hvor mange som har fortalt brukere om dem. Klikk på en rute eller en setning for å filtrere.",
        nn: "For kvar type frivillig tilbod: kor mange tilbod som finst, kor mange tilsette som kjenner til dei, og kor mange som har fortalt brukarar om dei. Klikk på ei rute eller ei setning for å filtrere.",
        da: "For hver type frivilligt tilbud: hvor mange tilbud der findes, hvor mange medarbejdere der kender dem, og hvor mange der har fortalt borgerne om dem. Klik på et felt eller en sætning for at filtrere.",
        sv: "För varje typ av frivillig aktivitet: hur många som finns, hur många i personalen som känner till dem och hur många som har berättat om dem för brukarna. Klicka på en ruta eller en mening för att filtrera.",
        en: "For each kind of volunteer offer: how many offers exist, how many staff know of them, and how many have told service users about them. Click a cell or a sentence to filter.",
    }
    FunnelTitle {
        nb: "Hvor går tilbudene tapt på veien til brukerne?",
        nn: "Kvar går tilboda tapt på vegen til brukarane?",
        da: "Hvor går tilbuddene tabt på vejen til borgerne?",
        sv: "Var tappas aktiviteterna bort på vägen till brukarna?",
        en: "Where are offers lost on the way to users?",
    }
    FunnelSubtitle {
        nb: "Tilbud i tilbudsoversikten, og andel av de ansatte som kjenner til dem og som har informert brukere om dem",
        nn: "Tilbod i tilbodsoversikta, og del av dei tilsette som kjenner til dei og som har informert brukarar om dei",
        da: "Tilbud i tilbudsoversigten og andel af medarbejderne, der kender dem, og som har informeret borgerne om dem",
        sv: "Aktiviteter i förteckningen och andel av personalen som känner till dem och som har informerat brukare om dem",
        en: "Offers in the catalogue, and the share of staff who know of them and who have told users about them",
    }
    LegendReached {
        nb: "Brukere som har deltatt",
        nn: "Brukarar som har delteke",
        da: "Borgere, der har deltaget",
        sv: "Brukare som har deltagit",
        en: "Users who took part",
    }
    LegendRegisterOrgs {
        nb: "Foreninger i registeret",
        nn: "Foreiningar i registeret",
        da: "Foreninger i registret",
        sv: "Föreningar i registret",
        en: "Organisations in the register",
    }
    FunnelSubtitleRegister {
        nb: "Ingen tilbudsoversikt er lastet inn: lag og foreninger i registeret innen hver kategori, og andel av de ansatte som kjenner til og har informert brukere om slike tilbud",
        nn: "Inga tilbodsoversikt er lasta inn: lag og foreiningar i registeret innan kvar kategori, og del av dei tilsette som kjenner til og har informert brukarar om slike tilbod",
        da: "Ingen tilbudsoversigt er indlæst: foreninger i registret inden for hver kategori og andel af medarbejderne, der kender og har informeret borgerne om sådanne tilbud",
        sv: "Ingen förteckning över aktiviteter är inläst: föreningar i registret inom varje kategori och andel av personalen som känner till och har informerat brukare om sådana aktiviteter",
        en: "No offer catalogue is loaded: organisations in the register in each category, and the share of staff who know of and have told users about such offers",
    }
    TableRegisterOrgs {
        nb: "Foreninger",
        nn: "Foreiningar",
        da: "Foreninger",
        sv: "Föreningar",
        en: "Organisations",
    }
    LegendOffers {
        nb: "Tilbud som finnes",
        nn: "Tilbod som finst",
        da: "Tilbud, der findes",
        sv: "Aktiviteter som finns",
        en: "Offers that exist",
    }
    LegendKnown {
        nb: "Ansatte som kjenner til",
        nn: "Tilsette som kjenner til",
        da: "Medarbejdere, der kender dem",
        sv: "Personal som känner till",
        en: "Staff who know of them",
    }
    LegendTold {
        nb: "Har informert brukere",
        nn: "Har informert brukarar",
        da: "Har informeret borgere",
        sv: "Har informerat brukare",
        en: "Have told users",
    }
    NotAsked {
        nb: "ikke spurt om i undersøkelsen",
        nn: "ikkje spurt om i undersøkinga",
        da: "ikke spurgt om i undersøgelsen",
        sv: "inte frågat om i enkäten",
        en: "not asked about in the survey",
    }
    GapMatrixTitle {
        nb: "Hvor kjenner færrest til tilbudene?",
        nn: "Kvar kjenner færrast til tilboda?",
        da: "Hvor kender færrest tilbuddene?",
        sv: "Var känner minst antal till aktiviteterna?",
        en: "Where do fewest know of the offers?",
    }
    GapMatrixSubtitle {
        nb: "Andel ansatte i hver bydel som ikke kjenner til en type tilbud som finnes i bydelen. Mørkere er større gap.",
        nn: "Del tilsette i kvar bydel som ikkje kjenner til ein type tilbod som finst i bydelen. Mørkare er større gap.",
        da: "Andel medarbejdere i hver bydel, der ikke kender en type tilbud, som findes i bydelen. Mørkere er større gab.",
        sv: "Andel av personalen i varje stadsdel som inte känner till en typ av aktivitet som finns i stadsdelen. Mörkare är större glapp.",
        en: "Share of staff in each district who do not know of a kind of offer that exists there. Darker is a larger gap.",
    }
    NoOffersHere {
        nb: "ingen tilbud",
        nn: "ingen tilbod",
        da: "ingen tilbud",
        sv: "inga aktiviteter",
        en: "no offers",
    }
    GapRankingTitle {
        nb: "De største gapene",
        nn: "Dei største gapa",
        da: "De største gab",
        sv: "De största glappen",
        en: "The largest gaps",
    }
    GapRankingSubtitle {
        nb: "Andel av de ansatte som ikke har informert brukere om tilbud som finnes, per type tilbud",
        nn: "Del av dei tilsette som ikkje har informert brukarar om tilbod som finst, per type tilbod",
        da: "Andel af medarbejderne, der ikke har informeret borgerne om tilbud, der findes, pr. type tilbud",
        sv: "Andel av personalen som inte har informerat brukare om aktiviteter som finns, per typ",
        en: "Share of staff who have not told users about offers that exist, by kind of offer",
    }
    MappingHeading {
        nb: "Koble svaralternativene til tilbudskategoriene",
        nn: "Kople svaralternativa til tilbodskategoriane",
        da: "Forbind svarmulighederne med tilbudskategorierne",
        sv: "Koppla svarsalternativen till aktivitetskategorierna",
        en: "Match the survey's options to the catalogue's categories",
    }
    MappingIntro {
        nb: "Svaralternativene i undersøkelsen heter sjelden det samme som kategoriene i tilbudsoversikten. Brobygger har foreslått koblinger; rett dem her. Valgene dine huskes i denne nettleseren.",
        nn: "Svaralternativa i undersøkinga heiter sjeldan det same som kategoriane i tilbodsoversikta. Brobygger har føreslått koplingar; rett dei her. Vala dine blir hugsa i denne nettlesaren.",
        da: "Svarmulighederne i undersøgelsen hedder sjældent det samme som kategorierne i tilbudsoversigten. Brobygger har foreslået forbindelser; ret dem her. Dine valg huskes i denne browser.",
        sv: "Svarsalternativen i enkäten heter sällan samma sak som kategorierna i förteckningen. Brobygger har föreslagit kopplingar; rätta dem här. Dina val sparas i den här webbläsaren.",
        en: "The survey's options are rarely worded like the catalogue's categories. Brobygger has proposed matches; correct them here. Your choices are remembered in this browser.",
    }
    MappingOption {
        nb: "Svaralternativ i undersøkelsen",
        nn: "Svaralternativ i undersøkinga",
        da: "Svarmulighed i undersøgelsen",
        sv: "Svarsalternativ i enkäten",
        en: "Option in the survey",
    }
    MappingCategory {
        nb: "Kategori i tilbudsoversikten",
        nn: "Kategori i tilbodsoversikta",
        da: "Kategori i tilbudsoversigten",
        sv: "Kategori i förteckningen",
        en: "Category in the catalogue",
    }
    MappingNone {
        nb: "(ingen kategori)",
        nn: "(ingen kategori)",
        da: "(ingen kategori)",
        sv: "(ingen kategori)",
        en: "(no category)",
    }
    MappingAuto {
        nb: "foreslått",
        nn: "føreslått",
        da: "foreslået",
        sv: "föreslagen",
        en: "proposed",
    }
    MappingManual {
        nb: "valgt av deg",
        nn: "valt av deg",
        da: "valgt af dig",
        sv: "vald av dig",
        en: "chosen by you",
    }
    MappingReset {
        nb: "Tilbakestill til forslagene",
        nn: "Tilbakestill til forslaga",
        da: "Nulstil til forslagene",
        sv: "Återställ till förslagen",
        en: "Reset to the proposals",
    }
    ExportCsv {
        nb: "Last ned gaptabellen (CSV)",
        nn: "Last ned gaptabellen (CSV)",
        da: "Hent gab-tabellen (CSV)",
        sv: "Ladda ner tabellen (CSV)",
        en: "Download the gap table (CSV)",
    }
    ExportXlsx {
        nb: "Last ned gaptabellen (Excel)",
        nn: "Last ned gaptabellen (Excel)",
        da: "Hent gab-tabellen (Excel)",
        sv: "Ladda ner tabellen (Excel)",
        en: "Download the gap table (Excel)",
    }
    TableOffers {
        nb: "Tilbud",
        nn: "Tilbod",
        da: "Tilbud",
        sv: "Aktiviteter",
        en: "Offers",
    }
    TableKnown {
        nb: "Kjenner til",
        nn: "Kjenner til",
        da: "Kender",
        sv: "Känner till",
        en: "Know of them",
    }
    TableTold {
        nb: "Har informert brukere",
        nn: "Har informert brukarar",
        da: "Har informeret borgere",
        sv: "Har informerat brukare",
        en: "Told users",
    }
    TableGap {
        nb: "Gap",
        nn: "Gap",
        da: "Gab",
        sv: "Glapp",
        en: "Gap",
    }
    NoGapData {
        nb: "Gapanalysen trenger en tilbudsoversikt og en ansattundersøkelse som spør hvilke tilbud de ansatte kjenner til og har informert brukere om.",
        nn: "Gapanalysen treng ei tilbodsoversikt og ei tilsettundersøking som spør kva tilbod dei tilsette kjenner til og har informert brukarar om.",
        da: "Gab-analysen kræver en tilbudsoversigt og en medarbejderundersøgelse, der spørger, hvilke tilbud medarbejderne kender og har informeret borgerne om.",
        sv: "Gapanalysen behöver en förteckning över aktiviteter och en personalenkät som frågar vilka aktiviteter personalen känner till och har informerat brukare om.",
        en: "The gap analysis needs an offer catalogue and a staff survey that asks which offers staff know of and have told users about.",
    }
    FieldOfferCategory {
        nb: "Tilbudskategori",
        nn: "Tilbodskategori",
        da: "Tilbudskategori",
        sv: "Aktivitetskategori",
        en: "Offer category",
    }
    NavPresent {
        nb: "Presentasjon",
        nn: "Presentasjon",
        da: "Præsentation",
        sv: "Presentation",
        en: "Present",
    }
    PresentHeading {
        nb: "Presentasjon for dialogmøtet",
        nn: "Presentasjon for dialogmøtet",
        da: "Præsentation til dialogmødet",
        sv: "Presentation för dialogmötet",
        en: "Presentation for the dialogue meeting",
    }
    PresentIntro {
        nb: "Legg til diagrammer fra de andre sidene med «Legg til i presentasjonen», skriv hva publikum skal ta med seg, og vis dem i fullskjerm. Bla med piltastene, mellomrom eller en presentasjonsklikker; Esc avslutter.",
        nn: "Legg til diagram frå dei andre sidene med «Legg til i presentasjonen», skriv kva publikum skal ta med seg, og vis dei i fullskjerm. Bla med piltastane, mellomrom eller ein presentasjonsklikkar; Esc avsluttar.",
        da: "Tilføj diagrammer fra de andre sider med »Tilføj til præsentationen«, skriv, hvad publikum skal tage med sig, og vis dem i fuld skærm. Bladr med piletasterne, mellemrum eller en præsentationsklikker; Esc afslutter.",
        sv: "Lägg till diagram från de andra sidorna med ”Lägg till i presentationen”, skriv vad publiken ska ta med sig och visa dem i helskärm. Bläddra med piltangenterna, mellanslag eller en presentationsklickare; Esc avslutar.",
        en: "Add charts from the other pages with “Add to presentation”, write what the audience should take away, and show them full screen. Move with the arrow keys, space or a presentation clicker; Esc ends.",
    }
    StartPresenting {
        nb: "Start presentasjonen",
        nn: "Start presentasjonen",
        da: "Start præsentationen",
        sv: "Starta presentationen",
        en: "Start presenting",
    }
    PrintDeck {
        nb: "Skriv ut eller lagre som PDF",
        nn: "Skriv ut eller lagre som PDF",
        da: "Udskriv eller gem som PDF",
        sv: "Skriv ut eller spara som PDF",
        en: "Print or save as PDF",
    }
    DeckEmpty {
        nb: "Presentasjonen er tom. Gå til et diagram og velg «Legg til i presentasjonen».",
        nn: "Presentasjonen er tom. Gå til eit diagram og vel «Legg til i presentasjonen».",
        da: "Præsentationen er tom. Gå til et diagram, og vælg »Tilføj til præsentationen«.",
        sv: "Presentationen är tom. Gå till ett diagram och välj ”Lägg till i presentationen”.",
        en: "The presentation is empty. Go to a chart and choose “Add to presentation”.",
    }
    SlideTakeaway {
        nb: "Budskap på lysbildet",
        nn: "Bodskap på lysbiletet",
        da: "Budskab på diaset",
        sv: "Budskap på bilden",
        en: "Takeaway on the slide",
    }
    MoveUp {
        nb: "Flytt opp",
        nn: "Flytt opp",
        da: "Flyt op",
        sv: "Flytta upp",
        en: "Move up",
    }
    MoveDown {
        nb: "Flytt ned",
        nn: "Flytt ned",
        da: "Flyt ned",
        sv: "Flytta ned",
        en: "Move down",
    }
    RemoveSlide {
        nb: "Fjern",
        nn: "Fjern",
        da: "Fjern",
        sv: "Ta bort",
        en: "Remove",
    }
    AddToDeck {
        nb: "Legg til i presentasjonen",
        nn: "Legg til i presentasjonen",
        da: "Tilføj til præsentationen",
        sv: "Lägg till i presentationen",
        en: "Add to presentation",
    }
    AddedToDeck {
        nb: "Lagt til i presentasjonen",
        nn: "Lagt til i presentasjonen",
        da: "Tilføjet til præsentationen",
        sv: "Tillagd i presentationen",
        en: "Added to the presentation",
    }
    PreviousSlide {
        nb: "Forrige",
        nn: "Førre",
        da: "Forrige",
        sv: "Föregående",
        en: "Previous",
    }
    NextSlide {
        nb: "Neste",
        nn: "Neste",
        da: "Næste",
        sv: "Nästa",
        en: "Next",
    }
    ExitPresenter {
        nb: "Avslutt (Esc)",
        nn: "Avslutt (Esc)",
        da: "Afslut (Esc)",
        sv: "Avsluta (Esc)",
        en: "End (Esc)",
    }
    OpenSpeakerView {
        nb: "Åpne talervisning",
        nn: "Opne talarvising",
        da: "Åbn talervisning",
        sv: "Öppna talarvy",
        en: "Open speaker view",
    }
    SpeakerViewHeading {
        nb: "Talervisning",
        nn: "Talarvising",
        da: "Talervisning",
        sv: "Talarvy",
        en: "Speaker view",
    }
    SpeakerWaiting {
        nb: "Presentasjonen har ikke startet. Trykk «Start presentasjonen» i det andre vinduet; her ser du lysbildet som vises, hva du skal si og hva som kommer.",
        nn: "Presentasjonen har ikkje starta. Trykk «Start presentasjonen» i det andre vindauget; her ser du lysbiletet som blir vist, kva du skal seie og kva som kjem.",
        da: "Præsentationen er ikke startet. Tryk »Start præsentationen« i det andet vindue; her ser du det dias, der vises, hvad du skal sige, og hvad der kommer.",
        sv: "Presentationen har inte startat. Tryck ”Starta presentationen” i det andra fönstret; här ser du bilden som visas, vad du ska säga och vad som kommer.",
        en: "The presentation has not started. Press “Start presenting” in the other window; here you see the slide on screen, what to say and what comes next.",
    }
    SpeakerNow {
        nb: "Vises nå",
        nn: "Blir vist no",
        da: "Vises nu",
        sv: "Visas nu",
        en: "On screen now",
    }
    SpeakerNext {
        nb: "Neste",
        nn: "Neste",
        da: "Næste",
        sv: "Nästa",
        en: "Next",
    }
    SpeakerLast {
        nb: "Dette er siste lysbilde.",
        nn: "Dette er siste lysbilete.",
        da: "Dette er sidste dias.",
        sv: "Det här är sista bilden.",
        en: "This is the last slide.",
    }
    ResetDeck {
        nb: "Bruk demopresentasjonen",
        nn: "Bruk demopresentasjonen",
        da: "Brug demopræsentationen",
        sv: "Använd demopresentationen",
        en: "Use the demo presentation",
    }
    SlideUnavailable {
        nb: "Diagrammet finnes ikke i dataene som er lastet inn nå.",
        nn: "Diagrammet finst ikkje i dataa som er lasta inn no.",
        da: "Diagrammet findes ikke i de data, der er indlæst nu.",
        sv: "Diagrammet finns inte i de data som är inlästa nu.",
        en: "This chart is not in the data loaded now.",
    }
    DownloadChart {
        nb: "Last ned",
        nn: "Last ned",
        da: "Hent",
        sv: "Ladda ner",
        en: "Download",
    }
    ExportSvgLabel {
        nb: "Last ned diagrammet som SVG (skarpt i alle størrelser)",
        nn: "Last ned diagrammet som SVG (skarpt i alle storleikar)",
        da: "Hent diagrammet som SVG (skarpt i alle størrelser)",
        sv: "Ladda ner diagrammet som SVG (skarpt i alla storlekar)",
        en: "Download the chart as SVG (sharp at any size)",
    }
    ExportPngLabel {
        nb: "Last ned diagrammet som PNG (bilde i dobbel oppløsning)",
        nn: "Last ned diagrammet som PNG (bilete i dobbel oppløysing)",
        da: "Hent diagrammet som PNG (billede i dobbelt opløsning)",
        sv: "Ladda ner diagrammet som PNG (bild med dubbel upplösning)",
        en: "Download the chart as PNG (image at double resolution)",
    }
    ExportCsvLabel {
        nb: "Last ned tallene som CSV",
        nn: "Last ned tala som CSV",
        da: "Hent tallene som CSV",
        sv: "Ladda ner siffrorna som CSV",
        en: "Download the numbers as CSV",
    }
    DemoTakeaway0 {
        nb: "Barnehager og skoler er de viktigste samarbeidspartnerne: møtene mellom generasjoner virker.",
        nn: "Barnehagar og skular er dei viktigaste samarbeidspartnarane: møta mellom generasjonar verkar.",
        da: "Børnehaver og skoler er de vigtigste samarbejdspartnere: mødet mellem generationer virker.",
        sv: "Förskolor och skolor är de viktigaste samverkanspartnerna: mötena mellan generationer fungerar.",
        en: "Kindergartens and schools are the main partners: meetings between generations work.",
    }
    DemoTakeaway1 {
        nb: "Over halvparten bruker minst en halv stilling på frivillige, men få har eget budsjett.",
        nn: "Over halvparten brukar minst ei halv stilling på frivillige, men få har eige budsjett.",
        da: "Over halvdelen bruger mindst en halv stilling på frivillige, men få har eget budget.",
        sv: "Över hälften lägger minst en halv tjänst på frivilliga, men få har egen budget.",
        en: "Over half spend at least half a post on volunteers, but few have their own budget.",
    }
    DemoTakeaway2 {
        nb: "Oppfølging krever ressurser: det er det største hinderet for mer samarbeid.",
        nn: "Oppfølging krev ressursar: det er det største hinderet for meir samarbeid.",
        da: "Opfølgning kræver ressourcer: det er den største hindring for mere samarbejde.",
        sv: "Uppföljning kräver resurser: det är det största hindret för mer samverkan.",
        en: "Following up takes resources: that is the biggest obstacle to more collaboration.",
    }
    DemoTakeaway3 {
        nb: "Begge sider vil ha én dør inn og bedre informasjon om tilbudene.",
        nn: "Begge sider vil ha éi dør inn og betre informasjon om tilboda.",
        da: "Begge parter vil have én indgang og bedre information om tilbuddene.",
        sv: "Båda sidor vill ha en väg in och bättre information om aktiviteterna.",
        en: "Both sides want one door in and better information about the offers.",
    }
    DemoTakeaway4 {
        nb: "Skyss og besøksvenn finnes, men når ikke fram til brukerne.",
        nn: "Skyss og besøksven finst, men når ikkje fram til brukarane.",
        da: "Kørsel og besøgsvenner findes, men når ikke ud til borgerne.",
        sv: "Skjuts och besöksvänner finns men når inte fram till brukarna.",
        en: "Transport and visiting friends exist but do not reach users.",
    }
    DemoTakeaway5 {
        nb: "Besøksvenn: mange tilbud, men få ansatte forteller brukerne om dem. Her kan vi handle nå.",
        nn: "Besøksven: mange tilbod, men få tilsette fortel brukarane om dei. Her kan vi handle no.",
        da: "Besøgsven: mange tilbud, men få medarbejdere fortæller borgerne om dem. Her kan vi handle nu.",
        sv: "Besöksvän: många aktiviteter, men få i personalen berättar om dem för brukarna. Här kan vi agera nu.",
        en: "Visiting friends: many offers, but few staff tell users about them. This is where we can act now.",
    }
    Share {
        nb: "Del",
        nn: "Del",
        da: "Del",
        sv: "Dela",
        en: "Share",
    }
    ShareHeading {
        nb: "Del denne visningen",
        nn: "Del denne visninga",
        da: "Del denne visning",
        sv: "Dela den här vyn",
        en: "Share this view",
    }
    ShareViewLabel {
        nb: "Lenke til visningen",
        nn: "Lenkje til visninga",
        da: "Link til visningen",
        sv: "Länk till vyn",
        en: "Link to the view",
    }
    ShareViewExplain {
        nb: "Lenken åpner samme side, filtre og språk. Den inneholder ingen data: mottakeren ser sine egne filer eller dataene som er publisert sammen med Brobygger.",
        nn: "Lenkja opnar same side, filter og språk. Ho inneheld ingen data: mottakaren ser sine eigne filer eller dataa som er publiserte saman med Brobygger.",
        da: "Linket åbner samme side, filtre og sprog. Det indeholder ingen data: modtageren ser sine egne filer eller de data, der er offentliggjort sammen med Brobygger.",
        sv: "Länken öppnar samma sida, filter och språk. Den innehåller inga data: mottagaren ser sina egna filer eller de data som är publicerade tillsammans med Brobygger.",
        en: "The link opens the same page, filters and language. It holds no data: the recipient sees their own files or the data published with Brobygger.",
    }
    ShareSnapshotLabel {
        nb: "Lenke med tallene (øyeblikksbilde)",
        nn: "Lenkje med tala (augneblinksbilete)",
        da: "Link med tallene (øjebliksbillede)",
        sv: "Länk med siffrorna (ögonblicksbild)",
        en: "Link with the numbers (snapshot)",
    }
    ShareSnapshotExplain {
        nb: "Lenken inneholder de sammenstilte tallene i diagrammene på denne siden, med små grupper skjult, så mottakeren ser dem uten filer. Den inneholder ingen enkeltsvar, ingen fritekst og ikke nettverket av enheter. Tallene står i lenken etter #, som nettleseren aldri sender til noen server.",
        nn: "Lenkja inneheld dei samanstilte tala i diagramma på denne sida, med små grupper skjulte, så mottakaren ser dei utan filer. Ho inneheld ingen einskildsvar, ingen fritekst og ikkje nettverket av einingar. Tala står i lenkja etter #, som nettlesaren aldri sender til nokon tenar.",
        da: "Linket indeholder de sammenstillede tal i diagrammerne på denne side, med små grupper skjult, så modtageren ser dem uden filer. Det indeholder ingen enkeltsvar, ingen fritekst og ikke netværket af enheder. Tallene står i linket efter #, som browseren aldrig sender til nogen server.",
        sv: "Länken innehåller de sammanställda siffrorna i diagrammen på den här sidan, med små grupper dolda, så att mottagaren ser dem utan filer. Den innehåller inga enskilda svar, ingen fritext och inte nätverket av enheter. Siffrorna står i länken efter #, som webbläsaren aldrig skickar till någon server.",
        en: "The link holds the aggregated numbers of the charts on this page, small groups hidden, so the recipient sees them without files. It holds no single answer, no free text and not the network of units. The numbers are in the link after #, which the browser never sends to any server.",
    }
    Copy {
        nb: "Kopier",
        nn: "Kopier",
        da: "Kopiér",
        sv: "Kopiera",
        en: "Copy",
    }
    Copied {
        nb: "Kopiert",
        nn: "Kopiert",
        da: "Kopieret",
        sv: "Kopierad",
        en: "Copied",
    }
    SnapshotBanner {
        nb: "Du ser et øyeblikksbilde fra en delt lenke: ferdige, sammenstilte tall uten data bak. Filtre og egne filer er slått av.",
        nn: "Du ser eit augneblinksbilete frå ei delt lenkje: ferdige, samanstilte tal utan data bak. Filter og eigne filer er slått av.",
        da: "Du ser et øjebliksbillede fra et delt link: færdige, sammenstillede tal uden data bag. Filtre og egne filer er slået fra.",
        sv: "Du ser en ögonblicksbild från en delad länk: färdiga, sammanställda siffror utan data bakom. Filter och egna filer är avstängda.",
        en: "You are looking at a snapshot from a shared link: finished, aggregated numbers with no data behind them. Filters and your own files are off.",
    }
    SnapshotEnd {
        nb: "Avslutt øyeblikksbildet",
        nn: "Avslutt augneblinksbiletet",
        da: "Afslut øjebliksbilledet",
        sv: "Avsluta ögonblicksbilden",
        en: "Leave the snapshot",
    }
    SnapshotOtherView {
        nb: "Øyeblikksbildet har ingen diagrammer for denne siden.",
        nn: "Augneblinksbiletet har ingen diagram for denne sida.",
        da: "Øjebliksbilledet har ingen diagrammer for denne side.",
        sv: "Ögonblicksbilden har inga diagram för den här sidan.",
        en: "The snapshot has no charts for this page.",
    }
    SnapshotDamaged {
        nb: "Lenken med øyeblikksbildet er ødelagt eller avkortet. Be om en ny lenke.",
        nn: "Lenkja med augneblinksbiletet er øydelagd eller avkorta. Be om ei ny lenkje.",
        da: "Linket med øjebliksbilledet er ødelagt eller afkortet. Bed om et nyt link.",
        sv: "Länken med ögonblicksbilden är trasig eller avkortad. Be om en ny länk.",
        en: "The snapshot link is damaged or cut short. Ask for a new link.",
    }
    StorageHeading {
        nb: "Lagring i denne nettleseren",
        nn: "Lagring i denne nettlesaren",
        da: "Lagring i denne browser",
        sv: "Lagring i den här webbläsaren",
        en: "Storage in this browser",
    }
    StorageNote {
        nb: "Filene du legger til, lagres bare i denne nettleseren (uten kolonnene med personopplysninger), så de er her neste gang. Ingenting sendes noe sted.",
        nn: "Filene du legg til, blir berre lagra i denne nettlesaren (utan kolonnane med personopplysingar), så dei er her neste gong. Ingenting blir sendt nokon stad.",
        da: "De filer, du tilføjer, gemmes kun i denne browser (uden kolonnerne med personoplysninger), så de er her næste gang. Intet sendes nogen steder hen.",
        sv: "Filerna du lägger till sparas bara i den här webbläsaren (utan kolumnerna med personuppgifter), så att de finns här nästa gång. Inget skickas någonstans.",
        en: "The files you add are kept only in this browser (without the columns of personal data), so they are here next time. Nothing is sent anywhere.",
    }
    ForgetData {
        nb: "Glem alle data i denne nettleseren",
        nn: "Gløym alle data i denne nettlesaren",
        da: "Glem alle data i denne browser",
        sv: "Glöm alla data i den här webbläsaren",
        en: "Forget all data in this browser",
    }
    StorageFull {
        nb: "Nettleseren har ikke plass til å lagre dataene. De brukes nå, men er borte når fanen lukkes.",
        nn: "Nettlesaren har ikkje plass til å lagre dataa. Dei blir brukte no, men er borte når fana blir lukka.",
        da: "Browseren har ikke plads til at gemme data. De bruges nu, men er væk, når fanen lukkes.",
        sv: "Webbläsaren har inte plats att spara data. De används nu men försvinner när fliken stängs.",
        en: "The browser has no room to keep the data. It is used now but gone when the tab closes.",
    }
    StorageUnavailable {
        nb: "Nettleseren tillater ikke lagring her (for eksempel i privat modus). Dataene brukes nå, men er borte når fanen lukkes.",
        nn: "Nettlesaren tillèt ikkje lagring her (til dømes i privat modus). Dataa blir brukte no, men er borte når fana blir lukka.",
        da: "Browseren tillader ikke lagring her (for eksempel i privat tilstand). Data bruges nu, men er væk, når fanen lukkes.",
        sv: "Webbläsaren tillåter inte lagring här (till exempel i privat läge). Data används nu men försvinner när fliken stängs.",
        en: "The browser does not allow storage here (private mode, for example). The data is used now but gone when the tab closes.",
    }
    DataForgotten {
        nb: "Alle data er fjernet fra denne nettleseren.",
        nn: "Alle data er fjerna frå denne nettlesaren.",
        da: "Alle data er fjernet fra denne browser.",
        sv: "Alla data är borttagna från den här webbläsaren.",
        en: "All data has been removed from this browser.",
    }
    ImportCancelled {
        nb: "Innlesingen ble avbrutt. Dataene som var lastet, er som før.",
        nn: "Innlesinga vart avbroten. Dataa som var lasta, er som før.",
        da: "Indlæsningen blev afbrudt. De data, der var indlæst, er som før.",
        sv: "Inläsningen avbröts. De data som var inlästa är som förut.",
        en: "Reading was cancelled. The data already loaded is as it was.",
    }
    SavedMappingApplied {
        nb: "Kolonnekoblingen du lagret sist, er brukt på den nye filen.",
        nn: "Kolonnekoplinga du lagra sist, er brukt på den nye fila.",
        da: "Kolonnekoblingen, du gemte sidst, er brugt på den nye fil.",
        sv: "Kolumnkopplingen du sparade senast har använts för den nya filen.",
        en: "The column mapping you saved last time was applied to the new file.",
    }
    MappingSaved {
        nb: "Koblingen og rettelsene dine av tilbudskategoriene er lagret i denne nettleseren og brukes neste gang du slipper inn samme undersøkelse.",
        nn: "Koplinga og rettingane dine av tilbodskategoriane er lagra i denne nettlesaren og blir brukte neste gong du slepper inn same undersøking.",
        da: "Koblingen og dine rettelser af tilbudskategorierne er gemt i denne browser og bruges næste gang, du slipper samme undersøgelse ind.",
        sv: "Kopplingen och dina rättelser av erbjudandekategorierna är sparade i den här webbläsaren och används nästa gång du släpper in samma enkät.",
        en: "The mapping and your corrections of the offer categories are saved in this browser and applied next time you drop the same survey.",
    }
    Cancel {
        nb: "Avbryt",
        nn: "Avbryt",
        da: "Annullér",
        sv: "Avbryt",
        en: "Cancel",
    }
    MunicipalityLabel {
        nb: "Kommune for registeruttrekk",
        nn: "Kommune for registeruttrekk",
        da: "Kommune for registeruddrag",
        sv: "Kommun för registerutdrag",
        en: "Municipality for register extracts",
    }
    MunicipalityHint {
        nb: "Kommunenummer eller navn. Slipper du inn hele Enhetsregisteret, leses bare foreningene i denne kommunen.",
        nn: "Kommunenummer eller namn. Slepper du inn heile Einingsregisteret, blir berre foreiningane i denne kommunen lesne.",
        da: "Kommunenummer eller navn. Slipper du hele registret ind, læses kun foreningerne i denne kommune.",
        sv: "Kommunnummer eller namn. Släpper du in hela registret läses bara föreningarna i den här kommunen.",
        en: "Municipality number or name. If you drop the whole national register, only this municipality's associations are read.",
    }
    SheetLabel {
        nb: "Ark",
        nn: "Ark",
        da: "Ark",
        sv: "Blad",
        en: "Sheet",
    }
    KeepColumn {
        nb: "Ta med likevel",
        nn: "Ta med likevel",
        da: "Medtag alligevel",
        sv: "Ta med ändå",
        en: "Keep anyway",
    }
    HoldBackColumn {
        nb: "Hold tilbake igjen",
        nn: "Hald tilbake igjen",
        da: "Hold tilbage igen",
        sv: "Håll tillbaka igen",
        en: "Hold back again",
    }
    KeptColumn {
        nb: "tatt med etter ditt valg",
        nn: "teken med etter valet ditt",
        da: "medtaget efter dit valg",
        sv: "medtagen enligt ditt val",
        en: "kept at your choice",
    }
    RereadNeedsFile {
        nb: "Slipp filen inn på nytt for å velge ark eller ta med kolonner som er holdt tilbake.",
        nn: "Slepp fila inn på nytt for å velje ark eller ta med kolonnar som er haldne tilbake.",
        da: "Slip filen ind igen for at vælge ark eller medtage kolonner, der er holdt tilbage.",
        sv: "Släpp in filen igen för att välja blad eller ta med kolumner som hålls tillbaka.",
        en: "Drop the file again to choose a sheet or keep a held-back column.",
    }
    RolesHeading {
        nb: "Hva kolonnene betyr",
        nn: "Kva kolonnane tyder",
        da: "Hvad kolonnerne betyder",
        sv: "Vad kolumnerna betyder",
        en: "What the columns mean",
    }
    RolesHint {
        nb: "Brobygger foreslår hvilken kolonne som svarer på hva i analysene. Rett det som er feil.",
        nn: "Brobygger føreslår kva kolonne som svarar på kva i analysane. Rett det som er feil.",
        da: "Brobygger foreslår, hvilken kolonne der svarer på hvad i analyserne. Ret det, der er forkert.",
        sv: "Brobygger föreslår vilken kolumn som svarar på vad i analyserna. Rätta det som är fel.",
        en: "Brobygger proposes which column answers what in the analyses. Correct what is wrong.",
    }
    RoleColumn {
        nb: "Kolonne",
        nn: "Kolonne",
        da: "Kolonne",
        sv: "Kolumn",
        en: "Column",
    }
    RoleMeaning {
        nb: "Betydning",
        nn: "Tyding",
        da: "Betydning",
        sv: "Betydelse",
        en: "Meaning",
    }
    RoleNone {
        nb: "(ingen kolonne)",
        nn: "(ingen kolonne)",
        da: "(ingen kolonne)",
        sv: "(ingen kolumn)",
        en: "(no column)",
    }
    RoleChanged {
        nb: "endret av deg",
        nn: "endra av deg",
        da: "ændret af dig",
        sv: "ändrad av dig",
        en: "changed by you",
    }
    SaveRoles {
        nb: "Husk koblingen til neste års eksport",
        nn: "Hugs koplinga til neste års eksport",
        da: "Husk koblingen til næste års eksport",
        sv: "Kom ihåg kopplingen till nästa års export",
        en: "Remember this mapping for next year's export",
    }
    ResetRoles {
        nb: "Tilbake til forslaget",
        nn: "Tilbake til framlegget",
        da: "Tilbage til forslaget",
        sv: "Tillbaka till förslaget",
        en: "Back to the proposal",
    }
    TypeLikert {
        nb: "Likert-skala",
        nn: "Likert-skala",
        da: "Likert-skala",
        sv: "Likertskala",
        en: "Likert scale",
    }
}
