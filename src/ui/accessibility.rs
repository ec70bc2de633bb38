//! The accessibility statement: what Brobygger meets of WCAG 2.1 AA, how that was tested, what is known
//! not to work, and where to report a barrier. Norwegian and Danish public bodies publish one for every
//! solution they use.

use leptos::prelude::*;

use crate::i18n::{self, Key};
use crate::state::use_app_state;

/// The statement page.
#[component]
pub fn AccessibilityView() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="view statement" aria-labelledby="statement-heading">
            <h1 id="statement-heading" class="ds-heading view-heading" data-size="lg">
                {move || state.t(Key::A11yTitle)}
            </h1>
            <p class="view-intro">{move || state.t(Key::A11yIntro)}</p>
            {move || {
                let lang = state.lang.get();
                [
                    (Key::A11yStatusHeading, Key::A11yStatus),
                    (Key::A11yTestedHeading, Key::A11yTested),
                    (Key::A11yLimitsHeading, Key::A11yLimits),
                    (Key::A11yFeedbackHeading, Key::A11yFeedback),
                ]
                    .into_iter()
                    .map(|(heading, body)| {
                        // One template for the four sections: their paragraphs are separated by blank lines.
                        view! {
                            <section class="statement-section">
                                <h2 class="ds-heading" data-size="sm">
                                    {i18n::t(lang, heading)}
                                </h2>
                                {i18n::t(lang, body)
                                    .split("\n\n")
                                    .map(|paragraph| view! { <p>{paragraph}</p> })
                                    .collect_view()}
                            </section>
                        }
                    })
                    .collect_view()
            }}
        </section>
    }
}
