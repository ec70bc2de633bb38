//! View state as a URL query (`?view=collaboration&lang=en&f=partners~Barnehager`), so a reload, back and
//! forward, or a copied link opens the same view. Pure: the shell reads and writes `location.search`.
//! The query never carries data: only which view, which language and which filters.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::core::{Field, Filter};
use crate::i18n::Lang;

/// A top-level view of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum View {
    #[default]
    Overview,
    Collaboration,
    Gap,
    Register,
    Present,
    Data,
    /// The accessibility statement (linked from the footer, not the main navigation).
    Accessibility,
}

impl View {
    /// The views of the main navigation, in order.
    pub const ALL: [View; 6] = [
        View::Overview,
        View::Collaboration,
        View::Gap,
        View::Register,
        View::Present,
        View::Data,
    ];

    /// The stable id used in `nav-<id>` and the URL.
    pub fn id(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Collaboration => "collaboration",
            View::Gap => "gap",
            View::Register => "register",
            View::Present => "present",
            View::Data => "data",
            View::Accessibility => "accessibility",
        }
    }

    pub fn from_id(id: &str) -> Option<View> {
        View::ALL
            .into_iter()
            .chain([View::Accessibility])
            .find(|view| view.id() == id)
    }
}

/// What the URL carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
    /// `None` when the URL does not say; the stored or browser preference applies.
    pub lang: Option<Lang>,
    pub filters: Vec<Filter>,
    /// A same-origin path to load data from (`data/index.json`), for hosted copies.
    pub data: Option<String>,
}

/// Characters kept as they are in a query value (RFC 3986 unreserved).
const VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.');

/// A path keeps its slashes readable.
const PATH: &AsciiSet = &VALUE.remove(b'/');

fn encode(text: &str) -> String {
    utf8_percent_encode(text, VALUE).to_string()
}

fn decode(text: &str) -> Option<String> {
    percent_decode_str(&text.replace('+', " "))
        .decode_utf8()
        .ok()
        .map(|text| text.into_owned())
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`); unknown keys and bad values are ignored.
    pub fn from_query(query: &str) -> ViewState {
        let mut state = ViewState::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "view" => {
                    if let Some(view) = View::from_id(value) {
                        state.view = view;
                    }
                }
                "lang" => state.lang = Lang::from_code(value).or(state.lang),
                "data" => state.data = decode(value).filter(|path| value_is_sane(path)),
                "f" => {
                    let Some((field, value)) = value.split_once('~') else {
                        continue;
                    };
                    let (Some(field), Some(value)) = (Field::from_id(field), decode(value)) else {
                        continue;
                    };
                    let filter = Filter { field, value };
                    if !value_is_sane(&filter.value) || state.filters.contains(&filter) {
                        continue;
                    }
                    state.filters.push(filter);
                }
                _ => {}
            }
        }
        state
    }

    /// The query string, starting with `?`; the default view is left out to keep links short.
    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if self.view != View::Overview {
            pairs.push(format!("view={}", self.view.id()));
        }
        if let Some(lang) = self.lang {
            pairs.push(format!("lang={}", lang.code()));
        }
        for filter in &self.filters {
            pairs.push(format!("f={}~{}", filter.field.id(), encode(&filter.value)));
        }
        if let Some(data) = &self.data {
            pairs.push(format!("data={}", utf8_percent_encode(data, PATH)));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

/// Filter values are category names: short text without control characters.
fn value_is_sane(value: &str) -> bool {
    !value.is_empty() && value.chars().count() <= 200 && !value.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Role;

    #[test]
    fn query_round_trips_with_filters_in_any_language() {
        let state = ViewState {
            view: View::Collaboration,
            lang: Some(Lang::En),
            filters: vec![
                Filter {
                    field: Field::Role(Role::Partners),
                    value: "Den norske kirke/menigheter".into(),
                },
                Filter {
                    field: Field::IcnpoGroup,
                    value: "3".into(),
                },
                Filter {
                    field: Field::Role(Role::Opportunities),
                    value: "Fast kontaktpunkt («én dør inn») & mer".into(),
                },
            ],
            data: Some("data/index.json".into()),
        };
        let query = state.to_query();
        assert_eq!(
            query,
            "?view=collaboration&lang=en&f=partners~Den%20norske%20kirke%2Fmenigheter&f=icnpo~3\
             &f=opportunities~Fast%20kontaktpunkt%20%28%C2%AB%C3%A9n%20d%C3%B8r%20inn%C2%BB%29%20%26%20mer\
             &data=data/index.json"
        );
        assert_eq!(ViewState::from_query(&query), state);
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn unknown_or_hostile_values_fall_back_to_defaults() {
        let state = ViewState::from_query("?view=<script>&lang=xx&x=1&f=nonsense~a&f=partners&f=partners~%00");
        assert_eq!(state, ViewState::default());
    }
}
