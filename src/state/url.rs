//! View state as a URL query (`?view=data&lang=en`), so a reload or a copied link opens the same view.
//! Pure: the shell reads and writes `location.search`.

use crate::i18n::Lang;

/// A top-level view of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Overview,
    Data,
}

impl View {
    pub const ALL: [View; 2] = [View::Overview, View::Data];

    /// The stable id used in `nav-<id>` and the URL.
    pub fn id(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Data => "data",
        }
    }

    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.id() == id)
    }
}

/// What the URL carries. Never data: only which view, in which language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
    /// `None` when the URL does not say; the stored or browser preference applies.
    pub lang: Option<Lang>,
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`); unknown keys and values are ignored.
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
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trips() {
        let state = ViewState {
            view: View::Data,
            lang: Some(Lang::En),
        };
        assert_eq!(state.to_query(), "?view=data&lang=en");
        assert_eq!(ViewState::from_query(&state.to_query()), state);
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn unknown_or_hostile_values_fall_back_to_defaults() {
        let state = ViewState::from_query("?view=<script>&lang=xx&x=1");
        assert_eq!(state, ViewState::default());
    }
}
