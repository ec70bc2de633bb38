//! The Present view (the deck: order, takeaways, start, print) and the presenter: one chart per slide,
//! full screen, big type, driven by the keys a presentation clicker sends.

use leptos::prelude::*;

use crate::i18n::{self, Key, Lang};
use crate::report::Figure;
use crate::state::deck::{move_slide, PresenterMessage, Slide, Takeaway};
use crate::state::{browser, use_app_state, AppState};
use crate::ui::chart_view::figures_for;

/// A slide's figure, if the loaded data has it.
fn slide_figure(state: &AppState, slide: &Slide) -> Option<Figure> {
    figures_for(state, slide.view, &slide.filters)
        .into_iter()
        .find(|figure| figure.id == slide.chart_id)
}

fn takeaway_text(lang: Lang, takeaway: &Takeaway) -> String {
    match takeaway {
        Takeaway::Text(text) => text.clone(),
        Takeaway::Demo(line) => i18n::demo_takeaway(lang, *line).to_owned(),
    }
}

/// The deck editor.
#[component]
pub fn PresentView() -> impl IntoView {
    let state = use_app_state();
    let deck = Memo::new(move |_| state.effective_deck());
    let start = move |_| {
        if !deck.with(Vec::is_empty) {
            state.presenting.set(Some(0));
        }
    };
    view! {
        <section class="view" aria-labelledby="present-heading">
            <h1 id="present-heading" class="ds-heading view-heading" data-size="lg">
                {move || state.t(Key::PresentHeading)}
            </h1>
            <p class="view-intro">{move || state.t(Key::PresentIntro)}</p>
            <div class="deck-actions">
                <button
                    type="button"
                    class="ds-button"
                    data-variant="primary"
                    data-testid="start-presenting"
                    disabled=move || deck.with(Vec::is_empty)
                    on:click=start
                >
                    {move || state.t(Key::StartPresenting)}
                </button>
                <button
                    type="button"
                    class="ds-button"
                    data-variant="secondary"
                    data-testid="print-deck"
                    disabled=move || deck.with(Vec::is_empty)
                    on:click=move |_| browser::print()
                >
                    {move || state.t(Key::PrintDeck)}
                </button>
                <button
                    type="button"
                    class="ds-button"
                    data-variant="secondary"
                    data-testid="open-speaker-view"
                    disabled=move || deck.with(Vec::is_empty)
                    on:click=move |_| browser::open_speaker_view(state.lang.get_untracked())
                >
                    {move || state.t(Key::OpenSpeakerView)}
                </button>
                <Show when=move || state.showing_demo() && state.deck.get().is_some()>
                    <button
                        type="button"
                        class="ds-button"
                        data-variant="tertiary"
                        on:click=move |_| {
                            browser::store_deck(&crate::state::deck::demo_deck());
                            state.deck.set(None);
                        }
                    >
                        {move || state.t(Key::ResetDeck)}
                    </button>
                </Show>
            </div>
            {move || {
                deck.with(Vec::is_empty)
                    .then(|| view! { <p class="empty-note">{state.t(Key::DeckEmpty)}</p> })
            }}
            <ol class="deck-list" data-testid="deck">
                {move || {
                    let lang = state.lang.get();
                    let slides = deck.get();
                    let n_slides = slides.len();
                    slides
                        .into_iter()
                        .enumerate()
                        .map(|(idx, slide)| {
                            let title = slide_figure(&state, &slide)
                                .map(|figure| figure.title)
                                .unwrap_or_else(|| i18n::t(lang, Key::SlideUnavailable).to_owned());
                            let takeaway = takeaway_text(lang, &slide.takeaway);
                            let input_id = format!("takeaway-{idx}");
                            let filters = slide
                                .filters
                                .iter()
                                .map(|filter| crate::report::filter_label(lang, filter))
                                .collect::<Vec<_>>()
                                .join(", ");
                            view! {
                                <li
                                    class="ds-card deck-slide"
                                    data-testid="deck-slide"
                                    data-chart=slide.chart_id.clone()
                                >
                                    <p class="deck-slide-title">
                                        <strong>{format!("{}. {title}", idx + 1)}</strong>
                                        {(!filters.is_empty()).then(|| format!(" ({filters})"))}
                                    </p>
                                    <label class="ds-label" for=input_id.clone()>
                                        {i18n::t(lang, Key::SlideTakeaway)}
                                    </label>
                                    <input
                                        id=input_id
                                        class="ds-input"
                                        type="text"
                                        data-testid="slide-takeaway"
                                        prop:value=takeaway
                                        on:change=move |ev| {
                                            let text = event_target_value(&ev);
                                            state
                                                .update_deck(|deck| {
                                                    if let Some(slide) = deck.get_mut(idx) {
                                                        slide.takeaway = Takeaway::Text(text);
                                                    }
                                                });
                                        }
                                    />
                                    <div class="deck-slide-actions">
                                        <button
                                            type="button"
                                            class="ds-button"
                                            data-variant="tertiary"
                                            data-size="sm"
                                            disabled=idx == 0
                                            on:click=move |_| {
                                                state.update_deck(|deck| move_slide(deck, idx, -1))
                                            }
                                        >
                                            {i18n::t(lang, Key::MoveUp)}
                                        </button>
                                        <button
                                            type="button"
                                            class="ds-button"
                                            data-variant="tertiary"
                                            data-size="sm"
                                            disabled=idx + 1 == n_slides
                                            on:click=move |_| {
                                                state.update_deck(|deck| move_slide(deck, idx, 1))
                                            }
                                        >
                                            {i18n::t(lang, Key::MoveDown)}
                                        </button>
                                        <button
                                            type="button"
                                            class="ds-button"
                                            data-variant="tertiary"
                                            data-size="sm"
                                            data-testid="remove-slide"
                                            on:click=move |_| {
                                                state
                                                    .update_deck(|deck| {
                                                        if idx < deck.len() {
                                                            deck.remove(idx);
                                                        }
                                                    })
                                            }
                                        >
                                            {i18n::t(lang, Key::RemoveSlide)}
                                        </button>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <PrintDeck deck=deck />
        </section>
    }
}

/// One slide as the presenter and the print layout show it.
#[component]
fn SlideContent(slide: Slide, number: usize, n_slides: usize) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let figure = slide_figure(&state, &slide);
    let takeaway = takeaway_text(lang, &slide.takeaway);
    let slide_number = i18n::slide_of(lang, number, n_slides);
    match figure {
        Some(figure) => view! {
            <div class="slide">
                <h2 class="slide-title">{figure.title.clone()}</h2>
                <p class="slide-takeaway">{takeaway}</p>
                <div class="slide-chart" inner_html=figure.chart.standalone_svg()></div>
                <p class="slide-summary">{figure.summary.clone()}</p>
                <p class="slide-footer">
                    <span>{figure.caption.clone()}</span>
                    <span class="slide-number">{slide_number}</span>
                </p>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="slide">
                <p class="slide-takeaway">{takeaway}</p>
                <p>{i18n::t(lang, Key::SlideUnavailable)}</p>
                <p class="slide-footer">
                    <span class="slide-number">{slide_number}</span>
                </p>
            </div>
        }
        .into_any(),
    }
}

/// Every slide, one per printed page; hidden on screen.
#[component]
fn PrintDeck(deck: Memo<Vec<Slide>>) -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="print-deck" data-testid="printed-deck" aria-hidden="true">
            {move || {
                state.lang.track();
                let slides = deck.get();
                let n_slides = slides.len();
                slides
                    .into_iter()
                    .enumerate()
                    .map(|(idx, slide)| {
                        view! { <SlideContent slide=slide number=idx + 1 n_slides=n_slides /> }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// The step a key moves the slides, as a presentation clicker sends them: forward on →, ↓, PageDown and
/// space (except on one of the window's `own` buttons, which space presses), back on ←, ↑, PageUp and
/// Backspace.
fn clicker_step(ev: &web_sys::KeyboardEvent, own: impl Fn(&web_sys::Node) -> bool) -> Option<isize> {
    let on_button = || {
        ev.target()
            .and_then(|target| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlButtonElement>(target).ok())
            .is_some_and(|button| own(&button))
    };
    match ev.key().as_str() {
        " " if on_button() => None,
        "ArrowRight" | "ArrowDown" | "PageDown" | " " => Some(1),
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Some(-1),
        _ => None,
    }
}

/// The presenter: shown over everything while `state.presenting` is set.
#[component]
pub fn Presenter() -> impl IntoView {
    let state = use_app_state();
    let root: NodeRef<leptos::html::Div> = NodeRef::new();
    let deck = Memo::new(move |_| state.effective_deck());
    let n_slides = move || deck.with(Vec::len);
    let go = move |step: isize| {
        state.presenting.update(|current| {
            if let Some(current) = current {
                let last = n_slides().saturating_sub(1) as isize;
                *current = (*current as isize + step).clamp(0, last) as usize;
            }
        });
    };
    let close = move || {
        state.presenting.set(None);
        browser::exit_fullscreen();
    };
    // A speaker view in another window follows the slides and may move them.
    let channel = StoredValue::new_local(None::<browser::PresenterChannel>);
    let announce = move || {
        let message = PresenterMessage::showing(state.presenting.get_untracked());
        channel.with_value(|channel| channel.as_ref().map(|channel| channel.send(message)));
    };
    channel.set_value(browser::PresenterChannel::open(move |message| match message {
        PresenterMessage::Go(step) => go(step),
        PresenterMessage::Hello => announce(),
        _ => {}
    }));
    Effect::new(move |_| {
        state.presenting.track();
        announce();
    });
    // Where the focus was when presenting started: it goes back there afterwards.
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    // Focus and full screen when presenting starts; leaving full screen (Esc in the browser) ends it.
    Effect::new(move |was_presenting: Option<bool>| {
        let presenting = state.presenting.get().is_some();
        if !presenting && was_presenting == Some(true) {
            if let Some(element) = opener.get_value() {
                let _ = element.focus();
            }
        }
        if presenting && was_presenting != Some(true) {
            opener.set_value(browser::focused_element());
            crate::state::browser::next_frame(Box::new(move || {
                if let Some(element) = root.get_untracked() {
                    let _ = element.focus();
                    browser::request_fullscreen(&element);
                }
            }));
        }
        presenting
    });
    let on_fullscreen_change = move || {
        if state.presenting.get_untracked().is_some() && !browser::is_fullscreen() {
            state.presenting.set(None);
        }
    };
    Effect::new(move |_| {
        if let Some(element) = root.get() {
            let handler = wasm_bindgen::closure::Closure::<dyn Fn()>::new(on_fullscreen_change);
            let _ = element.add_event_listener_with_callback(
                "fullscreenchange",
                wasm_bindgen::JsCast::unchecked_ref(handler.as_ref()),
            );
            handler.forget();
        }
    });
    // The keys are heard by the whole window, not only the presenter: a clicker pressed before the
    // presenter has taken the focus (or after a click outside it) still moves the slides.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if state.presenting.get_untracked().is_none() {
            return;
        }
        let Some(root) = root.get_untracked() else {
            return;
        };
        let inside = |node: &web_sys::Node| root.contains(Some(node));
        // A key that reached something behind the presenter (the button that started it, before the
        // presenter took the focus) belongs to the presenter: space there must not press that button.
        let target = ev
            .target()
            .and_then(|target| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(target).ok());
        if !target.as_ref().is_some_and(inside) {
            let _ = root.focus();
        }
        if let Some(step) = clicker_step(&ev, inside) {
            ev.prevent_default();
            go(step);
            return;
        }
        match ev.key().as_str() {
            "Home" => state.presenting.set(Some(0)),
            "End" => state.presenting.set(Some(n_slides().saturating_sub(1))),
            "Escape" => close(),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    view! {
        <Show when=move || state.presenting.get().is_some()>
            <div
                class="presenter"
                node_ref=root
                tabindex="-1"
                role="dialog"
                aria-modal="true"
                aria-label=move || state.t(Key::NavPresent)
                data-testid="presenter"
                data-slide=move || state.presenting.get().unwrap_or(0).to_string()
                data-slides=move || n_slides().to_string()
            >
                {move || {
                    let idx = state.presenting.get()?;
                    let slide = deck.with(|deck| deck.get(idx).cloned())?;
                    Some(view! { <SlideContent slide=slide number=idx + 1 n_slides=n_slides() /> })
                }}
                <div class="presenter-controls">
                    <button
                        type="button"
                        class="ds-button"
                        data-variant="secondary"
                        on:click=move |_| go(-1)
                    >
                        {move || state.t(Key::PreviousSlide)}
                    </button>
                    <button
                        type="button"
                        class="ds-button"
                        data-variant="secondary"
                        on:click=move |_| go(1)
                    >
                        {move || state.t(Key::NextSlide)}
                    </button>
                    <button
                        type="button"
                        class="ds-button"
                        data-variant="tertiary"
                        data-testid="exit-presenter"
                        on:click=move |_| close()
                    >
                        {move || state.t(Key::ExitPresenter)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The speaker view (`?speaker`, a window of its own): the slide on screen with its takeaway and what the
/// chart says, the next slide with a small picture of its chart, and buttons that move the presenter.
#[component]
pub fn SpeakerView() -> impl IntoView {
    let state = use_app_state();
    let deck = Memo::new(move |_| state.effective_deck());
    let current = RwSignal::new(None::<usize>);
    let channel = StoredValue::new_local(browser::PresenterChannel::open(move |message| match message {
        PresenterMessage::Slide(idx) => current.set(Some(idx)),
        PresenterMessage::Ended => current.set(None),
        _ => {}
    }));
    let send = move |message: PresenterMessage| {
        channel.with_value(|channel| channel.as_ref().map(|channel| channel.send(message)));
    };
    send(PresenterMessage::Hello);
    // A clicker plugged into the laptop sends its keys to this window: they move the presenter too.
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if let Some(step) = clicker_step(&ev, |_| true).filter(|_| current.get_untracked().is_some()) {
            ev.prevent_default();
            send(PresenterMessage::Go(step));
        }
    });
    on_cleanup(move || keys.remove());
    // The slides' figures once the data is loaded (they follow the language too).
    let notes = move |slide: &Slide| {
        let lang = state.lang.get();
        let figure = slide_figure(&state, slide);
        let title = figure.as_ref().map(|figure| figure.title.clone());
        let said = figure.as_ref().map(|figure| figure.summary.clone());
        (
            takeaway_text(lang, &slide.takeaway),
            title,
            said,
            figure.map(|figure| figure.chart.standalone_svg()),
        )
    };
    view! {
        <section
            class="speaker-view"
            aria-labelledby="speaker-heading"
            data-testid="speaker-view"
            data-slide=move || current.get().map(|idx| idx.to_string()).unwrap_or_default()
        >
            <h1 id="speaker-heading" class="ds-heading" data-size="md">
                {move || state.t(Key::SpeakerViewHeading)}
            </h1>
            <div role="status">
                {move || {
                    let Some(idx) = current.get() else {
                        return view! { <p class="empty-note">{state.t(Key::SpeakerWaiting)}</p> }
                            .into_any();
                    };
                    let lang = state.lang.get();
                    let (now, next) = deck
                        .with(|deck| (deck.get(idx).cloned(), deck.get(idx + 1).cloned()));
                    let n_slides = deck.with(Vec::len);
                    let now = now.map(|slide| notes(&slide));
                    let next = next.map(|slide| notes(&slide));
                    view! {
                        <p class="slide-number">{i18n::slide_of(lang, idx + 1, n_slides)}</p>
                        <h2 class="ds-heading" data-size="xs">
                            {i18n::t(lang, Key::SpeakerNow)}
                        </h2>
                        {now
                            .map(|(takeaway, title, said, _)| {
                                view! {
                                    <p class="speaker-title">{title}</p>
                                    <p class="slide-takeaway">{takeaway}</p>
                                    <p>{said}</p>
                                }
                            })}
                        <h2 class="ds-heading" data-size="xs">
                            {i18n::t(lang, Key::SpeakerNext)}
                        </h2>
                        <div data-testid="speaker-next">
                            {match next {
                                Some((takeaway, title, _, svg)) => {
                                    view! {
                                        <p class="speaker-title">{title}</p>
                                        <p>{takeaway}</p>
                                        <div
                                            class="speaker-next-chart"
                                            inner_html=svg.unwrap_or_default()
                                        ></div>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! { <p>{i18n::t(lang, Key::SpeakerLast)}</p> }.into_any()
                                }
                            }}
                        </div>
                    }
                        .into_any()
                }}
            </div>
            <div class="speaker-controls">
                <button
                    type="button"
                    class="ds-button"
                    data-variant="secondary"
                    data-testid="speaker-previous"
                    disabled=move || current.get().is_none()
                    on:click=move |_| send(PresenterMessage::Go(-1))
                >
                    {move || state.t(Key::PreviousSlide)}
                </button>
                <button
                    type="button"
                    class="ds-button"
                    data-variant="primary"
                    data-testid="speaker-next-slide"
                    disabled=move || current.get().is_none()
                    on:click=move |_| send(PresenterMessage::Go(1))
                >
                    {move || state.t(Key::NextSlide)}
                </button>
            </div>
        </section>
    }
}
