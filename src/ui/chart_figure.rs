//! The one chart card every chart uses: title, subtitle, summary, the drawn chart with focusable marks and
//! a tooltip, the data table (collapsed, always in the DOM) and a caption with n and source.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::report::Figure;
use crate::state::use_app_state;

/// Renders a `Figure`.
#[component]
pub fn ChartFigure(
    /// The chart and everything around it, computed by `report`.
    figure: Figure,
) -> impl IntoView {
    let state = use_app_state();
    let id = figure.id;
    let active = RwSignal::new(None::<usize>);
    let (width, height) = (f64::from(figure.chart.width), f64::from(figure.chart.height));
    let marks = figure.chart.marks.clone();
    let texts = figure.mark_texts.clone();
    let tooltip_id = format!("{id}-tooltip");
    let summary_id = format!("{id}-summary");
    let title_id = format!("{id}-title");
    let figure_labelled_by = title_id.clone();

    let mark_views = marks
        .iter()
        .enumerate()
        .map(|(idx, mark)| {
            let text = texts.get(idx).cloned().unwrap_or_default();
            let described_by = tooltip_id.clone();
            view! {
                <rect
                    class="chart-mark"
                    data-key=mark.key.clone()
                    tabindex="0"
                    role="img"
                    aria-label=text
                    aria-describedby=move || {
                        active.get().is_some_and(|a| a == idx).then(|| described_by.clone())
                    }
                    x=mark.x
                    y=mark.y
                    width=mark.width
                    height=mark.height
                    on:mouseenter=move |_| active.set(Some(idx))
                    on:focus=move |_| active.set(Some(idx))
                    on:blur=move |_| active.set(None)
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            active.set(None);
                        }
                    }
                />
            }
        })
        .collect_view();

    let tooltip = {
        let tooltip_id = tooltip_id.clone();
        move || {
            let idx = active.get()?;
            let mark = marks.get(idx)?;
            let text = texts.get(idx).cloned().unwrap_or_default();
            let left = (f64::from(mark.x) + f64::from(mark.width) / 2.0) / width * 100.0;
            let top = f64::from(mark.y) / height * 100.0;
            Some(view! {
                <div
                    id=tooltip_id.clone()
                    class="chart-tooltip"
                    role="tooltip"
                    data-testid="chart-tooltip"
                    style=format!("left: {left:.2}%; top: {top:.2}%;")
                >
                    {text}
                </div>
            })
        }
    };

    let table = figure.table.clone();
    view! {
        <figure
            class="chart-card ds-card"
            data-testid="chart"
            data-chart=id
            data-n=figure.n.to_string()
            aria-labelledby=figure_labelled_by
        >
            <div class="chart-head">
                <h3 id=title_id class="ds-heading chart-title" data-size="sm">
                    {figure.title.clone()}
                </h3>
                <p class="chart-subtitle">{figure.subtitle.clone()}</p>
            </div>
            <p class="chart-summary" id=summary_id data-testid="chart-summary">
                {figure.summary.clone()}
            </p>
            <div class="chart-plot" on:mouseleave=move |_| active.set(None)>
                <div class="chart-image" inner_html=figure.chart.svg.clone()></div>
                <svg
                    class="chart-marks"
                    viewBox=format!("0 0 {} {}", figure.chart.width, figure.chart.height)
                    preserveAspectRatio="xMinYMin meet"
                    role="group"
                    aria-label=move || state.t(Key::ChartMarksLabel)
                >
                    {mark_views}
                </svg>
                {tooltip}
            </div>
            <details class="ds-details chart-table-details">
                <summary>{move || state.t(Key::ShowTable)}</summary>
                <div class="chart-table-scroll">
                    <table class="ds-table chart-table" data-testid="chart-table" data-size="sm">
                        <caption class="ds-sr-only">{figure.title.clone()}</caption>
                        <thead>
                            <tr>
                                {table
                                    .headers
                                    .iter()
                                    .map(|header| view! { <th scope="col">{header.clone()}</th> })
                                    .collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {table
                                .rows
                                .iter()
                                .map(|row| {
                                    view! {
                                        <tr>
                                            {row
                                                .iter()
                                                .enumerate()
                                                .map(|(col_idx, cell)| {
                                                    let testid = cell.suppressed.then_some("suppressed");
                                                    if col_idx == 0 {
                                                        view! {
                                                            <th scope="row" data-testid=testid>
                                                                {cell.text.clone()}
                                                            </th>
                                                        }
                                                            .into_any()
                                                    } else {
                                                        view! { <td data-testid=testid>{cell.text.clone()}</td> }
                                                            .into_any()
                                                    }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </details>
            <figcaption class="chart-caption">
                <p>{figure.caption.clone()}</p>
                {figure
                    .notes
                    .iter()
                    .map(|note| view! { <p class="chart-note">{note.clone()}</p> })
                    .collect_view()}
            </figcaption>
        </figure>
    }
}
