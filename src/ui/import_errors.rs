//! Import errors, in the user's language, announced to screen readers.

use leptos::prelude::*;

use crate::i18n::{self, Key};
use crate::state::use_app_state;

/// Lists the files that could not be read and why; the data already loaded is untouched.
#[component]
pub fn ImportErrors() -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="import-errors" role="alert">
            {move || {
                let lang = state.lang.get();
                state
                    .failures
                    .get()
                    .into_iter()
                    .map(|failure| {
                        let message = i18n::parse_error(lang, &failure.file_name, &failure.error);
                        view! {
                            <div
                                class="ds-alert"
                                data-color="danger"
                                data-testid="import-error"
                                data-file=failure.file_name.clone()
                            >
                                <h2 class="ds-heading" data-size="xs">
                                    {i18n::t(lang, Key::ImportErrorHeading)}
                                </h2>
                                <p>{message}</p>
                                <p>{i18n::t(lang, Key::DataUntouched)}</p>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
