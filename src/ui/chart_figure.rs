//! The one chart card every chart uses: title, subtitle, summary, the drawn chart with focusable,
//! clickable marks and a tooltip, the data table (collapsed, always in the DOM) and a caption with n,
//! filters and source. It follows its `Figure` reactively, so a mark keeps focus when a filter redraws it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::Mark;
use crate::i18n::Key;
use crate::report::Figure;
use crate::state::use_app_state;
use crate::ui::chart_view::ViewFigures;

/// How far from the top of a chart (in its SVG units) a mark must be for its tooltip to fit above it.
const TOOLTIP_ROOM: i32 = 90;

/// How near the screen a chart card counts as in view (a CSS margin): it is redrawn before it is seen.
const NEAR_SCREEN: &str = "200px 0px";

/// Renders every figure of a view, keyed by chart id.
#[component]
pub fn Figures(
    /// The view's figures, recomputed when data, filters or language change.
    figures: ViewFigures,
) -> impl IntoView {
    view! {
        <For each=move || figures.ids.get() key=|id| id.clone() let:id>
            <ChartFigure figure=figures.figure(id) changed=figures.changed />
        </For>
    }
}

/// One mark as the overlay draws it.
#[derive(Clone, Debug, PartialEq)]
struct MarkView {
    mark: Mark,
    text: String,
    clickable: bool,
    pressed: bool,
}

/// Renders a `Figure`; nothing while it is `None`.
#[component]
pub fn ChartFigure(
    /// The chart and everything around it, computed by `report`: read only when the card is shown.
    #[prop(into)]
    figure: Signal<Option<Figure>>,
    /// Changes whenever what the figure is computed from does; without it the card follows `figure`.
    #[prop(optional, into)]
    changed: Option<Signal<u64>>,
) -> impl IntoView {
    let state = use_app_state();
    let latest = figure;
    // What the card shows. A card out of view computes and takes its new figure after the frame has been
    // painted, so a filter click's frame pays only for the charts on the screen; it is up to date long
    // before it can be scrolled to, and at once when it comes within `NEAR_SCREEN` of it. (The browser's
    // own skipping, `content-visibility: auto`, still styles and lays out a card up to a screen away when
    // it changes.) The filters its marks show as pressed are taken with it.
    let shown = RwSignal::new(latest.get_untracked());
    let shown_filters = RwSignal::new(state.filters.get_untracked());
    let out_of_view = StoredValue::new(false);
    let pending = StoredValue::new(false);
    let catch_up = move || {
        pending.set_value(false);
        let next = latest.get_untracked();
        if shown.with_untracked(|now| *now != next) {
            shown.set(next);
        }
        let filters = state.filters.get_untracked();
        if shown_filters.with_untracked(|now| *now != filters) {
            shown_filters.set(filters);
        }
    };
    Effect::new(move |_| {
        // Read, not only tracked: a memo that has never been read has no sources to hear from.
        match changed {
            Some(changed) => _ = changed.get(),
            None => latest.with(|_| ()),
        }
        if !out_of_view.get_value() {
            catch_up();
        } else if !pending.get_value() {
            pending.set_value(true);
            crate::state::browser::after_paint(Box::new(catch_up));
        }
    });
    let card: NodeRef<leptos::html::Figure> = NodeRef::new();
    let watch = StoredValue::new_local(None::<crate::state::browser::InView>);
    Effect::new(move |_| {
        let Some(card) = card.get() else {
            return;
        };
        let on_change = Box::new(move |in_view: bool| {
            out_of_view.set_value(!in_view);
            if in_view && pending.get_value() {
                catch_up();
            }
        });
        watch.set_value(crate::state::browser::InView::watch(&card, NEAR_SCREEN, on_change));
    });
    let figure: Signal<Option<Figure>> = shown.into();
    let active = RwSignal::new(None::<String>);
    // Esc dismisses a tooltip shown by hovering too, wherever the keyboard focus is (WCAG 1.4.13), and it
    // stays dismissed until the pointer moves: the browser re-enters the mark under a still pointer.
    let pointer = StoredValue::new((0, 0));
    let hushed_at = StoredValue::new(None::<(i32, i32)>);
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && active.get_untracked().is_some() {
            hushed_at.set_value(Some(pointer.get_value()));
            active.set(None);
        }
    });
    on_cleanup(move || escape.remove());
    let read = move |f: fn(&Figure) -> String| move || figure.with(|figure| figure.as_ref().map(f).unwrap_or_default());
    let id = move || figure.with(|figure| figure.as_ref().map(|figure| figure.id.clone()).unwrap_or_default());
    let size = move || figure.with(|figure| figure.as_ref().map_or((1, 1), |f| (f.chart.width, f.chart.height)));
    let marks = Memo::new(move |_| {
        let filters = shown_filters.get();
        figure.with(|figure| {
            let Some(figure) = figure else {
                return Vec::new();
            };
            figure
                .chart
                .marks
                .iter()
                .enumerate()
                .map(|(idx, mark)| {
                    let wanted = figure.mark_filters.get(idx).cloned().unwrap_or_default();
                    MarkView {
                        mark: mark.clone(),
                        text: figure.mark_texts.get(idx).cloned().unwrap_or_default(),
                        clickable: !wanted.is_empty(),
                        pressed: !wanted.is_empty() && wanted.iter().all(|filter| filters.contains(filter)),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let mark_of = move |key: &str| marks.with(|marks| marks.iter().find(|m| m.mark.key == key).cloned());
    // A filter redraws and may reorder the marks; the mark the user acted on keeps the keyboard focus.
    let overlay: NodeRef<leptos::svg::Svg> = NodeRef::new();
    let refocus = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        marks.track();
        let Some(key) = refocus.get_untracked() else {
            return;
        };
        crate::state::browser::next_frame(Box::new(move || {
            refocus.set(None);
            let Some(overlay) = overlay.get_untracked() else {
                return;
            };
            let children = overlay.children();
            for idx in 0..children.length() {
                let Some(child) = children.item(idx) else {
                    continue;
                };
                if child.get_attribute("data-key").as_deref() == Some(key.as_str()) {
                    if let Ok(element) = child.dyn_into::<web_sys::SvgElement>() {
                        let _ = element.focus();
                    }
                    break;
                }
            }
        }));
    });
    let toggle = move |key: &str| {
        let wanted = figure.with_untracked(|figure| {
            let figure = figure.as_ref()?;
            let idx = figure.chart.marks.iter().position(|mark| mark.key == key)?;
            figure.mark_filters.get(idx).cloned()
        });
        if let Some(wanted) = wanted {
            state.toggle_filters(&wanted);
        }
    };

    let mark_views = move || {
        view! {
            <For
                each=move || {
                    marks.with(|marks| marks.iter().map(|m| m.mark.key.clone()).collect::<Vec<_>>())
                }
                key=|key| key.clone()
                let:key
            >
                {
                    let key_for_view = key.clone();
                    let current = move || mark_of(&key_for_view);
                    let attr = {
                        let current = current.clone();
                        move |f: fn(&MarkView) -> String| {
                            let current = current.clone();
                            move || current().map(|m| f(&m)).unwrap_or_default()
                        }
                    };
                    let (enter_key, click_key, leave_key) = (key.clone(), key.clone(), key.clone());
                    let focus_key = key.clone();
                    let pressed = move || {
                        current().and_then(|m| m.clickable.then(|| m.pressed.to_string()))
                    };
                    view! {
                        <rect
                            class="chart-mark"
                            data-key=key.clone()
                            tabindex="0"
                            role=attr(|m| if m.clickable { "button".into() } else { "img".into() })
                            aria-pressed=pressed
                            aria-label=attr(|m| m.text.clone())
                            x=attr(|m| m.mark.x.to_string())
                            y=attr(|m| m.mark.y.to_string())
                            width=attr(|m| m.mark.width.to_string())
                            height=attr(|m| m.mark.height.to_string())
                            on:mouseenter=move |ev: leptos::ev::MouseEvent| {
                                let at = (ev.client_x(), ev.client_y());
                                if hushed_at.get_value() != Some(at) {
                                    hushed_at.set_value(None);
                                    active.set(Some(enter_key.clone()));
                                }
                            }
                            on:focus=move |_| active.set(Some(focus_key.clone()))
                            on:blur=move |_| active.set(None)
                            on:click=move |_| toggle(&click_key)
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                match ev.key().as_str() {
                                    "Enter" | " " => {
                                        ev.prevent_default();
                                        refocus.set(Some(leave_key.clone()));
                                        toggle(&leave_key);
                                    }
                                    "Escape" => {
                                        if active.get_untracked().is_some() {
                                            active.set(None);
                                        } else {
                                            state.filters.set(Vec::new());
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        />
                    }
                }
            </For>
        }
    };

    let tooltip = move || {
        let key = active.get()?;
        let current = mark_of(&key)?;
        let (width, height) = size();
        let mark = current.mark;
        let left = (f64::from(mark.x) + f64::from(mark.width) / 2.0) / f64::from(width) * 100.0;
        // Above its mark, unless the mark is too near the top for the tooltip to fit inside the chart (the
        // chart scrolls sideways in its own box, which would cut it off): then below it.
        let below = mark.y < TOOLTIP_ROOM;
        let edge = if below { mark.y + mark.height } else { mark.y };
        let top = f64::from(edge) / f64::from(height) * 100.0;
        Some(view! {
            <div
                id=move || format!("{}-tooltip", id())
                class=if below { "chart-tooltip chart-tooltip-below" } else { "chart-tooltip" }
                role="tooltip"
                data-testid="chart-tooltip"
                style=format!("left: {left:.2}%; top: {top:.2}%;")
            >
                {current.text}
            </div>
        })
    };

    view! {
        <Show when=move || figure.with(Option::is_some)>
            <figure
                class="chart-card ds-card"
                node_ref=card
                data-testid="chart"
                data-chart=id
                data-n=move || {
                    figure.with(|f| f.as_ref().map(|f| f.n.to_string()).unwrap_or_default())
                }
                aria-labelledby=move || format!("{}-title", id())
            >
                <div class="chart-head">
                    <h3
                        id=move || format!("{}-title", id())
                        class="ds-heading chart-title"
                        data-testid="chart-title"
                        data-size="sm"
                        tabindex="-1"
                    >
                        {read(|f| f.title.clone())}
                    </h3>
                    <p class="chart-subtitle">{read(|f| f.subtitle.clone())}</p>
                </div>
                <p
                    class="chart-summary"
                    id=move || format!("{}-summary", id())
                    data-testid="chart-summary"
                >
                    {read(|f| f.summary.clone())}
                </p>
                <FigureItems figure=figure />
                <div class="chart-plot-scroll">
                    <div
                        class="chart-plot"
                        on:mouseleave=move |_| active.set(None)
                        on:mousemove=move |ev: leptos::ev::MouseEvent| {
                            pointer.set_value((ev.client_x(), ev.client_y()));
                        }
                    >
                        <div class="chart-image" inner_html=read(|f| f.chart.svg.clone())></div>
                        // A filter fades the network's nodes by style, without redrawing it.
                        <style>{read(|f| f.chart.fade_css(".chart-image"))}</style>
                        <svg
                            node_ref=overlay
                            class="chart-marks"
                            viewBox=move || {
                                let (width, height) = size();
                                format!("0 0 {width} {height}")
                            }
                            preserveAspectRatio="xMinYMin meet"
                            role="group"
                            aria-label=move || state.t(Key::ChartMarksLabel)
                        >
                            {mark_views}
                        </svg>
                        {tooltip}
                    </div>
                </div>
                <details class="ds-details chart-table-details">
                    <summary>{move || state.t(Key::ShowTable)}</summary>
                    <div class="chart-table-scroll">
                        <table
                            class="ds-table chart-table"
                            data-testid="chart-table"
                            data-size="sm"
                            inner_html=read(|f| f.table.to_html(&f.title))
                        ></table>
                    </div>
                </details>
                <ChartTools figure=figure />
                <figcaption class="chart-caption" data-testid="chart-caption">
                    <p>{read(|f| f.caption.clone())}</p>
                    {move || {
                        figure
                            .with(|f| f.as_ref().map(|f| f.notes.clone()).unwrap_or_default())
                            .into_iter()
                            .map(|note| view! { <p class="chart-note">{note}</p> })
                            .collect_view()
                    }}
                </figcaption>
            </figure>
        </Show>
    }
}

/// The figure's sentences (the ranked gaps), each a link that applies its filters and goes to its chart.
#[component]
fn FigureItems(figure: Signal<Option<Figure>>) -> impl IntoView {
    let state = use_app_state();
    move || {
        let items = figure.with(|f| f.as_ref().map(|f| f.items.clone()).unwrap_or_default());
        (!items.is_empty()).then(|| {
            view! {
                <ol class="figure-items">
                    {items
                        .into_iter()
                        .map(|item| {
                            let (filters, target) = (item.filters.clone(), item.target.clone());
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="figure-item"
                                        data-testid="figure-item"
                                        on:click=move |_| {
                                            state.filters.set(filters.clone());
                                            if let Some(target) = target.clone() {
                                                crate::state::browser::next_frame(
                                                    Box::new(move || {
                                                        crate::state::browser::scroll_to(
                                                            &format!("{target}-title"),
                                                        );
                                                    }),
                                                );
                                            }
                                        }
                                    >
                                        {item.text}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
        })
    }
}

/// Downloads (SVG, PNG at 2×, CSV, each with title, filters, n, notes and source) and «add to
/// presentation».
#[component]
fn ChartTools(figure: Signal<Option<Figure>>) -> impl IntoView {
    let state = use_app_state();
    let added = RwSignal::new(false);
    let file_name = move |extension: &str| {
        let id = figure.with_untracked(|f| f.as_ref().map(|f| f.id.clone()).unwrap_or_default());
        format!("brobygger-{id}.{extension}")
    };
    let export_svg = move |_| {
        if let Some(figure) = figure.get_untracked() {
            let (svg, _, _) = crate::export::svg_document(&figure);
            crate::state::browser::download(&file_name("svg"), "image/svg+xml", svg.as_bytes());
        }
    };
    let export_png = move |_| {
        let Some(figure) = figure.get_untracked() else {
            return;
        };
        let name = file_name("png");
        leptos::task::spawn_local(async move {
            let (svg, width, height) = crate::export::svg_document(&figure);
            if let Some(png) = crate::state::browser::svg_to_png(&svg, width, height, 2.0).await {
                crate::state::browser::download(&name, "image/png", &png);
            }
        });
    };
    let export_csv = move |_| {
        if let Some(figure) = figure.get_untracked() {
            let table = crate::export::figure_table(&figure);
            crate::state::browser::download(
                &file_name("csv"),
                "text/csv;charset=utf-8",
                &crate::export::write_csv(&table),
            );
        }
    };
    let add_to_deck = move |_| {
        let Some(chart_id) = figure.with_untracked(|f| f.as_ref().map(|f| f.id.clone())) else {
            return;
        };
        let slide = crate::state::deck::Slide {
            view: state.view.get_untracked(),
            chart_id,
            filters: state.filters.get_untracked(),
            takeaway: crate::state::deck::Takeaway::Text(String::new()),
        };
        state.update_deck(|deck| deck.push(slide));
        added.set(true);
    };
    view! {
        <div class="chart-tools">
            <span class="chart-tools-label">{move || state.t(Key::DownloadChart)}</span>
            <button
                type="button"
                class="ds-button"
                data-variant="tertiary"
                data-size="sm"
                data-testid="export-svg"
                aria-label=move || state.t(Key::ExportSvgLabel)
                on:click=export_svg
            >
                "SVG"
            </button>
            <button
                type="button"
                class="ds-button"
                data-variant="tertiary"
                data-size="sm"
                data-testid="export-png"
                aria-label=move || state.t(Key::ExportPngLabel)
                on:click=export_png
            >
                "PNG"
            </button>
            <button
                type="button"
                class="ds-button"
                data-variant="tertiary"
                data-size="sm"
                data-testid="export-csv"
                aria-label=move || state.t(Key::ExportCsvLabel)
                on:click=export_csv
            >
                "CSV"
            </button>
            <button
                type="button"
                class="ds-button"
                data-variant="secondary"
                data-size="sm"
                data-testid="add-to-deck"
                on:click=add_to_deck
            >
                {move || state.t(if added.get() { Key::AddedToDeck } else { Key::AddToDeck })}
            </button>
        </div>
    }
}
